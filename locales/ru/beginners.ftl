# fix36b (walk35 L4): a representative's /add without a phone: the summary says who tells the person, as its result does.
no-phone-summary-partner = нет — мы напишем вам, а вы скажете человеку
# walk35 L5: «человек 6-7» typed for how many: the larger number is taken, and the summary says so.
people-range = { $to } (вы написали { $from }–{ $to }, считаем по большему)
# walk35 L6: typed on the course question: which course is for beginners. One word's start a line.
beginners-words =
    начина
    новичк
    с нуля
    с чего начать
    впервые
    в первый раз
    совсем не умею
    ничего не умею
    какой лучше
    какой курс лучше
    какой выбрать
    что выбрать
    какой подойдет
    какой курс подойдет
    не знаю какой
# The beginners' course is the catalog's first (its order): its title and what it teaches (`about`: "" without one).
beginners-aside = Тем, кто только начинает, подходит курс «{ $course }»{ $about }. Нажмите кнопку с его названием.

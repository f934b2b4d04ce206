# fix36b (walk35 L4): a representative's /add without a phone: the summary says who tells the person, as its result does.
fix36b-no-phone-summary-partner = нет — мы напишем вам, а вы скажете человеку
# walk35 L5: «человек 6-7» typed for how many: the larger number is taken, and the summary says so.
fix36b-people-range = { $to } (вы написали { $from }–{ $to }, считаем по большему)

# fix36b (walk35 L4): a representative's /add without a phone: the summary says who tells the person, as its result does.
no-phone-summary-partner = none — we write to you, and you tell them
# walk35 L5: «6-7 people» typed for how many: the larger number is taken, and the summary says so.
people-range = { $to } (you wrote { $from }–{ $to }; we plan for the larger)
# walk35 L6: typed on the course question: which course is for beginners. One word's start a line.
beginners-words =
    beginner
    begin
    start
    new to
    from scratch
    first time
    never used
    which course
    which one
    what course
    which is best
# The beginners' course is the catalog's first (its order): its title and what it teaches (`about`: "" without one).
beginners-aside = If you are just starting, take “{ $course }”{ $about }. Press the button with its name.

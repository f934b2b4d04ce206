# fix36b (walk35 L4): a representative's /add without a phone: the summary says who tells the person, as its result does.
fix36b-no-phone-summary-partner = none — we write to you, and you tell them
# walk35 L5: «6-7 people» typed for how many: the larger number is taken, and the summary says so.
fix36b-people-range = { $to } (you wrote { $from }–{ $to }; we plan for the larger)

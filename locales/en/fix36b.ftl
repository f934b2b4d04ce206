# fix36b (walk35 L4): a representative's /add without a phone: the summary says who tells the person, as its result does.
fix36b-no-phone-summary-partner = none — we write to you, and you tell them

## Join fixes of session 18 (notes/walk-s18.md 3, 10; notes/probes-s18.md F3, F6)

# A phone typed among words that still could not be read (no digits, two numbers, a local number without its code).
join18-phone-unreadable = I could not read a phone number. Please type it in full, with the code, for example 8 900 123-45-67, or press "📱 Send my phone number".

# The center was hidden while the citizen answered: nothing was saved, another center is asked for, the other answers are kept.
join18-center-closed = This center has just stopped taking people: { $center }. You could not be added there. Please choose another center; your other answers are kept.

# A returning citizen whose record was deleted during the join (/forget in another window).
join18-record-gone = Your details have already been deleted. To join, please start again: "📝 Join a course".

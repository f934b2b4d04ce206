## fix31h (session 31): coming back, linking Telegram

# /start for someone a seat is held for, instead of "You are on the waiting list" (walk31 W31-09); the offer itself comes next.
start-offer = A seat in a group is held for you: answer the offer below with "I'll come" or "Can't come".

# After linking Telegram, for someone in a group, instead of "Your place on the list is kept" (walk31 W31-06); the group's line follows.
link-done-in-group = Done! Messages about your course will now come here, in Telegram.
# The same, for someone also waiting for another course.
link-line-kept = Your place on the list for the other course is kept too.

# "The library already signed me up" and no record under the shared number (walk31 W31-05).
link-record-not-found = We found no record with your number. If you were signed up at a library or somewhere else, such as a hospital, please ask them to add this number. For the phones of the centers in your town, press "Centers near me" at the bottom of the screen. If you have not signed up yet, press "Join a course".

# «Меня уже записали» with a phone that holds two records of one person (fix38q L6, kept apart by an unlink): not linked (src/bot/features/link-telegram.ts).
link-two-records = The library has two records of yours with this phone. A librarian needs to join them first. Please call: { $phone }.

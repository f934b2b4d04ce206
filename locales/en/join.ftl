## Join: steps, the welcome's language switch, already on the list

join-step = Step { $step } of { $total }.
language-switch = 🇷🇺 Русский
join-already-waiting = You are already on the waiting list for "{ $course }": { $center }, place { $position }. Would you like to move to another center? Your join date is kept.
join-already-move = 🏛 Move to another center
join-already-stay = Stay here
join-already-kept = OK. You stay on the list: { $center }, place { $position }.
join-already-offered = You have already been offered a seat in a group of "{ $course }": { $center }. Please answer the offer message.
move-center-how = Where to? Choose a town or type its name. Or press "Nearest to me".

## Centers near me

centers-where = Where should we look? Choose a town or type its name. Or press "Nearest to me".
centers-nearest-button = 📍 Nearest to me
centers-in-town = Centers in { $town }:
center-line = { $name }, phone { $phone }
center-line-km = { $name }: { $km } km, phone { $phone }
center-info-button = Opening hours: { $name }

## What a question takes

use-words = Please type your answer in words. Or press "Cancel".
use-buttons-or-words = Please press a button under the question or type your answer in words.

## Added in stop 18 (fixes from the probes and the walk)
# A phone typed among words that still could not be read (no digits, two numbers, a local number without its code).
join-phone-unreadable = I could not read a phone number. Please type it in full, with the code, for example 8 900 123-45-67, or press "Send my phone number".
# The center was hidden while the citizen answered: nothing was saved, another center is asked for, the other answers are kept.
join-center-closed = This center has just stopped taking people: { $center }. You could not be added there. Please choose another center; your other answers are kept.
# A returning citizen whose record was deleted during the join (/forget in another window).
join-record-gone = Your details have already been deleted. To join, please start again: "Join a course".

## fix31c: a course named in the words that began the join is taken (walk30 W30-11)

join-course-named = Course: "{ $course }". To choose another, press "Back".

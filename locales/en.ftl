## Common

btn-back = Back
btn-cancel = Cancel
btn-skip = Skip
btn-yes = Yes
btn-no = No
cancelled = OK, cancelled. You are in the main menu.
use-buttons = Please press one of the buttons under the message.
button-outdated = This button no longer works.
# A press on an old message nothing takes any more (an alert): what to do instead.
button-outdated-what-now = This button no longer works. To go on, choose what you need with the buttons at the bottom of the screen.
question-answered = You have already answered this question.
answer-current = Now: { $value }
error-generic = Sorry, something went wrong. Please try again or press /start.
flow-left = You moved on to something else, so what you had started was stopped and nothing was saved. You can start again at any time.
unknown-text = I did not understand that. Choose what you need with the buttons at the bottom of the screen. To answer a message that has buttons, press a button under it.
not-allowed = This command is for library staff only.
not-allowed-coordinator = This command is for the coordinator only.
not-allowed-representative = This command is for representatives of partner organizations.

## Start

# $named: "yes" when the Telegram name has a letter or a digit; a name of spaces or invisible characters is not said (probe s21 L1).
welcome =
    { $named ->
        [yes] Hello, { $name }!
       *[no] Hello!
    }
    This is the bot of "Tvoy Kurs", free computer-literacy classes in the libraries of Kuzbass.
    Here you can sign up for a course and see your place in line. The classes are taught in Russian.
choose-language = Choose a language:
choose-language-mid-flow = Choose a language. What you have started will stop, and your answers will not be kept. To finish it first, answer the question above.
lang-ru = Русский
lang-en = English
language-set = Language: English.
main-menu-prompt = To sign up, press "Join a course" at the bottom of the screen.
# /start again, for someone already on a list (a pensioner coming back to ask where she is).
main-menu-prompt-on-list = You are on the waiting list. To see your place, press "My place in line" at the bottom of the screen.
main-menu-prompt-staff = Your staff commands are in the "/" menu next to the text field; /help explains each. The buttons below are the ones citizens see.

## Menu

menu-join = 📝 Join a course
menu-place = 🔢 My place in line
menu-centers = 📍 Centers near me
menu-help = ❓ Help

## Join

join-choose-course = Choose a course:
join-center-how = Where would you like to study? Choose a town or type its name. Or press "Nearest to me".
join-center-nearest = 📍 Nearest to me
location-ask = Press "Send my location" at the bottom of the screen.
location-button = 📍 Send my location
location-invalid = I could not read the location. Press "Send my location" at the bottom of the screen, or "Back" to choose a town.
join-nearest-list = The nearest centers. Choose one:
center-with-distance = { $name } — { $km } km
join-choose-center =
    { $town }: choose a center.
    { $centers }
join-choose-time = When is it best for you to study?
time-morning = Morning
time-afternoon = Afternoon
time-evening = Evening
time-any = Any time
join-name-ask = What should we call you? Please type your first and last name.
join-name-invalid = Please type your name in letters, 2 to 100 of them. Or press "Cancel".
join-name-phone = Please leave the phone number out of the name. Type only the name, for example Anna Petrova. Or press "Cancel".
join-phone-ask = Leave a phone number so the library can call you. Press "Send my phone number" at the bottom of the screen, or "Skip".
phone-button = 📱 Send my phone number
join-phone-invalid = That is not a real phone number. Please check the digits and type it again, for example +7 900 123-45-67, or press "Send my phone number".
join-phone-digit-missing = One digit is missing from the number. Please check it and type it in full, for example 8 900 123-45-67, or press "Send my phone number".
join-phone-not-own = Please send your own number with the "Send my phone number" button.
join-phone-contact-unreadable = I could not read the number in the contact. Type it in digits, for example +7 900 123-45-67, or press "Skip".
join-consent =
    Consent to personal data processing, version of { $date }:

    { $text }
consent-text = I agree that the Fedorov Kemerovo Regional Academic Library stores and uses my name and phone number for "Tvoy Kurs" classes and lesson reminders. I can withdraw this consent at any time with /forget; my data will then be deleted.
consent-agree = ✓ I agree
consent-decline = I do not agree
consent-declined = Without consent we cannot put you on the waiting list, so nothing was saved. You can also sign up by calling the center ({ $center }): { $phone }.
consent-declined-back = Pressed it by mistake? Press "Back".
join-summary =
    Please check:

    Course: { $course }
    Center: { $center }
    Time: { $time }
    Name: { $name }
    Phone: { $phone }{ $referred }

    To correct the name or anything else, press "Change".
phone-none = not given
join-confirm = ✓ All correct, sign me up
join-change = ✎ Change
join-change-what = What would you like to change?
change-course = Course
change-center = Center
change-time = Time
change-name = Name
change-phone = Phone
join-done =
    Done! You are on the waiting list for "{ $course }".
    Center: { $center }.
    Your place in line: { $position }.
    When a group has a seat for you, the bot will write to you. You can answer with a button or type "yes" or "no".
join-already = You are already on the waiting list for "{ $course }". Center: { $center }. Your place: { $position }.
join-already-enrolled = You are already enrolled in a group of "{ $course }".

## Place in line

place-none = You have not signed up for a course yet. Press "Join a course".
place-header = Your sign-ups:
place-entry = "{ $course }", { $center }: place in line { $position }.
place-entry-center-closed = "{ $course }", { $center }: this center is not taking people for now. Your place is not lost: you can choose another center (you join its line by your original join date) or wait until the center takes people again.
place-entry-offered = "{ $course }", { $center }: you have been offered a seat in a group.
place-entry-enrolled = "{ $course }", { $center }: you are enrolled in a group.
place-next-lesson = Next lesson: { $when }, { $room }.
# Under a place worse than the one shown last time (walk s20 #24: an imported paper list moved a pensioner from 1 to 2 without a word).
place-moved-back = Your place was { $was } before: people who signed up earlier than you were added to the line or came back to it. The line goes by sign-up time.
place-estimate = Estimated wait: about { $weeks } { $weeks ->
        [one] week
       *[other] weeks
    }.
place-leave = Leave the list: { $course }
place-move = Change center: { $course }
place-release = Give up my seat: { $course }
release-confirm = Give up your seat in the group for "{ $course }"? It will be offered to the next person in line at once.
release-keep = No, stay in the group
leave-confirm = Leave the waiting list for "{ $course }"? You will lose your place in line.
leave-yes = Yes, leave
leave-done = You have left the waiting list for "{ $course }".
leave-kept = OK, you stay on the list.
move-confirm = Move to another center: { $center }? Your place in line there will be { $position }: it counts from the day you joined.
move-confirm-yes = ✅ Yes, move
move-done = Done. Your center now: { $center }. Your place in line: { $position }.
# Said above the towns again: the center chosen for a move is the one they wait at.
move-same = You are already on the list at this center. Choose another one.
center-closed-notice =
    A center is not taking people for "{ $course }" for now: { $center }.
    Your place is not lost. You can choose another center: you join its line by your original join date. You can wait: when the center takes people again, we will write to you. Or leave the list.
center-closed-move = 🏛 Choose another center
center-closed-leave = Leave the list
center-reopened-notice = Good news: { $center } takes people for "{ $course }" again. You stay in its line, in the same place. There is nothing you need to do.
center-opened-notice = Another center has opened in { $town }: { $center }, { $address }. You are waiting for "{ $course }" at another center. If the new one suits you better, you can move: your place counts from the day you joined. If not, there is nothing to do.

## Centers

centers-ask-location = To find the nearest centers, press "Send my location" at the bottom of the screen.
centers-nearest = The centers nearest to you:
center-details =
    { $name }
    Address: { $address }
    Phone: { $phone }
    Opening hours: { $hours }

## Help

help =
    "Tvoy Kurs" offers free computer-literacy classes in the libraries of Kuzbass: for job seekers, seniors and people with disabilities. Classes are in Russian.

    /start — main menu
    /language — change the language
    /cancel — cancel what you are doing
    /forget — delete my data
help-center-phone = Your center ({ $center }): { $phone }
help-main-phone = "Tvoy Kurs" phone: { $phone }

## Forget

forget-confirm = Delete all your data (name, phone, places in line)? This cannot be undone.
# Under the question, for someone holding a seat (enrolled, or offered one): it is freed for the next person (nobody may be waiting: probe31 L4).
forget-confirm-seats = { $count ->
    [one] Your seat in the group for { $courses } will also be freed for the next person in line.
   *[other] Your seats in the groups for { $courses } will also be freed for the next people in line.
}
forget-yes = Yes, delete
forget-no = No, keep it
forget-done = Your data has been deleted and your consent withdrawn. Thank you for being with us!
forget-nothing = We do not keep any personal data of yours.
forget-kept = OK, nothing was deleted.

## Commands

command-start = Main menu
command-help = Help and the center's phone
command-language = Change the language
command-cancel = Cancel what you are doing
command-forget = Delete my data
command-classes = My groups and rosters
command-newclass = Open a new group
command-attendance = Mark attendance
command-change = Reschedule or cancel lessons
command-broadcast = Message participants
command-stats = Queue statistics
command-staff = Staff
command-centers = Centers
command-export = Export to CSV
command-import = Import a waiting list (CSV, XLSX)

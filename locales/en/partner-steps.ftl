## fixR (session 22): a partner's representative, from booking a group to who came

# The request's group is open: what the representative does next (walk s22 W22-14).
req-accepted =
    Your request was accepted! A group is open for your people: course "{ $course }", { $center }, starting { $start }.
    How to get your people in:
    1. Send people with Telegram your link (/link): they choose the course "{ $course }"; the bot offers them a seat.
    2. Register people without Telegram with /add.
    3. Then put them into the group: /groups.

# Above the course question of a partner's referral link, when the partner has a group for its people (walk s22 W22-15).
join-partner-courses = { $partner } signs you up for { $count ->
        [one] the course { $courses }: it is first in the list.
       *[other] the courses { $courses }: they are first in the list.
    }

# A representative's /add when the organization's group has a seat free: one message, with a button (walk s22 W22-16).
# Without the name and phone, as desk-add-done: this message stays after /forgetperson.
add-done-seat = Put on the list: “{ $course }”, { $center }. Place in line: { $position }.
add-seat-ask = Your organization's group has a free seat. Put the person into the group now?
add-put-in = ➕ Put into the group
# With where and when: the representative is the one who tells the person (walk38: only "put in" was said).
add-put-in-done =
    The person is now in your organization's group. Please tell them yourself: “{ $course }”, { $center }, { $address }, { $room }.
    Lessons: { lessons-said }

# /groups: under a group, each lesson whose attendance is marked (walk s22 W22-21).
group-lesson = Lesson { $n } ({ $day }): { $came } of { $of } came.

# A librarian's call card once someone else answered it (a partner's representative put the person in): the card as it
# was, then what happened and who recorded it, as a press on it shows (walk s22 W22-13).
call-closed =
    { calls-task }

    { calls-status }

    { calls-answered-by }
call-closed-begun =
    { calls-task-begun }

    { calls-status }

    { calls-answered-by }

# /groups → "➕ Name": where the lessons are, which the representative tells the person (walk38 L1); the group's line above says the
# start (the lessons' list would take the screen over 60 words).
fill-enrolled-where = { $name }: put into the group. Please tell them where the lessons are: { $address }, { $room }.

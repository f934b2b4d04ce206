## fixR (session 22): a partner's representative, from booking a group to who came

# The request's group is open: what the representative does next (walk s22 W22-14).
fixr-req-accepted =
    Your request was accepted! A group is open for your people: course "{ $course }", { $center }, starting { $start }.
    How to get your people in:
    1. Send people with Telegram your link (/link): they choose the course "{ $course }"; the bot offers them a seat.
    2. Register people without Telegram with /add.
    3. Then put them into the group: /groups.

# Above the course question of a partner's referral link, when the partner has a group for its people (walk s22 W22-15).
fixr-join-partner-courses = { $partner } signs you up for { $count ->
        [one] the course { $courses }: it is first in the list.
       *[other] the courses { $courses }: they are first in the list.
    }

## fixO (session 21): offers, reminders, partners

# An alert (at most 200 characters): a class reminder answered after the lesson began (walk s21 W21-20).
rem-late-answer = The class of { $when } has begun; this reminder can no longer be answered.{ $inGroup ->
        [yes] {" "}You are still in the group.
       *[no] {""}
    } Late or could not come? Please call the library: { $phone }.

## task28 fix28i: the desk and the call lists (walk28 W28-20, W28-10, W28-11, W28-12).

# /find: a person in a group (scenes/desk/give-up-seat.ts, src/domain/desk-release.ts).
desk-find-release = 🚪 Give up the seat: { $course }
desk-release-confirm = Free the seat in the group? { $name }, course “{ $course }”. It will be offered to the next person in line at once. What about the person?
desk-release-wait = ↩ Back in line at the old place
desk-release-leave = 🚪 Take off the list for this course
desk-release-done =
    Done. { $name } is no longer in the group “{ $course }”. { $leave ->
        [yes] The person is no longer on the list for this course.
       *[no] The person is back in line at the old place.
    } The seat is free for the next person in line.
    { $telegram ->
        [yes] A Telegram message was sent to the person.
       *[no] The person has no Telegram: nothing will be sent to them.
    }
desk-release-gone = This person is no longer in the group, or it has no lessons left. Nothing was changed.
desk-release-not-yours = This group is at a center you do not manage. Nothing was changed.
# To the person with Telegram whose seat staff gave back.
desk-release-notice = Your seat in the group “{ $course }” has been freed: the library marked it as you asked. { $leave ->
        [yes] You are no longer in line for this course.
       *[no] You are back in line at your old place.
    } If this is a mistake, call the library.

# A call list (menu cz, src/bot/features/calls/change-calls.ts): a ticked line says who and when (walk28 W28-10).
calls-list-hint-untick = Tap a name once called; tap again to take the tick off.
calls-untick-other = A colleague's tick was taken off: { $tick }. If the call was made, tap the person again.

# Under the put-in call list's title (walk28 W28-11): what to tell them on the phone.
calls-putin-first = Tell them: the first lesson is { $when }, { $room }, { $address }.

# /add when the group has a free seat for the person just registered (walk28 W28-12): the call card follows.
desk-add-done-seat = Registered: “{ $course }”, { $center }. There is a seat in a group for this person now: ask them while they are here, and mark the answer on the card below.

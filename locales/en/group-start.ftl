## fix30f (session 30): groups, leaving, stats, coming back

# To the group's librarian: a member gave up her seat, from "My place" or a reminder (walk30 W30-14).
seat-given-up-notice = 📌 { $name } gave up the seat in the “{ $course }” group and { $leave ->
        [yes] left the waiting list.
       *[no] stays on the waiting list.
    } { $next ->
        [offered] The seat was offered to the next person in line: { $others }.
        [moved] The seat went to someone from a group at another time who had asked to move here: { $others }.
        [closed] The seat is free: the group no longer takes newcomers.
       *[none] The seat is free: there is nobody in line to offer it to.
    }

# /start for someone in a group with a lesson to come, instead of "You are on the waiting list" (walk30 W30-08).
cls-start-in-groups =
    { $count ->
        [one] You are in a group:
       *[other] You are in groups:
    }
    { $groups }
    More: press "My place in line" at the bottom of the screen.
cls-start-group-line = “{ $course }”, next lesson { $when }, { $room }.

# /newclass: no seat offered, nobody in line to offer one to (walk30 W30-15), instead of "Seats offered …: 0".
cls-created-empty-line = The group is created. Nobody is in line yet: seats will be offered as people sign up.

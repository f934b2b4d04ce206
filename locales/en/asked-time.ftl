# Helper fixT, round 22.

# The "soon" reminder of someone who took the seat within the hour before it was due: no "Will you come?" right
# after "I'll come", no buttons, but still when and where (walk s22 W22-22).
rem-soon-plain =
    Your class starts soon.
    Course: { $course }
    When: { $near ->
        [today] { place-when-today }
       *[other] { $when }
    }
    Where: { $center }, { $address }, { $room }
    { $librarianKnown ->
        [yes] Questions: { $librarian }, phone { $phone }
       *[no] Questions: phone { $phone }
    }

# A seat offer in a group at another time of day than the person asked for: the line stays longest waiting first,
# so the offer says so, and that "Can't come" keeps their place (walk s22 W22-31). Added to the offer's lessons line.
offer-time-note = { $timeDiffers ->
    [yes] {"\u000A"}You asked for { $timeAsked ->
        [morning] mornings
        [afternoon] afternoons
       *[evening] evenings
    }: "Can't come" keeps your place.
   *[no] {""}
}

# "My place in line": the next lesson when it is today or tomorrow (walk s22 W22-25), in place of the date.
place-when-today = today at { $time }
place-when-tomorrow = tomorrow at { $time }

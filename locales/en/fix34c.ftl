# task34 fixC (walk31 W31-13 rest): a center closed for some days: its lessons are not made up, and when hers go on.
fix34c-days-notice =
    { $place } is closed { closed-days-said }.{ $list ->
        [none] {""}
       *[other] {"\u000A"}Lessons on these days are cancelled (not made up):
            { $list }{ $more ->
                [0] {""}
               *[other] {"\u000A"}…and { $more } more
            }
    }{ $next ->
        [none] {""}
       *[other] {"\u000A"}Lessons resume on { $next }.
    }{ $cancelled ->
        [none] {""}
       *[other] {"\u000A"}Group cancelled: { $cancelled }. You are back in line in your old place.
    }{ $ended ->
        [none] {""}
       *[other] {"\u000A"}Those were the last lessons: { $ended }. The course is over, thank you for taking part!
    }
    Questions: { $phone }

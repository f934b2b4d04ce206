## Citizen screens, round 28 (helper fix28h)

# "✎ Time or phone" → time, for someone on several lists at different times (walk s28 W28-03): which list,
# or all of them; the answer says what changed for which (scenes/waitlist/change-details.ts).
details-time-which = Your sign-ups have different times. Which one do you want to change? The buttons show what is set now.
details-time-entry = "{ $course }": { $time ->
        [morning] mornings
        [afternoon] afternoons
        [evening] evenings
       *[any] any time
    }
details-time-all = For all sign-ups
details-time-ask-course = When would you rather have classes of "{ $course }"? Now it says: { $now }.
details-time-ask-all = When would you rather have classes? This time will be set on all your sign-ups.
details-time-done-course = Done: "{ $course }" now says: { $now }. Your other sign-ups did not change; your place in line is the same.
details-time-done-all = Done: all your sign-ups ({ $count }) now say: { $now }. Your place in line is the same.

# A seat offer answered "I'll come" (pressed or typed "yes"): said in place of "Please answer by …", as "Can't come"
# is (walk s28 W28-05, src/bot/features/classes/offers.ts).
offer-answered-yes = ✓ You answered "I'll come": the seat in the group is yours.

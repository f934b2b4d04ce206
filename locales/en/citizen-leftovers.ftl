## Citizen-facing leftovers of round 28 (helper fix28a)

# "My place in line" for someone on many lists: lines in full while the message stays within 60 words, the others
# one short line each (course and place), and past even those "and N more" (every entry keeps its buttons below).
place-short-waiting = "{ $course }", { $town }: place in line { $position }.
place-short-closed = "{ $course }", { $town }: the center is not taking people for now; your place is kept.
place-short-offered = "{ $course }", { $town }: you have been offered a seat in a group.
place-short-enrolled = "{ $course }", { $town }: you are in a group.
place-more = And { $count } more { $count ->
        [one] sign-up
       *[other] sign-ups
    }: their buttons are below.

# The seat-offer digest (src/domain/call-digests.ts offerCallNotices) when one of its people has Telegram but blocked
# the bot: "without Telegram" would not be true of them. Each person's card still says which of the two it is.
calls-digest-offer-unreachable =
    { $mix ->
        [both] { calls-digest-whom }
        [told] { calls-digest-whom }
       *[calls] 📞 Please call { $count ->
            [one] { $count } person
           *[other] { $count } people
        }
    }: the bot cannot write to them. They were offered a seat in "{ $course }", { $center }.
    Seats are held until { $until }. { calls-digest-list-buttons }

# A word typed on a question of buttons that fits several of them ("internet" for three courses, walk s22 W22-02):
# which ones, by name, and asked again (scenes/shared/question-presses.ts refuse).
answer-which =
    "{ $typed }" fits more than one button:
    { $labels }
    Please press the one you mean, or type more of its name.
answer-which-line = • { $label }

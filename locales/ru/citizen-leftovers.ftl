## Citizen-facing leftovers of round 28 (helper fix28a)

# "Моё место в очереди" for someone on many lists: lines in full while the message stays within 60 words, the others
# one short line each (course and place), and past even those "и ещё N" (every entry keeps its buttons below).
place-short-waiting = «{ $course }», { $town }: место в очереди { $position }.
place-short-closed = «{ $course }», { $town }: центр пока не принимает записи, место сохранено.
place-short-offered = «{ $course }», { $town }: вам предложено место в группе.
place-short-enrolled = «{ $course }», { $town }: вы в группе.
place-more = И ещё { $count } { $count ->
        [one] запись
        [few] записи
       *[other] записей
    }: их кнопки ниже.

# The seat-offer digest (src/domain/call-digests.ts offerCallNotices) when one of its people has Telegram but blocked
# the bot: "без Телеграма" would not be true of them. Each person's card still says which of the two it is.
calls-digest-offer-unreachable =
    { $mix ->
        [both] { calls-digest-whom }
        [told] { calls-digest-whom }
       *[calls] 📞 Позвоните { $count ->
            [one] { $count } человеку
           *[other] { $count } людям
        }
    }: бот не может им написать. Им предложено место в группе «{ $course }», { $center }.
    Место держим до { $until }. { calls-digest-list-buttons }

# A word typed on a question of buttons that fits several of them ("интернете" for three courses, walk s22 W22-02):
# which ones, by name, and asked again (scenes/shared/question-presses.ts refuse).
answer-which =
    «{ $typed }» есть в нескольких кнопках:
    { $labels }
    Нажмите нужную кнопку или напишите название точнее.
answer-which-line = • { $label }

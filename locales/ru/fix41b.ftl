## fix41b (session 41)

# «Приду» after her «Не смогу» to a lesson (src/bot/features/reminders/answered.ts): the librarian was told she comes
# after all (walk40 M2); before, she was asked to phone.
fix41b-come-after-all = Хорошо, приходите! Мы передали библиотекарю.

# To the group's librarian, the twin of rem-absent-staff (src/domain/absence-notices.ts).
fix41b-came-after-all-staff = { $name } всё-таки придёт на занятие: { $course }, { $when }.

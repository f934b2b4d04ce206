## fix41b (session 41)

# "I'll come" after her "Can't come" to a lesson (src/bot/features/reminders/answered.ts): the librarian was told she
# comes after all (walk40 M2); before, she was asked to phone.
fix41b-come-after-all = Good, please come! We have told the librarian.

# To the group's librarian, the twin of rem-absent-staff (src/domain/absence-notices.ts).
fix41b-came-after-all-staff = { $name } will come to the class after all: { $course }, { $when }.

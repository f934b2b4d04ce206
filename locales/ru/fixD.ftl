## Helper fixD (round 22): /find and /forgetperson (scenes/desk/find-person.ts, scenes/desk/forget-person.ts).

# A librarian's person who also has places at centers she does not manage (probe s22 H3).
desk-forget-elsewhere = Ничего не удалили: у этого человека есть записи и в других центрах. Все его данные может удалить координатор, передайте ему эту просьбу. Из очереди в вашем центре человека можно вывести через /find.

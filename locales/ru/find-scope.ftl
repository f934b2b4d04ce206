## Helper fixD (round 22): /find and /forgetperson (scenes/desk/find-person.ts, scenes/desk/forget-person.ts).

# A librarian's person who also has places at centers she does not manage (probe s22 H3).
desk-forget-elsewhere = Ничего не удалили: у этого человека есть записи и в других центрах. Все его данные может удалить координатор, передайте ему эту просьбу. Из очереди в вашем центре человека можно вывести через /find.

# Still staff, but the person's entry is at a center she does not manage (any more) (probe s22 L3, M2).
desk-not-your-center = Этот человек ждёт в центре, который вы не ведёте. Ничего не меняли.
desk-forget-not-yours = Этого человека больше нет среди записанных в ваши центры. Ничего не удалили.
# The move's press repeated after a restart: it had been done (probe s22 M2).
desk-move-already =
    Уже переведён. { $name } в очереди в центре: { $center }. { $position ->
        [0] Человеку уже предложили место в группе.
       *[other] Место в очереди: { $position }.
    }
    { $telegram ->
        [yes] Человеку отправлено сообщение в Телеграм.
       *[no] У человека нет Телеграма: скажите ему новое место по телефону.
    }

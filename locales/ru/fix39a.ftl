# Task 39a: the /find card of a record a relative linked to his own Telegram («Это мой родственник»).
fix39a-find-relative = Читает родственник: сообщения о записи приходят ему в Телеграм.

# Task 39a: the /find card of a record a relative linked to his own Telegram ("It's my relative").
fix39a-find-relative = A relative reads it: the messages about this record go to his Telegram.

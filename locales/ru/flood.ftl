## Too many messages at once (shown once per flood; also as a button toast, so at most 200 characters)

flood-too-fast = Вы пишете быстрее, чем я успеваю отвечать. Я отвечу на первые сообщения, остальные пропущу. Подождите ответа, пожалуйста.

# A restart cut off the handling of a person's last message or tap (it is not repeated by itself).
update-interrupted = Извините, бот перезапустился и не ответил вам. Пожалуйста, повторите последнее сообщение или нажатие кнопки.

## Too many messages at once (shown once per flood; also as a button toast, so at most 200 characters)

flood-too-fast = Вы пишете быстрее, чем я успеваю отвечать. Я отвечу на первые сообщения, остальные пропущу. Подождите ответа, пожалуйста.

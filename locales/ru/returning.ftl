# /start again for someone on no list whose name and phone are kept from before (walk s22 W22-06).
main-menu-prompt-returning = С возвращением! Ваши имя и телефон сохранились с прошлой записи, при новой записи их можно проверить. Удалить их: /forget. Чтобы записаться, нажмите «Записаться на курс» внизу экрана.

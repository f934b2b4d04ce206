## fix31c: a course named in the words that began the join is taken (walk30 W30-11)

fix31c-join-course-named = Курс: «{ $course }». Выбрать другой можно кнопкой «Назад».

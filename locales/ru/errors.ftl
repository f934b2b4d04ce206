# A step drawn just before a failure (the database went down) was not saved: its buttons are taken off (probe30 L1).
error-step-lost-button = Извините, что-то пошло не так, и ответ не сохранился. Нажмите «{ $button }» ещё раз.
error-step-lost = Извините, что-то пошло не так, и ответ не сохранился. Пожалуйста, начните заново.

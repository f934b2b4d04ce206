## fix30g: answered reminders (walk30 W30-07)

rem-answered-yes = ✓ Вы ответили «Приду».
rem-answered-no = Вы ответили «Не смогу».

## A question typed under a seat offer (walk30 W30-11)

unknown-text-offer-ask = { $librarianKnown ->
    [yes] С вопросами звоните: { $librarian }, телефон { $phone }.
   *[no] С вопросами звоните по телефону { $phone }.
}

## fix30g: answered reminders (walk30 W30-07)

rem-answered-yes = ✓ You answered "I'll come".
rem-answered-no = You answered "Can't come".

## A question typed under a seat offer (walk30 W30-11)

unknown-text-offer-ask = { $librarianKnown ->
    [yes] For questions call { $librarian }, { $phone }.
   *[no] For questions call { $phone }.
}

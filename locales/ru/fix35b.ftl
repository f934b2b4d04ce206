## fix35b (walk34 W34-17): one owner of the call for a partner's person without Telegram. With a phone to dial, the
## library calls (its call card); with none, the partner, who is written to, tells her. The other is told, not asked.

# The end of the librarians' call card (calls-task, calls-task-begun and their -blocked) for a partner's person.
calls-partner-calls = { $referred ->
        [yes] {" "}Человека направила организация «{ $partner }»: звоните вы, организация этому человеку не звонит.
       *[no] {""}
    }
# The end of the librarians' card for a partner's person with no phone (no-phone-task, no-phone-task-begun).
calls-partner-tells = { $referred ->
        [yes] {" "}Человека направила организация «{ $partner }»: ей уже написали, она сама скажет человеку о месте.
       *[no] {""}
    }

# /groups: one of the partner's people a seat of this group is held for, whom the library is calling (a phone to dial).
fix35b-fill-add-called = ➕ { $name } (место ждёт, библиотека звонит)

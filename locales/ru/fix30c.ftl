## fix30c: a call card a colleague opened minutes ago (walk29 W29-07)

fix30c-card-opened = ⚠️ Эту карточку уже открыли: { $by }, в { $at }. Возможно, человеку уже звонят: договоритесь, кто позвонит.

# A partner's representative adds a phone to her person referred without one (walk31 W31-05; scenes/partners/add-phone.ts).
ref-add-phone-button = 📞 Add a phone: { $name }
ref-add-phone-ask = { $name }: type the phone number, for example 8 923 123-45-67, or send a contact. A relative's number will do. Then in the bot press "The library already signed me up" and send this number: the record will be found.
ref-add-phone-taken = { $name }: another person is already signed up with this number. Two people sharing a phone happens, for example spouses or relatives. Add the number all the same?
ref-add-phone-kept = The number was not added; nothing changed.
ref-add-phone-done = Phone added: { $name }, { $phone }. Now in the bot one can press "The library already signed me up" and send this number: the record will be found. A relative answers the bot's question with "It's my relative".
ref-add-phone-joined = A person with the same name was already signed up with { $phone }: { $name }. It is one person: their records are now together. In the bot one can press "The library already signed me up" and send this number.
ref-add-phone-same-name = A person with the same name is already signed up with { $phone }, and both are on the list for one course. Nothing changed. If it is one person, call the library: they will remove the extra record.
ref-add-phone-in-telegram = A person with the same name and number { $phone } already uses the bot in Telegram: it is the same person, a second record is not needed. Nothing changed. Call the library: they will remove the extra record.
ref-add-phone-has-phone = This person already has a phone or Telegram: no number needs adding. Nothing changed. The list again: /referrals
ref-add-phone-not-yours = A phone cannot be added: this person is not among those your organization signed up without a phone. Nothing changed. The list again: /referrals

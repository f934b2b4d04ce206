## Citizens' leftovers of walk s22 (round 24)

# Above the time of day when the town chosen has one center: it is taken without a question (walk s22 W22-03).
join-only-center = This town has one center: { $name }, { $address }.

# A seat offer answered by a typed "yes" / "I'll come": what it was taken for, and a way back below (walk s22 W22-20).
cls-offer-accepted-typed = You answered "{ $said }" to the seat offer.
cls-offer-undo-ask = Changed your mind?
cls-offer-undo = Give up the seat

# A typed phone with another country's code that the bot cannot check (walk s22 W22-01). The Telegram number is kept
# when shared with the button (src/domain/phone.ts normalizeContactPhone). $skip: yes when the question has Skip.
join-phone-foreign = The bot cannot check this foreign number. If it is the number of your Telegram, press "Send my phone number" at the bottom of the screen: it will be saved. Or type a Russian number, starting with +7{ $skip ->
    [yes] , or press "Skip".
   *[no] .
}

# "When is my class?" typed while only waiting for a group: the answer above the list (walk s22 W22-04).
place-no-group-yet = You are not in a group yet, so there are no classes yet. When a group has a seat for you, the bot will write to you.
# "Where is the library?" typed by someone on a list: their own center first, above the towns (walk s22 W22-04).
own-center = You are signed up at this center:

# A chosen item of a list with "Done" (the days of a group, a librarian's centers): words, not "✓ Tuesday", which a
# screen reader reads as "check mark Tuesday", like "✓ Done" (walk s22 W22-23).
ticked = { $label } — selected

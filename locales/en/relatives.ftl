# Words about someone else's entry ("take my mother off the list", "sign my grandma up"): the bot changes only the writer's own (walk30 W30-05).
relative-entry = The bot changes only your own entry. To sign up a relative or take them off the list, call the library or the programme: { $phone }. If they joined in their own Telegram, they can leave the list there too: "My place in line".

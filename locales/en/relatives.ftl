# Words about someone else's entry ("take my mother off the list", "sign my grandma up"): the bot changes only the writer's own (walk30 W30-05).
relative-entry = The bot changes only your own entry. To sign up a relative or take them off the list, call the library or the programme: { $phone }. If they joined in their own Telegram, they can leave the list there too: "My place in line".

# Task 38a: a relative reads a grandmother's messages (walk36 L2).
whose-record = Record in the name of { $name }
link-btn-relative = It's my relative
cant-come-seat-kept = Your seat in the "{ $course }" group stays yours for now. You can give it up in "My place in line".

# Task 39a: the /find card of a record a relative linked to his own Telegram ("It's my relative").
find-relative = A relative reads it: the messages about this record go to his Telegram.

## fix41a (session 41): /change → "🚪 Change the room" (walk40 M1, scenes/reminders/change-room.ts)

rem-chg-act-room = 🚪 Change the room
# The new room, typed; $room: the room now.
change-room-ask =
    Where will the classes be? The room now: { $room }
    Type the new room, e.g. "Hall 2, ground floor".
change-room-same = That is the same room. Type a new one or press "Back".
# The room is the group's: it changes for every lesson still to come ($lessons of them).
change-room-preview =
    Change the room?
    { $course }, { $center }
    Was: { $old }
    Will be: { $room }
    All the classes left ({ $lessons }) will be in the new room.
    Participants will get a message: { $count }.
change-room-same-done = The room is already so. Nothing was changed.

# To each person in the group (and holders of a seat offer): the days and times stay.
change-room-changed =
    Your classes move to another room.
    Course: { $course }
    Where: { $center }, { $address }
    Was: { $old }
    Now: { $room }
    The days and times stay the same.

# To the center's librarians, about people without Telegram (call-digests.ts, no-phone-notices.ts).
calls-change-room =
    📞 Call a person without Telegram: { $name }, phone { $phone }.
    The classes move to another room: { $course }, now { $room }, was { $old }.
calls-digest-room =
    📞 Please call { calls-digest-who }: the classes move to another room.
    { $course }: now { $room }, was { $old }. Phones are in the list.
no-phone-change-room =
    📌 The classes move to another room: { $course }, now { $room }, was { $old }.
    { no-phone-tell }

# /newclass: the room in English words, asked where someone at the center reads the bot in English (walk s28 W28-23).
cls-new-room-en = How should people who read the bot in English see this room? Type it in English, e.g.: Computer room, second floor. Or press "Skip": they will read { $automatic }.
cls-room-en-invalid = Type the room in Latin letters (up to 100 characters) or press "Skip".
cls-new-room-en-line = In English: { $roomEn }

# /newclass: the room in English words, asked where someone at the center reads the bot in English (walk s28 W28-23).
cls-new-room-en = Как назвать эту аудиторию для тех, кто читает бота на английском? Напишите английскими буквами, например: Computer room, second floor. Или нажмите «Пропустить», тогда они прочтут: { $automatic }.
cls-room-en-invalid = Напишите название аудитории английскими буквами (до 100 знаков) или нажмите «Пропустить».
cls-new-room-en-line = На английском: { $roomEn }

## probe37 (session 37): a second tap on «which group?» after «Can't come» was said (src/bot/features/cant-come.ts)

probe37-said-already = The librarian has already been told you will not come.

# A put-in confirmation pressed again after the person was put in or moved (src/bot/features/classes/put-in.ts).
probe37-putin-here = This person is in this group already. Nothing was changed.

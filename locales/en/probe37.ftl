## probe37 (session 37): a second tap on «which group?» after «Can't come» was said (src/bot/features/cant-come.ts)

probe37-said-already = The librarian has already been told you will not come.

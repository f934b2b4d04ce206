# Helper fixC, round 21: a citizen who types, speaks or sends stickers instead of tapping.

# A voice message, audio or a video note (walk s21 W21-08). $hint: what the question or the menu takes.
not-heard-voice = The bot does not listen to voice messages. { $hint } If you would rather talk, call { $phone }
not-heard-sticker = The bot does not understand stickers. { $hint } If you would rather talk, call { $phone }
not-heard-menu = Choose what you need with the buttons at the bottom of the screen, or type it in words.

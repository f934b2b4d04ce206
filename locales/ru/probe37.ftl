## probe37 (session 37): a second tap on «О какой речь?» after «Не смогу» was said (src/bot/features/cant-come.ts)

probe37-said-already = Библиотекарю уже передали, что вас не будет.

# A put-in confirmation pressed again after the person was put in or moved (src/bot/features/classes/put-in.ts).
probe37-putin-here = Этот человек уже в этой группе. Ничего не меняли.

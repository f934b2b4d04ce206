## probe37 (session 37): a second tap on «О какой речь?» after «Не смогу» was said (src/bot/features/cant-come.ts)

probe37-said-already = Библиотекарю уже передали, что вас не будет.

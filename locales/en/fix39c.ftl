# «Меня уже записали» with a phone that holds two records of one person (fix38q L6, kept apart by an unlink): not linked (src/bot/features/link-telegram.ts).
fix39c-link-two-records = The library has two records of yours with this phone. A librarian needs to join them first. Please call: { $phone }.

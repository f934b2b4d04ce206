## Calls before lessons: someone who blocked the bot gets no reminder, so the librarian phones them (fixX)

calls-line-blocked = blocked the bot

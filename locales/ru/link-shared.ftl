## Linking Telegram on a phone several people were registered with: the person says which of them they are.

link-shared-which = С этим номером в библиотеке записаны несколько человек. Кто из них вы?
link-btn-none-of-them = Меня здесь нет
# The record of the name picked, so a mis-tap on a neighbour's name is seen before "Да, это я" (probe s25 L7).
link-found-intro-of = Мы нашли запись на имя { $name }:

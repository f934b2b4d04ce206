## Linking Telegram on a phone several people were registered with: the person says which of them they are.

link-shared-which = С этим номером в библиотеке записаны несколько человек. Кто из них вы?
link-btn-none-of-them = Меня здесь нет

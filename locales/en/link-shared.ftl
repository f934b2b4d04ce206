## Linking Telegram on a phone several people were registered with: the person says which of them they are.

link-shared-which = Several people were registered at the library with this number. Which of them are you?
link-btn-none-of-them = I am not here

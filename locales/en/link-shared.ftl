## Linking Telegram on a phone several people were registered with: the person says which of them they are.

link-shared-which = Several people were registered at the library with this number. Which of them are you?
link-btn-none-of-them = I am not here
# The record of the name picked, so a mis-tap on a neighbour's name is seen before "Yes, it is me" (probe s25 L7).
link-found-intro-of = We found a record under the name { $name }:

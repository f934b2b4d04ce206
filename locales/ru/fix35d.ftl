## fix35d (session 35): a list of matches of /find or /forgetperson after one of them was deleted

# The list drawn again without the person deleted (src/bot/features/desk/found-list.ts): the search ended, the others
# stay, each a button to their card.
fix35d-found-redrawn = Данные одного человека из списка удалены, поиск закрыт. Остальные — ниже, нажмите, чтобы открыть карточку.

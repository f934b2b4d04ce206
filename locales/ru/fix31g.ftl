# Under the card of one's own center, typed «где библиотека?» (walk31 W31-16).
fix31g-other-centers = Другие центры

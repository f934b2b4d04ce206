# Under the card of one's own center, typed "where is the library?" (walk31 W31-16).
fix31g-other-centers = Other centers

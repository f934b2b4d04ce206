## fix29j (session 29): small wording (walk29 W29-20) and /import leftovers (W29-19, W29-05)

# Another command after /find or /broadcast: what became of it, truly (nothing was lost; W29-20).
find-left = The person's card was closed; nothing in it was changed.
bc-left = The broadcast was not sent; nothing was changed.

# /import's result: rows repeated inside the file, apart from "Already there" (walk29 W29-19).
done-duplicates = Repeated rows in the file: { $count }.

## Helper fixD (round 22): /find and /forgetperson (scenes/desk/find-person.ts, scenes/desk/forget-person.ts).

# A librarian's person who also has places at centers she does not manage (probe s22 H3).
desk-forget-elsewhere = Nothing was deleted: this person is also on the lists of other centers. The coordinator can delete all their data: pass the request on. You can take the person off your center's list with /find.

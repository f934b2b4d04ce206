## Helper fixD (round 22): /find and /forgetperson (scenes/desk/find-person.ts, scenes/desk/forget-person.ts).

# A librarian's person who also has places at centers she does not manage (probe s22 H3).
desk-forget-elsewhere = Nothing was deleted: this person is also on the lists of other centers. The coordinator can delete all their data: pass the request on. You can take the person off your center's list with /find.

# Still staff, but the person's entry is at a center she does not manage (any more) (probe s22 L3, M2).
desk-not-your-center = This person is on the list at a center you do not manage. Nothing was changed.
desk-forget-not-yours = This person is no longer among the people registered at your centers. Nothing was deleted.
# The move's press repeated after a restart: it had been done (probe s22 M2).
desk-move-already =
    Already moved. { $name } is on the list at: { $center }. { $position ->
        [0] The person has already been offered a seat in a group.
       *[other] Place in line: { $position }.
    }
    { $telegram ->
        [yes] The person was sent a message in Telegram.
       *[no] The person has no Telegram: tell them the new place by phone.
    }

## Citizens' leftovers of walk s22 (round 24)

# Above the time of day when the town chosen has one center: it is taken without a question (walk s22 W22-03).
join-only-center = This town has one center: { $name }, { $address }.

# A seat offer answered by a typed "yes" / "I'll come": what it was taken for, and a way back below (walk s22 W22-20).
cls-offer-accepted-typed = You answered "{ $said }" to the seat offer.
cls-offer-undo-ask = Changed your mind?
cls-offer-undo = Give up the seat

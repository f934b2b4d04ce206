## Citizens' leftovers of walk s22 (round 24)

# Above the time of day when the town chosen has one center: it is taken without a question (walk s22 W22-03).
join-only-center = This town has one center: { $name }, { $address }.

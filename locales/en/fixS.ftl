# Fixes after walk s21 and probe s21: staff screens (helper fixS).

# /attendance for staff with groups at several centers (W21-19): the center on the group's button and above its lessons.
cls-group-button-at = { $place }: { $short }, { $start }
cls-attendance-where = { $center }. Course: { $course }.

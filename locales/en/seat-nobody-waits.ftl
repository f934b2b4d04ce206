## "Give up the seat?" when nobody is in line for the seat now (walk34 W34-15)

release-confirm-nobody-waits = Give up your seat in the "{ $course }" group? Nobody is waiting for it now: the seat will stay free for the time being.

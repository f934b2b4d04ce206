## fix39b (walk38 L7): "Give up the seat?" when people wait for the course but none of them can take this seat now
## (each declined this group before, or is out of reach): "nobody is waiting" would not be true.

fix39b-release-confirm-none-can-take = Give up your seat in the "{ $course }" group? Nobody in line can take it now: the seat will stay free for the time being.

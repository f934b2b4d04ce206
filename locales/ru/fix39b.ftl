## fix39b (walk38 L7): «Отказаться от места?» when people wait for the course but none of them can take this seat now
## (each declined this group before, or is out of reach): «в очереди никого нет» would not be true.

fix39b-release-confirm-none-can-take = Отказаться от места в группе «{ $course }»? Никто из очереди сейчас не может его занять: место пока останется свободным.

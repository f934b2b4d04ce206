## «Отказаться от места?» when nobody is in line for the seat now (walk34 W34-15: «Его сразу предложат следующему» was untrue)

release-confirm-nobody-waits = Отказаться от места в группе «{ $course }»? Сейчас в очереди на него никого нет: место пока останется свободным.

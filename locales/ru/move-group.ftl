## A citizen in a group who moves to another town (walk29 W29-08)

move-group-confirm = Вы в группе курса «{ $course }»: { $from }. Отказаться от места там и встать в очередь: { $center }? Место в очереди там будет { $position }. Ваше место в группе получит следующий человек.
move-group-yes = ✅ Да, перейти
move-group-no = Нет, остаться в группе
move-group-kept = Хорошо. Вы остаётесь в группе: { $from }.
move-group-done = Готово. Место в группе передано следующему человеку. Теперь ваш центр: { $center }. Ваше место в очереди: { $position }.
move-group-same = Ваша группа занимается в этом центре. Выберите другой центр.
join-already-enrolled-move = Вы уже в группе курса «{ $course }»: { $center }. Если вы переезжаете, можно отказаться от места и встать в очередь в другом центре.
join-already-stay-group = Остаться в группе

# A librarian whose center the coordinator unticked while her flow for it was open (probe29 L3): she is still staff.
lost-center-newclass = Вы больше не работаете в этом центре: группу здесь создать нельзя.
lost-center-change = Вы больше не работаете в этом центре: расписание этой группы изменить нельзя.
lost-center-add = Вы больше не работаете в этом центре: записать сюда человека нельзя.
lost-center-broadcast = Вы больше не работаете в этом центре: отправить рассылку его людям нельзя.

# /staff «Готово» after adding by number someone whose name the bot knows (walk29 W29-03).
cls-staff-granted-named = Готово: { $name } теперь библиотекарь ({ $centers }).

# fix31e (walk30 W30-15): a toggle beside a person says its state in words after the name, nothing while not yet
# («11:00 Иванова Анна — позвонили»): a screen reader reads «☐», «▫️», «✅» as squares and ticks (src/bot/menus/toggle-label.ts).
# A call made before a lesson or about a change.
mark-called = позвонили
# A person without a phone on a change's list, told in person.
mark-told = сказали
# /attendance: the person came to the lesson.
mark-present = на занятии

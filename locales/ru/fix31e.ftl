# fix31e (walk30 W30-15): a toggle beside a person says its state in words after the name, nothing while not yet
# («11:00 Иванова Анна — позвонили»): a screen reader reads «☐», «▫️», «✅» as squares and ticks (src/bot/menus/toggle-label.ts).
# A call made before a lesson or about a change.
fix31e-called = позвонили
# A person without a phone on a change's list, told in person.
fix31e-told = сказали
# /attendance: the person came to the lesson.
fix31e-present = на занятии

# Task 38a: a relative reads a grandmother's messages (walk36 L2).
whose-record = Record in the name of { $name }
link-btn-relative = It's my relative
fix38a-seat-kept = Your seat in the "{ $course }" group stays yours for now. You can give it up in "My place in line".

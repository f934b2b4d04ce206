# A librarian whose center the coordinator unticked while her flow for it was open (probe29 L3): she is still staff.
lost-center-newclass = You no longer work at this center: you cannot create a group here.
lost-center-change = You no longer work at this center: you cannot change this group's schedule.
lost-center-add = You no longer work at this center: you cannot register a person here.
lost-center-broadcast = You no longer work at this center: you cannot send a broadcast to its people.

# /staff «Done» after adding by number someone whose name the bot knows (walk29 W29-03).
cls-staff-granted-named = Done: { $name } is now a librarian ({ $centers }).

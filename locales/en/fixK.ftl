# Helper fixK, round 22. W22-27: what a librarian leaves when her rights are taken away, and whom it goes to.
fixk-staff-revoke-groups = Open groups: { $count }. They go to another librarian of the same center, or to you where there is none. Participants will be sent to that librarian or to the center's phone with questions.
fixk-staff-revoke-calls = Calls waiting: { $count }. The center's other librarians see them in /calls, or you where there is none.
fixk-staff-revoke-alone = Left with no librarian: { $centers }. Invite a new one: /staff
fixk-staff-revoked-groups = Groups handed over: { $count }. Who has which: /classes.
fixk-staff-groups-given = You now run the groups { $name } ran: { $count }. They are in /classes, calls in /calls.

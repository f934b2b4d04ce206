## Staff screens kept within 60 words (issue 16.4)

help-staff-lessons = Commands for staff. Groups and lessons:
help-staff-queue = The queue and people:
help-staff-coordinator = For coordinators:
prt-req-btn-note = 📄 The whole note
prt-req-note =
    The note of the request from "{ $partner }":
    { $note }

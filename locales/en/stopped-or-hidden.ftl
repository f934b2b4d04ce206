newclass-course-stopped = The group was not created: the coordinator has paused enrolment for this course. When it resumes, create the group again: /newclass.
newclass-center-hidden = The group was not created: the coordinator has hidden this center from residents. When it is shown again, create the group again: /newclass.
import-course-stopped = Not added because the coordinator paused enrolment for the course while you were reading the list: lines { $lines }.
import-center-hidden = Not added because the coordinator hid the center from residents while you were reading the list: lines { $lines }.
putin-blocked-call = The bot cannot write to this person: they have blocked the bot. Call them at { $phone } and tell them where and when the first lesson is.
putin-blocked-no-phone = The bot cannot write to this person: they have blocked the bot, and we have no phone number for them. Tell them yourself where and when the first lesson is.

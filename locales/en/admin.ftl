## Admin: /stats
adm-stats-title = 📊 Statistics: { $scope }
adm-stats-scope-all = all centers
adm-stats-scope-mine = my centers
adm-stats-col-center = Center
adm-stats-col-course = Course
adm-stats-col-waiting = Wait
adm-stats-total = Waiting in all
adm-stats-col-week = Week
adm-stats-col-signups = Joined
adm-stats-col-enrolled = Enrolled
adm-stats-median-wait = Wait until enrollment (median): { $days } days
adm-stats-offers = Seats accepted: { $accepted } of { $made } ({ $rate })
adm-stats-no-show = Missed lessons: { $rate } ({ $absent } of { $expected })
adm-stats-completions = Finished the course: { $n }
adm-stats-chart-waiting = Waiting per center
adm-stats-chart-weeks = Sign-ups and enrollments, 8 weeks
adm-stats-series-signups = Signed up
adm-stats-series-enrolled = Enrolled
adm-stats-btn-all = All centers
adm-stats-as-of = Figures as of { $time } (refreshed every 10 minutes)

## Admin: /broadcast
adm-bc-choose-audience = Who should get the message?
adm-bc-aud-group = Participants of a group
adm-bc-aud-center-enrolled = Everyone studying at a center
adm-bc-aud-center-waiting = A center's waiting list
adm-bc-aud-all-waiting = Everyone waiting (all centers)
adm-bc-choose-center = Which center?
adm-bc-choose-group = Which group?
adm-bc-no-groups = This center has no open groups. Choose another center.
adm-bc-choose-course = The waiting list for which course?
adm-bc-all-courses = All courses
adm-bc-ask-text = Write the text of the message.
adm-bc-too-long = Too long: one message holds at most 4096 characters. Please shorten it.
adm-bc-preview-intro = This is how recipients will see it:
adm-bc-preview-count = Recipients: { $total }. Send?
adm-bc-preview-count-blocked = Recipients: { $total }. { $unreachable } of them blocked the bot and will not get it. Send?
adm-bc-no-recipients = Nobody is in this audience. Choose another one.
adm-bc-confirm = ✓ Send
adm-bc-refused = You cannot send to this audience.
adm-bc-progress-start = The broadcast is starting…
adm-bc-progress = Broadcast: delivered { $delivered } of { $total }, blocked the bot { $blocked }, errors { $failed }.
adm-bc-progress-done = Broadcast finished: delivered { $delivered } of { $total }, blocked the bot { $blocked }, errors { $failed }.
adm-bc-report =
    ✅ The broadcast is finished.
    Delivered: { $delivered } of { $total }
    Blocked the bot: { $blocked } (before: { $unreachable }, during the broadcast: { $newlyBlocked })
    Not delivered because of errors: { $failed }

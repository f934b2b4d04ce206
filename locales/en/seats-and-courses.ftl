# A librarian put someone into a group who cannot be written to (no Telegram, or the bot is blocked): a call for the
# librarians of the group's center (src/domain/staff-enrolment.ts, probe s23 M8).
calls-digest-putin =
    📞 Please call: people the bot cannot write to were put into the group "{ $course }" ({ $center }). Tell them where and when the first lesson is (see the group's card, /classes). Names and phones are in the list; anyone put in later is added to it.
calls-putin-list-title =
    📞 Put into "{ $course }"; the bot cannot write to them. Call them ({ $done } of { $count } done):

## Partners: commands

command-partners = Partner organizations
command-referrals = My referrals
command-link = Sign-up link

## Partners: /partners (coordinators)

prt-list = Partner organizations: { $total }. Choose one or add a new one.
prt-list-none = No partner organizations yet.
prt-btn-add = ➕ Add an organization
prt-btn-edit = ✏️ Edit
prt-btn-invite = 👤 Invite a representative
prt-btn-link = 🔗 Sign-up link
prt-btn-withdraw = ✖ Withdraw invite { $n }
prt-btn-deactivate = ⏸ Deactivate
prt-btn-reactivate = ▶️ Reactivate
prt-btn-save = ✓ Save
prt-details =
    Organization: { $name }
    Kind: { $kind }
    Contact person: { $contact }
    Phone: { $phone }
    Centers: { $centers }
prt-status-active = Active.
prt-status-inactive = Deactivated: its sign-up link and representatives no longer work; history is kept.
prt-reps-header = Representatives:
prt-reps-none = No representatives yet.
prt-rep-line = • { $name } (id { $id })
prt-invites-header = Invites not opened yet:
prt-invite-line = { $n }) valid until { $until }
prt-invite-link =
    Invite link for a representative of "{ $partner }":
    { $link }

    It works for 7 days and for one person only. You can withdraw it before it is opened on the organization's card.
prt-invite-withdrawn = Invite withdrawn: the link no longer works.
prt-invite-gone = This invite is gone: it was opened, withdrawn or has expired.
prt-deactivated = Organization deactivated. The people it referred stay on the list and in their groups.
prt-reactivated = The organization is active again.
prt-unchanged = Nothing changed.
prt-not-found = Organization not found.
prt-not-yours = This is not your organization, or it is gone.
prt-rep-welcome = Welcome! You represent "{ $partner }". Commands: /link — sign-up link with a QR code, /add — register a person without Telegram, /referrals — the people you referred, /request — ask for a separate group, /groups — put people into a group opened for you.
prt-rep-invite-opened = Your invite was opened: { $name } now represents "{ $partner }".

## Partners: add and edit

prt-ask-name = What is the organization called? Type its full name.
prt-ask-kind = What kind of organization is it?
prt-ask-contactName = Who is the contact person? Type their name.
prt-ask-phone = The contact person's phone?
prt-ask-centers = Which centers does the organization work with? Tick them and press "Done".
prt-which-field = Organization: { $name }. What to change?
prt-field-name = Name
prt-field-kind = Kind
prt-field-contactName = Contact person
prt-field-phone = Phone
prt-field-centers = Centers
prt-text-invalid = Please type 2 to 150 characters.
prt-phone-invalid = Could not read the number. Type it like this: +7 923 123-45-67.
prt-preview-new = Check and save the new organization:
prt-preview-edit = Check the changes and save:
prt-created = Organization added: { $name }. Next, invite its representative or open the organization's card.
prt-updated = Changes saved.
prt-unchanged-edit = Nothing changed.
prt-kind-hospital = Hospital or clinic
prt-kind-social = Social service
prt-kind-employment = Employment center
prt-kind-disability = Disability society
prt-kind-school = School or boarding school
prt-kind-other = Other

## Partners: referral link

prt-link-text =
    Sign-up link of "{ $partner }":
    { $link }

    Whoever opens it or scans the QR code above signs up as referred by your organization. If the link got into the wrong hands, replace it: the old one stops working.
prt-link-replace = 🔄 Replace the link
prt-link-replace-confirm = Replace the link of "{ $partner }"? The old link and printed QR codes will stop working.
prt-link-replace-yes = Yes, replace
prt-link-replaced = Link replaced. The old one no longer works.

## Partners: a citizen referred by a partner

# Everything /referrals shows the organization (walk s21 W21-24): name, course, place in line, the seat offered, the group, attendance.
join-summary-partner = Referred by: { $partner }. They will see your name, course, place in line, any seat offered to you, your group and your attendance.

## Partners: /referrals

prt-ref-header = Referred by "{ $partner }":
prt-ref-none = Nobody has signed up through your link yet.
prt-ref-line =
    { $name } — { $course }
    { $status }
prt-ref-waiting = Waiting, place { $position } in line.
prt-ref-offered = Offered a seat: { $center }, to answer by { $until }.
prt-ref-enrolled = In a group: { $center }, { $room }, starts { $start }. { $marked ->
    [0] No lessons yet.
   *[other] Lessons attended: { $attended } of { $marked }.
    }
prt-ref-completed = Course completed: { $center }. Lessons attended: { $attended } of { $marked }.
prt-ref-left = Left the list.
prt-ref-forgotten = Data deleted.
prt-btn-referrals = 👥 Referrals

## Partners: /stats by partner

prt-stats-btn = 🤝 By partner organization
prt-stats-title = Partner organizations, { $period }:
prt-stats-period = { $days ->
    [0] all time
   *[other] last { $days } days
    }
prt-stats-line =
    { $name }
    referred { $referred }, got a seat { $enrolled }{ $gaveBack ->
        [0] {""}
       *[other] {" "}({ $gaveBack } gave it back)
    }, completed { $completed }, { $expected ->
        [0] no lessons yet
       *[other] no-shows { $noShow } ({ $absent } of { $expected })
    }

## Partners: /export

prt-exp-col-partner = Organization
prt-exp-col-kind = Kind of organization
prt-exp-col-name = Name
prt-exp-col-phone = Phone
prt-exp-col-course = Course
prt-exp-col-center = Center
prt-exp-col-status = Status
prt-exp-col-position = Place in line
prt-exp-col-attended = Lessons attended
prt-exp-col-joined-at = Joined
prt-exp-attended = { $attended } of { $marked }
prt-exp-attended-none = no lessons yet
prt-exp-caption = People referred by partner organizations: { $count }.

## Partners: group requests

command-requests = Partners' group requests
command-request = Request a group
prt-req-ask-course = A request for a separate group for your people. Which course?
prt-req-ask-people = How many people will study? Press a number or type it.
prt-req-people-invalid = Please type a number from 1 to 50.
prt-req-ask-centers = Which centers suit you? Tick them and press "Done".
prt-req-ask-days = Which days suit you? Tick them and press "Done".
prt-req-ask-times = Which times of day suit you? Tick them and press "Done".
prt-req-ask-note = Anything to add? Type a note or press "No note".
prt-req-no-note = No note
prt-req-note-invalid = Please keep the note under 500 characters.
prt-req-summary =
    Check the request:

    Course: { $course }
    Number of people: { $people }
    Centers: { $centers }
    Days: { $days }
    Times: { $times }
    Note: { $note }
prt-req-send = ✓ Send the request
prt-req-sent = Request sent. We will let you know when the library has looked at it.
prt-req-new-staff = New group request from "{ $partner }", people: { $people }.
prt-req-list = Partners' requests for separate groups. Choose one:
prt-req-list-none = No new requests.
prt-req-button = { $partner }, people: { $people }
prt-req-card =
    Request from "{ $partner }" ({ $at })
    Contact: { $contact }

    Course: { $course }
    Number of people: { $people }
    Centers: { $centers }
    Days: { $days }
    Times: { $times }
    Note: { $note }
prt-req-btn-accept = ✓ Open a group
prt-req-btn-decline = ✖ Decline
prt-req-gone = This request is gone: it was answered, or it is not for your centers.
prt-req-ask-reason = Why do you decline the request of "{ $partner }"? Choose a reason or type your own.
prt-req-reason-room = No free room
prt-req-reason-teacher = No teacher on those days
prt-req-reason-dates = Those days do not work; we will suggest others
prt-req-reason-invalid = Please type a reason of 3 to 500 characters.
prt-req-declined-staff = Request declined. The organization's representative will get a message with the reason.
prt-req-declined = The library declined your group request (course "{ $course }"). Reason: { $reason }
prt-release-button = 🔓 Give free seats to the general queue
prt-release-confirm =
    Give the free seats to the general queue? { $course }, { $center }.
    Free now: { $free }. They will be offered to people in the center's line in order, not only to the organization's people. This cannot be undone.
prt-release-yes = 🔓 Yes, give them
prt-release-none = This group is already open to everyone.
prt-released = Free seats given to the general queue. Seats offered: { $offered }.
prt-released-rep = The library has opened the free seats of the group for your people to everyone: "{ $course }", { $center }. Your people already in the group stay in it.

## Partners: representatives in /help and on the card

prt-help-representative = Commands for an organization's representative:
prt-btn-remove-rep = ✖ Remove representative: { $name }
prt-remove-rep-confirm = Remove from the representatives of "{ $partner }": { $name }? They will no longer see the referrals.
prt-rep-removed = { $name } no longer represents the organization.
prt-rep-gone = This representative is gone.

## Partners: a representative fills a closed group with names

command-groups = Groups for our people
prt-groups-header = Groups opened for your organization's requests:
prt-groups-none = No groups opened for your requests yet. Request a group: /request
prt-group-line = { $course }, { $center }, starts { $start }. Free { $free } of { $capacity }.
prt-group-button = Put people into group { $n }
prt-fill-pick = Whom to put in? These are your people without Telegram, registered with /add; the others get a seat offer in the bot.
prt-fill-none = Nobody to put in now: none of your people without Telegram wait for this course. People with Telegram get seat offers from the bot themselves. Register a person: /add
prt-fill-full = No free seats.
prt-fill-add = ➕ { $name }
# One of theirs a seat of this group is already offered to (a librarian would call): putting them in takes it.
prt-fill-add-held = ➕ { $name } (a seat is waiting)
prt-fill-enrolled = { $name }: put into the group.
prt-fill-full-now = No free seats any more.
prt-fill-gone = This person is no longer waiting, or the group is closed.

## Added in stop 18 (fixes from the probes and the walk)
prt-closed-request = Your organization's access to the bot was closed, so the request was not sent. If this is a mistake, contact the library.
prt-closed-add = Your organization's access to the bot was closed, so the person was not registered. If this is a mistake, contact the library.

# fix34b (walk31 W31-07): on /referrals, how the library reaches each person: who gets the bot's messages, whom the organization tells itself.
# [relative] (walk40 L4): a relative linked the record to his own Telegram and reads its messages.
ref-reach = { $reach ->
        [telegram] Gets the bot's messages on Telegram.
        [relative] A relative reads the bot's messages on Telegram.
        [phone] No Telegram: the library phones.
       *[none] No Telegram and no phone: tell the person yourselves.
    }

import { randomInt } from 'node:crypto';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { CoordinatorSettingModel } from '../db/models/coordinator-setting.js';
import { LessonModel } from '../db/models/lesson.js';
import { PartnerRepresentativeModel } from '../db/models/partner-representative.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { ACTIVE_STATUSES, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { deleteChatState, deleteConversationsNaming } from '../db/repositories/kv-storage.js';
import { forgetChatInUpdates } from '../db/repositories/received-updates.js';
import type { Locale } from '../notify/notifier.js';
import { forgetNamedInOutbox, forgetRecipientInOutbox, type ForgetReason } from '../outbox/index.js';
import { forgetCallTasksOf } from './call-tasks.js';
import { callListsChanged } from './call-list-changes.js';
import { closeViewsNaming } from './shown-views.js';
import { phoneToRead } from './phone.js';
import { singleLine } from './text.js';
import { releaseCitizenSeats, type OfferOptions } from './offers.js';
import { forgetMissedMarks } from './missed-marks.js';

/** Librarians' notices about one person's seat that name the others it went on to (seat-given-up.ts, group-time-notices.ts). */
const NAMING_OTHERS = ['seat-given-up:', 'group-moved:'];

export interface CitizenView {
  id: number;
  language: Locale;
  name: string;
  reachable: boolean;
}

export async function getCitizen(citizenId: number): Promise<CitizenView | null> {
  const c = await CitizenModel.findById(citizenId, { language: 1, name: 1, reachable: 1 }).lean();
  return c ? { id: c._id, language: c.language, name: c.name, reachable: c.reachable } : null;
}

/**
 * The name on a record staff made at the desk (paper consent), when that is what this Telegram account is linked to:
 * often a relative's phone, so /forget says whose data it would delete (walk34 W34-18). Null for one's own join.
 */
export async function deskRecordName(citizenId: number): Promise<string | null> {
  const c = await CitizenModel.findById(citizenId, { name: 1, 'consent.method': 1 }).lean();
  return c?.consent?.method === 'paper' ? singleLine(c.name) : null;
}

/**
 * Forgets a citizen: what /forget does after the confirmation, and what a
 * retention job calls. Afterwards no collection holds their name, phone,
 * username or Telegram id, nor anything that ties an anonymous record to them;
 * anonymous counts for /stats stay.
 * 1. Seats they hold or were offered go to the next person in line.
 * 2. Their entries lose citizenId and the referring partner (active ones become
 *    `forgotten`; the partner no longer sees or counts them); an entry
 *    that stays in a group's history gets a random stand-in for the citizen id
 *    in that group's attendance; their id leaves every lesson's attendance.
 * 3. Outbox items to them or about them are anonymised (forgetRecipientInOutbox; notices about them
 *    already in a librarian's chat are edited to "removed"), and so are
 *    librarians' daily call lists that name them; their call tasks lose their id. Staff screens that
 *    name them (rosters, attendance, call lists: shown-views.ts) are edited to "closed".
 * 4. The citizen document, the chat's session and conversation state are deleted, and no update record keeps the chat.
 * Safe to run again (a crash half-way, a repeated /forget). Returns false when
 * nothing about them was stored.
 */
export async function forgetCitizen(citizenId: number, now: Date, options: OfferOptions & { reason?: ForgetReason }): Promise<boolean> {
  const { reason = 'asked' } = options;
  // Marked first: a deletion cut off half-way (the process killed) is finished by finishCutOffForgets.
  await CitizenModel.updateOne({ _id: citizenId, forgetStartedAt: { $exists: false } }, { $set: { forgetStartedAt: now } });
  await releaseCitizenSeats(citizenId, now, options);
  const entries = await WaitlistEntryModel.find({ citizenId }, { status: 1, groupId: 1, anonymousId: 1, centerId: 1 }).lean();
  // The /calls screens of their centers count them (a lesson's calls too): redrawn once the update is done.
  callListsChanged(entries.map((e) => e.centerId));
  const outbox = await forgetRecipientInOutbox({ chatId: citizenId, entryIds: entries.map((e) => String(e._id)) }, now, reason);
  const anonymousIds = new Map<string, number>();
  for (const entry of entries) {
    let anonymousId = entry.anonymousId ?? undefined;
    if (entry.groupId && anonymousId === undefined) {
      // Stored before it is used, so a run after a crash reuses it instead of counting the person twice.
      anonymousId = -randomInt(1, 2 ** 47);
      await WaitlistEntryModel.updateOne({ _id: entry._id }, { $set: { anonymousId } });
    }
    if (entry.groupId) await LessonModel.updateMany({ groupId: entry.groupId, attendedIds: citizenId }, { $addToSet: { attendedIds: anonymousId } });
    if (entry.groupId && anonymousId !== undefined) anonymousIds.set(String(entry.groupId), anonymousId);
    const active = ACTIVE_STATUSES.includes(entry.status);
    await WaitlistEntryModel.updateOne(
      { _id: entry._id, citizenId },
      { ...(active ? { $set: { status: 'forgotten', leftAt: now } } : {}), $unset: { citizenId: 1, activeKey: 1, imported: 1, partnerId: 1, referredAt: 1 } },
    );
  }
  await forgetMissedMarks(citizenId, anonymousIds);
  await forgetCallTasksOf(citizenId, now, reason);
  const named = await CitizenModel.findById(citizenId, { phone: 1, name: 1 }).lean();
  // Rosters, attendance and call lists open in staff chats: the outbox does not know them.
  const views = await closeViewsNaming(citizenId, now, reason);
  // A /find or /forgetperson open on those screens keeps what it found in its stored state: it ends (probe29 M2).
  await deleteConversationsNaming(views.chats, { id: citizenId, ...(named?.name ? { name: named.name } : {}), ...(named?.phone ? { phone: named.phone } : {}) });
  // Daily call lists name several people each: the ones that name this person lose their text.
  const phone = named?.phone;
  // Lists show the phone as staff read it; lists queued by older code hold it in E.164.
  if (phone) for (const needle of new Set([phoneToRead(phone), phone])) await forgetNamedInOutbox('calllist:', needle, now, reason);
  // Someone without a phone is named on a list's "remind in person" line (fix28d): lists with the name lose their text.
  else if (named?.name && !hasTelegram(citizenId)) await forgetNamedInOutbox('calllist:', singleLine(named.name), now, reason);
  // A librarian's notice about someone else's seat names the next in line it went to (probe38): by name, as it says it.
  if (named?.name) for (const prefix of NAMING_OTHERS) await forgetNamedInOutbox(prefix, singleLine(named.name), now, reason, 'notice');
  const attendance = await LessonModel.updateMany({ attendedIds: citizenId }, { $pull: { attendedIds: citizenId } });
  const [citizen, chat] = await Promise.all([CitizenModel.deleteOne({ _id: citizenId }), deleteChatState(citizenId), forgetChatInUpdates(citizenId)]);
  return citizen.deletedCount > 0 || entries.length > 0 || outbox > 0 || views.closed > 0 || attendance.modifiedCount > 0 || chat > 0;
}

/**
 * Deletions that began and did not end (probe s20 F10: a kill in the middle of /forget gave the seat back and kept
 * the name, phone and consent): finished by the privacy job. Only those begun a minute ago or more, so that one
 * still running is not run twice at once. Returns how many were finished.
 */
export async function finishCutOffForgets(now: Date, options: OfferOptions): Promise<number> {
  const cutOff = await CitizenModel.find({ forgetStartedAt: { $lte: new Date(now.getTime() - 60_000) } }, { _id: 1 }).lean();
  for (const citizen of cutOff) await forgetCitizen(citizen._id, now, options);
  return cutOff.length;
}

export { setReachable } from '../db/repositories/reachability.js';

/** The language a person chose: kept on whatever they are to the bot (a citizen, a librarian, a partner's representative, a coordinator). */
export async function setChosenLanguage(userId: number, language: Locale, options: { coordinator: boolean }): Promise<void> {
  await Promise.all([
    options.coordinator ? CoordinatorSettingModel.updateOne({ _id: userId }, { $set: { language } }, { upsert: true }) : undefined,
    CitizenModel.updateOne({ _id: userId }, { $set: { language } }),
    StaffMemberModel.updateOne({ _id: userId }, { $set: { language } }),
    PartnerRepresentativeModel.updateOne({ _id: userId }, { $set: { language } }),
  ]);
}

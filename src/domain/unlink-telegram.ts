import type { Types } from 'mongoose';
import { CallTaskModel } from '../db/models/call-task.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { ACTIVE_STATUSES, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { deleteChatState } from '../db/repositories/kv-storage.js';
import type { Locale } from '../notify/notifier.js';
import { enqueue, forgetToldFormerAccounts, reassignAboutCitizen, toldByOwnAnswer, unlinkChatInOutbox } from '../outbox/index.js';
import { audit } from './audit.js';
import { offerCallNotices } from './call-digests.js';
import { callListsChanged } from './call-list-changes.js';
import { openOfferCallTask } from './call-tasks.js';
import { moveEntriesAndAttendance } from './citizen-records-move.js';
import { reassignShownViews } from './shown-views.js';
import { deskRecordFor } from './unlink-record.js';
import { personFor } from './desk-forget.js';
import { newPaperCitizenId } from './desk-registration.js';
import type { Role } from './roles.js';

/**
 * The reverse of linkTelegram (link-telegram.ts), walk34 W34-18: a grandson linked his grandmother's desk record to
 * his own Telegram, as the librarian told him, and wants it off his account without deleting her place. The record
 * goes back to the library as a new record without Telegram (a new negative id) with the name, phone, phone key,
 * paper consent and notes it had; her entries (place in line kept), attendance, absence marks, call tasks, staff
 * messages and screens about her move with it; a seat offer waiting in Telegram becomes the librarians' call card, and
 * her lessons go onto their daily call lists. Nothing of hers stays under the Telegram id: the citizen is deleted,
 * the chat's messages of her in the outbox are emptied and its session and flows deleted.
 * Crash-safe like linking: the Telegram citizen is marked (`unlinkingTo`) first and deleted last; a repeat (the same
 * button) finishes a run that was cut off, with the same new record.
 */

export type UnlinkResult =
  | {
      ok: true;
      /** The new record without Telegram. */
      recordId: number;
      /** The account's language, for the message telling its owner. */
      language: Locale;
      /** The name on the record (the account's owner was shown it when linking). */
      name: string;
      /** Active entries moved, and seat offers that became call cards. */
      entries: number;
      calls: number;
    }
  /** Not an account linked to a desk record (unlinked already, forgotten, or the person joined in Telegram herself). */
  | { ok: false; reason: 'not-linked' };

/** Is this a Telegram account linked to a record made at the library (paper consent), or one whose unlink was cut off? */
export async function isLinkedDeskRecord(citizenId: number): Promise<boolean> {
  if (!hasTelegram(citizenId)) return false;
  return (await CitizenModel.exists({ _id: citizenId, $or: [{ 'consent.method': 'paper' }, { unlinkingTo: { $exists: true } }] })) !== null;
}

/**
 * Unlinks the Telegram account `telegramId` from its desk record; `actorId`: the staff member, or 0 (the account's
 * owner, or the privacy job). `tell`: the owner is told by a message through the outbox (a locale key) when a librarian
 * unlinked it or the privacy job finished a cut-off unlink; not when he pressed the button himself (its answer says it).
 * `by`: who asked, for the audit.
 */
export async function unlinkTelegram(
  telegramId: number,
  actorId: number,
  now: Date,
  { tell, by = actorId === 0 ? 'citizen' : 'staff' }: { tell?: string; by?: 'citizen' | 'staff' | 'privacy-job' } = {},
): Promise<UnlinkResult> {
  if (!hasTelegram(telegramId)) return { ok: false, reason: 'not-linked' };
  const linked = await CitizenModel.findById(telegramId).lean();
  if (!linked || (linked.consent?.method !== 'paper' && linked.unlinkingTo == null) || linked.linkingFrom != null) return { ok: false, reason: 'not-linked' };
  // 1. The mark, with the new record's id and the phone key it takes (unset here: a key is unique). A second press
  // meanwhile (the grandson and a librarian at once) finds the mark and goes on with the same record.
  if (linked.unlinkingTo == null) {
    await CitizenModel.updateOne(
      { _id: telegramId, unlinkingTo: { $exists: false } },
      { $set: { unlinkingTo: newPaperCitizenId(), unlinkStartedAt: now, ...(linked.phoneKey ? { unlinkingPhoneKey: linked.phoneKey } : {}) }, $unset: { phoneKey: 1 } },
    );
  }
  const marked = await CitizenModel.findById(telegramId).lean();
  if (marked?.unlinkingTo == null) return { ok: false, reason: 'not-linked' };
  const resumed = linked.unlinkingTo != null;

  // 2. The record without Telegram, as the desk made it (an upsert: a repeat finds it); or the one a librarian's /add
  // made with her phone and name meanwhile (unlink-record.ts).
  const { recordId, phoneTaken } = await deskRecordFor({ ...marked, unlinkingTo: marked.unlinkingTo }, now);
  // 3–4. Her entries with their place, attendance and absence marks (his own course from before the link stays his);
  // call tasks (an open one stays open: she had blocked the bot and is called already), staff messages and screens.
  const moved = await moveEntriesAndAttendance(telegramId, recordId, { keepOwn: true });
  await CallTaskModel.updateMany({ citizenId: telegramId }, { $set: { citizenId: recordId } });
  await reassignAboutCitizen(telegramId, recordId);
  await reassignShownViews(telegramId, recordId);
  // 5. Read under the new record (a repeat after a crash finds them moved): a seat waiting for an answer in Telegram
  // is the librarians' call now, as for anyone without Telegram; her lessons are on their daily call lists by themselves.
  const active = await WaitlistEntryModel.find({ citizenId: recordId, status: { $in: ACTIVE_STATUSES } }).lean();
  let calls = 0;
  for (const e of active) if (await offerToCall(e, recordId, now)) calls++;
  callListsChanged(active.map((e) => e.centerId));
  // 6. Nothing of hers under the Telegram id: the chat's messages of her, its session (her entries' places seen) and flows.
  // Told in the outbox (fix36d): the farewell, and her old offers and reminders there edited to say they no longer work.
  const startedAt = marked.unlinkStartedAt ?? new Date(0);
  // Another run finished it meanwhile (his own press at once: its answer told him; else its farewell, the same key).
  const farewell = tell && (await CitizenModel.exists({ _id: telegramId })) ? { farewell: tell } : {};
  await unlinkChatInOutbox(telegramId, recordId, { language: marked.language, ...farewell, startedAt, now });
  await deleteChatState(telegramId);
  // Entry ids and numbers only: no Telegram id beside her entries (as linking's audit). One line per unlink (its new
  // record): the grandson's press and a librarian's at once both get here, and either may be the one that finishes.
  await audit(
    { key: `unlink:${recordId}`, actorId, action: 'citizen.unlink-telegram', target: `entries:${moved.length}`, details: { entryIds: [...new Set([...moved, ...active.map((e) => String(e._id))])], calls, by, ...(resumed ? { resumed: true } : {}), ...(phoneTaken ? { phoneTaken } : {}) } },
    now,
  );
  // 7. Last: the Telegram citizen, with the mark (a repeat now finds nothing to do).
  await CitizenModel.deleteOne({ _id: telegramId });
  // He pressed himself: his answer tells him, so a librarian's farewell for this unlink (her press at once) is not sent.
  if (by === 'citizen') await toldByOwnAnswer(recordId, marked.language, startedAt, now);
  return { ok: true, recordId, language: marked.language, name: marked.name, entries: active.length, calls };
}

/**
 * A seat offered while the record was in Telegram, still open: the librarians' call card for it. Linking had cancelled
 * the call task of an offer made before it (same key); that one goes, so the card is a new one with its own buttons.
 * An open task (she had blocked the bot) is left as it is. True when a call was opened.
 */
async function offerToCall(
  entry: { _id: Types.ObjectId; status: string; centerId: string; offer?: { groupId?: Types.ObjectId | null; offeredAt?: Date | null; expiresAt?: Date | null } | null },
  recordId: number,
  now: Date,
): Promise<boolean> {
  const offer = entry.offer;
  if (entry.status !== 'offered' || !offer?.groupId || !offer.offeredAt || !offer.expiresAt || offer.expiresAt <= now) return false;
  const key = `offer:${String(entry._id)}:${offer.offeredAt.getTime()}`;
  const before = await CallTaskModel.findOne({ key }, { status: 1 }).lean();
  if (before && before.status !== 'cancelled') return false;
  if (before) await CallTaskModel.deleteOne({ _id: before._id, status: 'cancelled' });
  const group = await ClassGroupModel.findById(offer.groupId, { librarianId: 1, courseId: 1, centerId: 1 }).lean();
  const task = group ? await openOfferCallTask({ _id: entry._id, citizenId: recordId, centerId: entry.centerId }, offer.offeredAt, offer.expiresAt, group._id) : null;
  if (!group || !task) return false;
  await enqueue(await offerCallNotices([task], group, offer.expiresAt), now);
  return true;
}

export type StaffUnlinkResult = UnlinkResult | { ok: false; reason: 'not-allowed' };

/**
 * The /find card's «Отвязать Телеграм»: the role may see the person (an active entry at her centers; a coordinator
 * everyone), checked again at the press; a run cut off is finished for whoever may see the record it was moving to.
 */
export async function unlinkTelegramForStaff(role: Role, actorId: number, telegramId: number, now: Date): Promise<StaffUnlinkResult> {
  if (!(await isLinkedDeskRecord(telegramId))) return { ok: false, reason: 'not-linked' };
  const seen = (await personFor(role, telegramId)) ?? (await seenThroughMark(role, telegramId));
  // Her entries may have moved on meanwhile (the owner pressed his own button at once): done by him, not refused.
  if (!seen) return (await isLinkedDeskRecord(telegramId)) ? { ok: false, reason: 'not-allowed' } : { ok: false, reason: 'not-linked' };
  return unlinkTelegram(telegramId, actorId, now, { tell: 'unlink-told' });
}

/** The record an unlink under way moves her entries to; the mark read after her entries (it is set before they move). */
async function seenThroughMark(role: Role, telegramId: number) {
  const unlinkingTo = (await CitizenModel.findById(telegramId, { unlinkingTo: 1 }).lean())?.unlinkingTo;
  return unlinkingTo != null ? personFor(role, unlinkingTo) : null;
}

/**
 * Unlinks a stopped process left half-done, begun a minute ago or more (one still running is left to itself), finished
 * by the privacy job (fix36d): before, only a second press of either button did. The owner is told it is done (he may
 * have pressed himself and seen no answer). Then the messages sent to unlinked accounts lose the account's id. Returns
 * how many unlinks it finished.
 */
export async function finishCutOffUnlinks(now: Date): Promise<number> {
  const before = new Date(now.getTime() - 60_000);
  const cutOff = await CitizenModel.find(
    { unlinkingTo: { $exists: true }, $or: [{ unlinkStartedAt: { $lte: before } }, { unlinkStartedAt: { $exists: false } }] },
    { _id: 1 },
  ).lean();
  let finished = 0;
  for (const citizen of cutOff) if ((await unlinkTelegram(citizen._id, 0, now, { tell: 'unlink-finished', by: 'privacy-job' })).ok) finished++;
  // Messages to accounts unlinked before, sent by now: the account's id off them (src/outbox/unlink.ts).
  await forgetToldFormerAccounts();
  return finished;
}

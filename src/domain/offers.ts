import { Types } from 'mongoose';
import { hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { SeatOfferModel, type OfferOutcome } from '../db/models/seat-offer.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue, type OutboxItem } from '../outbox/index.js';
import { closeOfferCallTasks, openOfferCallTask } from './call-tasks.js';
import { offerCallNotices, type OpenedCallTask } from './call-digests.js';
import { languageOf, offerMessage, offerVars } from './offer-messages.js';
import { describeCenter } from './catalog.js';
import { movesWishedFirst } from './group-time-wish.js';
import { isObjectId } from './ids.js';
import { joiningLesson } from './joining-lesson.js';
import { withdrawGroupReminders } from './left-group-reminders.js';
import { offerLine } from './offer-line.js';
import type { OfferOptions } from './offer-options.js';
import { tellPartnerOfferDeclined, tellPartnerSeatTaken } from './partners/seat-given-up-partner.js';
import { lateAccept } from './late-accept.js';
import { seatCenter, seatGivenBack } from './line-center.js';
import { awakeDeadline } from './time.js';
import { whoseRecord, whoseVars } from './whose-record.js';

export { offerData, offerVars } from './offer-messages.js';
export type { OfferOptions } from './offer-options.js';

/**
 * Seat offers. A group's `freeSeats` counts seats nobody holds; an offer
 * reserves one by a conditional decrement (`freeSeats > 0`), so enrolled plus
 * offered never exceeds capacity, whatever runs at the same time. Every entry
 * moves by one conditional findOneAndUpdate (waiting → offered → enrolled, or back).
 *
 * Order of the line: longest waiting first (joinedAt); among equals, those
 * whose preferred time of day matches the group's come first. An offer at
 * another time of day than asked says so (offerVars, walk s22 W22-31).
 */

const HOUR_MS = 3600_000;

/**
 * Offers every free seat of an open group to the waiting entries for its course at its center, while the group
 * takes newcomers (joiningLesson: their first lesson 1½ hours away or more, at most one lesson missed); the
 * answer is due an hour before that lesson. Returns how many offers were made.
 *
 * @example
 * await offerFreeSeats(groupId, deps.now(), deps.offers);
 */
export async function offerFreeSeats(groupId: string, now: Date, options: OfferOptions): Promise<number> {
  if (!isObjectId(groupId)) return 0;
  const group = await ClassGroupModel.findById(groupId).lean();
  if (!group || group.status !== 'open' || (group.freeSeats ?? 0) <= 0) return 0;
  // Before the first lesson, or after it while a newcomer would miss only that one (joining-lesson.ts, walk s21 W21-26).
  const joining = await joiningLesson(group._id, now);
  if (!joining) return 0;
  const answerBy = joining.answerBy.getTime();

  const { line, byPhoneOnly } = await offerLine(group);
  // Someone in another group of the course who asked for this time of day and waited longer goes first (fix35f).
  await movesWishedFirst(group, line[0]?.joinedAt, now, options);

  const ttlMs = options.ttlHours * HOUR_MS;
  // Out of the night (awakeDeadline), and never past the joining lesson's answerBy.
  const timeZone = (await describeCenter(group.centerId))?.timeZone ?? 'Asia/Novokuznetsk';
  const expiresAt = new Date(Math.min(awakeDeadline(new Date(now.getTime() + ttlMs), timeZone).getTime(), answerBy));
  const messages: OutboxItem[] = [];
  // People without Telegram: their tasks are told to the librarians together, after the loop (one message each).
  const byPhone: OpenedCallTask[] = [];
  for (const candidate of line) {
    const reserved = await ClassGroupModel.findOneAndUpdate({ _id: group._id, status: 'open', freeSeats: { $gt: 0 } }, { $inc: { freeSeats: -1 } });
    if (!reserved) break;
    const offered = await WaitlistEntryModel.findOneAndUpdate(
      { _id: candidate._id, status: 'waiting' },
      { $set: { status: 'offered', offer: { groupId: group._id, offeredAt: now, expiresAt } } },
      { returnDocument: 'after' },
    ).lean();
    if (!offered) {
      await ClassGroupModel.updateOne({ _id: group._id }, { $inc: { freeSeats: 1 } });
      continue;
    }
    await SeatOfferModel.updateOne(
      { entryId: candidate._id, groupId: group._id },
      { $set: { offeredAt: now, outcome: 'pending' }, $unset: { closedAt: 1 } },
      { upsert: true },
    );
    if (hasTelegram(candidate.citizenId!) && !byPhoneOnly.has(candidate.citizenId!)) messages.push(await offerMessage('offer', String(candidate._id), candidate.citizenId!, String(group._id), now, expiresAt));
    else {
      const task = await openOfferCallTask({ _id: candidate._id, citizenId: candidate.citizenId!, centerId: candidate.centerId }, now, expiresAt, group._id);
      if (task) byPhone.push(task);
    }
  }
  const offered = messages.length + byPhone.length;
  messages.push(...(await offerCallNotices(byPhone, group, expiresAt, options.toldAtDesk)));
  if (messages.length > 0) await enqueue(messages, now);
  return offered;
}

/**
 * Someone joined a waiting list (or moved to another center): the free seats
 * of open groups they could take are offered now, in the line's order, instead
 * of at the offers job's next run (up to 10 minutes later, with the person at
 * the desk gone by then). The groups are this course's at this center, and a
 * closed group of the partner who referred them.
 */
export async function offerSeatsOnJoining(place: { courseId: string; centerId: string; partnerId?: string }, now: Date, options: OfferOptions): Promise<number> {
  const where = place.partnerId ? [{ centerId: place.centerId }, { partnerId: place.partnerId }] : [{ centerId: place.centerId }];
  const groups = await ClassGroupModel.find({ courseId: place.courseId, status: 'open', freeSeats: { $gt: 0 }, $or: where }, { _id: 1 }).sort({ createdAt: 1 }).lean();
  let offered = 0;
  for (const g of groups) offered += await offerFreeSeats(String(g._id), now, options);
  return offered;
}

export type AcceptResult =
  | { ok: true; groupId: string }
  | { ok: false; reason: 'expired' | 'gone' | 'already' };

/**
 * The citizen takes the offered seat: their reserved seat becomes theirs.
 * `pressedMessageId`: the offer message the button was on (a late press, see lateAccept).
 */
export async function acceptOffer(citizenId: number, entryId: string, now: Date, pressedMessageId?: number, options: Pick<OfferOptions, 'inTelegram'> & { by?: number } = {}): Promise<AcceptResult> {
  const result = await takeOffer(citizenId, entryId, now, pressedMessageId, options);
  // A partner's person: the partner is told, as of give-ups and declines (walk38 L4); not the representative who did it.
  if (result.ok) await tellPartnerSeatTaken(entryId, citizenId, result.groupId, now, options.by);
  return result;
}

async function takeOffer(citizenId: number, entryId: string, now: Date, pressedMessageId: number | undefined, options: Pick<OfferOptions, 'inTelegram'>): Promise<AcceptResult> {
  if (!isObjectId(entryId)) return { ok: false, reason: 'gone' };
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, citizenId }).lean();
  if (!entry) return { ok: false, reason: 'gone' };
  if (entry.status === 'enrolled') return { ok: false, reason: 'already' };
  if (entry.status === 'waiting') return pressedMessageId === undefined ? { ok: false, reason: 'expired' } : lateAccept(entry, pressedMessageId, now);
  // Left the line (or forgotten): no offer of theirs stands, and they are not in line either.
  if (entry.status !== 'offered') return { ok: false, reason: 'gone' };
  const groupId = entry.offer?.groupId;
  if (!groupId) return { ok: false, reason: 'expired' };
  const group = await ClassGroupModel.findById(groupId, { status: 1, centerId: 1 }).lean();
  if (!group || group.status !== 'open') {
    await returnToLine(entryId, groupId, 'released', now);
    return { ok: false, reason: 'gone' };
  }
  const enrolled = await WaitlistEntryModel.findOneAndUpdate(
    { _id: entryId, citizenId, status: 'offered', 'offer.groupId': groupId, 'offer.expiresAt': { $gt: now } },
    { $set: { status: 'enrolled', groupId, ...seatCenter(entry, group.centerId), enrolledAt: now }, $unset: { offer: 1 } }, // the group's center (M6)
  );
  if (!enrolled) {
    const again = await WaitlistEntryModel.findById(entryId, { status: 1 }).lean();
    return { ok: false, reason: again?.status === 'enrolled' ? 'already' : 'expired' };
  }
  await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: 1 } });
  await closeOffer(entryId, groupId, 'accepted', now, options.inTelegram);
  return { ok: true, groupId: String(groupId) };
}

/**
 * The citizen says no: the seat goes to the next person. With keepPlace the
 * entry waits again (joinedAt kept); otherwise it leaves the list.
 */
export async function declineOffer(citizenId: number, entryId: string, keepPlace: boolean, now: Date, options: OfferOptions): Promise<boolean> {
  if (!isObjectId(entryId)) return false;
  const update = keepPlace
    ? { $set: { status: 'waiting' }, $unset: { offer: 1 } }
    : { $set: { status: 'left', leftAt: now }, $unset: { offer: 1, activeKey: 1 } };
  const entry = await WaitlistEntryModel.findOneAndUpdate({ _id: entryId, citizenId, status: 'offered' }, update).lean();
  const groupId = entry?.offer?.groupId;
  if (!groupId) return false;
  await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { freeSeats: 1 } });
  await closeOffer(entryId, groupId, 'declined', now, options.inTelegram);
  await offerFreeSeats(String(groupId), now, options);
  // A partner's person: the partner hears it, as of a seat given up (fix35f).
  if (entry.partnerId && !options.forgetting) await tellPartnerOfferDeclined(String(entry.partnerId), citizenId, { id: String(groupId), courseId: entry.courseId }, !keepPlace, now);
  return true;
}

/**
 * An enrolled participant gives the seat back (e.g. "Can't come" before the first lesson): the entry waits again
 * (joinedAt kept, at its line's center: M6) or leaves the list, and the seat is offered to the next. False if not enrolled.
 */
export async function releaseSeat(entryId: string, now: Date, options: OfferOptions & { leave?: boolean }): Promise<boolean> {
  const held = isObjectId(entryId) ? await WaitlistEntryModel.findOne({ _id: entryId, status: 'enrolled' }, { groupId: 1, lineCenterId: 1 }).lean() : null;
  if (!held?.groupId) return false;
  const entry = await WaitlistEntryModel.findOneAndUpdate({ _id: entryId, status: 'enrolled', groupId: held.groupId }, seatGivenBack(held, options.leave === true, now)).lean();
  const groupId = entry?.groupId;
  if (!groupId) return false;
  await ClassGroupModel.updateOne({ _id: groupId, enrolledCount: { $gt: 0 } }, { $inc: { enrolledCount: -1, freeSeats: 1 } });
  // Her reminders of its lessons already queued (≤10 minutes ahead) are not sent (left-group-reminders.ts).
  if (typeof entry.citizenId === 'number') await withdrawGroupReminders(entry.citizenId, groupId, now);
  // Not offered the same group again; the week she took it stays hers in /stats (seatedAt: walk35 finding 6).
  const seated = entry.enrolledAt ? { seatedAt: entry.enrolledAt } : {};
  await SeatOfferModel.updateOne({ entryId: entry._id, groupId }, { $set: { outcome: 'released', closedAt: now, ...seated }, $setOnInsert: { offeredAt: now } }, { upsert: true });
  await offerFreeSeats(String(groupId), now, options);
  return true;
}

/**
 * The offers job body: reminds half-way through an offer's time and expires
 * overdue offers (the seat goes to the next person, the entry waits again).
 * Offers Telegram refused are settled before it (settleUndeliveredOffers, undelivered-offers.ts).
 */
export async function processOffers(now: Date, options: OfferOptions): Promise<{ reminded: number; expired: number; offered: number }> {
  await returnForgottenOffers(now);
  await settleTakenOffers(now);
  const open = await WaitlistEntryModel.find({ status: 'offered' }).lean();
  let reminded = 0;
  let expired = 0;
  const reminders: OutboxItem[] = [];
  for (const entry of open) {
    const offer = entry.offer;
    if (!offer?.groupId || !offer.offeredAt || !offer.expiresAt || entry.citizenId === undefined || entry.citizenId === null) continue;
    const entryId = String(entry._id);
    if (offer.expiresAt <= now) {
      const back = await returnToLine(entryId, offer.groupId, 'expired', now);
      if (!back) continue;
      expired++;
      // A person without Telegram has no chat: closing the offer closed the librarians' call task.
      if (!hasTelegram(entry.citizenId)) {
        await offerFreeSeats(String(offer.groupId), now, options);
        continue;
      }
      const vars = { ...(await offerVars(String(offer.groupId), await languageOf(entry.citizenId), offer.expiresAt)), ...whoseVars(await whoseRecord(entry.citizenId)) };
      await enqueue([{ key: `offer-exp:${entryId}:${offer.offeredAt.getTime()}`, citizenId: entry.citizenId, priority: 'personal', message: { text: { key: 'cls-offer-expired', vars } } }], now);
      await offerFreeSeats(String(offer.groupId), now, options);
      continue;
    }
    const halfway = offer.offeredAt.getTime() + (offer.expiresAt.getTime() - offer.offeredAt.getTime()) / 2;
    // No half-way reminder by phone: the librarians' call task stays open, /calls lists it.
    if (offer.remindedAt || halfway > now.getTime() || !hasTelegram(entry.citizenId)) continue;
    const marked = await WaitlistEntryModel.updateOne(
      { _id: entry._id, status: 'offered', 'offer.offeredAt': offer.offeredAt, 'offer.remindedAt': { $exists: false } },
      { $set: { 'offer.remindedAt': now } },
    );
    if (marked.modifiedCount === 0) continue;
    reminded++;
    reminders.push(await offerMessage('offer-rem', entryId, entry.citizenId, String(offer.groupId), offer.offeredAt, offer.expiresAt, now));
  }
  if (reminders.length > 0) await enqueue(reminders, now);
  // People who joined the list since a group was created get its free seats too.
  let offered = 0;
  const withSeats = await ClassGroupModel.find({ status: 'open', freeSeats: { $gt: 0 } }, { _id: 1 }).lean();
  for (const g of withSeats) offered += await offerFreeSeats(String(g._id), now, options);
  return { reminded, expired, offered };
}

/**
 * Offers whose seat was taken but whose record still says pending: an accept cut off by a stopped process between
 * its writes (probe s20 F8). Closed as accepted, as the accept would have (the statistics count them).
 */
async function settleTakenOffers(now: Date) {
  const pending = await SeatOfferModel.find({ outcome: 'pending' }, { entryId: 1, groupId: 1 }).lean();
  if (pending.length === 0) return;
  const taken = await WaitlistEntryModel.find({ _id: { $in: pending.map((o) => o.entryId) }, status: { $in: ['enrolled', 'completed'] } }, { groupId: 1 }).lean();
  const groupOf = new Map(taken.map((e) => [String(e._id), String(e.groupId)]));
  for (const offer of pending) if (groupOf.get(String(offer.entryId)) === String(offer.groupId)) await closeOffer(String(offer.entryId), offer.groupId, 'accepted', now);
}

/** A citizen who used /forget while holding an offer: the seat goes back. */
async function returnForgottenOffers(now: Date) {
  const forgotten = await WaitlistEntryModel.find({ status: 'forgotten', 'offer.groupId': { $exists: true } }, { offer: 1 }).lean();
  for (const entry of forgotten) {
    const groupId = entry.offer?.groupId;
    if (!groupId) continue;
    const cleared = await WaitlistEntryModel.updateOne({ _id: entry._id, status: 'forgotten', 'offer.groupId': groupId }, { $unset: { offer: 1 } });
    if (cleared.modifiedCount === 0) continue;
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { freeSeats: 1 } });
    await closeOffer(String(entry._id), groupId, 'released', now);
  }
}

/**
 * Gives back every seat a citizen holds (pending offers declined, enrolled
 * seats released) before their data is forgotten. Call it from /forget.
 */
export async function releaseCitizenSeats(citizenId: number, now: Date, options: OfferOptions): Promise<void> {
  for (const entry of await WaitlistEntryModel.find({ citizenId, status: { $in: ['offered', 'enrolled'] } }, { status: 1 }).lean()) {
    if (entry.status === 'offered') await declineOffer(citizenId, String(entry._id), false, now, { ...options, forgetting: true });
    else await releaseSeat(String(entry._id), now, { ...options, leave: true });
  }
}

/** offered → waiting (seat back to the group); false if the entry was no longer offered this group. */
export async function returnToLine(entryId: string, groupId: Types.ObjectId, outcome: OfferOutcome, now: Date): Promise<boolean> {
  const entry = await WaitlistEntryModel.findOneAndUpdate(
    { _id: entryId, status: 'offered', 'offer.groupId': groupId },
    { $set: { status: 'waiting' }, $unset: { offer: 1 } },
  );
  if (!entry) return false;
  await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { freeSeats: 1 } });
  await closeOffer(entryId, groupId, outcome, now);
  return true;
}

export async function closeOffer(entryId: string, groupId: Types.ObjectId | string, outcome: OfferOutcome, now: Date, inTelegram = false) {
  // acceptedAt outlives the outcome, which a seat given back later turns to 'released' (/stats: walk35 finding 6).
  await SeatOfferModel.updateOne({ entryId, groupId, outcome: 'pending' }, { $set: { outcome, closedAt: now, ...(outcome === 'accepted' ? { acceptedAt: now } : {}) } });
  // A call task still open for it (nobody answered by phone) closes with the offer.
  if (outcome !== 'pending') await closeOfferCallTasks(entryId, groupId, outcome, now, inTelegram);
}

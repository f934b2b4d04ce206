import { isObjectId } from './ids.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
import { releaseSeat, type OfferOptions } from './offers.js';

/**
 * A seat offer's buttons after the bot stopped half-way through an answer
 * (probe s20 F2): the seat was taken or kept in the database, but the person
 * was never told. Their next press on the same offer finishes the job instead
 * of saying "no longer valid".
 */

/** The group of an accepted seat whose confirmation never reached the person (a double tap finds it told). */
export async function untoldEnrolment(citizenId: number, entryId: string): Promise<string | undefined> {
  if (!isObjectId(entryId)) return undefined;
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, citizenId, status: 'enrolled', acceptToldAt: { $exists: false } }, { groupId: 1 }).lean();
  return entry?.groupId ? String(entry.groupId) : undefined;
}

const HOUR_MS = 3600_000;

/**
 * The seat this person took from an offer lately, for a typed yes that finds no offer open (probe25 M5, L3): its
 * answer never reached them (a Telegram error or a kill after the seat was taken: `told` false, within an offer's
 * time), or the yes came twice (told within the hour). Of several, one never told first, then the latest taken.
 */
export async function recentAcceptance(citizenId: number, now: Date, untoldHours: number): Promise<{ entryId: string; groupId: string; told: boolean } | undefined> {
  const since = new Date(now.getTime() - untoldHours * HOUR_MS);
  const entries = await WaitlistEntryModel.find({ citizenId, status: 'enrolled', enrolledAt: { $gt: since } }, { groupId: 1, acceptToldAt: 1, enrolledAt: 1 })
    .sort({ enrolledAt: -1 })
    .lean();
  const lately = entries.filter((e) => e.groupId && (!e.acceptToldAt || e.acceptToldAt.getTime() > now.getTime() - HOUR_MS));
  // Taken from an offer (its record closed as accepted, or still pending after a kill), not put in by the staff.
  const offered = [];
  for (const e of lately) if (await SeatOfferModel.exists({ entryId: e._id, groupId: e.groupId, outcome: { $in: ['accepted', 'pending'] } })) offered.push(e);
  const entry = offered.find((e) => !e.acceptToldAt) ?? offered[0];
  return entry && { entryId: String(entry._id), groupId: String(entry.groupId), told: Boolean(entry.acceptToldAt) };
}

/** The confirmation was sent: a second press is a double tap. */
export async function markAcceptTold(entryId: string, now: Date): Promise<void> {
  await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { acceptToldAt: now } });
}

/**
 * "Can't come" on an offer whose seat is already theirs (their "I'll come" was taken just before the bot stopped):
 * the seat goes to the next person and they wait again, as a decline does. False when it is not theirs or not enrolled.
 */
export async function giveBackAcceptedSeat(citizenId: number, entryId: string, now: Date, options: OfferOptions): Promise<boolean> {
  if (!isObjectId(entryId) || !(await WaitlistEntryModel.exists({ _id: entryId, citizenId, status: 'enrolled' }))) return false;
  return releaseSeat(entryId, now, options);
}

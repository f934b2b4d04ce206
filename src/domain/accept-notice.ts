import { isObjectId } from './ids.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
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

/** The confirmation was sent: a second press is a double tap. */
export async function markAcceptTold(entryId: string, now: Date): Promise<void> {
  await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { acceptToldAt: now } });
}

/**
 * "Can't come" on an offer whose seat is already theirs (their "I'll come" was taken just before the bot stopped):
 * the seat goes to the next person and they wait again, as a decline does. False when it is not theirs or not enrolled.
 */
export async function giveBackAcceptedSeat(citizenId: number, entryId: string, now: Date, options: OfferOptions = {}): Promise<boolean> {
  if (!isObjectId(entryId) || !(await WaitlistEntryModel.exists({ _id: entryId, citizenId, status: 'enrolled' }))) return false;
  return releaseSeat(entryId, now, options);
}

import { Types } from 'mongoose';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { releaseSeat, returnToLine, type OfferOptions } from './offers.js';
import { isObjectId } from './ids.js';

/** What a cancelled group's seats become: its open offers withdrawn, its participants back in the line. */

/**
 * A cancelled group's open offers are withdrawn: each person waits again with
 * their old place, and the offer's record and any call task to make it by
 * phone close too (no librarian calls to offer a seat in a cancelled group).
 * Returns the citizens whose offer was withdrawn.
 */
export async function withdrawGroupOffers(groupId: string, now: Date): Promise<number[]> {
  if (!isObjectId(groupId)) return [];
  const gid = new Types.ObjectId(groupId);
  const withdrawn: number[] = [];
  for (const entry of await WaitlistEntryModel.find({ status: 'offered', 'offer.groupId': gid }, { citizenId: 1 }).lean()) {
    if (await returnToLine(String(entry._id), gid, 'released', now)) withdrawn.push(entry.citizenId!);
  }
  return withdrawn;
}

/**
 * For a group that is cancelled (set its status first): pending offers are
 * withdrawn and participants go back to the line with their old place
 * (joinedAt kept). Returns the citizens affected, to tell them.
 */
export async function returnGroupToLine(groupId: string, now: Date, options: OfferOptions): Promise<{ withdrawn: number[]; released: number[] }> {
  if (!isObjectId(groupId)) return { withdrawn: [], released: [] };
  const gid = new Types.ObjectId(groupId);
  const withdrawn = await withdrawGroupOffers(groupId, now);
  const released: number[] = [];
  for (const entry of await WaitlistEntryModel.find({ status: 'enrolled', groupId: gid }, { citizenId: 1 }).lean()) {
    if (await releaseSeat(String(entry._id), now, options)) released.push(entry.citizenId!);
  }
  return { withdrawn, released };
}

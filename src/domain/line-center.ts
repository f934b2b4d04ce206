import type { Types } from 'mongoose';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';

/**
 * Probe25 M6: an entry taking a seat in a group at another center (a partner's closed group) moves to the group's
 * center while it holds the seat, and keeps the center of its line in `lineCenterId`; giving the seat back returns it
 * there ("back in line at the same place"), not to the group's center.
 */
export function seatCenter(entry: { centerId: string; lineCenterId?: string | null }, groupCenterId: string): { centerId: string; lineCenterId?: string } {
  const line = entry.lineCenterId ?? entry.centerId;
  return line === groupCenterId ? { centerId: groupCenterId } : { centerId: groupCenterId, lineCenterId: line };
}

/** The fields that put an entry leaving its seat back at the center of its line (none when it never moved). */
export function lineCenterBack(entry: { lineCenterId?: string | null }): { set: { centerId?: string }; unset: { lineCenterId?: 1 } } {
  return entry.lineCenterId ? { set: { centerId: entry.lineCenterId }, unset: { lineCenterId: 1 } } : { set: {}, unset: {} };
}

/** A cancelled group's people go back to the line: those who came from another center go back to it (M6). */
export async function returnGroupToLines(groupId: Types.ObjectId | string): Promise<void> {
  const moved = await WaitlistEntryModel.find({ groupId, status: 'enrolled', lineCenterId: { $exists: true } }, { lineCenterId: 1 }).lean();
  for (const e of moved) {
    await WaitlistEntryModel.updateOne(
      { _id: e._id, groupId, status: 'enrolled' },
      { $set: { status: 'waiting', centerId: e.lineCenterId! }, $unset: { groupId: 1, enrolledAt: 1, lineCenterId: 1 } },
    );
  }
  await WaitlistEntryModel.updateMany({ groupId, status: 'enrolled' }, { $set: { status: 'waiting' }, $unset: { groupId: 1, enrolledAt: 1 } });
}

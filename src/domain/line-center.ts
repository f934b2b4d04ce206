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

/** The update of an entry giving its seat back: waiting again (joinedAt kept) or left, at the center of its line. */
export function seatGivenBack(entry: { lineCenterId?: string | null }, leave: boolean, now: Date) {
  const set = entry.lineCenterId ? { centerId: entry.lineCenterId } : {};
  const unset = entry.lineCenterId ? { lineCenterId: 1 as const } : {};
  return leave
    ? { $set: { status: 'left' as const, leftAt: now, ...set }, $unset: { groupId: 1 as const, enrolledAt: 1 as const, activeKey: 1 as const, ...unset } }
    : { $set: { status: 'waiting' as const, ...set }, $unset: { groupId: 1 as const, enrolledAt: 1 as const, ...unset } };
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

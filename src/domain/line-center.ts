import type { Types } from 'mongoose';
import { AuditEntryModel } from '../db/models/audit-entry.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
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
    ? { $set: { status: 'left' as const, leftAt: now, ...set }, $unset: { groupId: 1 as const, enrolledAt: 1 as const, activeKey: 1 as const, wantsTime: 1 as const, wantsTimeAt: 1 as const, ...unset } }
    : { $set: { status: 'waiting' as const, ...set }, $unset: { groupId: 1 as const, enrolledAt: 1 as const, wantsTime: 1 as const, wantsTimeAt: 1 as const, ...unset } };
}

/**
 * A cancelled group's people go back to the line: those who came from another center go back to it (M6). The seat
 * each took stays in /stats's «Зачислены» of its week (seatedAt, as a seat given back keeps it: walk35 finding 6).
 */
export async function returnGroupToLines(groupId: Types.ObjectId | string, now: Date): Promise<void> {
  for (const e of await WaitlistEntryModel.find({ groupId, status: 'enrolled', enrolledAt: { $exists: true } }, { enrolledAt: 1 }).lean()) {
    await SeatOfferModel.updateOne({ entryId: e._id, groupId }, { $set: { seatedAt: e.enrolledAt! }, $setOnInsert: { offeredAt: now, outcome: 'released', closedAt: now } }, { upsert: true });
  }
  const moved = await WaitlistEntryModel.find({ groupId, status: 'enrolled', lineCenterId: { $exists: true } }, { lineCenterId: 1 }).lean();
  for (const e of moved) {
    await WaitlistEntryModel.updateOne(
      { _id: e._id, groupId, status: 'enrolled' },
      { $set: { status: 'waiting', centerId: e.lineCenterId! }, $unset: { groupId: 1, enrolledAt: 1, lineCenterId: 1 } },
    );
  }
  await WaitlistEntryModel.updateMany({ groupId, status: 'enrolled' }, { $set: { status: 'waiting' }, $unset: { groupId: 1, enrolledAt: 1 } });
}

/** Where a desk-registered entry was put (the desk's audit: registered at a center, moved by staff to another). */
const CENTER_TRAIL = ['waitlist.add-by-staff', 'waitlist.move-by-staff'];

/**
 * Entries that took a seat at another center after probe s23 M6 moved them to the group's center and before probe25
 * M6 kept their own in `lineCenterId` hold no trace of it on the entry: giving the seat back would leave them in line
 * at the group's center. For people without Telegram (negative ids: nobody but staff moves their entries, and every
 * such move is audited) the audit log says where they waited: registered at the desk (`waitlist.add-by-staff`,
 * its centerId) and moved by staff since (`waitlist.move-by-staff`, its `to`). The last of these before the
 * enrolment, when it is not the group's center, becomes `lineCenterId`. Someone with Telegram may have moved
 * themselves (not audited), and imported rows have no audit per entry: theirs is not guessed. Idempotent (only
 * entries without `lineCenterId`); run at start-up (jobs/classes). Returns how many were set.
 */
export async function backfillLineCenters(): Promise<number> {
  const enrolled = await WaitlistEntryModel.find(
    { status: 'enrolled', groupId: { $exists: true }, lineCenterId: { $exists: false }, citizenId: { $lt: 0 } },
    { centerId: 1, groupId: 1, enrolledAt: 1 },
  ).lean();
  if (enrolled.length === 0) return 0;
  const groups = await ClassGroupModel.find({ _id: { $in: enrolled.map((e) => e.groupId) } }, { centerId: 1 }).lean();
  const groupCenter = new Map(groups.map((g) => [String(g._id), g.centerId]));
  // Only those now at their group's center can have been moved there.
  const moved = enrolled.filter((e) => groupCenter.get(String(e.groupId)) === e.centerId);
  if (moved.length === 0) return 0;
  const trail = await AuditEntryModel.find({ action: { $in: CENTER_TRAIL }, target: { $in: moved.map((e) => `entry:${String(e._id)}`) } }, { action: 1, target: 1, at: 1, details: 1 })
    .sort({ at: 1 })
    .lean();
  let set = 0;
  for (const entry of moved) {
    const before = trail.filter((a) => a.target === `entry:${String(entry._id)}` && (!entry.enrolledAt || a.at <= entry.enrolledAt));
    const last = before.at(-1);
    const details = (last?.details ?? {}) as { centerId?: unknown; to?: unknown };
    const line = last?.action === 'waitlist.add-by-staff' ? details.centerId : details.to;
    if (typeof line !== 'string' || line === entry.centerId) continue;
    const done = await WaitlistEntryModel.updateOne({ _id: entry._id, status: 'enrolled', groupId: entry.groupId, lineCenterId: { $exists: false } }, { $set: { lineCenterId: line } });
    set += done.modifiedCount;
  }
  return set;
}

import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';

/**
 * Seats set right again without a person (probe s23 M3). Taking a seat is two writes: the group's counters first
 * (`freeSeats`, and `enrolledCount` for a put-in), then the entry; giving one back is the entry first, then the
 * counters. A process killed between the two leaves the counters wrong for good: a seat nobody holds is never offered,
 * or the group says one more person is in than its roster lists.
 *
 * The recount compares each open group's counters with its entries: enrolled = entries in it (enrolled or completed),
 * free = capacity − enrolled − live offers of it. A live seat change looks exactly like a cut-off one for the few
 * milliseconds between its two writes, and setting its counters "right" then would hand out its seat twice. So a
 * mismatch is only noted the first time (`seatCheck`: the counters and what the entries said), and set right when a
 * later recount, a minute or more after, finds the very same counters and the very same entries' answer. Both writes
 * are conditional on the counters read before the entries were counted (and the fix on the note too), so a seat
 * taken or given back meanwhile makes them do nothing: no recount ever gives out a seat a live reservation holds.
 * Runs in the offers job (every 10 minutes, before its offers, so a seat given back is offered in the same run) and
 * at start-up.
 */

/** A mismatch must stay the same this long before it is set right: a live seat change finishes its two writes far sooner. */
export const SEAT_RECOUNT_AFTER_MS = 60_000;

/** Audit rows of the recount carry this actor id: the bot itself (as retention's). */
const BOT_ACTOR_ID = 0;

export interface SeatRecount {
  /** Open groups whose counters disagreed with their entries and were noted. */
  noted: number;
  /** Groups set right. */
  fixed: number;
}

export async function recountSeats(now: Date): Promise<SeatRecount> {
  const result: SeatRecount = { noted: 0, fixed: 0 };
  // The groups first, then the entries: the writes below are conditional on these counters.
  const groups = await ClassGroupModel.find({ status: 'open' }, { capacity: 1, freeSeats: 1, enrolledCount: 1, seatCheck: 1 }).lean();
  if (groups.length === 0) return result;
  const ids = groups.map((g) => g._id);
  const entries = await WaitlistEntryModel.find(
    {
      $or: [
        { groupId: { $in: ids }, status: { $in: ['enrolled', 'completed'] } },
        // An offer holds its seat until it is closed; a forgotten person's until the offers job gives it back.
        { 'offer.groupId': { $in: ids }, status: { $in: ['offered', 'forgotten'] } },
      ],
    },
    { groupId: 1, status: 1, offer: 1 },
  ).lean();
  const members = new Map<string, number>();
  const held = new Map<string, number>();
  const add = (counts: Map<string, number>, id: unknown) => counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  for (const e of entries) {
    if (e.status === 'enrolled' || e.status === 'completed') add(members, e.groupId);
    else add(held, e.offer?.groupId);
  }

  for (const g of groups) {
    const id = String(g._id);
    const enrolled = members.get(id) ?? 0;
    const free = Math.max(0, g.capacity - enrolled - (held.get(id) ?? 0));
    const counters = { freeSeats: g.freeSeats, enrolledCount: g.enrolledCount };
    const where = { _id: g._id, status: 'open' as const, ...counters };
    const check = g.seatCheck;
    if (counters.freeSeats === free && counters.enrolledCount === enrolled) {
      if (check) await ClassGroupModel.updateOne({ ...where, 'seatCheck.seenAt': check.seenAt }, { $unset: { seatCheck: 1 } });
      continue;
    }
    const same = !!check && check.freeSeats === counters.freeSeats && check.enrolledCount === counters.enrolledCount && check.free === free && check.enrolled === enrolled;
    if (!same || !check?.seenAt) {
      const noted = await ClassGroupModel.updateOne(where, { $set: { seatCheck: { ...counters, free, enrolled, seenAt: now } } });
      result.noted += noted.modifiedCount;
      continue;
    }
    if (now.getTime() - check.seenAt.getTime() < SEAT_RECOUNT_AFTER_MS) continue;
    const fixed = await ClassGroupModel.updateOne(
      { ...where, 'seatCheck.seenAt': check.seenAt },
      { $set: { freeSeats: free, enrolledCount: enrolled }, $unset: { seatCheck: 1 } },
    );
    if (fixed.modifiedCount === 0) continue;
    result.fixed++;
    await audit({ actorId: BOT_ACTOR_ID, action: 'group.seats-recounted', target: `group:${id}`, details: { was: counters, now: { freeSeats: free, enrolledCount: enrolled } } }, now);
  }
  return result;
}

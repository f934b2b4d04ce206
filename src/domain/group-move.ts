import { findCenter } from './catalog.js';
import { releaseSeat, type OfferOptions } from './offers.js';
import { findActiveEntry, moveToCenter, nextLessonOf, positionOf, type EntryView } from './waitlist.js';

/**
 * Someone in a group who moves to another town (walk29 W29-08): she gives up her seat (it goes to the next person,
 * as «Отказаться от места» does) and waits at the other center, her join time kept. Only while the group has a
 * lesson to come (a seat can be given up only then: probe s22 H2).
 */

/** Her group entry that can move: in a group with a lesson ahead; null otherwise. */
async function movableSeat(citizenId: number, entryId: string, now: Date) {
  const entry = await findActiveEntry(citizenId, entryId);
  if (!entry || entry.status !== 'enrolled') return null;
  return (await nextLessonOf(citizenId, entryId, now)) ? entry : null;
}

/** Whether this entry is a seat she may give up to move (a group with a lesson to come). */
export async function canMoveFromGroup(citizenId: number, entryId: string, now: Date): Promise<boolean> {
  return (await movableSeat(citizenId, entryId, now)) !== null;
}

/** The place in line she would have at `centerId` after giving up the seat; null when the seat cannot move. */
export async function positionIfMovedFromGroup(citizenId: number, entryId: string, centerId: string, now: Date): Promise<number | null> {
  const entry = await movableSeat(citizenId, entryId, now);
  return entry ? positionOf({ ...entry, centerId, status: 'waiting' }) : null;
}

/** Gives up the seat (offered to the next person) and moves the entry to `centerId`; null when it could not (nothing changed). */
export async function moveFromGroup(citizenId: number, entryId: string, centerId: string, now: Date, options: OfferOptions): Promise<EntryView | null> {
  if (!(await movableSeat(citizenId, entryId, now)) || !(await findCenter(centerId))) return null;
  if (!(await releaseSeat(entryId, now, options))) return null;
  return moveToCenter(citizenId, entryId, centerId);
}

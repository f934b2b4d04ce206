import { followNoPhoneIdentity } from './shared-phones.js';
import { Types } from 'mongoose';
import { AuditEntryModel } from '../db/models/audit-entry.js';
import { CallTaskModel } from '../db/models/call-task.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ACTIVE_STATUSES, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { MessageText } from '../notify/notifier.js';
import { enqueue } from '../outbox/index.js';
import { audit } from './audit.js';
import { findCenter, findCourse } from './catalog.js';
import { centerInTownOf } from './center-names.js';
import { openingAhead, sayReopening } from './planned-reopening.js';
import { canManageCenter, type Role } from './roles.js';
import { leaveWaitlist, moveToCenter, positionOf } from './waitlist.js';
import { whoseRecord, whoseVars } from './whose-record.js';

/**
 * Staff move a person to another center (walk s21 W21-13, W21-18): the person
 * asked by phone or at the desk (their center closed, or another suits them
 * better), as they could do themselves with "Сменить центр". Only a waiting
 * entry at a center the staff member manages (a coordinator: any); to any
 * active center. The join time, and so the place in line, is kept
 * (moveToCenter). A person with Telegram is told where they are now. A call
 * about the old center having closed is ticked off: the person was called and
 * chose. Audited without names: the entry, the two centers.
 *
 * A restart between the move and the rest (probe s22 M2): the move writes, in the same update, that its
 * follow-ups are owed (`staffMove`: who, from where, when); they are keyed by that time, so running them
 * again writes nothing twice. The librarian's repeated press finds the entry already there and finishes
 * them ("already moved"); so does the offers job for a move nobody repeats (finishCutOffMoves).
 */

export type StaffMoveResult =
  | {
      outcome: 'moved';
      position: number;
      courseId: string;
      telegram: boolean;
      /** It was at that center already (a press repeated after a restart, a double tap): nothing was moved now. */
      already?: boolean;
    }
  /** Not a waiting entry of this person any more (offered a seat, left, moved, forgotten). */
  | { outcome: 'gone' }
  /** The entry is at a center the role does not manage. */
  | { outcome: 'not-allowed' }
  /** The center chosen stopped taking people meanwhile (or no such center). */
  | { outcome: 'closed' };

type OwedMove = { by: number; from: string; at: Date };

export async function moveEntryForStaff(
  role: Role,
  actorId: number,
  move: { citizenId: number; entryId: string; centerId: string },
  now: Date,
): Promise<StaffMoveResult> {
  const { citizenId, entryId, centerId } = move;
  if (!Types.ObjectId.isValid(entryId)) return { outcome: 'gone' };
  const entry = await WaitlistEntryModel.findOne(
    { _id: entryId, citizenId, status: { $in: [...ACTIVE_STATUSES] } },
    { centerId: 1, courseId: 1, status: 1, joinedAt: 1, staffMove: 1 },
  ).lean();
  if (!entry) return { outcome: 'gone' };
  if (entry.centerId === centerId) {
    // Already there. Hers to hear about: she moved it (the follow-ups may be owed), or it is at or came from her center.
    const owed = owedMove(entry.staffMove);
    if (!(canManageCenter(role, centerId) || (owed && (owed.by === actorId || canManageCenter(role, owed.from))))) return { outcome: 'not-allowed' };
    const position = await positionOf(entry);
    const telegram = owed ? await finishMove(entryId, citizenId, entry.courseId, centerId, position, owed, now) : hasTelegram(citizenId);
    return { outcome: 'moved', already: true, position, courseId: entry.courseId, telegram };
  }
  if (entry.status !== 'waiting') return { outcome: 'gone' };
  if (!canManageCenter(role, entry.centerId)) return { outcome: 'not-allowed' };
  if (!(await findCenter(centerId))) return { outcome: 'closed' };
  const owed: OwedMove = { by: actorId, from: entry.centerId, at: now };
  const moved = await moveToCenter(citizenId, entryId, centerId, owed);
  if (!moved) return { outcome: 'gone' };
  // Someone without a phone is their name at the center they come to (identityKey): now the new one (fix28d).
  await followNoPhoneIdentity(citizenId, centerId);
  const telegram = await finishMove(entryId, citizenId, entry.courseId, centerId, moved.position, owed, now);
  return { outcome: 'moved', position: moved.position, courseId: entry.courseId, telegram };
}

function owedMove(mark: { by?: number | null; from?: string | null; at?: Date | null } | null | undefined): OwedMove | undefined {
  return mark?.at && mark.from && typeof mark.by === 'number' ? { by: mark.by, from: mark.from, at: mark.at } : undefined;
}

/**
 * What a staff move owes once the entry is moved: the person's notice (when waiting: one offered a seat since
 * has that message), the closure call ticked, the audit; then the mark is taken off. Each keyed by the move's
 * time, so a second run adds nothing. Returns whether the person has Telegram.
 */
async function finishMove(
  entryId: string,
  citizenId: number | undefined,
  courseId: string,
  centerId: string,
  position: number,
  owed: OwedMove,
  now: Date,
): Promise<boolean> {
  const telegram = citizenId !== undefined && hasTelegram(citizenId);
  if (telegram && position > 0) await tellMoved(citizenId, entryId, courseId, centerId, position, owed.at, now);
  if (citizenId !== undefined) {
    await CallTaskModel.updateMany(
      { kind: 'change', topic: 'closure', citizenId, centerId: owed.from, done: { $ne: true } },
      { $set: { done: true, doneBy: owed.by, doneAt: owed.at }, $unset: { doneByName: 1 } },
    );
  }
  const target = `entry:${entryId}`;
  if (!(await AuditEntryModel.exists({ action: 'waitlist.move-by-staff', target, at: owed.at }))) {
    await audit({ actorId: owed.by, action: 'waitlist.move-by-staff', target, details: { from: owed.from, to: centerId, telegram } }, owed.at);
  }
  await WaitlistEntryModel.updateOne({ _id: entryId, 'staffMove.at': owed.at }, { $unset: { staffMove: 1 } });
  return telegram;
}

/**
 * Staff moves whose follow-ups a stopped process left owed, begun a minute ago or more (one still running is left
 * to itself): finished. Run by the offers job. Returns how many.
 */
export async function finishCutOffMoves(now: Date): Promise<number> {
  const cutOff = await WaitlistEntryModel.find(
    { 'staffMove.at': { $lte: new Date(now.getTime() - 60_000) } },
    { citizenId: 1, courseId: 1, centerId: 1, status: 1, joinedAt: 1, staffMove: 1 },
  ).lean();
  for (const entry of cutOff) {
    const owed = owedMove(entry.staffMove);
    if (!owed) await WaitlistEntryModel.updateOne({ _id: entry._id }, { $unset: { staffMove: 1 } });
    else await finishMove(String(entry._id), entry.citizenId ?? undefined, entry.courseId, entry.centerId, await positionOf(entry), owed, now);
  }
  return cutOff.length;
}

export type StaffLeaveResult = { outcome: 'left'; telegram: boolean } | { outcome: 'gone' } | { outcome: 'not-allowed' };

/**
 * Staff take a person off the list for a course (they said so by phone: the closure call offers it), as the person
 * could do themselves with "Выйти из очереди". The rest of their data stays (other courses, /forgetperson is apart).
 * A call about the old center having closed is ticked off; audited without names; a Telegram person is told.
 */
export async function takeOffListForStaff(role: Role, actorId: number, leave: { citizenId: number; entryId: string }, now: Date): Promise<StaffLeaveResult> {
  const { citizenId, entryId } = leave;
  if (!Types.ObjectId.isValid(entryId)) return { outcome: 'gone' };
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, citizenId, status: 'waiting' }, { centerId: 1, courseId: 1 }).lean();
  if (!entry) return { outcome: 'gone' };
  if (!canManageCenter(role, entry.centerId)) return { outcome: 'not-allowed' };
  if (!(await leaveWaitlist(citizenId, entryId, now))) return { outcome: 'gone' };
  const telegram = hasTelegram(citizenId);
  await CallTaskModel.updateMany(
    { kind: 'change', topic: 'closure', citizenId, centerId: entry.centerId, done: { $ne: true } },
    { $set: { done: true, doneBy: actorId, doneAt: now }, $unset: { doneByName: 1 } },
  );
  await audit({ actorId, action: 'waitlist.leave-by-staff', target: `entry:${entryId}`, details: { center: entry.centerId, telegram } }, now);
  if (telegram) {
    const citizen = await CitizenModel.findById(citizenId, { language: 1 }).lean();
    const course = (await findCourse(entry.courseId))?.title[citizen?.language === 'en' ? 'en' : 'ru'] ?? entry.courseId;
    await enqueue([{ key: `staff-leave:${entryId}`, citizenId, priority: 'personal', message: { text: { key: 'desk-leave-notice', vars: { course, ...whoseVars(await whoseRecord(citizenId)) } } } }], now);
  }
  return { outcome: 'left', telegram };
}

/** One short message in their language: the course, the new center, the place in line. */
async function tellMoved(citizenId: number, entryId: string, courseId: string, centerId: string, position: number, movedAt: Date, now: Date) {
  const citizen = await CitizenModel.findById(citizenId, { language: 1 }).lean();
  const language = citizen?.language === 'en' ? 'en' : 'ru';
  const course = (await findCourse(courseId))?.title[language] ?? courseId;
  const center = await centerInTownOf(centerId, language);
  // A center not open yet: its day said (walk34 W34-10, fix36d), as where she would choose it herself.
  const opens = await findCenter(centerId).then((c) => (c ? openingAhead(c, now) : undefined));
  const text: MessageText = opens
    ? { key: 'desk-move-notice-opens', vars: { course, center, position, date: sayReopening(opens, language, now) } }
    : { key: 'desk-move-notice', vars: { course, center, position } };
  await enqueue(
    [
      {
        // The move's own time (stored with it), so a finish run again after a restart sends nothing twice.
        key: `staff-move:${entryId}:${movedAt.getTime()}`,
        citizenId,
        priority: 'personal',
        message: { text },
      },
    ],
    now,
  );
}

import { Types } from 'mongoose';
import { CallTaskModel } from '../db/models/call-task.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { audit } from './audit.js';
import { findCenter, findCourse } from './catalog.js';
import { centerTitleOf } from './center-names.js';
import { canManageCenter, type Role } from './roles.js';
import { leaveWaitlist, moveToCenter } from './waitlist.js';

/**
 * Staff move a person to another center (walk s21 W21-13, W21-18): the person
 * asked by phone or at the desk (their center closed, or another suits them
 * better), as they could do themselves with "Сменить центр". Only a waiting
 * entry at a center the staff member manages (a coordinator: any); to any
 * active center. The join time, and so the place in line, is kept
 * (moveToCenter). A person with Telegram is told where they are now. A call
 * about the old center having closed is ticked off: the person was called and
 * chose. Audited without names: the entry, the two centers.
 */

export type StaffMoveResult =
  | { outcome: 'moved'; position: number; courseId: string; telegram: boolean }
  /** Not a waiting entry of this person any more (offered a seat, left, moved, forgotten). */
  | { outcome: 'gone' }
  /** The entry is at a center the role does not manage. */
  | { outcome: 'not-allowed' }
  /** The center chosen stopped taking people meanwhile (or no such center). */
  | { outcome: 'closed' };

export async function moveEntryForStaff(
  role: Role,
  actorId: number,
  move: { citizenId: number; entryId: string; centerId: string },
  now: Date,
): Promise<StaffMoveResult> {
  const { citizenId, entryId, centerId } = move;
  if (!Types.ObjectId.isValid(entryId)) return { outcome: 'gone' };
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, citizenId, status: 'waiting' }, { centerId: 1, courseId: 1 }).lean();
  if (!entry) return { outcome: 'gone' };
  if (!canManageCenter(role, entry.centerId)) return { outcome: 'not-allowed' };
  if (!(await findCenter(centerId))) return { outcome: 'closed' };
  const moved = await moveToCenter(citizenId, entryId, centerId);
  if (!moved) return { outcome: 'gone' };
  const telegram = hasTelegram(citizenId);
  await CallTaskModel.updateMany(
    { kind: 'change', topic: 'closure', citizenId, centerId: entry.centerId, done: { $ne: true } },
    { $set: { done: true, doneBy: actorId, doneAt: now } },
  );
  await audit({ actorId, action: 'waitlist.move-by-staff', target: `entry:${entryId}`, details: { from: entry.centerId, to: centerId, telegram } }, now);
  if (telegram) await tellMoved(citizenId, entryId, entry.courseId, centerId, moved.position, now);
  return { outcome: 'moved', position: moved.position, courseId: entry.courseId, telegram };
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
    { $set: { done: true, doneBy: actorId, doneAt: now } },
  );
  await audit({ actorId, action: 'waitlist.leave-by-staff', target: `entry:${entryId}`, details: { center: entry.centerId, telegram } }, now);
  if (telegram) {
    const citizen = await CitizenModel.findById(citizenId, { language: 1 }).lean();
    const course = (await findCourse(entry.courseId))?.title[citizen?.language === 'en' ? 'en' : 'ru'] ?? entry.courseId;
    await enqueue([{ key: `staff-leave:${entryId}`, citizenId, priority: 'personal', message: { text: { key: 'desk-leave-notice', vars: { course } } } }], now);
  }
  return { outcome: 'left', telegram };
}

/** One short message in their language: the course, the new center, the place in line. */
async function tellMoved(citizenId: number, entryId: string, courseId: string, centerId: string, position: number, now: Date) {
  const citizen = await CitizenModel.findById(citizenId, { language: 1 }).lean();
  const language = citizen?.language === 'en' ? 'en' : 'ru';
  const course = (await findCourse(courseId))?.title[language] ?? courseId;
  const center = await centerTitleOf(centerId, language);
  await enqueue(
    [
      {
        key: `staff-move:${entryId}:${now.getTime()}`,
        citizenId,
        priority: 'personal',
        message: { text: { key: 'desk-move-notice', vars: { course, center, position } } },
      },
    ],
    now,
  );
}

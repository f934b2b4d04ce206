import { Types } from 'mongoose';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { audit } from './audit.js';
import { findCourse } from './catalog.js';
import { releaseSeat, type OfferOptions } from './offers.js';
import { canManageCenter, type Role } from './roles.js';
import { tellPartnerSeatGivenUp } from './partners/seat-given-up-partner.js';
import { nextLessonOf } from './waitlist.js';
import { whoseRecord, whoseVars } from './whose-record.js';

export type StaffReleaseResult = { outcome: 'released'; telegram: boolean } | { outcome: 'gone' } | { outcome: 'not-allowed' };

/**
 * Staff give a seat back for a person (walk28 W28-20): a seat taken by phone ("✓ Согласие есть, записать", a put-in)
 * that the person cannot keep, or a mis-tap. As the person's own "Отказаться от места": only while a lesson of the
 * group is ahead; back in line at the old place (`leave` false) or off the list for the course; the seat is offered
 * to the next in line at once (releaseSeat). Only at a center the role manages. Audited without names; a person
 * with Telegram is told, and so is the partner who referred them.
 */
export async function releaseSeatForStaff(
  role: Role,
  actorId: number,
  release: { citizenId: number; entryId: string; leave: boolean },
  now: Date,
  options: OfferOptions,
): Promise<StaffReleaseResult> {
  const { citizenId, entryId, leave } = release;
  if (!Types.ObjectId.isValid(entryId)) return { outcome: 'gone' };
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, citizenId, status: 'enrolled' }, { centerId: 1, courseId: 1, groupId: 1, partnerId: 1 }).lean();
  if (!entry?.groupId) return { outcome: 'gone' };
  if (!canManageCenter(role, entry.centerId)) return { outcome: 'not-allowed' };
  if (!(await nextLessonOf(citizenId, entryId, now))) return { outcome: 'gone' };
  if (!(await releaseSeat(entryId, now, { ...options, leave }))) return { outcome: 'gone' };
  const telegram = hasTelegram(citizenId);
  const details = { center: entry.centerId, group: String(entry.groupId), leave, telegram };
  await audit({ actorId, action: 'group.release-by-staff', target: `entry:${entryId}`, details }, now);
  // A partner's person: the partner hears it as when she gives it up herself (walk34 W34-05; seat-given-up.ts).
  if (entry.partnerId) await tellPartnerSeatGivenUp(String(entry.partnerId), citizenId, { id: String(entry.groupId), courseId: entry.courseId }, leave, now);
  if (telegram) {
    const citizen = await CitizenModel.findById(citizenId, { language: 1 }).lean();
    const course = (await findCourse(entry.courseId))?.title[citizen?.language === 'en' ? 'en' : 'ru'] ?? entry.courseId;
    const message = { text: { key: 'desk-release-notice', vars: { course, leave: leave ? 'yes' : 'no', ...whoseVars(await whoseRecord(citizenId)) } } };
    await enqueue([{ key: `staff-release:${entryId}:${now.getTime()}`, citizenId, priority: 'personal', message }], now);
  }
  return { outcome: 'released', telegram };
}

/** Which of these enrolled entries still have a lesson ahead (a seat that can be given back). */
export async function releasableEntries(citizenId: number, entryIds: string[], now: Date): Promise<string[]> {
  const ahead = await Promise.all(entryIds.map(async (id) => ((await nextLessonOf(citizenId, id, now)) ? id : null)));
  return ahead.filter((id): id is string => id !== null);
}

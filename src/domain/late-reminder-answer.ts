import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { describeCenter } from './catalog.js';
import { isObjectId } from './ids.js';
import { formatLessonTime } from './time.js';

/**
 * A class reminder answered after its lesson began (a senior who reads it the next day, walk s21 W21-20): what
 * to tell them instead of a bare "this button no longer works". Variables of `rem-late-answer`: the lesson's
 * time, the center's phone, and whether they are still in the group. Undefined when the lesson has not begun,
 * or the presser was never in its group (forged or replayed data get the usual short notice).
 */
export async function lateReminderAnswer(citizenId: number, lessonId: string, now: Date, locale: Locale): Promise<Record<string, string> | undefined> {
  if (!isObjectId(lessonId)) return undefined;
  const lesson = await LessonModel.findById(lessonId, { groupId: 1, startsAt: 1, status: 1 }).lean();
  if (!lesson || lesson.status !== 'scheduled' || lesson.startsAt > now) return undefined;
  const [group, entry] = await Promise.all([
    ClassGroupModel.findById(lesson.groupId, { centerId: 1, status: 1 }).lean(),
    WaitlistEntryModel.findOne({ citizenId, groupId: lesson.groupId, status: { $in: ['enrolled', 'completed'] } }, { status: 1 }).lean(),
  ]);
  if (!group || !entry) return undefined;
  const center = await describeCenter(group.centerId);
  return {
    when: formatLessonTime(lesson.startsAt, center?.timeZone ?? 'Asia/Novokuznetsk', locale),
    phone: center?.phone ?? '',
    inGroup: entry.status === 'enrolled' && group.status === 'open' ? 'yes' : 'no',
  };
}

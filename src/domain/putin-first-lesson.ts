import { createHash } from 'node:crypto';
import { CallTaskModel, listedCallsOf } from '../db/models/call-task.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { describeCenter } from './catalog.js';
import { centerWords } from './center-names.js';
import { groupRoom } from './place-words.js';
import { singleLine } from './text.js';
import { formatLessonTime } from './time.js';

/** The put-in list's id of a group, as putin-calls.ts makes it. */
const listIdOf = (groupId: string) => createHash('sha256').update(`putin:${groupId}`).digest('hex').slice(0, 24);

/**
 * When and where the people of a put-in call list start (walk28 W28-11: the list said «скажите, где и когда первое
 * занятие» without saying it): the group's next lesson, its room, the center's address (the list is its librarians'), in `language`.
 * Undefined when the group is not found (everyone left it) or has no lesson ahead.
 */
export async function putInFirstLesson(listId: string, now: Date, language: Locale) {
  const tasks = await CallTaskModel.find({ key: listedCallsOf(listId), kind: 'change', topic: 'putin' }, { citizenId: 1, courseId: 1 }).lean();
  const citizenIds = tasks.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : []));
  if (citizenIds.length === 0) return undefined;
  const entries = await WaitlistEntryModel.find({ citizenId: { $in: citizenIds }, status: 'enrolled', groupId: { $exists: true } }, { groupId: 1 }).lean();
  const groupId = [...new Set(entries.map((e) => String(e.groupId)))].find((id) => listIdOf(id) === listId);
  if (!groupId) return undefined;
  const [group, lesson] = await Promise.all([
    ClassGroupModel.findById(groupId, { centerId: 1, room: 1, roomEn: 1 }).lean(),
    LessonModel.findOne({ groupId, status: 'scheduled', startsAt: { $gt: now } }, { startsAt: 1 }).sort({ startsAt: 1 }).lean(),
  ]);
  if (!group || !lesson) return undefined;
  const center = await describeCenter(group.centerId);
  const words = center ? centerWords(center, language) : undefined;
  return {
    when: formatLessonTime(lesson.startsAt, center?.timeZone ?? 'Asia/Novokuznetsk', language),
    address: words?.address ?? '',
    room: groupRoom({ room: singleLine(group.room), roomEn: group.roomEn }, language),
  };
}

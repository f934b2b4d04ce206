import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { DeliveryModel } from '../outbox/model.js';
import { absencesOf } from './absence-notices.js';
import { isObjectId } from './ids.js';

/**
 * Which lesson a typed «не смогу прийти» is about (walk29 W29-24): the lesson of a seat at a time, and the lessons
 * the person's latest reminders were about, so «не смогу» right after «Скоро занятие» means that lesson.
 */

/** The id of the scheduled lesson of this entry's group that starts at `startsAt`. */
export async function lessonIdAt(citizenId: number, entryId: string, startsAt: Date): Promise<string | undefined> {
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, citizenId, status: 'enrolled' }, { groupId: 1 }).lean();
  const lesson = entry?.groupId && (await LessonModel.findOne({ groupId: entry.groupId, startsAt, status: 'scheduled' }, { _id: 1 }).lean());
  return lesson ? String(lesson._id) : undefined;
}

/**
 * Reminders delivered this close to the newest one came together, from one run of the reminders job: two groups' lessons
 * on one evening (walk36). One due five minutes later is a message of its own, and «не смогу» answers it (fix30a).
 */
const TOGETHER_MS = 60_000;

/**
 * The starts of the lessons (still ahead) whose reminders came with the newest one: «не смогу, заболела» under two
 * reminders that arrived at once is about either, not only the one that happened to be sent last (walk36).
 */
export async function remindedLessonStarts(citizenId: number, now: Date): Promise<Date[]> {
  const sent = await DeliveryModel.find({ citizenId, key: { $regex: '^rem:' }, messageId: { $exists: true } }, { key: 1, messageId: 1, doneAt: 1 }).lean();
  const [newest, ...older] = sent.sort((a, b) => (b.messageId ?? 0) - (a.messageId ?? 0));
  if (!newest) return [];
  const together = (row: typeof newest) => !!newest.doneAt && !!row.doneAt && newest.doneAt.getTime() - row.doneAt.getTime() <= TOGETHER_MS;
  const lessonIds = [newest, ...older.filter(together)].map((row) => row.key.split(':')[1] ?? '').filter(isObjectId);
  const lessons = await LessonModel.find({ _id: { $in: [...new Set(lessonIds)] }, status: 'scheduled', startsAt: { $gt: now } }, { startsAt: 1 }).lean();
  return lessons.map((lesson) => lesson.startsAt);
}

/** The newest reminder delivered to this person (its lesson's start and when it came), while its lesson is still ahead. */
export async function remindedLesson(citizenId: number, now: Date): Promise<{ startsAt: Date; sentAt?: Date } | undefined> {
  const sent = await DeliveryModel.find({ citizenId, key: { $regex: '^rem:' }, messageId: { $exists: true } }, { key: 1, messageId: 1, doneAt: 1 }).lean();
  const newest = sent.sort((a, b) => (b.messageId ?? 0) - (a.messageId ?? 0))[0];
  const lessonId = newest?.key.split(':')[1];
  if (!lessonId || !isObjectId(lessonId)) return undefined;
  const lesson = await LessonModel.findOne({ _id: lessonId, status: 'scheduled', startsAt: { $gt: now } }, { startsAt: 1 }).lean();
  return lesson ? { startsAt: lesson.startsAt, ...(newest.doneAt ? { sentAt: newest.doneAt } : {}) } : undefined;
}

/**
 * Who said they will not come to this lesson («Не смогу» pressed or typed, «Не приду ни на одно») and did not say «приду»
 * since: the librarian's notices of it are kept in the outbox under `absent:<lesson>:<person>…` and
 * `back:<lesson>:<person>:…` (absence-notices.ts), for /attendance's marks (walk36 L6, walk40 M2). A person forgotten
 * since has no row left; one unlinked has their record's id (outbox/unlink.ts).
 */
export async function saidAbsentIds(lessonId: string): Promise<number[]> {
  if (!isObjectId(lessonId)) return [];
  const rows = await DeliveryModel.find({ key: { $regex: `^(absent|back):${lessonId}:` } }, { key: 1, status: 1, lastError: 1 }).lean();
  return [...absencesOf(rows)].filter(([, absence]) => absence.open).map(([id]) => id);
}

/**
 * The lesson an old «О какой речь?» button showed (probe38 L2: a press days later acted on the seat's next lesson, not
 * the one shown): still ahead and hers, its start and her entry; 'past' when it began, was cancelled or is no longer
 * scheduled (her seat in its group is still hers); undefined when it is not hers (a forged or foreign press).
 */
export async function lessonShown(citizenId: number, lessonId: string, now: Date): Promise<{ startsAt: Date; entryId: string } | 'past' | undefined> {
  const lesson = isObjectId(lessonId) ? await LessonModel.findById(lessonId, { groupId: 1, startsAt: 1, status: 1 }).lean() : null;
  const entry = lesson && (await WaitlistEntryModel.findOne({ citizenId, groupId: lesson.groupId, status: 'enrolled' }, { _id: 1 }).lean());
  if (!lesson || !entry) return undefined;
  return lesson.status === 'scheduled' && lesson.startsAt > now ? { startsAt: lesson.startsAt, entryId: String(entry._id) } : 'past';
}

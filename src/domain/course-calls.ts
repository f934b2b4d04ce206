import { createHash } from 'node:crypto';
import { CallTaskModel } from '../db/models/call-task.js';
import { hasTelegram } from '../db/models/citizen.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { OutboxItem } from '../outbox/index.js';
import { centerCallNotices, type CourseCallTopic } from './call-digests.js';

/**
 * A course stopped with /courses (or offered again) told its people waiting with Telegram; those without it are
 * phoned instead, as for a center's closing (center-closure.ts): one call list per center of theirs, for that
 * center's librarians (the coordinator when it has none), one digest per librarian; returns the digests and how many
 * to phone. Offered again, whoever was phoned of the pause and still waits is phoned the good news (the pause's
 * calls are dropped by the caller once the digests are in the outbox: dropPauseCalls). `now`: the moment of the
 * stop or start, so a repeat (a change cut off by a restart, course-state.ts) opens the same lists, not new ones.
 */
export async function courseCallNotices(
  topic: CourseCallTopic,
  course: { id: string; title?: { ru?: string | null; en?: string | null } | null },
  actorId: number,
  now: Date,
): Promise<{ items: OutboxItem[]; people: number }> {
  const citizenIds = topic === 'course-pause' ? undefined : await pauseCallsOver(course.id);
  const entries = await WaitlistEntryModel.find(
    { courseId: course.id, status: 'waiting', ...(citizenIds ? { citizenId: { $in: citizenIds } } : {}) },
    { citizenId: 1, centerId: 1 },
  ).lean();
  const byCenter = new Map<string, number[]>();
  for (const e of entries) {
    if (typeof e.citizenId !== 'number' || hasTelegram(e.citizenId)) continue;
    byCenter.set(e.centerId, [...(byCenter.get(e.centerId) ?? []), e.citizenId]);
  }
  const items: OutboxItem[] = [];
  let phoned = 0;
  for (const [centerId, people] of byCenter) {
    phoned += people.length;
    const listId = createHash('sha256').update(`course:${course.id}:${topic}:${centerId}:${now.getTime()}`).digest('hex').slice(0, 24);
    items.push(...(await centerCallNotices(topic, { id: listId, centerId, actorId, now, course }, people)));
  }
  return { items, people: phoned };
}

const pauseCalls = (courseId: string) => ({ kind: 'change', topic: 'course-pause', courseId }) as const;

/** Who was phoned of the course's pause. */
async function pauseCallsOver(courseId: string): Promise<number[]> {
  const phoned = await CallTaskModel.find({ ...pauseCalls(courseId), done: true }, { citizenId: 1 }).lean();
  return phoned.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : []));
}

/** The pause's calls end when the course is offered again (after the good news is in the outbox): those not made are dropped. */
export async function dropPauseCalls(courseId: string): Promise<void> {
  await CallTaskModel.deleteMany(pauseCalls(courseId));
}

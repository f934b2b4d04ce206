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
 * to phone. Offered again, pause calls not made yet are dropped, and whoever was phoned and still waits is phoned
 * the good news.
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

/** The pause's calls end when the course is offered again: those not made are dropped; returns who was phoned. */
async function pauseCallsOver(courseId: string): Promise<number[]> {
  const pause = { kind: 'change', topic: 'course-pause', courseId } as const;
  const phoned = await CallTaskModel.find({ ...pause, done: true }, { citizenId: 1 }).lean();
  await CallTaskModel.deleteMany(pause);
  return phoned.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : []));
}

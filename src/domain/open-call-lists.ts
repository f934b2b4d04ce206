import { BroadcastModel } from '../db/models/broadcast.js';
import { CallTaskModel } from '../db/models/call-task.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import type { Locale } from '../notify/notifier.js';
import { broadcastGist, type ChangeCallTopic } from './call-digests.js';
import { closedDaysOfLists } from './closed-days.js';
import { closedDays } from './center-days.js';
import { findCourse } from './catalog.js';
import { centerScope, type Role } from './roles.js';

/**
 * Every call list of the role's centers with a call not yet made, as /calls lists them (task28 fixF): a group's
 * put-ins, a schedule change, a broadcast, a center closing or taking people again, a course stopped or offered again.
 * They opened only from their own message (a digest, a broadcast's report): one deleted or lost, the list was too.
 */
export interface OpenCallList {
  listId: string;
  kind: ChangeCallTopic['kind'];
  /** The center of its calls (the first one's, for a broadcast to several). */
  centerId: string;
  /** The course in a word or two ("Основы"): a group's or a course's list. */
  short: string;
  /** A broadcast's first words. */
  text: string;
  done: number;
  count: number;
  /** When its newest call was opened. */
  at: Date;
  /** A center closed for some days: those days as said (daysVars), when kept (walk31 W31-13). */
  days?: { from: string; to: string; oneDay: 'yes' | 'no' };
}

/**
 * /calls lists a list whose newest call is at most this old: the calls of an old schedule change or broadcast were
 * made (or no longer matter) even if nobody ticked them, and would only crowd the screen. Older ones still open
 * from their own message.
 */
export const LIST_DAYS = 14;

/** Words of a broadcast's text on its button. */
const GIST_WORDS = 4;

/** The lists in the order /calls says them: a group's put-ins, schedule changes, broadcasts, then centers and courses. */
export const LIST_KINDS: Array<OpenCallList['kind']> = ['putin', 'change', 'close-days', 'broadcast', 'closure', 'reopen', 'course-pause', 'course-resume'];

/** Calls counted as each list counts them (its calls at the role's centers); newest list first. */
export async function openCallLists(role: Role, language: Locale, now: Date): Promise<OpenCallList[]> {
  const scope = { kind: 'change' as const, status: 'open' as const, ...centerScope(role) };
  // First the lists with a call to make (opened in the last LIST_DAYS), then all their calls (done ones too) for "called 1 of 3".
  const since = new Date(now.getTime() - LIST_DAYS * 24 * 3600_000);
  const owed = await CallTaskModel.find({ ...scope, done: { $ne: true }, createdAt: { $gte: since } }, { key: 1 }).lean();
  const ids = [...new Set(owed.map((t) => t.key.split(':')[1] ?? ''))].filter((id) => /^[0-9a-f]+$/.test(id));
  if (ids.length === 0) return [];
  const tasks = await CallTaskModel.find(
    { ...scope, key: { $regex: `^change:(${ids.join('|')}):` } },
    { key: 1, done: 1, centerId: 1, courseId: 1, groupId: 1, topic: 1, createdAt: 1 },
  ).lean();
  const broadcasts = new Map(
    (await BroadcastModel.find({ _id: { $in: ids.filter((id) => id.length === 24) } }, { text: 1 }).lean()).map((b) => [String(b._id), b.text]),
  );
  const lists = new Map<string, OpenCallList & { courseId?: string; groupId?: string }>();
  for (const task of tasks) {
    const listId = task.key.split(':')[1]!;
    const list = lists.get(listId) ?? {
      listId,
      kind: broadcasts.has(listId) ? 'broadcast' : (task.topic ?? 'change'),
      centerId: task.centerId,
      short: '',
      text: broadcastGist(broadcasts.get(listId) ?? '', GIST_WORDS),
      done: 0,
      count: 0,
      at: task.createdAt,
      ...(task.courseId ? { courseId: task.courseId } : {}),
      ...(task.groupId ? { groupId: String(task.groupId) } : {}),
    };
    list.count += 1;
    if (task.done === true) list.done += 1;
    if (task.createdAt > list.at) list.at = task.createdAt;
    lists.set(listId, list);
  }
  const open = [...lists.values()];
  const groups = open.flatMap((l) => (l.kind === 'change' && l.groupId ? [l.groupId] : []));
  const courseOfGroup = new Map((await ClassGroupModel.find({ _id: { $in: groups } }, { courseId: 1 }).lean()).map((g) => [String(g._id), g.courseId]));
  const closed = await closedDaysOfLists(open.filter((l) => l.kind === 'close-days').map((l) => l.listId));
  for (const list of open) {
    const days = closed.get(list.listId);
    if (days) list.days = closedDays(days, language);
    const courseId = list.courseId ?? courseOfGroup.get(list.groupId ?? '');
    if (courseId) list.short = (await findCourse(courseId))?.short[language] ?? courseId;
  }
  return open
    .map(({ courseId: _, groupId: __, ...list }) => list)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.short.localeCompare(b.short, language) || a.centerId.localeCompare(b.centerId));
}

import { CallTaskModel } from '../db/models/call-task.js';
import { LessonModel } from '../db/models/lesson.js';
import { ShownViewModel } from '../db/models/shown-view.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { enqueue, type OutboxItem } from '../outbox/index.js';
import { describeCenter, findCourse, listEveryCenter } from './catalog.js';
import { centerPlace } from './center-names.js';
import { staffLanguages } from './staff-language.js';
import { formatLessonTime } from './time.js';

/**
 * A librarian's centers changed in /staff (walk28 W28-13, W28-14, W28-16): which of her groups went to whom, said
 * to her, to the coordinator and to the one who got them by the group itself (course, center, its next lesson), and
 * her screens naming people of a center she left closed, as a forgotten person's card is.
 */

/** One group handed over: to whom (a librarian, or the coordinator who changed her centers). */
export interface HandedGroup {
  id: string;
  courseId: string;
  centerId: string;
  to: number;
}

/** How many groups are named one by one; more are counted. */
export const GROUPS_NAMED = 3;

/** «Безопасный интернет», Осинники, Центральная городская библиотека, с 3 декабря, четверг, 18:00 (its next lesson). */
export async function groupWords(group: HandedGroup, locale: Locale, now: Date): Promise<{ course: string; center: string; when: string; begun: string }> {
  const [course, center, next, first] = await Promise.all([
    findCourse(group.courseId),
    describeCenter(group.centerId),
    LessonModel.findOne({ groupId: group.id, startsAt: { $gte: now } }, { startsAt: 1, index: 1 }).sort({ startsAt: 1 }).lean(),
    LessonModel.findOne({ groupId: group.id }, { startsAt: 1 }).sort({ startsAt: 1 }).lean(),
  ]);
  const when = next && center ? formatLessonTime(next.startsAt, center.timeZone, locale) : '';
  return {
    course: course?.title[locale] ?? group.courseId,
    center: center ? centerPlace(center, locale) : group.centerId,
    when,
    // 'yes' when the next lesson is not its first: "next lesson …" rather than "from …".
    begun: next && first && next.startsAt.getTime() !== first.startsAt.getTime() ? 'yes' : 'no',
  };
}

/** The bot's words in a reader's language (the bot's translator): messages rendered for someone else than the one acting. */
export type Say = (locale: Locale, key: string, vars?: Record<string, string | number>) => string;

/** Staff names for the ones who got groups (none for the coordinator or someone the bot knows no name of). */
export async function takerNames(groups: HandedGroup[]): Promise<Map<number, string>> {
  const rows = await StaffMemberModel.find({ _id: { $in: [...new Set(groups.map((g) => g.to))] } }, { displayName: 1 }).lean();
  return new Map(rows.filter((r) => r.displayName).map((r) => [r._id, r.displayName!]));
}

/** "• «Course», town, center, с 3 декабря, четверг, 18:00[ — who]" for the first few groups, then "Ещё групп: N". */
export async function groupLines(groups: HandedGroup[], locale: Locale, say: Say, now: Date, taker?: (g: HandedGroup) => string): Promise<string[]> {
  const lines = await Promise.all(
    groups.slice(0, GROUPS_NAMED).map(async (g) => {
      const line = say(locale, 'staff-centers-group', await groupWords(g, locale, now));
      return `• ${taker ? say(locale, 'staff-centers-group-taker', { group: line, name: taker(g) }) : line}`;
    }),
  );
  const more = groups.length - lines.length;
  return more > 0 ? [...lines, say(locale, 'staff-centers-groups-more', { count: more })] : lines;
}

const centersIn = async (ids: string[], locale: Locale) =>
  (await listEveryCenter()).filter((c) => ids.includes(c.id)).map((c) => centerPlace(c, locale)).join('; ');

/**
 * Tells a librarian whose centers the coordinator changed what changed: the centers she left (her groups there and
 * who runs them now) or joined, and all her centers now (not the first-day welcome: W28-13). None left (revoked in
 * /staff, fix28k): she is no longer a librarian, and whom her groups went to.
 */
export async function tellCentersChanged(userId: number, change: { before: string[]; after: string[]; handed: HandedGroup[] }, now: Date, say: Say): Promise<void> {
  const left = change.before.filter((c) => !change.after.includes(c));
  const joined = change.after.filter((c) => !change.before.includes(c));
  if (left.length === 0 && joined.length === 0) return;
  const language = (await staffLanguages([userId])).get(userId) ?? 'ru';
  const names = await takerNames(change.handed);
  const taker = (g: HandedGroup) => names.get(g.to) ?? say(language, 'staff-centers-coordinator');
  const revoked = change.after.length === 0;
  const text = [
    left.length ? say(language, revoked ? 'staff-revoke-you' : 'staff-centers-left', { centers: await centersIn(left, language) }) : '',
    change.handed.length ? say(language, revoked ? 'staff-revoke-your-groups' : 'staff-centers-your-groups', { count: change.handed.length }) : '',
    ...(await groupLines(change.handed, language, say, now, taker)),
    joined.length ? say(language, 'staff-centers-joined', { centers: await centersIn(joined, language) }) : '',
    revoked ? '' : say(language, 'staff-centers-yours', { centers: await centersIn(change.after, language) }),
  ].filter(Boolean).join('\n');
  await enqueue([{ key: `staff-centers:${userId}:${now.getTime()}`, citizenId: userId, priority: 'personal', message: { text: { raw: text } } }], now);
}

/**
 * Her screens that name people of the centers she left (a call list, a roster, a call card she opened) become a line
 * saying so, without buttons (through the outbox, which retries): names and phones of people she no longer serves
 * leave her chat, and no button there answers "this list is gone" to her. `revoked`: she has no center left, so the
 * line says she is no longer a librarian and offers nothing to open again (fix28k).
 */
export async function closeViewsOfCenters(userId: number, centerIds: string[], now: Date, revoked = false): Promise<number> {
  if (centerIds.length === 0) return 0;
  const views = await ShownViewModel.find({ chatId: userId }).lean();
  const named = [...new Set(views.flatMap((v) => v.citizenIds))];
  const there = new Set<number>(named.length ? await WaitlistEntryModel.distinct('citizenId', { citizenId: { $in: named }, centerId: { $in: centerIds } }) : []);
  // Revoked: her screens naming nobody (a list of groups, an empty roster, /calls) close too: nothing there is hers now.
  const closing = views.filter((v) => v.citizenIds.some((id) => there.has(id)) || (revoked && v.citizenIds.length === 0));
  const tasks = await CallTaskModel.find({ centerId: { $in: centerIds }, 'cards.chatId': userId }, { cards: 1 }).lean();
  const cards = tasks.flatMap((t) => (t.cards ?? []).filter((c) => c.chatId === userId).map((c) => ({ task: String(t._id), messageId: c.messageId })));
  const text = (reopen: string) =>
    revoked ? { key: 'staff-revoke-view-closed' } : { key: 'staff-centers-view-closed', vars: { command: reopen.startsWith('/') ? reopen : 'none' } };
  await enqueue(
    [
      ...closing.map((v): OutboxItem => ({ key: `center-left-view:${String(v._id)}:${now.getTime()}`, citizenId: userId, priority: 'personal', message: { text: text(v.reopen), replaces: v.messageId } })),
      ...cards.map((c): OutboxItem => ({ key: `center-left-card:${c.task}:${c.messageId}`, citizenId: userId, priority: 'personal', message: { text: text(''), replaces: c.messageId } })),
    ],
    now,
  );
  await ShownViewModel.deleteMany({ _id: { $in: closing.map((v) => v._id) } });
  if (tasks.length) await CallTaskModel.updateMany({ _id: { $in: tasks.map((t) => t._id) } }, { $pull: { cards: { chatId: userId } } });
  return closing.length + cards.length;
}

import { cancelCenterDays, courseTitles, daysVars, groupsEnding, lessonsOnDays } from '../../src/domain/center-days.js';
import type { GroupForChange } from '../../src/domain/change-groups.js';
import { roleOf } from '../../src/domain/roles.js';
import { toldCount } from '../../src/domain/told-count.js';
import { addDays, compareDates, isoDate, localToday, parseIsoDate, weekdayOf, type LocalDate } from '../../src/domain/time.js';
import { readTypedDate } from '../../src/domain/typed-date.js';
import type { SceneContext, SceneConversation, SceneDeps } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';
import { toldOthersLines } from './told-lines.js';

/** A closing longer than this is not one step: the groups are better cancelled one by one. */
const MAX_DAYS = 92;

type Named = GroupForChange & { names: { course: string; center: string } };
type Days = { from: LocalDate; to: LocalDate };

/**
 * /change → «Все группы центра» (walk29 W29-15): a center closed for some days (repairs, a holiday). The center (when
 * she has several), the days (buttons for today, tomorrow, this week and the next, or typed dates), one preview, then
 * every lesson of its groups on those days is cancelled as /change cancels one, and each person is told once.
 * Lessons are cancelled, not moved: a week later is where a weekly group's next lesson already is. Back and Cancel on
 * every step (Questions).
 */
export async function closeCenterDays(conversation: SceneConversation, q: Questions, ctx: SceneContext, deps: SceneDeps, groups: Named[], now: Date) {
  const actorId = ctx.from!.id;
  const centers = [...new Map(groups.map((g) => [g.centerId, g.names.center])).entries()];
  const centerId =
    centers.length === 1 ? centers[0]![0] : await q.ask(ctx.t('closed-days-center'), { choices: centers.map(([value, label]) => ({ label, value })) });
  const own = groups.filter((g) => g.centerId === centerId);
  const today = localToday(now, own[0]!.timeZone);
  const lessonsOn = (days: Days) => lessonsOnDays(own, centerId, days.from, days.to);
  const sunday = addDays(today, 6 - weekdayOf(today));
  const spans: Array<[string, Days]> = [
    ['closed-days-today', { from: today, to: today }],
    ['closed-days-tomorrow', { from: addDays(today, 1), to: addDays(today, 1) }],
    ['closed-days-this-week', { from: today, to: sunday }],
    ['closed-days-next-week', { from: addDays(sunday, 1), to: addDays(sunday, 7) }],
  ];
  const said = (days: Days) => ctx.t('closed-days-said', daysVars(days.from, days.to, ctx.locale));
  const value = (days: Days) => `${isoDate(days.from)}/${isoDate(days.to)}`;
  const answer = await q.ask(ctx.t('closed-days-ask', { center: centers.find(([id]) => id === centerId)![1] }), {
    // Only spans with a lesson in them; any other days are typed.
    choices: spans.filter(([, days]) => lessonsOn(days).length > 0).map(([key, days]) => ({ label: `${ctx.t(key)}: ${said(days)}`, value: value(days) })),
    typed: (text) => {
      const days = readDays(text, today);
      if (!days) return { error: 'closed-days-invalid' };
      if (compareDates(days.from, today) < 0) return { error: 'closed-days-past' };
      if (compareDates(addDays(days.from, MAX_DAYS), days.to) < 0) return { error: 'closed-days-long' };
      return lessonsOn(days).length > 0 ? { value: value(days) } : { error: 'closed-days-none' };
    },
  });
  const [from, to] = answer.split('/').map((d) => parseIsoDate(d)!) as [LocalDate, LocalDate];
  const lessons = lessonsOn({ from, to });
  const touched = own.filter((g) => lessons.some((l) => l.groupId === g.id));
  const ending = groupsEnding(touched, lessons);
  const { told, courses, cancelled, ended } = await conversation.external(async () => {
    const named = async (ids: string[]) => (ids.length ? courseTitles(touched.filter((g) => ids.includes(g.id)), ctx.locale) : '');
    return {
      // Counted as the result counts them (walk30 W30-09): messages in Telegram; the rest on lines of their own.
      told: await toldCount(touched.map((g) => g.id), now),
      courses: await courseTitles(touched, ctx.locale),
      cancelled: await named(ending.cancelled),
      ended: await named(ending.ended),
    };
  });
  const preview = [
    ctx.t('closed-days-preview', { lessons: lessons.length, groups: touched.length, ...daysVars(from, to, ctx.locale), center: touched[0]!.names.center, courses, people: told.messages }) + toldOthersLines(ctx, told),
    ...(cancelled ? [ctx.t('closed-days-preview-cancelled', { courses: cancelled })] : []),
    ...(ended ? [ctx.t('closed-days-preview-ended', { courses: ended })] : []),
  ].join('\n');
  await q.ask(preview, { choices: [{ label: ctx.t('rem-chg-confirm'), value: 'ok' }] });
  const result = await conversation.external(async () => {
    // The role may have changed since the start: the center is checked again.
    const current = await roleOf(actorId, deps.config.ADMIN_IDS);
    if (!current) return { ok: false as const, reason: 'no-role' as const };
    return cancelCenterDays(actorId, current, { centerId, from: isoDate(from), to: isoDate(to), lessons }, deps.now());
  });
  if (!result.ok) return q.finish(ctx.t(result.reason === 'no-role' ? 'not-allowed' : result.reason === 'not-allowed' ? 'lost-center-change' : 'rem-chg-gone'));
  return q.finish(
    ctx.t('closed-days-done', { lessons: result.lessons, count: result.notified - result.byPhone - result.inPerson, calls: result.byPhone }) +
      (result.inPerson > 0 ? ` ${ctx.t('no-phone-chg-done', { count: result.inPerson })}` : ''),
  );
}

/**
 * «07.12–13.12», «7.12.2026 - 13.12.2026», «с 7.12 по 13.12», «7–13 декабря», «с понедельника по среду» or one day
 * («9 декабря», «завтра»: readTypedDate, walk30 W30-09); undefined when unreadable or backwards.
 */
export function readDays(text: string, today: LocalDate): Days | undefined {
  const parts = text
    .trim()
    .replace(/^(с|from)\s+/i, '')
    .split(/\s*(?:[-–—]|\s(?:по|to|until)\s)\s*/i)
    .filter(Boolean);
  if (parts.length < 1 || parts.length > 2) return undefined;
  const to = readTypedDate(parts[parts.length - 1]!, today);
  // «7–13 декабря»: the first day takes the month of the last.
  const from = parts.length === 1 ? to : /^\d{1,2}$/.test(parts[0]!) && Number(parts[0]) >= 1 && to ? { ...to, day: Number(parts[0]) } : readTypedDate(parts[0]!, today);
  return from && to && compareDates(from, to) <= 0 ? { from, to } : undefined;
}

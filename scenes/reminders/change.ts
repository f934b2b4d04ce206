import { createConversation } from '@grammyjs/conversations';
import { describeCenter, findCourse } from '../../src/domain/catalog.js';
import { centerPlace } from '../../src/domain/center-names.js';
import { changeableGroups, lessonInTheWay, type GroupForChange } from '../../src/domain/change-groups.js';
import { applyChange, type ChangeRequest } from '../../src/domain/changes.js';
import { lessonsOnClosedDays } from '../../src/domain/closed-days.js';
import { lastLessonCancel } from '../../src/domain/last-lesson.js';
import { roleOf } from '../../src/domain/roles.js';
import { toldCount } from '../../src/domain/told-count.js';
import { addDays, compareDates, formatLessonTime, fromLocal, isoDate, localToday, parseIsoDate, parseTime, sayDate, toLocal, weekdayOf } from '../../src/domain/time.js';
import { readTypedDate } from '../../src/domain/typed-date.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { checked, Questions } from '../shared/questions.js';
import { closedDaysWarning, startWarningLines } from '../shared/start-warnings.js';
import { closeCenterDays } from './change-center-days.js';
import { changeGroupRoom } from './change-room.js';
import { toldOthersLines } from './told-lines.js';

export const CHANGE_SCHEDULE = 'reminders-change';

type Action = 'move' | 'shift' | 'room' | 'cancel-lesson' | 'cancel-group';
const ACTIONS: Action[] = ['move', 'shift', 'room', 'cancel-lesson', 'cancel-group'];
const SHIFT_DAYS = ['1', '2', '7', '14', '-1', '-7'];

/**
 * /change (librarians and coordinators): group → what to do → lesson → new
 * date and time (or days to shift, or the new room: change-room.ts) → preview → confirm. Back on every step.
 */
export function changeScheduleScene(deps: SceneDeps) {
  async function change(conversation: SceneConversation, ctx: SceneContext) {
    const q = new Questions(conversation, ctx);
    const actorId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(actorId, deps.config.ADMIN_IDS));
    if (!role) return q.finish(ctx.t('not-allowed'));
    const now = new Date(await conversation.external(() => deps.now().toISOString()));
    const groups = await conversation.external(async () => {
      const list = await changeableGroups(role, now);
      return Promise.all(list.map(async (g) => ({ ...g, names: await names(g, ctx.locale) })));
    });
    if (groups.length === 0) return q.finish(ctx.t('rem-chg-no-groups'));

    const centerDays = { label: ctx.t('closed-days-all-groups'), value: 'center-days' } as const;
    const label = (g: (typeof groups)[number]) => ctx.t('rem-chg-group-label', { ...g.names, start: firstLesson(g, ctx.locale) });
    // One group is no choice (walk s18 #13): it is not asked, and the next question names it.
    const groupIndex =
      groups.length === 1 ? '0' : await q.ask(ctx.t('rem-chg-choose-group'), { choices: [...groups.map((g, i) => ({ label: label(g), value: String(i) })), centerDays] });
    // Every group of a center on some days (walk29 W29-15): its own steps.
    if (groupIndex === centerDays.value) return closeCenterDays(conversation, q, ctx, deps, groups, now);
    const group = groups[Number(groupIndex)]!;
    const when = (iso: string) => formatLessonTime(new Date(iso), group.timeZone, ctx.locale);
    // New times on days the center is closed (walk31 W31-12/W31-17): warned as /newclass warns.
    const closedWarning = async (starts: Date[]) => closedDaysWarning(ctx, await conversation.external(() => lessonsOnClosedDays(group.centerId, starts, group.timeZone, now, ctx.locale)));
    const actionQuestion = groups.length === 1 ? ctx.t('rem-chg-one-group-action', { group: label(group) }) : ctx.t('rem-chg-choose-action');
    const action = (await q.ask(actionQuestion, { choices: [...ACTIONS.map((a) => ({ label: ctx.t(`rem-chg-act-${a}`), value: a })), ...(groups.length === 1 ? [centerDays] : [])] })) as Action;
    if ((action as string) === centerDays.value) return closeCenterDays(conversation, q, ctx, deps, groups, now);
    // The group's room (walk40 M1): its own steps.
    if (action === 'room') return changeGroupRoom(conversation, q, ctx, deps, group, now);
    const common = { ...group.names, count: group.participants };
    // Counted as the result counts them (walk30 W30-09): messages in Telegram; the rest on lines of their own.
    const told = await conversation.external(() => toldCount([group.id], now));
    const telling = { ...common, count: told.messages };
    const others = toldOthersLines(ctx, told);
    let request: ChangeRequest;
    let preview: string;
    if (action === 'shift') {
      // A shift that would put a lesson still to come into the past is not offered (probe s20 F11): applyChange refuses it after Confirm.
      const fits = (d: string) => group.lessons.every((l) => new Date(l.startsAt).getTime() + Number(d) * 86_400_000 > now.getTime());
      const days = Number(
        await q.ask(ctx.t('rem-chg-ask-days'), {
          choices: SHIFT_DAYS.filter(fits).map((d) => ({ label: Number(d) > 0 ? `+${d}` : `−${d.slice(1)}`, value: d })),
          columns: 4,
        }),
      );
      request = { kind: 'shift-group', groupId: group.id, from: group.lessons.map((l) => l.startsAt), days };
      const shifted = group.lessons.map((l) => `${l.index}. ${when(new Date(new Date(l.startsAt).getTime() + days * 86_400_000).toISOString())}`);
      // "1 day later", "7 days earlier": a count without its sign, in the right plural (walk s20 #45: "by 1 days").
      const direction = days < 0 ? 'earlier' : 'later';
      const starts = group.lessons.map((l) => new Date(new Date(l.startsAt).getTime() + days * 86_400_000));
      preview = ctx.t('rem-chg-preview-shift', { ...telling, days: Math.abs(days), direction, lessons: shifted.join('\n') }) + others + (await closedWarning(starts));
    } else if (action === 'cancel-group') {
      request = { kind: 'cancel-group', groupId: group.id };
      preview = ctx.t('rem-chg-preview-cancel-group', common) + others;
    } else {
      const lessonIndex = await q.ask(ctx.t('rem-chg-choose-lesson'), {
        choices: group.lessons.map((l, i) => ({ label: `${l.index}. ${when(l.startsAt)}`, value: String(i) })),
      });
      const lesson = group.lessons[Number(lessonIndex)]!;
      if (action === 'cancel-lesson') {
        // The last lesson to come: what that does to the group is said before Confirm (applyChange does the same).
        const last = lastLessonCancel(group, lesson.id);
        request = last === 'cancels-group' ? { kind: 'cancel-group', groupId: group.id } : { kind: 'cancel-lesson', groupId: group.id, lessonId: lesson.id, from: lesson.startsAt };
        preview =
          last === 'cancels-group'
            ? `${ctx.t('rem-chg-preview-cancel-group', common)}${others}\n${ctx.t('rem-chg-preview-only-lesson')}`
            : ctx.t('rem-chg-preview-cancel-lesson', { ...telling, when: when(lesson.startsAt) }) + others + (last === 'ends-group' ? `\n${ctx.t('rem-chg-preview-last-lesson')}` : '');
      } else {
        const today = localToday(now, group.timeZone);
        const old = toLocal(new Date(lesson.startsAt), group.timeZone);
        // A lesson mostly moves a few days either way: the days around its own (none past) are buttons; any other is typed.
        const nearDays = Array.from({ length: 8 }, (_, i) => addDays(old, i - 3)).filter((d) => compareDates(d, today) >= 0);
        const dateText = await q.ask(ctx.t('rem-chg-ask-date'), {
          choices: nearDays.map((d) => ({ label: `${sayDate(d, ctx.locale)}, ${ctx.t(`cls-weekday-${weekdayOf(d)}`)}`, value: isoDate(d) })),
          columns: 2,
          // «9 декабря», «9.12», «в среду» (walk30 W30-09): the same reader as every date question.
          typed: (text) => {
            const date = readTypedDate(text, today);
            return date ? (compareDates(date, today) >= 0 ? { value: isoDate(date) } : { error: 'rem-chg-date-past' }) : { error: 'rem-chg-date-invalid' };
          },
        });
        const oldTime = `${String(old.hour).padStart(2, '0')}:${String(old.minute).padStart(2, '0')}`;
        const startsBy = (text: string) => {
          const time = parseTime(text)!;
          return fromLocal(parseIsoDate(dateText)!, time.hour, time.minute, group.timeZone);
        };
        const busy = (text: string) => lessonInTheWay(group.lessons, lesson.id, startsBy(text).toISOString()) !== undefined;
        const timeText = await q.ask(ctx.t('rem-chg-ask-time'), {
          // The lesson's own time first; an hour already gone today is not offered.
          choices: [...new Set([oldTime, '10:00', '12:00', '14:00', '16:00', '18:00'])].filter((t) => startsBy(t) > now && !busy(t)).map((t) => ({ label: t, value: t })),
          columns: 3,
          typed: checked((text) => {
            if (!parseTime(text)) return 'rem-chg-time-invalid';
            // Today at an hour already gone: a lesson cannot be moved into the past (applyChange refuses too).
            if (!(startsBy(text) > now)) return 'rem-chg-time-past';
            return busy(text) ? 'rem-chg-time-busy' : undefined;
          }),
        });
        const startsAt = startsBy(timeText).toISOString();
        request = { kind: 'move-lesson', groupId: group.id, lessonId: lesson.id, from: lesson.startsAt, startsAt };
        preview =
          ctx.t('rem-chg-preview-move', { ...telling, old: when(lesson.startsAt), new: when(startsAt) }) +
          others +
          (await closedWarning([new Date(startsAt)])) +
          startWarningLines(ctx, [new Date(startsAt)], now, group.timeZone);
      }
    }
    await q.ask(preview, { choices: [{ label: ctx.t('rem-chg-confirm'), value: 'ok' }] });
    const result = await conversation.external(async () => {
      // The role may have changed since the start: applyChange checks the center again.
      const current = await roleOf(actorId, deps.config.ADMIN_IDS);
      if (!current) return { ok: false as const, reason: 'no-role' as const };
      return applyChange(actorId, current, request, deps.now());
    });
    await q.finish(
      result.ok
        ? // A phone call is not a message (walk s20 #45): those without Telegram are counted apart.
          ctx.t('rem-chg-done', { count: result.notified - result.byPhone - result.inPerson, calls: result.byPhone }) +
            (result.inPerson > 0 ? ` ${ctx.t('no-phone-chg-done', { count: result.inPerson })}` : '')
        : // Still staff, refused: the group's center was unticked meanwhile (probe29 L3).
          ctx.t(result.reason === 'no-role' ? 'not-allowed' : result.reason === 'not-allowed' ? 'lost-center-change' : `rem-chg-${result.reason}`),
    );
  }
  return createConversation<SceneOuterContext, SceneContext>(change, CHANGE_SCHEDULE);
}

async function names(g: GroupForChange, locale: 'ru' | 'en') {
  const [course, center] = await Promise.all([findCourse(g.courseId), describeCenter(g.centerId)]);
  // Town and name in the reader's language: several towns have a "Central City Library".
  return { course: course?.title[locale] ?? g.courseId, center: center ? centerPlace(center, locale, ': ') : g.centerId };
}

const firstLesson = (g: GroupForChange, locale: string) => (g.lessons[0] ? formatLessonTime(new Date(g.lessons[0].startsAt), g.timeZone, locale) : '');

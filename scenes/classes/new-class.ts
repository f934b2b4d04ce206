import { randomUUID } from 'node:crypto';
import { createConversation } from '@grammyjs/conversations';
import { defineCallbackData, OBJECT_ID } from '../../src/domain/callback-data.js';
import { centerPlace } from '../../src/domain/center-names.js';
import { findCenter, findCourse, findOpenCourse, listCenters, listCourses } from '../../src/domain/catalog.js';
import { createGroup, groupCreatedWith, lessonsAhead } from '../../src/domain/classes.js';
import { singleLine } from '../../src/domain/text.js';
import { unreachableInLine } from '../../src/domain/unreachable-line.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { joiningLesson } from '../../src/domain/joining-lesson.js';
import { canManageCenter, roleOf } from '../../src/domain/roles.js';
import { remember } from '../shared/question-memory.js';
import { roomInEnglish } from './room-in-english.js';
import { confirmFirstLesson, firstLessonDoubt } from './first-lesson-check.js';
import { closedDaysWarning, startWarningLines } from '../shared/start-warnings.js';
import { lessonStarts, MAX_LESSONS, overlappingLessons, parseDateList, readDateList, type LessonPattern } from '../../src/domain/schedule.js';
import {
  addDays, compareDates, formatLessonTime, fromLocal, isoDate, localToday, parseIsoDate, parseTime, sayDate, weekdayOf, type LocalDate,
} from '../../src/domain/time.js';
import { readTypedDate } from '../../src/domain/typed-date.js';
import { holidayLessonDates } from '../../src/domain/holidays.js';
import { lessonsOnClosedDays } from '../../src/domain/closed-days.js';
import { claimRequest, pendingRequestFor, requestGroupOpened, unclaimRequest } from '../../src/domain/partners/requests.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { timeZoneWords } from '../shared/time-zone-words.js';
import { Questions, type Typed } from '../shared/questions.js';

export const NEW_CLASS = 'classes-new-class';

/** Entered from /requests with a partner's request: its course and centers preselected, the group closed for the partner. */
export interface NewClassArgs {
  requestId?: string;
}

/**
 * Back on the first question of a group opened for a request, `rqback:<request id>`: the flow
 * ends and its message is the request's card again (src/bot/features/partners/requests.ts).
 */
export const requestBackData = defineCallbackData('rqback', { '': OBJECT_ID });

/** The numbered steps; course and center are left out when there is nothing to choose. */
type Step = 'course' | 'center' | 'start' | 'pattern' | 'room' | 'capacity' | 'preview';

const number = (min: number, max: number, error: string): Typed => (text) =>
  /^\d{1,4}$/.test(text) && Number(text) >= min && Number(text) <= max ? { value: String(Number(text)) } : { error };
const options = (values: string[]) => values.map((v) => ({ label: v, value: v }));

/**
 * The room typed in this chat's /newclass, in this process's memory: a Back to an earlier step rewinds the flow's
 * log past it, and the room step shows it again as "Сейчас: …" (forgotten when a new /newclass starts).
 */
const typedRooms = new Map<number, string>();

/**
 * /newclass: course → center (one of theirs; not asked when there is one) → first date → lesson pattern
 * (weekdays + time + count, or a typed list) → duration → room → capacity →
 * preview of every lesson in the center's time zone → Create. Creating offers
 * the seats to the waiting list.
 */
export function newClassScene(deps: SceneDeps) {
  async function newClass(conversation: SceneConversation, ctx: SceneContext, args: NewClassArgs = {}) {
    const actorId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(actorId, deps.config.ADMIN_IDS));
    if (!role) return new Questions(conversation, ctx).finish(ctx.t('not-allowed'));
    const chatId = ctx.chat!.id;
    await conversation.external(() => void typedRooms.delete(chatId));
    const now = new Date(await conversation.external(() => deps.now().toISOString()));

    const request = args.requestId ? await conversation.external(() => pendingRequestFor(role, args.requestId!)) : undefined;
    // From a request's card, the first question replaces the card and its Back shows the card again.
    const q = new Questions(conversation, ctx, request ? { back: requestBackData.pack('', request.id), inPlace: true } : undefined);
    if (args.requestId && !request) return q.finish(ctx.t('prt-req-gone'));
    const courses = await conversation.external(() => listCourses());
    const centers = (await conversation.external(() => listCenters())).filter((c) => canManageCenter(role, c.id) && (!request || request.centerIds.includes(c.id)));
    if (centers.length === 0) return q.finish(ctx.t('cls-no-centers'));
    // A request names its course, and one center is no choice (as /add): neither is asked, and the steps count without them.
    const steps: Step[] = [...(request ? [] : ['course' as const]), ...(centers.length > 1 ? ['center' as const] : []), 'start', 'pattern', 'room', 'capacity', 'preview'];
    const step = (at: Step) => ({ step: steps.indexOf(at) + 1, total: steps.length });
    const courseId = request?.courseId ?? (await q.ask(ctx.t('cls-new-course', step('course')), { choices: courses.map((c) => ({ label: c.title[ctx.locale], value: c.id })) }));
    const centerId =
      centers.length === 1
        ? centers[0]!.id
        : await q.ask(ctx.t('cls-new-center', step('center')), { choices: centers.map((c) => ({ label: centerPlace(c, ctx.locale, ': '), value: c.id })) });
    const timeZone = centers.find((c) => c.id === centerId)?.timeZone ?? deps.config.APP_TIMEZONE;
    const hours = centers.find((c) => c.id === centerId)?.hours;
    const today = localToday(now, timeZone);
    const notPast = (d: LocalDate) => compareDates(d, today) >= 0;
    // «9 декабря», «9.12», «в среду» (walk30 W30-09): the same reader as every date question.
    const typedDate = (text: string) => readTypedDate(text, today);

    const days = Array.from({ length: 7 }, (_, i) => addDays(today, i + 1));
    // Lessons that turn out to be past (an hour gone today) bring the flow back here.
    const datesAgain = q.mark();
    const startDate = await q.ask(ctx.t('cls-new-start', step('start')), {
      choices: days.map((d) => ({ label: `${sayDate(d, ctx.locale)}, ${ctx.t(`cls-weekday-${weekdayOf(d)}`)}`, value: isoDate(d) })),
      columns: 2,
      typed: (text) => {
        const d = typedDate(text);
        return d ? (notPast(d) ? { value: isoDate(d) } : { error: 'cls-date-past' }) : { error: 'cls-date-invalid' };
      },
    });
    const patternKind = await q.ask(ctx.t('cls-new-pattern', step('pattern')), {
      choices: [
        { label: ctx.t('cls-pattern-weekly'), value: 'weekly' },
        { label: ctx.t('cls-pattern-dates'), value: 'dates' },
      ],
    });
    let pattern: LessonPattern;
    // The questions of the lessons' step keep its number (walk s20 #19: "Step 4 of 7", then four questions without one).
    const lessonsStep = (key: string) => `${ctx.t('join-step', step('pattern'))} ${ctx.t(key)}`;
    if (patternKind === 'weekly') {
      const start = parseIsoDate(startDate)!;
      const weekdays = await q.many(lessonsStep('cls-new-weekdays'), [0, 1, 2, 3, 4, 5, 6].map((d) => ({ label: ctx.t(`cls-weekday-${d}`), value: String(d) })), {
        columns: 2,
        // The first lesson's day, and (a partner's request) the days the partner asked for.
        initial: [...new Set([weekdayOf(start), ...(request?.weekdays ?? [])])].map(String),
      });
      const timeAgain = q.mark();
      const time = await q.ask(lessonsStep('cls-new-time'), {
        choices: options(['10:00', '12:00', '14:00', '16:00', '18:00']),
        columns: 3,
        typed: (text) => {
          const t = parseTime(text);
          return t ? { value: `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}` } : { error: 'cls-time-invalid' };
        },
      });
      // The first lesson today at an hour already gone (by the flow's start): said at the time step (probe s21 L6).
      const at = parseTime(time)!;
      if (weekdays.includes(String(weekdayOf(start))) && fromLocal(start, at.hour, at.minute, timeZone) <= now) return q.rewindTo(timeAgain, ctx.t('cls-time-past', { time }));
      // Today in two hours, or before the center opens: asked, not taken without a word (walk29 W29-22).
      const [first] = lessonStarts({ kind: 'weekly', startDate: start, weekdays: weekdays.map(Number), hour: at.hour, minute: at.minute, count: 1 }, timeZone);
      await confirmFirstLesson(q, ctx, first && firstLessonDoubt(ctx, first, now, timeZone, hours), timeAgain, 'first-lesson-again-time');
      const count = await q.ask(lessonsStep('cls-new-count'), { choices: options(['4', '6', '8', '10', '12']), columns: 5, typed: number(1, MAX_LESSONS, 'cls-count-invalid') });
      const t = parseTime(time)!;
      pattern = { kind: 'weekly', startDate: start, weekdays: weekdays.map(Number), hour: t.hour, minute: t.minute, count: Number(count) };
    } else {
      // A line today at an hour already gone (by the flow's start) is named here, not three questions later at the
      // preview (probe s21 L6); the preview checks again with the time then.
      const late = (d: LocalDate, t: { hour: number; minute: number }) =>
        !notPast(d) ? ('past' as const) : fromLocal(d, t.hour, t.minute, timeZone) <= now ? ('past-time' as const) : undefined;
      const datesAgainTyped = q.mark();
      const datesText = await q.ask(lessonsStep('cls-new-dates'), {
        typed: (text) => {
          // Which line, and what in it (walk s20 #20: "could not read the list" for one bad line of three).
          const read = readDateList(text, typedDate, parseTime, late);
          if ('lessons' in read) return { value: text };
          return read.problem === 'count' ? { error: 'cls-dates-invalid' } : { error: `cls-dates-line-${read.problem}`, vars: { line: read.line, text: read.text } };
        },
      });
      pattern = { kind: 'dates', lessons: parseDateList(datesText, typedDate, parseTime)! };
      await confirmFirstLesson(q, ctx, firstLessonDoubt(ctx, lessonStarts(pattern, timeZone)[0]!, now, timeZone, hours), datesAgainTyped, 'first-lesson-again-dates');
    }
    const duration = Number(await q.ask(lessonsStep('cls-new-duration'), { choices: options(['60', '90', '120']), columns: 3, typed: number(15, 480, 'cls-duration-invalid') }));
    // Shown to citizens in offers and reminders: one clean line.
    // Back past the room and forward again shows what was typed (walk s20 #18), as the join flow does.
    const roomBefore = await conversation.external(() => typedRooms.get(chatId) ?? '');
    const room = singleLine(
      await q.ask(ctx.t('cls-new-room', step('room')), {
        typed: (text) => (singleLine(text).length >= 1 && text.length <= 100 ? { value: text } : { error: 'cls-room-invalid' }),
        remember: true,
        current: roomBefore,
      }),
    );
    await conversation.external(() => remember(typedRooms, chatId, room));
    // Its English words, where someone there reads English (walk s28 W28-23); else they read roomWords.
    const roomEn = await roomInEnglish(conversation, q, ctx, { centerId, room, step: step('room') });
    const capacities = request ? [...new Set([String(request.people), '6', '8', '10', '12', '15'])].slice(0, 5) : ['6', '8', '10', '12', '15'];
    const capacity = Number(await q.ask(ctx.t('cls-new-capacity', step('capacity')), { choices: options(capacities), columns: 5, typed: number(1, 50, 'cls-capacity-invalid') }));

    const starts = lessonStarts(pattern, timeZone);
    const nowAtPreview = new Date(await conversation.external(() => deps.now().toISOString()));
    // This Create's own id, stored with the flow before the button is pressed: a press repeated after the bot
    // stopped in the middle of creating finds the group made then (probe s20 F12: a second, identical group).
    const createKey = await conversation.external(() => randomUUID());
    // A lesson earlier today, at an hour already gone: choose the dates again.
    if (!lessonsAhead(starts, nowAtPreview)) return q.rewindTo(datesAgain, ctx.t('cls-lessons-past'));
    const [course, center, closed] = await conversation.external(() =>
      Promise.all([findCourse(courseId), findCenter(centerId), lessonsOnClosedDays(centerId, starts, timeZone, nowAtPreview, ctx.locale)]),
    );
    const numbered = starts.map((s, i) => `${i + 1}. ${formatLessonTime(s, timeZone, ctx.locale)}`);
    // A long group's dates come in parts above the preview, so that no screen is a wall of dates (at most 60 words).
    const parts = numbered.length > DATES_PER_SCREEN ? chunk(numbered, DATES_PER_SCREEN) : [];
    for (const [i, part] of parts.entries()) {
      await q.note(ctx.t('cls-new-dates-part', { part: i + 1, parts: parts.length, lessons: part.join('\n') }));
    }
    await q.ask(
      ctx.t('cls-new-preview', {
        ...step('preview'),
        course: course?.title[ctx.locale] ?? courseId,
        center: center ? centerPlace(center, ctx.locale) : centerId,
        room: roomEn ? `${room}\n${ctx.t('cls-new-room-en-line', { roomEn })}` : room,
        capacity,
        count: starts.length,
        duration,
        zone: timeZoneWords(ctx, timeZone),
        lessons: parts.length > 0 ? ctx.t('cls-new-dates-above') : numbered.join('\n'),
      }) +
        // Said before Create, not only after it (walk s20 #23).
        (request ? `\n${ctx.t('cls-new-for-partner', { partner: request.partnerName })}` : '') +
        holidayWarning(ctx, starts, timeZone) +
        closedDaysWarning(ctx, closed) +
        overlapWarning(ctx, starts, duration) +
        startWarningLines(ctx, starts, nowAtPreview, timeZone),
      { choices: [{ label: ctx.t('cls-create'), value: 'create' }] },
    );
    const created = await conversation.external(async () => {
      // The role may have changed since the start: check the center again.
      const current = await roleOf(actorId, deps.config.ADMIN_IDS);
      if (!current) return null;
      // Still staff, but the coordinator unticked this center meanwhile (probe29 L3).
      if (!canManageCenter(current, centerId)) return 'lost-center' as const;
      const at = deps.now();
      const group = { courseId, centerId, room, ...(roomEn ? { roomEn } : {}), capacity, lessonStarts: starts, durationMinutes: duration, key: createKey };
      const madeBefore = await groupCreatedWith(createKey, group);
      if (madeBefore) return { id: madeBefore, offered: await offerFreeSeats(madeBefore, at, deps.offers) };
      if (!lessonsAhead(starts, at)) return 'past' as const;
      // The coordinator may have stopped the course or hidden the center since the list was read (probe s23 M7).
      if (!(await findOpenCourse(courseId))) return 'course-stopped' as const;
      if (!(await findCenter(centerId))) return 'center-hidden' as const;
      // A partner's request is taken first (another staff member may have answered it meanwhile).
      const claimed = request ? await claimRequest(actorId, current, request.id, at) : undefined;
      if (request && !claimed) return 'handled' as const;
      const closedFor = claimed ? { partnerId: claimed.partnerId, requestId: claimed.id } : undefined;
      const id = await createGroup(actorId, { ...group, ...(closedFor ? { closedFor } : {}) }, at).catch(async (error: unknown) => {
        if (claimed) await unclaimRequest(claimed.id);
        throw error;
      });
      const offered = await offerFreeSeats(id, at, deps.offers);
      // After the offers: the representative hears her people in line were offered seats already (walk29 W29-13).
      if (claimed) await requestGroupOpened(actorId, claimed.id, id, at, { courseId, centerId, start: starts[0]!, offered });
      // None offered because the first lesson is too near (walk s22 W22-12): said, with how to put people in.
      return { id, offered, tooNear: offered === 0 && !(await joiningLesson(id, at)), blocked: await unreachableInLine(id) };
    });
    // The preview waited until a lesson had begun (Create pressed late): choose the dates again.
    if (created === 'past') return q.rewindTo(datesAgain, ctx.t('cls-lessons-past'));
    if (created === 'handled') return q.finish(ctx.t('prt-req-gone'));
    if (created === 'lost-center') return q.finish(ctx.t('lost-center-newclass'));
    if (created === 'course-stopped' || created === 'center-hidden') return q.finish(ctx.t(created === 'course-stopped' ? 'newclass-course-stopped' : 'newclass-center-hidden'));
    // A partner's group is offered to the partner's people only: say so, or "0 offered" reads like a fault.
    const blockedCount = created && 'blocked' in created ? (created.blocked ?? 0) : 0;
    const done = request
      ? ctx.t('cls-created-for-partner', { partner: request.partnerName, offered: created?.offered ?? 0 })
      // "Nobody in line yet" only when nobody is: someone who blocked the bot is in line, and is said below (walk30 W30-15).
      : ctx.t(created && 'tooNear' in created && created.tooNear ? 'cls-created-too-near' : created?.offered || blockedCount ? 'cls-created' : 'cls-created-empty-line', { offered: created?.offered ?? 0 });
    // Someone in line blocked the bot and left no phone: not offered, and said so (walk30 W30-15).
    const blocked = blockedCount ? `\n${ctx.t('line-blocked', { count: blockedCount })}` : '';
    await q.finish(created ? done + blocked : ctx.t('not-allowed'));
  }
  return createConversation<SceneOuterContext, SceneContext>(newClass, NEW_CLASS);
}

/** Lessons on public holidays are named under the preview, so the librarian can move them before creating. */
function holidayWarning(ctx: SceneContext, starts: Date[], timeZone: string): string {
  const holidays = holidayLessonDates(starts, timeZone);
  return holidays.length > 0 ? `\n\n${ctx.t('cls-new-holidays', { count: holidays.length, dates: holidays.join(', ') })}` : '';
}

/** Two lessons of the group at once (probe s21 L6), by their numbers in the preview's list. */
function overlapWarning(ctx: SceneContext, starts: Date[], duration: number): string {
  const pair = overlappingLessons(starts, duration);
  return pair ? `\n\n${ctx.t('cls-new-overlap', pair)}` : '';
}

/** Lessons listed on one screen of the preview (a date is about five words). */
const DATES_PER_SCREEN = 8;

const chunk = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

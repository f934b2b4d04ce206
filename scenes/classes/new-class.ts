import { createConversation } from '@grammyjs/conversations';
import type { BotContext, BotDeps, SceneContext } from '../../src/bot/context.js';
import { mainMenu } from '../../src/bot/keyboards/main-menu.js';
import { findCenter, findCourse, listCenters, listCourses } from '../../src/domain/catalog.js';
import { createGroup, lessonsAhead } from '../../src/domain/classes.js';
import { singleLine } from '../../src/domain/text.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { canManageCenter, roleOf } from '../../src/domain/roles.js';
import { lessonStarts, MAX_LESSONS, parseDateList, type LessonPattern } from '../../src/domain/schedule.js';
import {
  addDays, compareDates, formatLessonTime, isoDate, localToday, parseDottedDate, parseIsoDate, parseTime, weekdayOf, type LocalDate,
} from '../../src/domain/time.js';
import { askChoice, askText, BACK, type SceneConversation } from '../kit.js';
import { askChoiceOrText, askMany } from './steps.js';

export const NEW_CLASS = 'classes-new-class';

type Step = 'course' | 'center' | 'start' | 'pattern' | 'weekdays' | 'time' | 'count' | 'dates' | 'duration' | 'room' | 'capacity' | 'preview';

interface Draft {
  courseId?: string;
  centerId?: string;
  timeZone?: string;
  startDate?: string;
  patternKind?: 'weekly' | 'dates';
  weekdays?: number[];
  time?: string;
  count?: number;
  datesText?: string;
  duration?: number;
  room?: string;
  capacity?: number;
}

const number = (min: number, max: number, error: string) => (text: string) =>
  /^\d{1,4}$/.test(text) && Number(text) >= min && Number(text) <= max ? { value: String(Number(text)) } : { error };

/** The step before each step (Back). */
const PREVIOUS: Record<Step, (d: Draft) => Step> = {
  course: () => 'course',
  center: () => 'course',
  start: () => 'center',
  pattern: () => 'start',
  weekdays: () => 'pattern',
  time: () => 'weekdays',
  count: () => 'time',
  dates: () => 'pattern',
  duration: (d) => (d.patternKind === 'dates' ? 'dates' : 'count'),
  room: () => 'duration',
  capacity: () => 'room',
  preview: () => 'capacity',
};

/**
 * /newclass: course → center (one of theirs) → first date → lesson pattern
 * (weekdays + time + count, or a typed list) → duration → room → capacity →
 * preview of every lesson in the center's time zone → Create. Creating offers
 * the seats to the waiting list.
 */
export function newClassScene(deps: BotDeps) {
  async function newClass(conversation: SceneConversation, ctx: SceneContext) {
    const actorId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(actorId, deps.config.ADMIN_IDS));
    if (!role) {
      await ctx.reply(ctx.t('not-allowed'));
      return;
    }
    const nowIso = await conversation.external(() => deps.now().toISOString());
    const now = new Date(nowIso);
    const draft: Draft = {};
    let step: Step = 'course';
    const back = () => (step = PREVIOUS[step](draft));
    const today = () => localToday(now, draft.timeZone ?? deps.config.APP_TIMEZONE);
    const notPast = (d: LocalDate) => compareDates(d, today()) >= 0;
    const pattern = (): LessonPattern => {
      if (draft.patternKind === 'dates') return { kind: 'dates', lessons: parseDateList(draft.datesText!, parseDottedDate, parseTime)! };
      const t = parseTime(draft.time!)!;
      return { kind: 'weekly', startDate: parseIsoDate(draft.startDate!)!, weekdays: draft.weekdays!, hour: t.hour, minute: t.minute, count: draft.count! };
    };

    for (;;) {
      switch (step) {
        case 'course': {
          const courses = await conversation.external(() => listCourses());
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('cls-new-course'),
            choices: courses.map((c) => ({ label: c.title[ctx.locale], value: c.id })),
            back: false,
          });
          if (answer !== BACK) (draft.courseId = answer), (step = 'center');
          break;
        }
        case 'center': {
          const centers = (await conversation.external(() => listCenters())).filter((c) => canManageCenter(role, c.id));
          if (centers.length === 0) {
            await ctx.reply(ctx.t('cls-no-centers'), { reply_markup: mainMenu(ctx) });
            return;
          }
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('cls-new-center'),
            choices: centers.map((c) => ({ label: `${c.town}: ${c.name}`, value: c.id })),
          });
          if (answer === BACK) back();
          else {
            draft.centerId = answer;
            draft.timeZone = centers.find((c) => c.id === answer)?.timeZone ?? deps.config.APP_TIMEZONE;
            step = 'start';
          }
          break;
        }
        case 'start': {
          const days = Array.from({ length: 7 }, (_, i) => addDays(today(), i + 1));
          const answer = await askChoiceOrText(conversation, ctx, {
            text: ctx.t('cls-new-start'),
            choices: days.map((d) => ({ label: `${ctx.t(`cls-weekday-${weekdayOf(d)}`)} ${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}`, value: isoDate(d) })),
            columns: 2,
            parse: (text) => {
              const d = parseDottedDate(text);
              return d && notPast(d) ? { value: isoDate(d) } : { error: 'cls-date-invalid' };
            },
          });
          if (answer === BACK) back();
          else (draft.startDate = answer), (step = 'pattern');
          break;
        }
        case 'pattern': {
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('cls-new-pattern'),
            choices: [
              { label: ctx.t('cls-pattern-weekly'), value: 'weekly' },
              { label: ctx.t('cls-pattern-dates'), value: 'dates' },
            ],
          });
          if (answer === BACK) back();
          else (draft.patternKind = answer as 'weekly' | 'dates'), (step = answer === 'dates' ? 'dates' : 'weekdays');
          break;
        }
        case 'weekdays': {
          const startDay = weekdayOf(parseIsoDate(draft.startDate!)!);
          const answer = await askMany(conversation, ctx, {
            text: ctx.t('cls-new-weekdays'),
            choices: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ label: ctx.t(`cls-weekday-${d}`), value: String(d) })),
            columns: 4,
            initial: (draft.weekdays ?? [startDay]).map(String),
          });
          if (answer === BACK) back();
          else (draft.weekdays = answer.map(Number)), (step = 'time');
          break;
        }
        case 'time': {
          const answer = await askChoiceOrText(conversation, ctx, {
            text: ctx.t('cls-new-time'),
            choices: ['10:00', '12:00', '14:00', '16:00', '18:00'].map((t) => ({ label: t, value: t })),
            columns: 3,
            parse: (text) => {
              const t = parseTime(text);
              return t ? { value: `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}` } : { error: 'cls-time-invalid' };
            },
          });
          if (answer === BACK) back();
          else (draft.time = answer), (step = 'count');
          break;
        }
        case 'count': {
          const answer = await askChoiceOrText(conversation, ctx, {
            text: ctx.t('cls-new-count'),
            choices: ['4', '6', '8', '10', '12'].map((n) => ({ label: n, value: n })),
            columns: 5,
            parse: number(1, MAX_LESSONS, 'cls-count-invalid'),
          });
          if (answer === BACK) back();
          else (draft.count = Number(answer)), (step = 'duration');
          break;
        }
        case 'dates': {
          const answer = await askText(conversation, ctx, {
            text: ctx.t('cls-new-dates'),
            validate: (text) => {
              const lessons = parseDateList(text, parseDottedDate, parseTime);
              return lessons && lessons.every((l) => notPast(l.date)) ? undefined : 'cls-dates-invalid';
            },
          });
          if (answer === BACK) back();
          else (draft.datesText = answer), (step = 'duration');
          break;
        }
        case 'duration': {
          const answer = await askChoiceOrText(conversation, ctx, {
            text: ctx.t('cls-new-duration'),
            choices: ['60', '90', '120'].map((n) => ({ label: n, value: n })),
            columns: 3,
            parse: number(15, 480, 'cls-duration-invalid'),
          });
          if (answer === BACK) back();
          else (draft.duration = Number(answer)), (step = 'room');
          break;
        }
        case 'room': {
          const answer = await askText(conversation, ctx, {
            text: ctx.t('cls-new-room'),
            validate: (text) => (text.length >= 1 && text.length <= 100 ? undefined : 'cls-room-invalid'),
          });
          if (answer === BACK) back();
          else (draft.room = singleLine(answer)), (step = 'capacity');
          break;
        }
        case 'capacity': {
          const answer = await askChoiceOrText(conversation, ctx, {
            text: ctx.t('cls-new-capacity'),
            choices: ['6', '8', '10', '12', '15'].map((n) => ({ label: n, value: n })),
            columns: 5,
            parse: number(1, 50, 'cls-capacity-invalid'),
          });
          if (answer === BACK) back();
          else (draft.capacity = Number(answer)), (step = 'preview');
          break;
        }
        case 'preview': {
          const starts = lessonStarts(pattern(), draft.timeZone!);
          if (!lessonsAhead(starts, now)) {
            // A lesson earlier today, at an hour already gone: choose the dates again.
            await ctx.reply(ctx.t('cls-lessons-past'));
            step = 'start';
            break;
          }
          const [course, center] = await conversation.external(() => Promise.all([findCourse(draft.courseId!), findCenter(draft.centerId!)]));
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('cls-new-preview', {
              course: course?.title[ctx.locale] ?? draft.courseId!,
              center: center ? `${center.town}, ${center.name}` : draft.centerId!,
              room: draft.room!,
              capacity: draft.capacity!,
              count: starts.length,
              duration: draft.duration!,
              zone: draft.timeZone!,
              lessons: starts.map((s, i) => `${i + 1}. ${formatLessonTime(s, draft.timeZone!, ctx.locale)}`).join('\n'),
            }),
            choices: [{ label: ctx.t('cls-create'), value: 'create' }],
          });
          if (answer === BACK) {
            back();
            break;
          }
          const created = await conversation.external(async () => {
            // The role may have changed since the start: check the center again.
            const current = await roleOf(actorId, deps.config.ADMIN_IDS);
            if (!current || !canManageCenter(current, draft.centerId!)) return null;
            const at = deps.now();
            if (!lessonsAhead(starts, at)) return 'past' as const;
            const id = await createGroup(
              actorId,
              { courseId: draft.courseId!, centerId: draft.centerId!, room: draft.room!, capacity: draft.capacity!, lessonStarts: starts, durationMinutes: draft.duration! },
              at,
            );
            const offered = await offerFreeSeats(id, at, { ttlHours: deps.config.OFFER_TTL_HOURS });
            return { id, offered };
          });
          if (!created) {
            await ctx.reply(ctx.t('not-allowed'), { reply_markup: mainMenu(ctx) });
            return;
          }
          if (created === 'past') {
            await ctx.reply(ctx.t('cls-lessons-past'));
            step = 'start';
            break;
          }
          await ctx.reply(ctx.t('cls-created', { offered: created.offered }), { reply_markup: mainMenu(ctx) });
          return;
        }
      }
    }
  }
  return createConversation<BotContext, SceneContext>(newClass, NEW_CLASS);
}

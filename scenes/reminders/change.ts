import { createConversation } from '@grammyjs/conversations';
import type { BotContext, BotDeps, SceneContext } from '../../src/bot/context.js';
import { mainMenu } from '../../src/bot/keyboards/main-menu.js';
import { describeCenter, findCourse } from '../../src/domain/catalog.js';
import { applyChange, changeableGroups, type ChangeRequest, type GroupForChange } from '../../src/domain/changes.js';
import { roleOf } from '../../src/domain/roles.js';
import { compareDates, formatLessonTime, fromLocal, localToday, parseDottedDate, parseTime } from '../../src/domain/time.js';
import { askChoice, askText, BACK, type SceneConversation } from '../kit.js';

export const CHANGE_SCHEDULE = 'reminders-change';

type Action = 'move' | 'shift' | 'cancel-lesson' | 'cancel-group';
type Step = 'group' | 'action' | 'lesson' | 'date' | 'time' | 'days' | 'preview';
const SHIFT_DAYS = ['1', '2', '7', '14', '-1', '-7'];

interface Draft {
  groupId?: string;
  action?: Action;
  lessonId?: string;
  date?: string;
  lessonTime?: string;
  days?: number;
}

/**
 * /change (librarians and coordinators): group → what to do → lesson → new
 * date and time (or days to shift) → preview → confirm. Back on every step.
 */
export function changeScheduleScene(deps: BotDeps) {
  async function change(conversation: SceneConversation, ctx: SceneContext) {
    const actorId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(actorId, deps.config.ADMIN_IDS));
    if (!role) return void (await ctx.reply(ctx.t('not-allowed')));
    const now = new Date(await conversation.external(() => deps.now().toISOString()));
    const groups = await conversation.external(async () => {
      const list = await changeableGroups(role, now);
      return Promise.all(list.map(async (g) => ({ ...g, names: await names(g, ctx.locale) })));
    });
    if (groups.length === 0) return void (await ctx.reply(ctx.t('rem-chg-no-groups'), { reply_markup: mainMenu(ctx) }));

    const draft: Draft = {};
    let step: Step = 'group';
    const group = () => groups.find((g) => g.id === draft.groupId)!;
    const when = (iso: string) => formatLessonTime(new Date(iso), group().timeZone, ctx.locale);
    const newStart = () => {
      const [date, time] = [parseDottedDate(draft.date!)!, parseTime(draft.lessonTime!)!];
      return fromLocal(date, time.hour, time.minute, group().timeZone).toISOString();
    };
    const request = (): ChangeRequest => {
      const groupId = draft.groupId!;
      switch (draft.action!) {
        case 'move': return { kind: 'move-lesson', groupId, lessonId: draft.lessonId!, startsAt: newStart() };
        case 'shift': return { kind: 'shift-group', groupId, days: draft.days! };
        case 'cancel-lesson': return { kind: 'cancel-lesson', groupId, lessonId: draft.lessonId! };
        case 'cancel-group': return { kind: 'cancel-group', groupId };
      }
    };

    for (;;) {
      switch (step) {
        case 'group': {
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('rem-chg-choose-group'),
            choices: groups.map((g, i) => ({ label: ctx.t('rem-chg-group-label', { ...g.names, start: when0(g, ctx.locale) }), value: String(i) })),
            back: false,
          });
          if (answer !== BACK) (draft.groupId = groups[Number(answer)]!.id), (step = 'action');
          break;
        }
        case 'action': {
          const actions: Action[] = ['move', 'shift', 'cancel-lesson', 'cancel-group'];
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('rem-chg-choose-action'),
            choices: actions.map((a) => ({ label: ctx.t(`rem-chg-act-${a}`), value: a })),
          });
          if (answer === BACK) step = 'group';
          else {
            draft.action = answer as Action;
            step = draft.action === 'shift' ? 'days' : draft.action === 'cancel-group' ? 'preview' : 'lesson';
          }
          break;
        }
        case 'lesson': {
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('rem-chg-choose-lesson'),
            choices: group().lessons.map((l, i) => ({ label: `${l.index}. ${when(l.startsAt)}`, value: String(i) })),
          });
          if (answer === BACK) step = 'action';
          else (draft.lessonId = group().lessons[Number(answer)]!.id), (step = draft.action === 'move' ? 'date' : 'preview');
          break;
        }
        case 'date': {
          const today = localToday(now, group().timeZone);
          const answer = await askText(conversation, ctx, {
            text: ctx.t('rem-chg-ask-date'),
            validate: (text) => {
              const date = parseDottedDate(text);
              return date && compareDates(date, today) >= 0 ? undefined : 'rem-chg-date-invalid';
            },
          });
          if (answer === BACK) step = 'lesson';
          else (draft.date = answer), (step = 'time');
          break;
        }
        case 'time': {
          const answer = await askText(conversation, ctx, {
            text: ctx.t('rem-chg-ask-time'),
            validate: (text) => {
              const time = parseTime(text);
              if (!time) return 'rem-chg-time-invalid';
              // Today at an hour already gone: a lesson cannot be moved into the past (applyChange refuses too).
              const startsAt = fromLocal(parseDottedDate(draft.date!)!, time.hour, time.minute, group().timeZone);
              return startsAt > now ? undefined : 'rem-chg-time-past';
            },
          });
          if (answer === BACK) step = 'date';
          else (draft.lessonTime = answer), (step = 'preview');
          break;
        }
        case 'days': {
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('rem-chg-ask-days'),
            choices: SHIFT_DAYS.map((d) => ({ label: Number(d) > 0 ? `+${d}` : `−${d.slice(1)}`, value: d })),
            columns: 4,
          });
          if (answer === BACK) step = 'action';
          else (draft.days = Number(answer)), (step = 'preview');
          break;
        }
        case 'preview': {
          const g = group();
          const lesson = g.lessons.find((l) => l.id === draft.lessonId);
          const common = { ...g.names, count: g.participants };
          const text =
            draft.action === 'move'
              ? ctx.t('rem-chg-preview-move', { ...common, old: when(lesson!.startsAt), new: when(newStart()) })
              : draft.action === 'shift'
                ? ctx.t('rem-chg-preview-shift', {
                    ...common,
                    days: draft.days!,
                    lessons: g.lessons.map((l) => `${l.index}. ${when(new Date(new Date(l.startsAt).getTime() + draft.days! * 86_400_000).toISOString())}`).join('\n'),
                  })
                : draft.action === 'cancel-lesson'
                  ? ctx.t('rem-chg-preview-cancel-lesson', { ...common, when: when(lesson!.startsAt) })
                  : ctx.t('rem-chg-preview-cancel-group', common);
          const answer = await askChoice(conversation, ctx, { text, choices: [{ label: ctx.t('rem-chg-confirm'), value: 'ok' }] });
          if (answer === BACK) {
            step = draft.action === 'move' ? 'time' : draft.action === 'shift' ? 'days' : draft.action === 'cancel-group' ? 'action' : 'lesson';
            break;
          }
          const result = await conversation.external(async () => {
            // The role may have changed since the start: applyChange checks the center again.
            const current = await roleOf(actorId, deps.config.ADMIN_IDS);
            if (!current) return { ok: false as const, reason: 'not-allowed' as const };
            return applyChange(actorId, current, request(), deps.now());
          });
          const reply = result.ok
            ? ctx.t('rem-chg-done', { count: result.notified })
            : ctx.t(result.reason === 'not-allowed' ? 'not-allowed' : result.reason === 'past' ? 'rem-chg-past' : 'rem-chg-gone');
          await ctx.reply(reply, { reply_markup: mainMenu(ctx) });
          return;
        }
      }
    }
  }
  return createConversation<BotContext, SceneContext>(change, CHANGE_SCHEDULE);
}

async function names(g: GroupForChange, locale: 'ru' | 'en') {
  const [course, center] = await Promise.all([findCourse(g.courseId), describeCenter(g.centerId)]);
  return { course: course?.title[locale] ?? g.courseId, center: center?.name ?? g.centerId };
}

const when0 = (g: GroupForChange, locale: string) => (g.lessons[0] ? formatLessonTime(new Date(g.lessons[0].startsAt), g.timeZone, locale) : '');

import { FIND_PERSON } from '../../../../scenes/desk/find-person.js';
import { changeCallsExist } from '../../../domain/call-lists.js';
import { BROADCAST_GIST_WORDS, changeCalls, setChangeCallDone, type ChangeCall, type ChangeCallTopic } from '../../../domain/call-digests.js';
import { answererName } from '../../../domain/call-answers.js';
import { callTicks, tickSuffix, type CallTick } from '../../../domain/call-ticks.js';
import { putInFirstLesson } from '../../../domain/putin-first-lesson.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { pageLines, pageOf, wordsLeft, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, objectId, payloadCodec } from '../../menus/payload.js';
import { pageCounter, ViewMenu } from '../../menus/view-menu.js';
import { toggleLabels } from '../../menus/toggle-label.js';
// A cycle (menus.ts opens these lists from /calls), used only inside a press: both modules are loaded by then.
import { refreshCallsScreens } from './menus.js';

/**
 * The calls about one schedule change or one broadcast (menu `cz`), opened by
 * the button of its digest (call-digests.ts) or of the broadcast's report:
 * name and phone a line, a toggle per call, paged. Rebuilt on every press for
 * the pressing staff member's centers only. A closed center's list has
 * "🏛 Move" beside each name: the person's card of /find (scenes/desk/find-person.ts),
 * which moves them keeping their place in line (walk s21 W21-13).
 */

interface ChangeCallsView {
  changeId: string;
  topic: ChangeCallTopic;
  calls: ChangeCall[];
  page: Page<ChangeCall>;
  /** Who ticked each call made, and when (walk28 W28-10), by task id. */
  ticks: Record<string, CallTick>;
  /** A put-in list: when and where they start, to say on the phone (walk28 W28-11). */
  first?: Awaited<ReturnType<typeof putInFirstLesson>>;
}

const PER_PAGE = 8;

/** The list's title: what the change was, or what to tell them from a broadcast (its text shortened, walk s20 #29). */
const title = (ctx: BotContext, topic: ChangeCallTopic, done: number, count: number) => {
  const { kind, ...about } = topic; // the text, the course or the center
  return ctx.t(`calls-${kind}-list-title`, { ...about, done, count });
};

/** The longest title a topic's list can have: a long course name, a broadcast's text at its longest shortening, a long center name. */
const LONGEST: Record<ChangeCallTopic['kind'], ChangeCallTopic> = {
  broadcast: { kind: 'broadcast', text: `${Array.from({ length: BROADCAST_GIST_WORDS }, () => 'слово').join(' ')}…` },
  change: { kind: 'change', course: 'Основы компьютерной грамотности' },
  closure: { kind: 'closure', center: 'Кемерово, Областная научная библиотека имени В. Д. Фёдорова' },
  reopen: { kind: 'reopen', center: 'Кемерово, Областная научная библиотека имени В. Д. Фёдорова' },
  'close-days': { kind: 'close-days', center: 'Кемерово, Областная научная библиотека имени В. Д. Фёдорова' },
  'course-pause': { kind: 'course-pause', course: 'Основы компьютерной грамотности' },
  'course-resume': { kind: 'course-resume', course: 'Основы компьютерной грамотности' },
  putin: { kind: 'putin', course: 'Основы компьютерной грамотности' },
};
const LONGEST_FIRST = { when: 'Wednesday 30 December, 10:00', address: 'проспект Октябрьский, 100а', room: 'Зал' };
/** «Первое занятие: 3 декабря, четверг, 14:00, Зал 1, улица Московская, 30.» */
const firstLine = (ctx: BotContext, first: NonNullable<ChangeCallsView['first']>) => ctx.t('calls-putin-first', first);
/** Under a closed center's list: the move is a button beside each name. */
const hint = (ctx: BotContext, topic: ChangeCallTopic) => [ctx.t('calls-list-hint-untick'), ...(topic.kind === 'closure' ? [ctx.t('calls-closure-hint')] : [])].join('\n');
const frame = (ctx: BotContext, topic: ChangeCallTopic) =>
  [
    // A broadcast's own text (the same on every page and after any tick): a short one leaves room for more names.
    title(ctx, topic.kind === 'broadcast' ? topic : LONGEST[topic.kind], 88, 88),
    ...(topic.kind === 'putin' ? [firstLine(ctx, LONGEST_FIRST)] : []),
    hint(ctx, topic),
    ctx.t('page-counter', { page: 10, pages: 12 }),
  ].join('\n');

/** A call made, in its button's words and its line's: «позвонили»; «сказали» to someone without a phone, told in person. */
const doneWords = (ctx: BotContext, c: ChangeCall) => ctx.t(c.phone ? 'mark-called' : 'mark-told');
/** Pages are cut as if every call were ticked, so a tick never moves a name to another page. */
const ANY_TICK: CallTick = { by: 'Имя', at: '00:00' };
const paging = (ctx: BotContext, topic: ChangeCallTopic, ticks?: Record<string, CallTick>): PagingOptions<ChangeCall> => ({
  // No phone (fix28d): told in person (a closed center's: if met, walk29 W29-15), and ticked when told. A tick says so in
  // its button's words, who and when: " — позвонили (Марина, 03:25)", as /calls' lesson list does (walk31 W31-04).
  line: (c) => {
    const done = ticks ? (c.done ? tickSuffix(doneWords(ctx, c), ticks[c.taskId]) : '') : tickSuffix(doneWords(ctx, c), ANY_TICK);
    return `• ${c.name}, ${c.phone || ctx.t(topic.kind === 'closure' ? 'no-phone-line-closure' : 'no-phone-line')}${done}`;
  },
  frame: 600,
  perPage: PER_PAGE,
  words: wordsLeft(frame(ctx, topic)),
});

async function loadChangeCalls(ctx: BotContext, p: { change: string; page: number }): Promise<ChangeCallsView | null> {
  const found = await changeCalls(ctx.role!, p.change, ctx.locale);
  if (!found) return null;
  const ticks = await callTicks(found.calls.filter((c) => c.done).map((c) => c.taskId), ctx.deps.now(), ctx.locale);
  const first = found.topic.kind === 'putin' ? await putInFirstLesson(p.change, ctx.deps.now(), ctx.locale) : undefined;
  return { changeId: p.change, topic: found.topic, calls: found.calls, ticks, first, page: pageOf(found.calls, p.page, paging(ctx, found.topic)) };
}

export const changeCallsMenu = new ViewMenu<ChangeCallsView, { change: string; page: number }>({
  id: 'cz',
  guard: requireStaff(),
  payload: payloadCodec({ change: objectId, page: count }),
  payloadOf: (v) => ({ change: v.changeId, page: v.page.index }),
  load: loadChangeCalls,
  // A list that exists at another center is said to be another center's, as a call card of theirs is (probe s28 L2).
  goneKey: async (_ctx, p) => ((await changeCallsExist(p.change)) ? 'calls-list-other-center' : 'calls-change-list-gone'),
  // Opened again from the button under the change's digest, which names nobody.
  // The same list open in another message (its digest's, /calls', a colleague's) is redrawn after a tick.
  names: { people: (v) => v.page.items.map((c) => c.citizenId), reopen: 'digest', key: (v) => `cz:${v.changeId}` },
  text: (ctx, v) => {
    const heading = title(ctx, v.topic, v.calls.filter((c) => c.done).length, v.calls.length);
    return [heading, v.first ? firstLine(ctx, v.first) : '', pageLines(v.page, paging(ctx, v.topic, v.ticks)).join('\n'), hint(ctx, v.topic), pageCounter(ctx, v.page)].filter(Boolean).join('\n\n');
  },
  buttons: (b, v, ctx) => {
    const labels = toggleLabels(v.page.items.map((c) => ({ name: c.name, on: c.done, state: doneWords(ctx, c) })));
    for (const [i, call] of v.page.items.entries()) {
      b.text(labels[i]!, async (pressed) => {
        const now = pressed.deps.now();
        // A colleague's tick undone is said so, not silently (walk28 W28-10); another tap puts it back.
        const before = call.done ? (await callTicks([call.taskId], now, pressed.locale))[call.taskId] : undefined;
        const name = await answererName(pressed.from.id, pressed.from.first_name);
        const set = await setChangeCallDone(pressed.role!, call.taskId, !call.done, pressed.from.id, now, name);
        if (set && before && before.byId !== pressed.from.id) {
          await pressed.answerCallbackQuery({ text: pressed.t('calls-untick-other', { tick: before.by ? `${before.by}, ${before.at}` : before.at }), show_alert: true });
        }
        const view = await loadChangeCalls(pressed, { change: v.changeId, page: v.page.index });
        if (!view) return;
        await changeCallsMenu.edit(pressed, view);
        await changeCallsMenu.redrawElsewhere(pressed, view);
        refreshCallsScreens(call.centerId);
      });
      // The card comes below the list (which stays, to tick the call off); the scene checks the person is at the presser's centers.
      // A call done (the person moved, or chose to wait or leave) has no move beside it: /find still finds them.
      if (v.topic.kind === 'closure' && !call.done) {
        b.text(ctx.t('calls-btn-move'), async (pressed) => {
          await pressed.conversation.exitAll();
          await pressed.conversation.enter(FIND_PERSON, call.citizenId);
        });
      }
      b.row();
    }
    b.pages(v.page, async (pressed, index) => {
      const view = await loadChangeCalls(pressed, { change: v.changeId, page: index });
      if (view) await changeCallsMenu.edit(pressed, view);
    });
  },
});

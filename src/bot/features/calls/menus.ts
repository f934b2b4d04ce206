import { addDays, isoDate, parseIsoDate, sayDate, toLocal, type LocalDate } from '../../../domain/time.js';
import { callLine, callPlace, inPersonOf, lessonCallsOn, setLessonCallDone, staffToday, type LessonCall } from '../../../domain/call-lists.js';
import { callTaskMessage, noteCallCard, openCallTasks, type OpenCallTask } from '../../../domain/call-tasks.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { pageLines, pageOf, wordsLeft, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, payloadCodec, type Field } from '../../menus/payload.js';
import { pageCounter, ViewMenu, type MenuContext } from '../../menus/view-menu.js';
import { inPersonVars } from '../../../domain/no-phone-notices.js';
import { renderMessage } from './render.js';
import { LIST_KINDS, openCallLists, type OpenCallList } from '../../../domain/open-call-lists.js';
import { changeCallsMenu } from './change-calls.js';
import { canManageCenter } from '../../../domain/roles.js';
import { keepOnlyShown } from '../../../domain/shown-views.js';
import { CALLS_SCREEN_KEY } from '../../../domain/late-call-lists.js';
import { callListsChanged, collectCallListChanges } from '../../../domain/call-list-changes.js';
import type { MiddlewareFn } from 'grammy';
import { openCallCard } from '../../../domain/call-card-opened.js';
import { answererName } from '../../../domain/call-answers.js';
import { namesakeMarks, toggleLabels, withMark } from '../../menus/toggle-label.js';
import { openMoveWishes, type OpenMoveWish } from '../../../domain/open-move-wishes.js';
import { moveWishButtons, moveWishLines } from './move-wishes.js';
import { placesOf } from './places.js';
import { daySummary, daysWithoutCalls, toldThatDayLine, type DaySummary } from './day-lines.js';

/**
 * /calls (menu `cs`): the open seat offers to answer by phone, and the calls
 * before today's and tomorrow's lessons (menu `cd`: a toggle per call).
 * Both are rebuilt from the database on every press, for the centers of the
 * pressing staff member only (requireStaff, then centerScope in the domain).
 */

/** A local date in a payload: "20261201". */
const day: Field<LocalDate> = {
  encode: (d) => isoDate(d).replace(/-/g, ''),
  decode: (s) => (/^\d{8}$/.test(s) ? parseIsoDate(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`) : undefined),
};

// ---- The calls before the lessons of one day.

interface CallListView {
  date: LocalDate;
  calls: LessonCall[];
  /** People without a phone on that day: one line, to remind in person (fix28d). */
  inPerson: string[];
  inPersonIds: number[];
  /** People put in on that day, told then: not calls, named in a line (fix38c). */
  told: LessonCall[];
  page: Page<LessonCall>;
  /** Each center's town and name in the reader's words. */
  places: Record<string, string>;
}

const CALLS_PER_PAGE = 8;

/** A call list's frame as long as any: the title, the hint and a page counter. */
const callListFrame = (ctx: BotContext) =>
  [ctx.t('calls-list-title', { date: sayDate({ year: 2026, month: 12, day: 31 }, ctx.locale), done: 88, count: 88 }), ctx.t('calls-list-hint'), ctx.t('page-counter', { page: 10, pages: 12 })].join('\n');

/** Time, name and phone a line, under their lesson's place; pages (`cut`) fit 60 words as if every call were made. */
const callPaging = (ctx: BotContext, places: Record<string, string>, cut = false): PagingOptions<LessonCall> => ({
  line: (c) => callLine(cut ? { ...c, done: true } : c, { blocked: ctx.t('calls-line-blocked'), called: ctx.t('mark-called') }),
  section: (c) => callPlace(c, places[c.centerId], ctx.locale),
  frame: 300,
  perPage: CALLS_PER_PAGE,
  words: wordsLeft(callListFrame(ctx)),
});

async function loadCallList(ctx: BotContext, p: { day: LocalDate; page: number }): Promise<CallListView> {
  const { calls, inPerson, inPersonIds, toldThatDay: told } = inPersonOf(await lessonCallsOn(ctx.role!, p.day));
  const places = await placesOf(ctx, calls.map((c) => c.centerId));
  return { date: p.day, calls, inPerson, inPersonIds, told, places, page: pageOf(calls, p.page, callPaging(ctx, places, true)) };
}

export const callListMenu = new ViewMenu<CallListView, { day: LocalDate; page: number }>({
  id: 'cd',
  guard: requireStaff(),
  payload: payloadCodec({ day, page: count }),
  payloadOf: (v) => ({ day: v.date, page: v.page.index }),
  load: loadCallList,
  names: { people: (v) => [...v.page.items, ...v.told].map((c) => c.citizenId).concat(v.inPersonIds), reopen: '/calls' },
  text: (ctx, v) => {
    const date = sayDate(v.date, ctx.locale);
    const remind = [v.inPerson.length > 0 ? ctx.t('no-phone-remind', inPersonVars(v.inPerson)) : '', toldThatDayLine(ctx, v.told)].filter(Boolean).join('\n');
    if (v.calls.length === 0) return [ctx.t('calls-list-empty', { date }), remind].filter(Boolean).join('\n');
    const title = ctx.t('calls-list-title', { date, done: v.calls.filter((c) => c.done).length, count: v.calls.length });
    return [title, pageLines(v.page, callPaging(ctx, v.places)).join('\n'), remind, ctx.t('calls-list-hint'), pageCounter(ctx, v.page)].filter(Boolean).join('\n\n');
  },
  buttons: (b, v, ctx) => {
    // Labelled as one list, so a namesake on another page still keeps both names whole.
    const labels = toggleLabels(v.calls.map((c) => ({ name: c.name, on: c.done, state: ctx.t('mark-called'), lead: `${c.time} ` }))).slice(v.page.offset);
    for (const [i, call] of v.page.items.entries()) {
      b.text(labels[i]!, async (pressed) => {
        await setLessonCallDone(pressed.role!, call.lessonId, call.citizenId, !call.done, pressed.from.id, pressed.deps.now());
        await callListMenu.edit(pressed, await loadCallList(pressed, { day: v.date, page: v.page.index }));
        refreshCallsScreens(call.centerId);
      }).row();
    }
    b.pages(v.page, async (pressed, index) => callListMenu.edit(pressed, await loadCallList(pressed, { day: v.date, page: index })));
    b.text(ctx.t('calls-list-back'), async (pressed) => {
      await callsMenu.edit(pressed, await loadCalls(pressed, 0));
      await keepOnlyShown(pressed.chat!.id, CALLS_KEY, pressed.callbackQuery.message!.message_id);
    });
  },
});

/** The daily list's button (`cl:day:<date>`): the list becomes this menu, in place. */
export function openCallList(ctx: BotContext, date: LocalDate) {
  return callListMenu.show(ctx, { day: date, page: 0 });
}

// ---- /calls

/** The shown-views key of /calls screens (one a chat: its newest). */
export const CALLS_KEY = CALLS_SCREEN_KEY;

interface CallsView {
  tasks: OpenCallTask[];
  places: Record<string, string>;
  page: Page<OpenCallTask>;
  today: DaySummary;
  tomorrow: DaySummary;
  /** The days without calls, and the people without a phone of any day, as lines of the text. */
  daysNone: string;
  /** Every call list with calls still to make (a group's put-ins, a schedule change, a broadcast, …), newest first. */
  lists: OpenCallList[];
  /** Open requests to move to a group at another time (fix36c): a short section after the lists. */
  wishes: OpenMoveWish[];
}

/**
 * A librarian phones down this list (walk s22 W22-33): every open call on one screen, as many as one message holds
 * (4,096 characters), not 60 words' worth; each has its answer button, so at most this many a page (Telegram takes
 * about 100 buttons under a message).
 */
const TASKS_PER_PAGE = 40;

/** "Новикова Лидия, +79135551000: Интернет, место до 2 декабря, 16:00" (the center is said above its tasks). */
function taskLine(ctx: BotContext, t: OpenCallTask) {
  const expires = toLocal(new Date(t.expiresAt), t.timeZone);
  const until = `${sayDate(expires, ctx.locale)}, ${String(expires.hour).padStart(2, '0')}:${String(expires.minute).padStart(2, '0')}`;
  return ctx.t('calls-task-line', { name: t.name, phone: t.phone || ctx.t('no-phone-line'), course: t.short, until, noAnswers: t.noAnswerCount });
}

/** The frame (title, count, page counter, the days without calls) is short: 400 characters and the lists' lines leave the rest to the calls. */
const taskPaging = (ctx: BotContext, places: Record<string, string>, lists = ''): PagingOptions<OpenCallTask> => ({
  line: (t) => taskLine(ctx, t),
  section: (t) => `${places[t.centerId] ?? t.center}:`,
  frame: 400 + lists.length,
  perPage: TASKS_PER_PAGE,
});

export async function loadCalls(ctx: BotContext, page: number): Promise<CallsView> {
  const now = ctx.deps.now();
  // By center (each named once above its tasks), soonest deadline first within it.
  // (by town and name: two towns' "Центральная городская библиотека" are two centers).
  const open = await openCallTasks(ctx.role!, now, ctx.locale);
  const lists = await openCallLists(ctx.role!, ctx.locale, now);
  const wishes = await openMoveWishes(ctx.role!, now, ctx.locale);
  const places = await placesOf(ctx, [...open.map((t) => t.centerId), ...lists.map((l) => l.centerId), ...wishes.map((w) => w.centerId)]);
  const tasks = open.sort((a, b) => (places[a.centerId] ?? '').localeCompare(places[b.centerId] ?? '', ctx.locale));
  const todayDate = await staffToday(ctx.role!, now, ctx.deps.config.APP_TIMEZONE);
  const today = await daySummary(ctx, todayDate);
  const tomorrow = await daySummary(ctx, addDays(todayDate, 1));
  const daysNone = daysWithoutCalls(ctx, today, tomorrow);
  const frame = listLines(ctx, lists) + moveWishLines(ctx, wishes, places);
  return { tasks, places, page: pageOf(tasks, page, taskPaging(ctx, places, frame)), today, tomorrow, daysNone, lists, wishes };
}

/**
 * At most this many lists get a button (the newest): with 40 calls' buttons and the days', a message keeps under the
 * hundred buttons Telegram takes. Lists pile up only when nobody ticks them.
 */
const LISTS_SHOWN = 30;
const shownLists = (lists: OpenCallList[]) => [...lists.slice(0, LISTS_SHOWN)].sort((a, b) => LIST_KINDS.indexOf(a.kind) - LIST_KINDS.indexOf(b.kind));

/** A kind of list as a Fluent selector reads it ("coursepause"). */
const selector = (kind: OpenCallList['kind']) => kind.replace('-', '');

/** A line a kind of list, how many to call on its lists ("Записаны в группы … Позвонить: 2 людям."); the lists without a button. */
function listLines(ctx: BotContext, lists: OpenCallList[]): string {
  const lines = LIST_KINDS.flatMap((kind) => {
    const count = lists.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.count - l.done, 0);
    if (count === 0) return [];
    return [kind === 'putin' ? ctx.t('calls-putin-lists', { count }) : ctx.t('calls-lists-line', { kind: selector(kind), count })];
  });
  if (lists.length > LISTS_SHOWN) lines.push(ctx.t('calls-lists-more', { count: lists.length - LISTS_SHOWN }));
  return lines.join('\n');
}

/** "📋 Интернет, Осинники, …: позвонили 0 из 2"; a broadcast by its first words. */
function listLabel(ctx: BotContext, list: OpenCallList, center: string): string {
  const counts = { done: list.done, count: list.count };
  if (list.kind === 'putin') return ctx.t('calls-btn-putin-list', { course: list.short, center, ...counts });
  if (list.kind === 'close-days' && list.days) return ctx.t('calls-btn-close-days', { ...list.days, ...counts }); // W31-13
  return ctx.t('calls-btn-list', { kind: selector(list.kind), course: list.short, center, text: list.text, ...counts });
}

export const callsMenu = new ViewMenu<CallsView, { page: number }>({
  id: 'cs',
  guard: requireStaff(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (ctx, p) => loadCalls(ctx, p.page),
  // Kept in step (task28 fixF): a tick on a list or a day redraws the chat's newest /calls screen (refreshCallsScreens).
  names: { people: (v) => [...v.page.items.map((t) => t.citizenId), ...v.wishes.map((w) => w.citizenId), ...[...v.today.told, ...v.tomorrow.told].map((t) => t.citizenId), ...v.today.inPersonIds, ...v.tomorrow.inPersonIds], reopen: '/calls', key: () => CALLS_KEY },
  text: (ctx, v) => {
    const head = [ctx.t('calls-title'), v.tasks.length === 0 ? ctx.t('calls-open-none') : ctx.t('calls-open-count', { count: v.tasks.length })].join('\n');
    return [head, pageLines(v.page, taskPaging(ctx, v.places)).join('\n'), pageCounter(ctx, v.page), listLines(ctx, v.lists), moveWishLines(ctx, v.wishes, v.places), v.daysNone].filter(Boolean).join('\n\n');
  },
  buttons: (b, v, ctx) => {
    // Namesakes are told apart by the end of the phone (probe s21 L9), one phone's (a family's) by their number, as the roster's.
    const marks = namesakeMarks(v.tasks).slice(v.page.offset);
    for (const [i, t] of v.page.items.entries()) {
      b.text(ctx.t('calls-btn-answer', { name: withMark(t.name, marks[i]!) }), (pressed) => sendTaskCard(pressed, t.id)).row();
    }
    b.pages(v.page, async (pressed, index) => callsMenu.edit(pressed, await loadCalls(pressed, index)));
    b.row();
    // Each call list: below, the same one its digest opens (ticks there and here redraw each other).
    for (const list of shownLists(v.lists)) {
      b.text(listLabel(ctx, list, v.places[list.centerId] ?? list.centerId), async (pressed) => {
        const view = await changeCallsMenu.open(pressed, { change: list.listId, page: 0 });
        if (view) await changeCallsMenu.send(pressed, view);
      }).row();
    }
    moveWishButtons(b, ctx, v.wishes);
    // Only a day with calls gets a button (its list to tick off); one without is a line of the text.
    if (v.today.count > 0) {
      b.text(ctx.t('calls-btn-today', { date: sayDate(v.today.date, ctx.locale), done: v.today.done, count: v.today.count }), (pressed) =>
        callListMenu.show(pressed, { day: v.today.date, page: 0 }),
      ).row();
    }
    if (v.tomorrow.count > 0) {
      b.text(ctx.t('calls-btn-tomorrow', { date: sayDate(v.tomorrow.date, ctx.locale), done: v.tomorrow.done, count: v.tomorrow.count }), (pressed) =>
        callListMenu.show(pressed, { day: v.tomorrow.date, page: 0 }),
      );
    }
  },
});

/** /calls as a new message: the chat's screen kept in step from now on (an older one is left as it is). */
export async function sendCalls(ctx: BotContext): Promise<void> {
  const sent = await callsMenu.send(ctx, await loadCalls(ctx, 0));
  await keepOnlyShown(sent.chat.id, CALLS_KEY, sent.message_id);
}

/**
 * A call ticked on a list (of a day, a change, a group's put-ins, …) at this center: the /calls screens of the readers
 * of the center are redrawn, so their buttons' "called 0 of 2" does not stay behind (fix28b's side finding). Once the
 * update is done (callsKeptInStep), with every other change it made: each screen is edited once.
 */
export function refreshCallsScreens(centerId: string): void {
  callListsChanged([centerId]);
}

/**
 * Around every update: a call list made for a center (a put-in, a schedule change, a broadcast, …) or a line taken off
 * one (/forget, /forgetperson) redraws the /calls screens of the center's readers once the update is done (task29
 * fixC), as a tick does. A screen that cannot be redrawn is logged, not told to the person whose update this was.
 */
export const callsKeptInStep: MiddlewareFn<BotContext> = async (ctx, next) => {
  const centers = await collectCallListChanges(next);
  if (centers.length === 0) return;
  await callsMenu.redrawShowing(ctx, CALLS_KEY, (role) => centers.some((id) => canManageCenter(role, id))).catch((error: unknown) => {
    ctx.log.warn({ err: String(error) }, '/calls screens not redrawn');
  });
};

/** The call task again, with its answer buttons, as a new message under /calls. */
async function sendTaskCard(ctx: MenuContext, taskId: string): Promise<string | void> {
  const message = await callTaskMessage(taskId, ctx.locale);
  if (!message) return ctx.t('calls-task-gone');
  const { text, keyboard } = renderMessage(ctx, message);
  // A colleague opened it minutes ago: said as the press's alert, so two librarians do not phone one person (walk29
  // W29-07); not in the card, which stays within 60 words (fix31b).
  const opened = await openCallCard(taskId, { id: ctx.from.id, name: await answererName(ctx.from.id, ctx.from.first_name) }, ctx.deps.now());
  if (opened) await ctx.answerCallbackQuery({ text: ctx.t('call-card-opened', opened), show_alert: true });
  const sent = await ctx.reply(text, { reply_markup: keyboard });
  // Edited like the outbox's cards when a colleague answers the call (walk s22 W22-13).
  await noteCallCard(taskId, sent.chat.id, sent.message_id);
}

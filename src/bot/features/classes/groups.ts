import { Composer } from 'grammy';
import { lessonsSaid } from '../../../domain/call-tasks.js';
import { findGroupFor, groupSummary, listParticipants, type GroupSummary } from '../../../domain/classes.js';
import type { ScheduleVars } from '../../../domain/lesson-pattern.js';
import { noShows } from '../../../domain/attendance.js';
import { groupRoom } from '../../../domain/place-words.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { pageLines, pageOf, wordsLeft, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, objectId, payloadCodec } from '../../menus/payload.js';
import { pageCounter, ViewMenu, type MenuContext } from '../../menus/view-menu.js';
import { namesakeMarks, withMark } from '../../menus/toggle-label.js';
import { NEW_CLASS } from '../../../../scenes/classes/new-class.js';
import { openLessons } from './attendance.js';
import { releaseSeatsButton } from '../partners/requests.js';
import { GROUPS_PER_PAGE, groupLabels, labelledGroups, type Labelled } from './group-labels.js';
import { putInGroup } from '../../../domain/staff-enrolment.js';
import { putInPickMenu } from './put-in.js';

// ---- /classes: every open group as one short button ("3. Основы, 1 декабря: 8 из 12"),
// the message naming each center once with its groups' numbers, paged; a group's
// button opens its details (schedule, place, roster, actions) in place. A line a
// group in the text as well would say everything twice and fit four groups in 60 words.

interface ClassListView { page: Page<Labelled> }

/** The header and a page counter as long as any ("Страница 10 из 12"): what the centers share the 60 words with. */
const listFrame = (ctx: BotContext) => `${ctx.t('cls-groups-header')}\n${ctx.t('page-counter', { page: 10, pages: 12 })}`;

/** The line naming a center and its groups on this page ("Белово, Центральная городская библиотека: группы 1–4"). */
const centerLine = (ctx: BotContext, center: string, from: number, to: number) => ctx.t('cls-groups-center', { center, from, to, count: to - from + 1 });

/** Ten groups a page, fewer when their centers' lines would pass 60 words (a coordinator's groups in many centers). */
const groupPaging = (ctx: BotContext): PagingOptions<Labelled> => ({
  line: () => '',
  // Counted as long as any range it can show ("группы 10–19").
  section: (g) => centerLine(ctx, g.labels.center, 10, 19),
  frame: listFrame(ctx).length + 64,
  perPage: GROUPS_PER_PAGE,
  words: wordsLeft(listFrame(ctx)),
});

/** Each center of the page once, with the numbers of its groups (the groups come sorted by center). */
function centerLines(ctx: BotContext, page: Page<Labelled>): string[] {
  const lines: string[] = [];
  let start = 0;
  page.items.forEach((g, i) => {
    const next = page.items[i + 1];
    if (next && next.labels.center === g.labels.center) return;
    lines.push(centerLine(ctx, g.labels.center, page.offset + start + 1, page.offset + i + 1));
    start = i + 1;
  });
  return lines;
}

async function loadClassList(ctx: BotContext, page: number): Promise<ClassListView | null> {
  // By center (each named once), soonest first within a center.
  const groups = (await labelledGroups(ctx)).sort((a, b) => a.labels.center.localeCompare(b.labels.center, ctx.locale));
  return groups.length === 0 ? null : { page: pageOf(groups, page, groupPaging(ctx)) };
}

export const classListMenu = new ViewMenu<ClassListView, { page: number }>({
  id: 'cl',
  guard: requireStaff(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (ctx, p) => loadClassList(ctx, p.page),
  goneKey: 'cls-groups-none',
  names: { people: () => [], reopen: '/classes', always: true },
  text: (ctx, v) => [ctx.t('cls-groups-header'), ...centerLines(ctx, v.page), pageCounter(ctx, v.page)].filter(Boolean).join('\n'),
  buttons: (b, v, ctx) => {
    for (const [i, g] of v.page.items.entries()) {
      const n = v.page.offset + i + 1;
      const label = ctx.t('cls-group-list-button', { ...g.labels, n, enrolled: g.enrolled, capacity: g.capacity });
      b.text(label, (pressed) => rosterMenu.show(pressed, { group: g.id, page: 0, list: v.page.index })).row();
    }
    b.pages(v.page, async (pressed, index) => {
      const next = await loadClassList(pressed, index);
      if (next) await classListMenu.edit(pressed, next);
    });
  },
});

// ---- A group's roster, paged (a 50-seat group with long names does not fit one message).

interface RosterView {
  summary: GroupSummary;
  labels: Labelled['labels'];
  room: string;
  /** The lessons as a pattern ("по понедельникам и средам в 10:00, 12 занятий, с 1 декабря"). */
  schedule: ScheduleVars;
  page: Page<RosterRow>;
  /** The /classes page to go back to. */
  list: number;
  /** A closed group for a partner's request (its free seats can be released to the general queue). */
  closed: boolean;
  /** A seat is free (or held by an offer) and a lesson is still to come: a librarian may put a person in (put-in.ts). */
  canPutIn: boolean;
}

type RosterRow = { citizenId: number; name: string; missed: number };

export const ROSTER_PER_PAGE = 25;

/** The roster's lines share a page's 60 words with the group's details and the page counter. */
const rosterPaging = (ctx: BotContext, frame: string): PagingOptions<RosterRow> => ({
  line: (p, i) => `${i + 1}. ${ctx.t('cls-roster-line', { name: p.name, missed: p.missed })}`,
  frame: frame.length + 64,
  perPage: ROSTER_PER_PAGE,
  words: wordsLeft(`${frame}\n${ctx.t('page-counter', { page: 10, pages: 12 })}`),
});

const rosterFrame = (ctx: BotContext, v: Pick<RosterView, 'labels' | 'room' | 'summary' | 'schedule'>, roster: string) =>
  ctx.t('cls-group-details', { ...v.schedule, ...v.labels, room: v.room, enrolled: v.summary.enrolled, capacity: v.summary.capacity, offered: v.summary.offered, roster });

async function loadRoster(ctx: BotContext, p: { group: string; page: number; list: number }): Promise<RosterView | null> {
  const group = await findGroupFor(ctx.role!, p.group);
  if (!group) return null;
  const [summary, participants, missed] = await Promise.all([groupSummary(p.group), listParticipants(p.group), noShows(p.group)]);
  if (!summary) return null;
  const labels = await groupLabels(ctx, summary);
  const schedule = await lessonsSaid(p.group, labels.timeZone, ctx.locale);
  const seat = (group.freeSeats ?? 0) > 0 || summary.offered > 0;
  const canPutIn = seat && Boolean(await putInGroup(ctx.role!, p.group, ctx.deps.now()));
  // The room as typed (Russian), in English words for an English reader, as citizens read it (walk s28 W28-23).
  const base = { summary, labels, schedule, room: groupRoom(group, ctx.locale), list: p.list, closed: Boolean(group.partnerId), canPutIn };
  // Namesakes carry their phone's end, or their line's number (probe31 M2).
  const marks = namesakeMarks(participants);
  const rows = participants.map((x, i) => ({ citizenId: x.citizenId, name: withMark(x.name, marks[i]!), missed: missed.get(x.citizenId) ?? 0 }));
  return { ...base, page: pageOf(rows, p.page, rosterPaging(ctx, rosterFrame(ctx, base, ''))) };
}

export const rosterMenu = new ViewMenu<RosterView, { group: string; page: number; list: number }>({
  id: 'ro',
  guard: requireStaff(),
  payload: payloadCodec({ group: objectId, page: count, list: count }),
  payloadOf: (v) => ({ group: v.summary.id, page: v.page.index, list: v.list }),
  load: loadRoster,
  names: { people: (v) => v.page.items.map((x) => x.citizenId), reopen: '/classes', always: true },
  text: (ctx, v) => {
    const lines = pageLines(v.page, rosterPaging(ctx, rosterFrame(ctx, v, '')));
    const roster = lines.length ? lines.join('\n') : ctx.t('cls-roster-empty');
    return [rosterFrame(ctx, v, roster), pageCounter(ctx, v.page)].filter(Boolean).join('\n');
  },
  buttons: (b, v, ctx) => {
    b.pages(v.page, async (pressed, index) => {
      const next = await loadRoster(pressed, { group: v.summary.id, page: index, list: v.list });
      if (next) await rosterMenu.edit(pressed, next);
    });
    if (v.canPutIn) b.text(ctx.t('cls-putin-button'), (pressed) => putInPickMenu.show(pressed, { group: v.summary.id, page: 0, list: v.list })).row();
    b.text(ctx.t('cls-attendance-button'), (pressed) => openLessons(pressed, v.summary.id)).row();
    if (v.closed) b.text(ctx.t('prt-release-button'), (pressed) => releaseConfirmMenu.edit(pressed, v)).row();
    b.text(ctx.t('btn-back'), async (pressed) => {
      const list = await loadClassList(pressed, v.list);
      if (list) await classListMenu.edit(pressed, list);
      else await pressed.editMessageText(pressed.t('cls-groups-none'));
    });
  },
});

/**
 * "Give free seats to the general queue?" before it is done (walk s20 #44: it acted at once and cannot be undone):
 * Yes gives them and shows the result as an alert over the roster; No goes back to the roster.
 */
export const releaseConfirmMenu = new ViewMenu<RosterView, { group: string; page: number; list: number }>({
  id: 'rr',
  guard: requireStaff(),
  payload: payloadCodec({ group: objectId, page: count, list: count }),
  payloadOf: (v) => ({ group: v.summary.id, page: v.page.index, list: v.list }),
  load: loadRoster,
  names: { people: () => [], reopen: '/classes', always: true },
  text: (ctx, v) =>
    ctx.t('prt-release-confirm', { ...v.labels, free: Math.max(0, v.summary.capacity - v.summary.enrolled - v.summary.offered) }),
  buttons: (b, v, ctx) => {
    const back = async (pressed: MenuContext) => {
      const next = await loadRoster(pressed, { group: v.summary.id, page: v.page.index, list: v.list });
      if (next) await rosterMenu.edit(pressed, next);
    };
    b.text(ctx.t('prt-release-yes'), async (pressed) => {
      const notice = await releaseSeatsButton(pressed, v.summary.id);
      await back(pressed);
      await pressed.answerCallbackQuery({ text: notice, show_alert: true }).catch(() => undefined);
    });
    b.text(ctx.t('btn-no'), back);
  },
});

/** /newclass and /classes (librarians and coordinators). */
export function groupsFeature() {
  const composer = new Composer<BotContext>();

  composer.command('newclass', requireStaff(), async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(NEW_CLASS);
  });

  composer.command('classes', requireStaff(), async (ctx) => {
    const view = await loadClassList(ctx, 0);
    if (!view) return void (await ctx.reply(ctx.t('cls-groups-none')));
    await classListMenu.send(ctx, view);
  });

  return composer;
}

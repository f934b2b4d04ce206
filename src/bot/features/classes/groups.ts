import { Composer } from 'grammy';
import { findGroupFor, groupSummary, listParticipants, type GroupSummary } from '../../../domain/classes.js';
import { noShows } from '../../../domain/attendance.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { pageLines, pageOf, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, objectId, payloadCodec } from '../../menus/payload.js';
import { pageCounter, ViewMenu } from '../../menus/view-menu.js';
import { NEW_CLASS } from '../../../../scenes/classes/new-class.js';
import { openLessons } from './attendance.js';
import { releaseSeatsButton } from '../partners/requests.js';
import { GROUPS_PER_PAGE, groupLabels, labelledGroups, type Labelled } from './group-labels.js';

// ---- /classes: every open group, paged; a group opens its roster in place.

interface ClassListView { page: Page<Labelled> }

const groupLine = (ctx: BotContext): PagingOptions<Labelled> => ({
  line: (g) => ctx.t('cls-group-line', { ...g.labels, enrolled: g.enrolled, capacity: g.capacity, offered: g.offered }),
  frame: ctx.t('cls-groups-header').length + 64,
  perPage: GROUPS_PER_PAGE,
});

async function loadClassList(ctx: BotContext, page: number): Promise<ClassListView | null> {
  const groups = await labelledGroups(ctx);
  return groups.length === 0 ? null : { page: pageOf(groups, page, groupLine(ctx)) };
}

export const classListMenu = new ViewMenu<ClassListView, { page: number }>({
  id: 'cl',
  guard: requireStaff(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (ctx, p) => loadClassList(ctx, p.page),
  goneKey: 'cls-groups-none',
  text: (ctx, v) => [ctx.t('cls-groups-header'), ...pageLines(v.page, groupLine(ctx)), pageCounter(ctx, v.page)].filter(Boolean).join('\n'),
  buttons: (b, v, ctx) => {
    for (const g of v.page.items) {
      b.text(ctx.t('cls-group-button', g.labels), (pressed) => rosterMenu.show(pressed, { group: g.id, page: 0, list: v.page.index })).row();
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
  page: Page<{ name: string; missed: number }>;
  /** The /classes page to go back to. */
  list: number;
  /** A closed group for a partner's request (its free seats can be released to the general queue). */
  closed: boolean;
}

export const ROSTER_PER_PAGE = 25;

const rosterPaging = (ctx: BotContext, frame: number): PagingOptions<{ name: string; missed: number }> => ({
  line: (p, i) => `${i + 1}. ${ctx.t('cls-roster-line', { name: p.name, missed: p.missed })}`,
  frame,
  perPage: ROSTER_PER_PAGE,
});

const rosterFrame = (ctx: BotContext, v: Pick<RosterView, 'labels' | 'room' | 'summary'>, roster: string) =>
  ctx.t('cls-group-details', { ...v.labels, room: v.room, enrolled: v.summary.enrolled, capacity: v.summary.capacity, offered: v.summary.offered, roster });

async function loadRoster(ctx: BotContext, p: { group: string; page: number; list: number }): Promise<RosterView | null> {
  const group = await findGroupFor(ctx.role!, p.group);
  if (!group) return null;
  const [summary, participants, missed] = await Promise.all([groupSummary(p.group), listParticipants(p.group), noShows(p.group)]);
  if (!summary) return null;
  const base = { summary, labels: await groupLabels(ctx, summary), room: group.room, list: p.list, closed: Boolean(group.partnerId) };
  const rows = participants.map((x) => ({ name: x.name, missed: missed.get(x.citizenId) ?? 0 }));
  return { ...base, page: pageOf(rows, p.page, rosterPaging(ctx, rosterFrame(ctx, base, '').length + 64)) };
}

export const rosterMenu = new ViewMenu<RosterView, { group: string; page: number; list: number }>({
  id: 'ro',
  guard: requireStaff(),
  payload: payloadCodec({ group: objectId, page: count, list: count }),
  payloadOf: (v) => ({ group: v.summary.id, page: v.page.index, list: v.list }),
  load: loadRoster,
  text: (ctx, v) => {
    const lines = pageLines(v.page, rosterPaging(ctx, rosterFrame(ctx, v, '').length + 64));
    const roster = lines.length ? lines.join('\n') : ctx.t('cls-roster-empty');
    return [rosterFrame(ctx, v, roster), pageCounter(ctx, v.page)].filter(Boolean).join('\n');
  },
  buttons: (b, v, ctx) => {
    b.pages(v.page, async (pressed, index) => {
      const next = await loadRoster(pressed, { group: v.summary.id, page: index, list: v.list });
      if (next) await rosterMenu.edit(pressed, next);
    });
    b.text(ctx.t('cls-attendance-button'), (pressed) => openLessons(pressed, v.summary.id)).row();
    if (v.closed) {
      b.text(ctx.t('prt-release-button'), async (pressed) => {
        const notice = await releaseSeatsButton(pressed, v.summary.id);
        const next = await loadRoster(pressed, { group: v.summary.id, page: v.page.index, list: v.list });
        if (next) await rosterMenu.edit(pressed, next);
        return notice;
      }).row();
    }
    b.text(ctx.t('btn-back'), async (pressed) => {
      const list = await loadClassList(pressed, v.list);
      if (list) await classListMenu.edit(pressed, list);
      else await pressed.editMessageText(pressed.t('cls-groups-none'));
    });
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

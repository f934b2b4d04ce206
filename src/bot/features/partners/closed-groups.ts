import { Composer } from 'grammy';
import { centerPlace } from '../../../domain/center-names.js';
import { listEveryCenter, listEveryCourse } from '../../../domain/catalog.js';
import { addedSeatData, enrollDirectly, findClosedGroup, groupForEntry, listCandidates, listClosedGroups, type Candidate, type ClosedGroupView } from '../../../domain/partners/closed-groups.js';
import { offerVars } from '../../../domain/offer-messages.js';
import { formatLessonTime, sayDate, toLocal } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { requireRepresentative } from '../../filters/partner-roles.js';
import { pageLines, pageOf, wordsLeft, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, objectId, payloadCodec } from '../../menus/payload.js';
import { pageCounter, ViewMenu } from '../../menus/view-menu.js';

/**
 * /groups for representatives: the closed groups opened for their partner's
 * requests, and "➕ <name>" to put one of their people without Telegram into
 * a group (they cannot answer a seat offer in the bot). The buttons carry the
 * group id only; the partner is the presser's own, read on every press.
 * Menu ids: pg (groups), pf (one group's free seats).
 */

const MAX_CANDIDATES = 20;

async function groupLabel(ctx: BotContext, g: ClosedGroupView): Promise<string> {
  const [courses, centers] = await Promise.all([listEveryCourse(), listEveryCenter()]);
  const center = centers.find((c) => c.id === g.centerId);
  const timeZone = center?.timeZone ?? ctx.deps.config.APP_TIMEZONE;
  const line = ctx.t('prt-group-line', {
    course: courses.find((c) => c.id === g.courseId)?.title[ctx.locale] ?? g.courseId,
    center: center ? centerPlace(center, ctx.locale) : g.centerId,
    start: g.firstLessonAt ? formatLessonTime(new Date(g.firstLessonAt), timeZone, ctx.locale) : '—',
    free: g.freeSeats,
    capacity: g.capacity,
  });
  // Who came to each lesson held, group by group, not person by person in /referrals (walk s22 W22-21).
  const held = g.marked.map((l) => ctx.t('group-lesson', { n: l.index, day: sayDate(toLocal(new Date(l.startsAt), timeZone), ctx.locale), came: l.came, of: l.of }));
  return [line, ...held].join('\n');
}

type Labelled = ClosedGroupView & { label: string };
interface GroupsView { partnerId: string; page: Page<Labelled> }

/** As many groups a page as fit 60 words with the header and a page counter (and ten buttons at most). */
const groupsPaging = (ctx: BotContext): PagingOptions<Labelled> => ({
  line: (g, i) => `${i + 1}. ${g.label}`,
  frame: ctx.t('prt-groups-header').length + 64,
  perPage: 10,
  separator: '\n\n',
  words: wordsLeft(`${ctx.t('prt-groups-header')}\n${ctx.t('page-counter', { page: 10, pages: 12 })}`),
});

async function loadGroups(ctx: BotContext, page = 0): Promise<GroupsView | null> {
  const partnerId = ctx.partnerRole?.partnerId;
  if (!partnerId) return null;
  const groups = await Promise.all((await listClosedGroups(partnerId)).map(async (g) => ({ ...g, label: await groupLabel(ctx, g) })));
  return { partnerId, page: pageOf(groups, page, groupsPaging(ctx)) };
}

export const closedGroupsMenu = new ViewMenu<GroupsView, { page: number }>({
  id: 'pg',
  guard: requireRepresentative(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (ctx, p) => loadGroups(ctx, p.page),
  goneKey: 'prt-not-yours',
  text: (ctx, v) =>
    v.page.items.length ? [ctx.t('prt-groups-header'), ...pageLines(v.page, groupsPaging(ctx)), pageCounter(ctx, v.page)].filter(Boolean).join('\n\n') : ctx.t('prt-groups-none'),
  buttons: (b, v, ctx) => {
    v.page.items.forEach((g, i) => b.text(ctx.t('prt-group-button', { n: v.page.offset + i + 1 }), (pressed) => fillMenu.show(pressed, { group: g.id })).row());
    b.pages(v.page, async (pressed, index) => {
      const next = await loadGroups(pressed, index);
      if (next) await closedGroupsMenu.edit(pressed, next);
    });
  },
});

interface FillView {
  partnerId: string; group: ClosedGroupView; label: string; candidates: Candidate[];
  /**
   * Just put into the group with ➕: said on the screen itself, not only in a toast (walk s22 W22-17), with the address
   * and room the representative tells the person (`where`: offerVars; walk38 L1); the group's line says the start.
   */
  enrolled?: { name: string; citizenId: number; where?: Record<string, string | number> };
}

/** Who can be put in now: anyone while a seat is free; one whose seat is held for them (offered) in any case. */
const pickableOf = (v: FillView) => v.candidates.filter((c) => c.held || v.group.freeSeats > 0);

async function loadFill(ctx: BotContext, groupId: string): Promise<FillView | null> {
  // The representative's own partner: another partner's group (a forged or replayed button) is not found.
  const partnerId = ctx.partnerRole?.partnerId;
  if (!partnerId) return null;
  const group = await findClosedGroup(partnerId, groupId);
  if (!group) return null;
  return { partnerId, group, label: await groupLabel(ctx, group), candidates: (await listCandidates(partnerId, group)).slice(0, MAX_CANDIDATES) };
}

export const fillMenu = new ViewMenu<FillView, { group: string }>({
  id: 'pf',
  guard: requireRepresentative(),
  payload: payloadCodec({ group: objectId }),
  payloadOf: (v) => ({ group: v.group.id }),
  load: (ctx, p) => loadFill(ctx, p.group),
  goneKey: 'prt-not-yours',
  names: { people: (v) => [...pickableOf(v).map((c) => c.citizenId), ...(v.enrolled ? [v.enrolled.citizenId] : [])], reopen: '/groups' },
  text: (ctx, v) =>
    [v.label, ...(v.enrolled ? [v.enrolled.where ? ctx.t('fill-enrolled-where', { ...v.enrolled.where, name: v.enrolled.name }) : ctx.t('prt-fill-enrolled', { name: v.enrolled.name })] : []), ctx.t(pickableOf(v).length ? 'prt-fill-pick' : v.group.freeSeats === 0 ? 'prt-fill-full' : 'prt-fill-none')].join('\n\n'),
  buttons: (b, v, ctx) => {
    for (const c of pickableOf(v)) {
      // A seat held for someone with a phone: the library is calling them (walk34 W34-17); putting them in still may be done.
      b.text(ctx.t(c.called ? 'fill-add-called' : c.held ? 'prt-fill-add-held' : 'prt-fill-add', { name: c.name }), async (pressed) => {
        const result = await enrollDirectly(pressed.from.id, v.partnerId, v.group.id, c.entryId, pressed.deps.now(), pressed.deps.offers);
        const next = await loadFill(pressed, v.group.id);
        const where = result === 'enrolled' ? await offerVars(v.group.id, pressed.locale, undefined, pressed.deps.now()) : {};
        if (next) await fillMenu.edit(pressed, { ...next, ...(result === 'enrolled' ? { enrolled: { name: c.name, citizenId: c.citizenId, where } } : {}) });
        return pressed.t(result === 'full' ? 'prt-fill-full-now' : `prt-fill-${result}`, { name: c.name });
      }).row();
    }
    b.text(ctx.t('btn-back'), async (pressed) => {
      const groups = await loadGroups(pressed);
      if (groups) await closedGroupsMenu.edit(pressed, groups);
    });
  },
});

export function closedGroupsFeature() {
  const composer = new Composer<BotContext>();
  composer.command('groups', requireRepresentative(), async (ctx) => {
    const view = await loadGroups(ctx);
    if (view) await closedGroupsMenu.send(ctx, view);
  });
  // "➕ Put into the group" under a representative's /add (walk s22 W22-16): the entry's own partner is the presser's.
  composer.callbackQuery(addedSeatData.only(), requireRepresentative(), async (ctx) => {
    const partnerId = ctx.partnerRole!.partnerId;
    const entryId = addedSeatData.read(ctx.match).id;
    const seat = await groupForEntry(partnerId, entryId);
    const result = seat ? await enrollDirectly(ctx.from.id, partnerId, seat.groupId, entryId, ctx.deps.now(), ctx.deps.offers) : 'gone';
    if (result !== 'enrolled') {
      await ctx.answerCallbackQuery({ text: ctx.t(result === 'full' ? 'prt-fill-full-now' : 'prt-fill-gone'), show_alert: true });
      // Put in already (by /groups), gone, or no seat: the button does nothing any more.
      return void (await ctx.editMessageReplyMarkup().catch(() => undefined));
    }
    await ctx.answerCallbackQuery();
    // The question's line gives way to what was done; the place in line above it stays as the record.
    const lines = (ctx.callbackQuery.message?.text ?? '').split('\n').slice(0, -1);
    // Where and when, which the representative tells the person (walk38: the lessons were said nowhere to them).
    const where = await offerVars(seat!.groupId, ctx.locale, undefined, ctx.deps.now());
    await ctx.editMessageText([...lines, ctx.t('add-put-in-done', where)].join('\n'), { reply_markup: { inline_keyboard: [] } });
  });
  composer.callbackQuery(addedSeatData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}

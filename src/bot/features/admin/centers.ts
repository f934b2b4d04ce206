import { Composer } from 'grammy';
import { centerCardData, centerCardText } from '../../../../scenes/admin/center-card.js';
import { CENTER_EDIT, type CenterEditArgs } from '../../../../scenes/admin/center-edit.js';
import { CENTER_HIDE_UNTIL } from '../../../../scenes/admin/center-hide.js';
import { centerPlace } from '../../../domain/center-names.js';
import { countWaitingInTown, tellTownOfNewCenter } from '../../../domain/center-opening.js';
import { countWaiting, getCenter, lacksEnglish, librariansOf, listAllCenters, setCenterActive, type AdminCenter } from '../../../domain/centers-admin.js';
import { sayReopening, type HideTerm } from '../../../domain/planned-reopening.js';
import type { BotContext } from '../../context.js';
import { requireCoordinator } from '../../filters/roles.js';
import { pageOf, type Page } from '../../menus/paging.js';
import { count, payloadCodec, slug } from '../../menus/payload.js';
import { pageCounter, ViewMenu } from '../../menus/view-menu.js';

/**
 * /centers for coordinators: every center (inactive ones marked), paged → a
 * card with Edit / Deactivate or Reactivate / Back, and "Add a center"
 * (scenes/admin/center-edit.ts), in one message edited in place. The role is
 * checked on the command and on every button (callback data can be forged).
 * Menu ids: cn (list), cc (card), ch (hide: for how long?).
 */

/** The 17 centers of the region fit one page; more page on. */
const CENTERS_PER_PAGE = 20;

interface ListView { page: Page<AdminCenter>; inactive: number; noEnglish: number; total: number }

async function loadList(page: number): Promise<ListView> {
  const centers = await listAllCenters();
  return {
    page: pageOf(centers, page, { line: () => '', frame: 0, perPage: CENTERS_PER_PAGE }),
    inactive: centers.filter((c) => !c.active).length,
    noEnglish: centers.filter(lacksEnglish).length,
    total: centers.length,
  };
}

/** ⏸ hidden from citizens, 🔤 no English name or hours yet (the list's text says what both mean). */
const marks = (c: AdminCenter) => `${c.active ? '' : '⏸ '}${lacksEnglish(c) ? '🔤 ' : ''}`;

export const centerListMenu = new ViewMenu<ListView, { page: number }>({
  id: 'cn',
  guard: requireCoordinator(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (_ctx, p) => loadList(p.page),
  text: (ctx, v) =>
    [ctx.t('adm-ctr-list', { total: v.total, inactive: v.inactive }), v.noEnglish > 0 ? ctx.t('adm-ctr-list-no-en', { count: v.noEnglish }) : '', pageCounter(ctx, v.page)]
      .filter(Boolean)
      .join('\n'),
  buttons: (b, v, ctx) => {
    for (const c of v.page.items) {
      b.text(`${marks(c)}${centerPlace(c, ctx.locale, ': ')}`, (pressed) => centerCardMenu.show(pressed, { center: c.id, page: v.page.index })).row();
    }
    b.pages(v.page, async (pressed, index) => centerListMenu.edit(pressed, await loadList(index)));
    b.text(ctx.t('adm-ctr-btn-add'), (pressed) => enterEdit(pressed, {}));
  },
});

interface CardView { center: AdminCenter; waiting: number; librarians: number; waitingInTown: number; page: number }

async function loadCard(id: string, page: number): Promise<CardView | null> {
  const center = await getCenter(id);
  if (!center) return null;
  const [waiting, librarians, waitingInTown] = await Promise.all([countWaiting(id), librariansOf(id), center.active ? countWaitingInTown(id) : 0]);
  return { center, waiting, librarians, waitingInTown, page };
}

/**
 * Deactivates or reactivates, then shows the card as it is now. The notice says what happened; a deactivation is an
 * alert, since it says how many waiting people were told to choose another center.
 */
async function setActive(ctx: BotContext, id: string, active: boolean, page: number, term: HideTerm = 'unknown'): Promise<void> {
  const changed = await setCenterActive(ctx.from!.id, id, active, ctx.deps.now(), term);
  const card = await loadCard(id, page);
  const until = card?.center.reopensOn;
  const key = !changed ? 'adm-ctr-unchanged' : active ? 'adm-ctr-reactivated' : until ? 'adm-ctr-deactivated-until' : 'adm-ctr-deactivated';
  await ctx.answerCallbackQuery({ text: ctx.t(key, { told: changed ? changed.told : 0, date: sayReopening(until, ctx.locale, ctx.deps.now()) }), show_alert: !!changed && !active });
  if (card) await centerCardMenu.edit(ctx, card);
}

/** A center's card and its "hide?" question: one view of one center, checked and loaded alike. */
const oneCenter = {
  guard: requireCoordinator(),
  payload: payloadCodec({ center: slug, page: count }),
  payloadOf: (v: CardView) => ({ center: v.center.id, page: v.page }),
  load: (_ctx: BotContext, p: { center: string; page: number }) => loadCard(p.center, p.page),
  goneKey: 'adm-ctr-not-found',
};

export const centerCardMenu = new ViewMenu<CardView, { center: string; page: number }>({
  id: 'cc',
  ...oneCenter,
  text: (ctx, v) => centerCardText(ctx, v.center, v.waiting, v.librarians, ctx.deps.now()),
  buttons: (b, v, ctx) => {
    b.text(ctx.t('adm-ctr-btn-edit'), (pressed) => enterEdit(pressed, { centerId: v.center.id })).row();
    b.text(ctx.t(v.center.active ? 'adm-ctr-btn-deactivate' : 'adm-ctr-btn-reactivate'), (pressed) => hideOrShow(pressed, v)).row();
    // People waiting at the town's other centers may prefer this one (a new center: walk s21 #16): told if the coordinator asks.
    if (v.waitingInTown > 0) b.text(ctx.t('adm-ctr-btn-announce', { count: v.waitingInTown }), (pressed) => centerAnnounceMenu.edit(pressed, v)).row();
    b.text(ctx.t('btn-back'), async (pressed) => centerListMenu.edit(pressed, await loadList(v.page)));
  },
});

export const centerAnnounceMenu = new ViewMenu<CardView, { center: string; page: number }>({
  id: 'ca',
  ...oneCenter,
  text: (ctx, v) => ctx.t('adm-ctr-announce-confirm', { center: centerPlace(v.center, ctx.locale, ': '), count: v.waitingInTown }),
  buttons: (b, v, ctx) => {
    b.text(ctx.t('adm-ctr-btn-announce-yes'), async (pressed) => {
      const told = await tellTownOfNewCenter(v.center.id, pressed.from.id, pressed.deps.now());
      await pressed.answerCallbackQuery({ text: ctx.t(told > 0 ? 'adm-ctr-announced' : 'adm-ctr-announced-before', { count: told }), show_alert: true });
      const card = await loadCard(v.center.id, v.page);
      if (card) await centerCardMenu.edit(pressed, card);
    }).row();
    b.text(ctx.t('btn-back'), (pressed) => centerCardMenu.edit(pressed, v));
  },
});

/**
 * Hiding is asked first: for how long (the day is told to the people waiting, and the coordinator is reminded
 * of it: planned-reopening.ts), and how many people will be messaged.
 */
async function hideOrShow(ctx: BotContext, v: CardView): Promise<void> {
  if (v.center.active) return centerHideMenu.edit(ctx, v);
  return setActive(ctx, v.center.id, true, v.page);
}

const HIDE_BUTTONS: Array<[HideTerm, string]> = [
  ['1w', 'adm-ctr-btn-hide-1w'],
  ['2w', 'adm-ctr-btn-hide-2w'],
  ['1m', 'adm-ctr-btn-hide-1m'],
  ['3m', 'adm-ctr-btn-hide-3m'],
  ['unknown', 'adm-ctr-btn-hide-yes'],
];

export const centerHideMenu = new ViewMenu<CardView, { center: string; page: number }>({
  id: 'ch',
  ...oneCenter,
  // What hiding leaves as it was (W29-15): the groups' lessons, which /change moves or cancels.
  text: (ctx, v) => [ctx.t('adm-ctr-hide-confirm', { center: centerPlace(v.center, ctx.locale, ': '), count: v.waiting }), ctx.t('adm-ctr-hide-lessons')].join('\n'),
  buttons: (b, v, ctx) => {
    for (const [term, key] of HIDE_BUTTONS) b.text(ctx.t(key), (pressed) => setActive(pressed, v.center.id, false, v.page, term)).row();
    // A closure of a few days, or to a known day: the day typed (W29-15).
    b.text(ctx.t('adm-ctr-btn-hide-date'), async (pressed) => {
      if (Object.keys(pressed.conversation.active()).length > 0) await pressed.conversation.exitAll();
      await pressed.conversation.enter(CENTER_HIDE_UNTIL, { centerId: v.center.id });
    }).row();
    b.text(ctx.t('btn-back'), (pressed) => centerCardMenu.edit(pressed, v));
  },
});

/** A conversation started from a button replaces whatever conversation was running. */
async function enterEdit(ctx: BotContext, args: CenterEditArgs) {
  if (Object.keys(ctx.conversation.active()).length > 0) await ctx.conversation.exitAll();
  await ctx.conversation.enter(CENTER_EDIT, args);
}

export function centersFeature() {
  const composer = new Composer<BotContext>();
  composer.command('centers', requireCoordinator(), async (ctx) => centerListMenu.send(ctx, await loadList(0)));

  /**
   * The card the add/edit conversation shows after saving is a plain keyboard
   * (centerCardData in scenes/admin/center-card.ts): its buttons lead into the
   * same actions and menus.
   */
  const legacy = composer.callbackQuery(centerCardData.any, requireCoordinator());
  legacy.callbackQuery(centerCardData.only('edit', 'off', 'on', 'c'), async (ctx) => {
    const { action, id } = centerCardData.read(ctx.match);
    if (action === 'edit') {
      await ctx.answerCallbackQuery();
      return enterEdit(ctx, { centerId: id });
    }
    if (action === 'c') {
      const card = await centerCardMenu.open(ctx, { center: id, page: 0 });
      if (!card) return;
      await ctx.answerCallbackQuery();
      return centerCardMenu.edit(ctx, card);
    }
    const card = action === 'off' ? await loadCard(id, 0) : null;
    if (card?.center.active) {
      await ctx.answerCallbackQuery();
      return centerHideMenu.edit(ctx, card);
    }
    await setActive(ctx, id, action === 'on', 0);
  });
  legacy.callbackQuery(centerCardData.only('list'), async (ctx) => {
    await ctx.answerCallbackQuery();
    await centerListMenu.edit(ctx, await loadList(0));
  });
  legacy.callbackQuery(centerCardData.only('add'), async (ctx) => {
    await ctx.answerCallbackQuery();
    await enterEdit(ctx, {});
  });
  legacy.use((ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}

import { Composer, InputFile } from 'grammy';
import { svgToPng } from '../../../charts/render.js';
import { statsChartSvg } from '../../../charts/svg.js';
import { audit } from '../../../domain/audit.js';
import { listEveryCenter, listStaffCenters, listEveryCourse, type Center } from '../../../domain/catalog.js';
import { canManageCenter, type Role } from '../../../domain/roles.js';
import { latestStats, type StatsReport, type StatsScope } from '../../../domain/stats.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { MESSAGE_LIMIT, pageOf, type Page } from '../../menus/paging.js';
import { count, payloadCodec, slug, type Field } from '../../menus/payload.js';
import { ViewMenu } from '../../menus/view-menu.js';
import { showPartnerStats } from '../partners/partner-stats.js';
import { centerLabel, statsBody, statsChartInput, statsPaging, statsRows, statsSummary, statsText, type StatsRow } from './stats-view.js';

/**
 * /stats for staff: coordinators see every center, librarians theirs, as a
 * table (paged when the region outgrows one message) and a chart; "Choose a
 * center" lists the centers the role may see (paged) and sends one center's
 * numbers. Menu ids: st (the numbers), sp (the center picker).
 */

/** Everything the role may see (no center), or one center of it (undefined: not allowed). */
function scopeFor(role: Role, centerId: string | undefined): StatsScope | undefined {
  if (centerId === undefined) return role.kind === 'coordinator' ? {} : { centerIds: role.centerIds };
  return canManageCenter(role, centerId) ? { centerIds: [centerId] } : undefined;
}

/** What a stats message shows: every center (with the table page), or one center. */
type Shown = { center?: string; page: number };
/** "~<page>" for every center, the center's id for one (a center's own table always fits one page). */
const shownField: Field<Shown> = {
  encode: (v) => v.center ?? `~${count.encode(v.page)}`,
  decode: (s) => {
    if (s.startsWith('~')) {
      const page = count.decode(s.slice(1));
      return page === undefined ? undefined : { page };
    }
    const center = slug.decode(s);
    return center === undefined ? undefined : { center, page: 0 };
  },
};

interface StatsView {
  shown: Shown;
  report: StatsReport;
  scopeName: string;
  rows: Page<StatsRow>;
  summary: string;
  visible: Center[];
}

async function loadStats(ctx: BotContext, shown: Shown): Promise<StatsView | null> {
  const role = ctx.role!;
  const scope = scopeFor(role, shown.center);
  if (!scope) return null;
  // Every center, hidden ones too: people still waiting at a hidden center are counted under its name, not its id.
  const [report, centers, courses] = await Promise.all([latestStats(scope, ctx.deps.now(), ctx.deps.config.APP_TIMEZONE), listEveryCenter(), listEveryCourse()]);
  // A center that does not exist (a forged or very old payload) is "not found", not "Statistics: <id>" with zeros.
  if (shown.center !== undefined && !centers.some((c) => c.id === shown.center)) return null;
  const scopeName = shown.center === undefined ? ctx.t(role.kind === 'coordinator' ? 'adm-stats-scope-all' : 'adm-stats-scope-mine') : centerLabel(centers, shown.center, ctx.locale);
  const input = { scopeName, timeZone: ctx.deps.config.APP_TIMEZONE, centers, courses, now: ctx.deps.now() };
  const summary = statsSummary(ctx, report, input);
  // The frame is the page without its rows: title, the tables' tags, the page counter, and on the first page the totals.
  const counter = ctx.t('page-counter', { page: 99, pages: 99 });
  const tags = '<pre></pre>\n\n<pre></pre>\n\n';
  const firstFrame = statsText(ctx, scopeName, tags, summary, counter);
  // One message (walk s22 W22-28): the centers named in full, the totals with their plain glosses and the year's
  // numbers do not fit 60 words, and a page of one center under the totals read worse than the whole; pages only
  // where the region outgrows Telegram's 4,096 characters.
  const rows = pageOf(statsRows(ctx, report, input), shown.page, { ...statsPaging, frame: firstFrame.length, perPage: 200, limit: MESSAGE_LIMIT });
  return { shown: { ...shown, page: rows.index }, report, scopeName, rows, summary, visible: centers.filter((c) => canManageCenter(role, c.id)) };
}

/** A page of the tables; the totals once, on the first page (the same lines on every page read as more numbers). */
const pageText = (ctx: BotContext, v: StatsView) =>
  statsText(
    ctx,
    v.scopeName,
    statsBody(v.rows.items),
    v.rows.index === 0 ? v.summary : '',
    v.rows.count > 1 ? ctx.t('page-counter', { page: v.rows.index + 1, pages: v.rows.count }) : '',
  );

export const statsMenu = new ViewMenu<StatsView, { shown: Shown }>({
  id: 'st',
  guard: requireStaff(),
  payload: payloadCodec({ shown: shownField }),
  payloadOf: (v) => ({ shown: v.shown }),
  load: (ctx, p) => loadStats(ctx, p.shown),
  // Another's center, or none: "not found, or not yours" (the person is staff: the guard passed).
  goneKey: 'cls-not-found',
  text: pageText,
  html: true,
  buttons: (b, v, ctx) => {
    b.pages(v.rows, async (pressed, index) => {
      const next = await loadStats(pressed, { ...v.shown, page: index });
      if (next) await statsMenu.edit(pressed, next);
    });
    // Coordinators also see what became of each partner organization's referrals.
    if (ctx.role?.kind === 'coordinator') b.text(ctx.t('prt-stats-btn'), (pressed) => showPartnerStats(pressed)).row();
    // What the numbers mean, for a first-time reader (walk s21 W21-17), in place of the numbers; Back returns to them.
    b.text(ctx.t('adm-stats-btn-explain'), (pressed) => explainMenu.show(pressed, { shown: v.shown })).row();
    if (v.visible.length <= 1) return;
    if (v.shown.center !== undefined) b.text(ctx.t('adm-stats-btn-all'), (pressed) => sendStats(pressed, undefined)).row();
    b.text(ctx.t('adm-stats-btn-centers'), (pressed) => pickerMenu.show(pressed, { page: 0 }));
  },
});

export const explainMenu = new ViewMenu<{ shown: Shown }, { shown: Shown }>({
  id: 'sx',
  guard: requireStaff(),
  payload: payloadCodec({ shown: shownField }),
  payloadOf: (v) => v,
  load: (_ctx, p) => Promise.resolve(p),
  text: (ctx) => ctx.t('adm-stats-explain'),
  buttons: (b, v, ctx) => {
    b.text(ctx.t('btn-back'), async (pressed) => {
      const view = await loadStats(pressed, v.shown);
      if (view) await statsMenu.edit(pressed, view);
    });
  },
});

/** Every center's numbers again in the pressed message (Back from the partners' breakdown). */
export async function showStatsAgain(ctx: BotContext): Promise<void> {
  const view = await loadStats(ctx, { page: 0 });
  if (view) await statsMenu.edit(ctx, view);
}

interface PickerView { centers: Page<Center>; all: Center[] }

export const pickerMenu = new ViewMenu<PickerView, { page: number }>({
  id: 'sp',
  guard: requireStaff(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.centers.index }),
  load: async (ctx, p) => {
    // Hidden centers too (W29-16): their groups still meet and their people still wait.
    const visible = (await listStaffCenters()).filter((c) => canManageCenter(ctx.role!, c.id));
    return { centers: pageOf(visible, p.page, { line: () => '', frame: 0, perPage: 20 }), all: visible };
  },
  // No text: the picker only replaces the buttons of a stats message.
  buttons: (b, v, ctx) => {
    for (const center of v.centers.items) b.text(centerLabel(v.all, center.id, ctx.locale), (pressed) => sendStats(pressed, center.id)).row();
    b.pages(v.centers, (pressed, index) => pickerMenu.show(pressed, { page: index }));
    b.text(ctx.t('adm-stats-btn-all'), (pressed) => sendStats(pressed, undefined));
  },
});

/** A new stats message (table and chart) for every center the role sees, or one center. */
async function sendStats(ctx: BotContext, centerId: string | undefined): Promise<void> {
  const view = await loadStats(ctx, { ...(centerId === undefined ? {} : { center: centerId }), page: 0 });
  if (!view) {
    await ctx.reply(ctx.t('cls-not-found'));
    return;
  }
  await statsMenu.send(ctx, view);
  const png = await svgToPng(statsChartSvg(statsChartInput(ctx, view.report, await listEveryCenter())));
  await ctx.replyWithPhoto(new InputFile(png, 'stats.png'));
  await audit({ actorId: ctx.from!.id, action: 'stats.view', target: centerId === undefined ? 'center:all' : `center:${centerId}` }, ctx.deps.now());
}

export function statsFeature() {
  const composer = new Composer<BotContext>();
  composer.command('stats', requireStaff(), (ctx) => sendStats(ctx, undefined));
  return composer;
}

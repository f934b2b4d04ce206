import { audit } from '../../../domain/audit.js';
import { PARTNER_STATS_PERIODS, partnerStats, type PartnerStatsRow } from '../../../domain/partners/partner-stats.js';
import type { BotContext } from '../../context.js';
import { requireCoordinator } from '../../filters/roles.js';
import { pageLines, pageOf, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, payloadCodec } from '../../menus/payload.js';
import { pageCounter, ViewMenu } from '../../menus/view-menu.js';
import { showStatsAgain } from '../admin/stats.js';

/**
 * The partner breakdown for coordinators, opened from /stats: per partner,
 * referred, given a seat (and of them, who gave it back), completed and the no-show rate in the chosen period
 * (30 / 90 / 365 days, all time). Menu id: ps.
 */

interface PartnerStatsView { period: number; page: Page<PartnerStatsRow> }

const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${Math.round(rate * 100)}%`);

const paging = (ctx: BotContext): PagingOptions<PartnerStatsRow> => ({
  line: (r) =>
    ctx.t('prt-stats-line', {
      name: `${r.active ? '' : '⏸ '}${r.name}`, referred: r.referred, enrolled: r.enrolled, gaveBack: r.gaveBack, completed: r.completed, noShow: percent(r.noShowRate), absent: r.absent, expected: r.expected,
    }),
  frame: 300,
  perPage: 10,
  separator: '\n\n',
});

async function loadPartnerStats(ctx: BotContext, period: number, page: number): Promise<PartnerStatsView | null> {
  const days = PARTNER_STATS_PERIODS[period];
  if (days === undefined) return null;
  return { period, page: pageOf(await partnerStats(days, ctx.deps.now()), page, paging(ctx)) };
}

const periodLabel = (ctx: BotContext, period: number) => ctx.t('prt-stats-period', { days: PARTNER_STATS_PERIODS[period] ?? 0 });

export const partnerStatsMenu = new ViewMenu<PartnerStatsView, { period: number; page: number }>({
  id: 'ps',
  guard: requireCoordinator(),
  payload: payloadCodec({ period: count, page: count }),
  payloadOf: (v) => ({ period: v.period, page: v.page.index }),
  load: (ctx, p) => loadPartnerStats(ctx, p.period, p.page),
  text: (ctx, v) =>
    [
      ctx.t('prt-stats-title', { period: periodLabel(ctx, v.period) }),
      v.page.items.length ? pageLines(v.page, paging(ctx)).join('\n\n') : ctx.t('prt-list-none'),
      pageCounter(ctx, v.page),
    ].filter(Boolean).join('\n\n'),
  buttons: (b, v, ctx) => {
    PARTNER_STATS_PERIODS.forEach((_, i) => {
      const label = periodLabel(ctx, i);
      // The chosen period in words, as the other pickers say it (walk31 W31-14: a «✓» alone is read out as «галочка»).
      b.text(i === v.period ? ctx.t('ticked', { label }) : label, async (pressed) => {
        const next = await loadPartnerStats(pressed, i, 0);
        if (next) await partnerStatsMenu.edit(pressed, next);
      });
      if (i % 2 === 1) b.row();
    });
    b.pages(v.page, async (pressed, index) => {
      const next = await loadPartnerStats(pressed, v.period, index);
      if (next) await partnerStatsMenu.edit(pressed, next);
    });
    b.row().text(ctx.t('btn-back'), (pressed) => showStatsAgain(pressed));
  },
});

/**
 * The breakdown for the last 30 days in place of the /stats numbers (a button under them), Back returning to them
 * (walk31 W31-14); coordinators only (the stats menu's button checks, and so does this menu).
 */
export async function showPartnerStats(ctx: BotContext): Promise<void> {
  if (ctx.role?.kind !== 'coordinator') return void (await ctx.reply(ctx.t('not-allowed-coordinator')));
  const view = await loadPartnerStats(ctx, 0, 0);
  if (view) await partnerStatsMenu.edit(ctx, view);
  await audit({ actorId: ctx.from!.id, action: 'stats.partners-view', target: 'partner:all' }, ctx.deps.now());
}

import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { svgToPng } from '../../../charts/render.js';
import { statsChartSvg } from '../../../charts/svg.js';
import { audit } from '../../../domain/audit.js';
import { listCenters, listCourses } from '../../../domain/catalog.js';
import { canManageCenter, type Role } from '../../../domain/roles.js';
import { latestStats, type StatsScope } from '../../../domain/stats.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { centerLabel, statsChartInput, statsText } from './stats-view.js';

const ALL = 'all';

/** Everything the role may see, or one center of it. */
function scopeFor(role: Role, centerId: string): StatsScope | undefined {
  if (centerId === ALL) return role.kind === 'coordinator' ? {} : { centerIds: role.centerIds };
  return canManageCenter(role, centerId) ? { centerIds: [centerId] } : undefined;
}

async function showStats(ctx: BotContext, centerId: string): Promise<void> {
  const role = ctx.role!;
  const scope = scopeFor(role, centerId);
  if (!scope) {
    await ctx.reply(ctx.t('not-allowed'));
    return;
  }
  const now = ctx.deps.now();
  const [report, centers, courses] = await Promise.all([latestStats(scope, now), listCenters(), listCourses()]);
  const visible = centers.filter((c) => canManageCenter(role, c.id));
  const scopeName = centerId === ALL ? ctx.t(role.kind === 'coordinator' ? 'adm-stats-scope-all' : 'adm-stats-scope-mine') : centerLabel(centers, centerId);

  // Narrow to one center (or back to all) with a tap.
  const keyboard = new InlineKeyboard();
  if (visible.length > 1) {
    if (centerId !== ALL) keyboard.text(ctx.t('adm-stats-btn-all'), `st:${ALL}`).row();
    for (const center of visible.filter((c) => c.id !== centerId)) keyboard.text(centerLabel(centers, center.id), `st:c:${center.id}`).row();
  }
  await ctx.reply(statsText(ctx, report, { scopeName, timeZone: ctx.deps.config.APP_TIMEZONE, centers, courses }), {
    parse_mode: 'HTML',
    ...(keyboard.inline_keyboard.length > 0 ? { reply_markup: keyboard } : {}),
  });
  const png = svgToPng(statsChartSvg(statsChartInput(ctx, report, centers)));
  await ctx.replyWithPhoto(new InputFile(png, 'stats.png'));
  await audit({ actorId: ctx.from!.id, action: 'stats.view', target: centerId === ALL ? 'center:all' : `center:${centerId}` }, now);
}

/** /stats for staff: coordinators see every center, librarians theirs; a button narrows to one center. */
export function statsFeature() {
  const composer = new Composer<BotContext>();
  composer.command('stats', requireStaff(), (ctx) => showStats(ctx, ALL));
  composer.callbackQuery(/^st:(?:all|c:([\w-]{1,60}))$/, requireStaff(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await showStats(ctx, ctx.match[1] ?? ALL);
  });
  return composer;
}

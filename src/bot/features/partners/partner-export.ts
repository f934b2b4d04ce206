import { InputFile } from 'grammy';
import { audit } from '../../../domain/audit.js';
import { toCsv } from '../../../domain/csv.js';
import { buildPartnerExport, type PartnerExportRow } from '../../../domain/partners/partner-export.js';
import type { BotContext } from '../../context.js';

const COLUMNS = ['partner', 'kind', 'name', 'phone', 'course', 'center', 'status', 'position', 'attended', 'joined-at'];

/** "2 of 3" lessons; "no lessons yet" for a group that has not met, rather than a puzzling "0 of 0"; empty while in line. */
function attendance(ctx: BotContext, r: PartnerExportRow): string {
  if (r.marked > 0) return ctx.t('prt-exp-attended', { attended: r.attended, marked: r.marked });
  return r.status === 'enrolled' || r.status === 'completed' ? ctx.t('prt-exp-attended-none') : '';
}

/** The third file of /export (coordinators; the command's guard checked the role): every partner's referrals. Nothing when there are none. */
export async function sendPartnerExport(ctx: BotContext, day: string): Promise<void> {
  const rows = await buildPartnerExport(ctx.locale === 'en' ? 'en' : 'ru');
  if (rows.length === 0) return;
  const csv = toCsv(
    COLUMNS.map((c) => ctx.t(`prt-exp-col-${c}`)),
    rows.map((r) => [
      r.partner, ctx.t(`prt-kind-${r.kind}`), r.name, r.phone, r.course, r.center, ctx.t(`adm-exp-status-${r.status}`), r.position,
      attendance(ctx, r), r.joinedAt,
    ]),
  );
  await ctx.replyWithDocument(new InputFile(csv, `partners-${day}.csv`), { caption: ctx.t('prt-exp-caption', { count: rows.length }) });
  await audit({ actorId: ctx.from!.id, action: 'export.partners', target: 'partner:all', details: { rows: rows.length } }, ctx.deps.now());
}

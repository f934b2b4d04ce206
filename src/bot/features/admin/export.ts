import { Composer, InputFile } from 'grammy';
import { audit } from '../../../domain/audit.js';
import { buildExport, toCsv, type Person } from '../../../domain/export.js';
import { isoDate, localToday } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { centerScope } from '../../../domain/roles.js';
import { requireStaff } from '../../filters/roles.js';
import { sendPartnerExport } from '../partners/partner-export.js';

const WAITLIST_COLUMNS = ['center', 'course', 'status', 'joined-at', 'position', 'time', 'name', 'phone', 'telegram', 'notes'];
// The note typed beside the phone («(внук Дима)») in both: the one to call about a seat may be someone else (walk36 L9).
const ENROLLMENT_COLUMNS = ['group', 'course', 'center', 'enrolled-at', 'status', 'completed-at', 'name', 'phone', 'telegram', 'notes'];

/**
 * /export: the waiting list and the enrollments as two CSV documents (headers
 * and statuses in the reader's language, times on the center's clock). A
 * coordinator gets every center and a third file of partners' referrals; a
 * librarian gets her own centers, the list she keeps at the desk.
 * Personal data goes only into the files, never into logs or the audit.
 */
async function sendExport(ctx: BotContext) {
  const now = ctx.deps.now();
  const role = ctx.role!;
  const { waitlist, enrollments } = await buildExport(ctx.locale === 'en' ? 'en' : 'ru', centerScope(role));
  const header = (columns: string[]) => columns.map((c) => ctx.t(`adm-exp-col-${c}`));
  const status = (s: string) => ctx.t(`adm-exp-status-${s}`);
  const day = isoDate(localToday(now, ctx.deps.config.APP_TIMEZONE));
  // Whom the bot cannot write to, so whom to phone (walk s21 #21); empty for a forgotten person.
  const telegram = (r: Person) => (r.telegram ? ctx.t(`adm-exp-telegram-${r.telegram}`) : '');

  const waitlistCsv = toCsv(
    header(WAITLIST_COLUMNS),
    waitlist.map((r) => [r.center, r.course, status(r.status), r.joinedAt, r.position, ctx.t(`time-${r.timeOfDay}`), r.name, r.phone, telegram(r), r.notes]),
  );
  const enrollmentsCsv = toCsv(
    header(ENROLLMENT_COLUMNS),
    enrollments.map((r) => [r.group, r.course, r.center, r.enrolledAt, status(r.status), r.completedAt, r.name, r.phone, telegram(r), r.notes]),
  );
  await ctx.replyWithDocument(new InputFile(waitlistCsv, `waitlist-${day}.csv`), {
    caption: ctx.t('adm-exp-waitlist-caption', { count: waitlist.length }),
  });
  await ctx.replyWithDocument(new InputFile(enrollmentsCsv, `enrollments-${day}.csv`), {
    caption: ctx.t('adm-exp-enrollments-caption', { count: enrollments.length }),
  });
  if (role.kind === 'coordinator') await sendPartnerExport(ctx, day);
  await audit(
    { actorId: ctx.from!.id, action: 'export', target: role.kind === 'coordinator' ? 'waitlist+enrollments' : `centers:${role.centerIds.join(',')}`, details: { waitlistRows: waitlist.length, enrollmentRows: enrollments.length } },
    now,
  );
}

export function exportFeature() {
  const composer = new Composer<BotContext>();
  composer.command('export', requireStaff(), sendExport);
  return composer;
}

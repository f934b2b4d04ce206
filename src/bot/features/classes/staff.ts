import { Composer, InlineKeyboard } from 'grammy';
import { listCenters } from '../../../domain/catalog.js';
import { listLibrarians, listOpenInvites, redeemInvite, revokeLibrarian, withdrawInvite } from '../../../domain/staff.js';
import { formatLessonTime } from '../../../domain/time.js';
import { setCommandsFor } from '../../commands.js';
import type { BotContext } from '../../context.js';
import type { Translator } from '../../i18n.js';
import { requireCoordinator } from '../../filters/roles.js';
import { ADD_STAFF } from '../../../../scenes/classes/add-staff.js';

export async function centerNames(ids: string[]): Promise<string> {
  const centers = await listCenters();
  return ids.map((id) => { const c = centers.find((x) => x.id === id); return c ? `${c.town}, ${c.name}` : id; }).join('; ');
}

const nameOf = (s: { id: number; displayName?: string }) => s.displayName ?? String(s.id);

/** /staff for coordinators: librarians with their centers, add, revoke; and staff invite links. */
export function staffFeature(i18n: Translator) {
  const composer = new Composer<BotContext>();

  async function showStaff(ctx: BotContext) {
    const [staff, invites] = await Promise.all([listLibrarians(), listOpenInvites(ctx.deps.now())]);
    const lines = await Promise.all(staff.map(async (s) => ctx.t('cls-staff-line', { name: nameOf(s), id: String(s.id), centers: await centerNames(s.centerIds) })));
    const keyboard = new InlineKeyboard().text(ctx.t('cls-staff-add'), 'stf:add');
    for (const s of staff) keyboard.row().text(ctx.t('cls-staff-revoke', { name: nameOf(s) }), `stf:rv:${s.id}`);
    // Links sent but not opened yet: each can be withdrawn (sent to the wrong person, say).
    if (invites.length) lines.push('', ctx.t('cls-staff-invites-header'));
    for (const [i, invite] of invites.entries()) {
      const until = formatLessonTime(invite.expiresAt, ctx.deps.config.APP_TIMEZONE, ctx.locale);
      lines.push(ctx.t('cls-staff-invite-line', { n: i + 1, centers: await centerNames(invite.centerIds), until }));
      keyboard.row().text(ctx.t('cls-staff-invite-withdraw', { n: i + 1 }), `stf:iw:${invite.code}`);
    }
    await ctx.reply([ctx.t(staff.length ? 'cls-staff-header' : 'cls-staff-none'), ...lines].join('\n'), { reply_markup: keyboard });
  }

  composer.command('staff', requireCoordinator(), showStaff);

  composer.callbackQuery('stf:add', requireCoordinator(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(ADD_STAFF);
  });

  composer.callbackQuery(/^stf:rv:(\d{1,15})$/, requireCoordinator(), async (ctx) => {
    const id = ctx.match[1]!;
    await ctx.answerCallbackQuery();
    const staff = (await listLibrarians()).find((s) => String(s.id) === id);
    if (!staff) return void (await ctx.reply(ctx.t('cls-staff-revoke-none')));
    await ctx.reply(ctx.t('cls-staff-revoke-confirm', { name: nameOf(staff) }), {
      reply_markup: new InlineKeyboard().text(ctx.t('btn-yes'), `stf:rvy:${id}`).text(ctx.t('btn-no'), 'stf:keep'),
    });
  });

  composer.callbackQuery(/^stf:rvy:(\d{1,15})$/, requireCoordinator(), async (ctx) => {
    const id = Number(ctx.match[1]);
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    const staff = (await listLibrarians()).find((s) => s.id === id);
    const done = await revokeLibrarian(ctx.from.id, id, ctx.deps.now());
    ctx.log.info({ actor_id: ctx.from.id, user_id: id, done }, 'staff revoke');
    if (done) await setCommandsFor(ctx.api, i18n, 'citizen', id).catch(() => undefined);
    await ctx.reply(done ? ctx.t('cls-staff-revoked', { name: staff ? nameOf(staff) : String(id) }) : ctx.t('cls-staff-revoke-none'));
  });

  composer.callbackQuery(/^stf:iw:([\w-]{4,32})$/, requireCoordinator(), async (ctx) => {
    const withdrawn = await withdrawInvite(ctx.from.id, ctx.match[1]!, ctx.deps.now());
    ctx.log.info({ actor_id: ctx.from.id, done: withdrawn }, 'staff invite withdraw');
    await ctx.answerCallbackQuery({ text: ctx.t(withdrawn ? 'cls-staff-invite-withdrawn' : 'cls-staff-invite-gone'), show_alert: true });
    if (withdrawn) await ctx.editMessageReplyMarkup().catch(() => undefined);
  });

  composer.callbackQuery('stf:keep', requireCoordinator(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
  });

  // t.me/<bot>?start=staff-<code>: start.ts passes these on.
  composer.command('start', async (ctx, next) => {
    if (!ctx.match.startsWith('staff-')) return next();
    await ctx.conversation.exitAll();
    const name = [ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(' ');
    const result = await redeemInvite(ctx.match.slice('staff-'.length), ctx.from!.id, name, ctx.deps.now());
    ctx.log.info({ user_id: ctx.from?.id, ok: result.ok }, 'staff invite opened');
    if (result.ok) {
      await setCommandsFor(ctx.api, i18n, 'librarian', ctx.from!.id).catch(() => undefined);
      await ctx.reply(ctx.t('cls-staff-welcome', { centers: await centerNames(result.centerIds) }));
    }
    else await ctx.reply(ctx.t(`cls-invite-${result.reason}`));
  });

  return composer;
}

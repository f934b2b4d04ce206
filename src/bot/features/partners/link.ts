import { Composer, InputFile } from 'grammy';
import { audit } from '../../../domain/audit.js';
import { getPartner } from '../../../domain/partners/partners.js';
import { referralCodeOf, referralLink, replaceReferralCode } from '../../../domain/partners/referral-code.js';
import { referralQrPng } from '../../../domain/partners/referral-qr.js';
import type { BotContext } from '../../context.js';
import { canActFor, requirePartnerAccess, requireRepresentative } from '../../filters/partner-roles.js';
import { count, objectId, payloadCodec } from '../../menus/payload.js';
import { closeWithText, ViewMenu } from '../../menus/view-menu.js';

/**
 * A partner's referral link with its QR code (/link for representatives, the
 * partner card for coordinators), and "Replace the link" with a confirmation:
 * printed codes stop working, so it is never one tap. Menu id: rl.
 */

interface LinkView { partnerId: string; partnerName: string; link: string; confirm: boolean }

async function loadLink(ctx: BotContext, partnerId: string, confirm: boolean): Promise<LinkView | null> {
  // Callback data can be forged: a representative acts for their own partner only.
  if (!canActFor(ctx, partnerId)) return null;
  const partner = await getPartner(partnerId);
  if (!partner?.active) return null;
  const code = await referralCodeOf(ctx.from!.id, partnerId, ctx.deps.now());
  return code ? { partnerId, partnerName: partner.name, link: referralLink(ctx.me.username, code), confirm } : null;
}

export const linkMenu = new ViewMenu<LinkView, { partner: string; confirm: number }>({
  id: 'rl',
  guard: requirePartnerAccess(),
  payload: payloadCodec({ partner: objectId, confirm: count }),
  payloadOf: (v) => ({ partner: v.partnerId, confirm: v.confirm ? 1 : 0 }),
  load: (ctx, p) => loadLink(ctx, p.partner, p.confirm === 1),
  goneKey: 'prt-not-yours',
  text: (ctx, v) => ctx.t(v.confirm ? 'prt-link-replace-confirm' : 'prt-link-text', { partner: v.partnerName, link: v.link }),
  buttons: (b, v, ctx) => {
    if (!v.confirm) {
      b.text(ctx.t('prt-link-replace'), (pressed) => linkMenu.edit(pressed, { ...v, confirm: true }));
      return;
    }
    b.text(ctx.t('prt-link-replace-yes'), async (pressed) => {
      const code = await replaceReferralCode(pressed.from.id, v.partnerId, pressed.deps.now());
      pressed.log.info({ actor_id: pressed.from.id, done: code !== undefined }, 'partner link replace');
      if (!code) return void (await closeWithText(pressed, pressed.t('prt-not-found')));
      await closeWithText(pressed, pressed.t('prt-link-replaced'));
      await sendReferralLink(pressed, v.partnerId);
    });
    b.text(ctx.t('btn-no'), (pressed) => linkMenu.edit(pressed, { ...v, confirm: false }));
  },
});

/** The QR code (its caption is the link, to copy) and the link's menu. */
export async function sendReferralLink(ctx: BotContext, partnerId: string): Promise<void> {
  const view = await loadLink(ctx, partnerId, false);
  if (!view) return void (await ctx.reply(ctx.t('prt-not-found')));
  await ctx.replyWithPhoto(new InputFile(await referralQrPng(view.link), 'referral-qr.png'), { caption: view.link });
  await linkMenu.send(ctx, view);
  await audit({ actorId: ctx.from!.id, action: 'partner.link-send', target: `partner:${partnerId}` }, ctx.deps.now());
}

/** /link: a representative's own partner's link. */
export function linkFeature() {
  const composer = new Composer<BotContext>();
  composer.command('link', requireRepresentative(), (ctx) => sendReferralLink(ctx, ctx.partnerRole!.partnerId));
  return composer;
}

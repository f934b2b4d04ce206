import { Composer } from 'grammy';
import { PARTNER_EDIT, partnerAddedData, partnerDetails, type PartnerEditArgs } from '../../../../scenes/partners/partner-edit.js';
import { getPartner, listPartners, setPartnerActive, type PartnerView } from '../../../domain/partners/partners.js';
import {
  createPartnerInvite, listOpenPartnerInvites, listRepresentatives, redeemPartnerInvite, removeRepresentative, withdrawPartnerInvite,
  type OpenPartnerInvite, type RepresentativeView,
} from '../../../domain/partners/representatives.js';
import { formatLessonTime } from '../../../domain/time.js';
import { setCommandsFor } from '../../commands.js';
import type { BotContext } from '../../context.js';
import { ourLocale, type Translator } from '../../i18n.js';
import { requireCoordinator } from '../../filters/roles.js';
import { replyInviteRefused } from '../invite-refused.js';
import { pageOf, type Page } from '../../menus/paging.js';
import { count, objectId, payloadCodec, userId } from '../../menus/payload.js';
import { closeWithText, pageCounter, ViewMenu } from '../../menus/view-menu.js';
import { centerNames } from '../classes/staff.js';
import { sendReferralLink } from './link.js';
import { sendReferrals } from './referrals.js';

/**
 * /partners for coordinators: every partner (inactive ones marked), paged → a
 * card: Edit, Invite a representative (a one-time link), Withdraw an open
 * invite, Referral link, Deactivate / Reactivate, Back; and "Add a partner"
 * (scenes/partners/partner-edit.ts). Menu ids: pl (list), pc (card).
 */

const PARTNERS_PER_PAGE = 15;

interface ListView { page: Page<PartnerView>; total: number }

async function loadList(page: number): Promise<ListView> {
  const partners = await listPartners();
  return { page: pageOf(partners, page, { line: () => '', frame: 0, perPage: PARTNERS_PER_PAGE }), total: partners.length };
}

const partnerLabel = (p: PartnerView) => `${p.active ? '' : '⏸ '}${p.name}`;

export const partnerListMenu = new ViewMenu<ListView, { page: number }>({
  id: 'pl',
  guard: requireCoordinator(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (_ctx, p) => loadList(p.page),
  text: (ctx, v) => [ctx.t(v.total ? 'prt-list' : 'prt-list-none', { total: v.total }), pageCounter(ctx, v.page)].filter(Boolean).join('\n'),
  buttons: (b, v, ctx) => {
    for (const p of v.page.items) b.text(partnerLabel(p), (pressed) => partnerCardMenu.show(pressed, { partner: p.id, page: v.page.index, invites: 0 })).row();
    b.pages(v.page, async (pressed, index) => partnerListMenu.edit(pressed, await loadList(index)));
    b.text(ctx.t('prt-btn-add'), (pressed) => enterEdit(pressed, {}));
  },
});

interface CardView {
  partner: PartnerView;
  centers: string;
  representatives: RepresentativeView[];
  invites: OpenPartnerInvite[];
  /** Which invite list the buttons were drawn for: "withdraw 2" must mean the same link. */
  invitesTag: number;
  stale: boolean;
  page: number;
}

const tagOf = (invites: OpenPartnerInvite[]) => invites.reduce((h, i) => [...i.code].reduce((x, c) => (x * 31 + c.charCodeAt(0)) % 1296, h), 7);

async function loadCard(ctx: BotContext, partnerId: string, page: number, drawnFor?: number): Promise<CardView | null> {
  const partner = await getPartner(partnerId);
  if (!partner) return null;
  const [centers, representatives, invites] = await Promise.all([
    centerNames(partner.centerIds, ctx.locale),
    listRepresentatives(partnerId),
    listOpenPartnerInvites(partnerId, ctx.deps.now()),
  ]);
  const invitesTag = tagOf(invites);
  return { partner, centers, representatives, invites, invitesTag, stale: drawnFor !== undefined && drawnFor !== 0 && drawnFor !== invitesTag, page };
}

function cardText(ctx: BotContext, v: CardView): string {
  const reps = v.representatives.map((r) => ctx.t('prt-rep-line', { name: r.displayName ?? String(r.id), id: String(r.id) }));
  const invites = v.invites.map((invite, i) => ctx.t('prt-invite-line', { n: i + 1, until: formatLessonTime(invite.expiresAt, ctx.deps.config.APP_TIMEZONE, ctx.locale) }));
  return [
    partnerDetails(ctx, v.partner, v.centers),
    ctx.t(v.partner.active ? 'prt-status-active' : 'prt-status-inactive'),
    reps.length ? [ctx.t('prt-reps-header'), ...reps].join('\n') : ctx.t('prt-reps-none'),
    ...(invites.length ? [[ctx.t('prt-invites-header'), ...invites].join('\n')] : []),
  ].join('\n\n');
}

export const partnerCardMenu = new ViewMenu<CardView, { partner: string; page: number; invites: number }>({
  id: 'pc',
  guard: requireCoordinator(),
  payload: payloadCodec({ partner: objectId, page: count, invites: count }),
  payloadOf: (v) => ({ partner: v.partner.id, page: v.page, invites: v.invitesTag }),
  load: (ctx, p) => loadCard(ctx, p.partner, p.page, p.invites),
  goneKey: 'prt-not-found',
  text: cardText,
  buttons: (b, v, ctx) => {
    const id = v.partner.id;
    const redraw = async (pressed: BotContext) => {
      const card = await loadCard(pressed, id, v.page);
      if (card) await partnerCardMenu.edit(pressed, card);
    };
    b.text(ctx.t('prt-btn-edit'), (pressed) => enterEdit(pressed, { partnerId: id })).row();
    if (v.partner.active) {
      b.text(ctx.t('prt-btn-invite'), async (pressed) => {
        if (!(await inviteRepresentative(pressed, v.partner, v.page))) return pressed.t('prt-not-found');
      }).row();
      b.text(ctx.t('prt-btn-link'), (pressed) => sendReferralLink(pressed, id)).row();
    }
    b.text(ctx.t('prt-btn-referrals'), (pressed) => sendReferrals(pressed, id)).row();
    for (const [i, invite] of v.invites.entries()) {
      b.text(ctx.t('prt-btn-withdraw', { n: i + 1 }), async (pressed) => {
        if (v.stale) {
          await partnerCardMenu.edit(pressed, { ...v, stale: false });
          return pressed.t('prt-invite-gone');
        }
        const done = await withdrawPartnerInvite(pressed.from.id, id, invite.code, pressed.deps.now());
        await pressed.answerCallbackQuery({ text: pressed.t(done ? 'prt-invite-withdrawn' : 'prt-invite-gone'), show_alert: true });
        await redraw(pressed);
      }).row();
    }
    for (const rep of v.representatives) {
      b.text(ctx.t('prt-btn-remove-rep', { name: repName(rep) }), (pressed) => removeRepMenu.show(pressed, { partner: id, user: rep.id, page: v.page })).row();
    }
    b.text(ctx.t(v.partner.active ? 'prt-btn-deactivate' : 'prt-btn-reactivate'), async (pressed) => {
      const done = await setPartnerActive(pressed.from.id, id, !v.partner.active, pressed.deps.now());
      await redraw(pressed);
      return pressed.t(done ? (v.partner.active ? 'prt-deactivated' : 'prt-reactivated') : 'prt-unchanged');
    }).row();
    b.text(ctx.t('btn-back'), async (pressed) => partnerListMenu.edit(pressed, await loadList(v.page)));
  },
});

const repName = (r: RepresentativeView) => r.displayName ?? String(r.id);

/**
 * A one-time invite link for a representative: the pressed message becomes the
 * partner's card (the open invite listed, to withdraw), the link comes below
 * it to pass on. False when the partner is gone or inactive.
 */
async function inviteRepresentative(pressed: BotContext, partner: PartnerView, page = 0): Promise<boolean> {
  if (!partner.active) return false;
  const code = await createPartnerInvite(pressed.from!.id, partner.id, pressed.deps.now());
  if (!code) return false;
  const card = await loadCard(pressed, partner.id, page);
  if (card) await partnerCardMenu.edit(pressed, card);
  await pressed.reply(pressed.t('prt-invite-link', { partner: partner.name, link: `https://t.me/${pressed.me.username}?start=rep-${code}` }));
  return true;
}

interface RemoveRepView { partner: PartnerView; rep: RepresentativeView; page: number }

/** "Remove this representative?" Yes / No, in the card's message. Menu id: pr. */
export const removeRepMenu = new ViewMenu<RemoveRepView, { partner: string; user: number; page: number }>({
  id: 'pr',
  guard: requireCoordinator(),
  payload: payloadCodec({ partner: objectId, user: userId, page: count }),
  payloadOf: (v) => ({ partner: v.partner.id, user: v.rep.id, page: v.page }),
  load: async (_ctx, p) => {
    const [partner, reps] = await Promise.all([getPartner(p.partner), listRepresentatives(p.partner)]);
    const rep = reps.find((r) => r.id === p.user);
    return partner && rep ? { partner, rep, page: p.page } : null;
  },
  goneKey: 'prt-rep-gone',
  text: (ctx, v) => ctx.t('prt-remove-rep-confirm', { name: repName(v.rep), partner: v.partner.name }),
  buttons: (b, v, ctx) => {
    b.text(ctx.t('btn-yes'), async (pressed) => {
      const done = await removeRepresentative(pressed.from.id, v.partner.id, v.rep.id, pressed.deps.now());
      if (done && commandsTranslator) await setCommandsFor(pressed.api, commandsTranslator, 'citizen', v.rep.id).catch(() => undefined);
      await closeWithText(pressed, pressed.t(done ? 'prt-rep-removed' : 'prt-rep-gone', { name: repName(v.rep) }));
    });
    b.text(ctx.t('btn-no'), async (pressed) => {
      const card = await loadCard(pressed, v.partner.id, v.page);
      if (card) await partnerCardMenu.edit(pressed, card);
    });
  },
});

/** Menus are built once per process; the command lists' translator comes from partnersAdminFeature. */
let commandsTranslator: Translator | undefined;

/** A conversation started from a button replaces whatever conversation was running. */
async function enterEdit(ctx: BotContext, args: PartnerEditArgs) {
  if (Object.keys(ctx.conversation.active()).length > 0) await ctx.conversation.exitAll();
  await ctx.conversation.enter(PARTNER_EDIT, args);
}

/** /partners, and the representatives' invite links (t.me/<bot>?start=rep-<code>, passed on by start.ts). */
export function partnersAdminFeature(i18n: Translator) {
  const composer = new Composer<BotContext>();
  commandsTranslator = i18n;
  composer.command('partners', requireCoordinator(), async (ctx) => partnerListMenu.send(ctx, await loadList(0)));

  // The buttons under "Organization added" (scenes/partners/partner-edit.ts): the coordinator's role is checked again on the press.
  const added = composer.callbackQuery(partnerAddedData.any, requireCoordinator());
  added.callbackQuery(partnerAddedData.only('invite', 'card'), async (ctx) => {
    const { action, id } = partnerAddedData.read(ctx.match);
    const partner = await getPartner(id);
    if (!partner) return void (await ctx.answerCallbackQuery({ text: ctx.t('prt-not-found'), show_alert: true }));
    // A partner deactivated since takes no invites: its card says so.
    if (action === 'invite' && (await inviteRepresentative(ctx, partner))) return void (await ctx.answerCallbackQuery());
    const card = await partnerCardMenu.open(ctx, { partner: id, page: 0, invites: 0 });
    if (!card) return;
    await ctx.answerCallbackQuery();
    await partnerCardMenu.edit(ctx, card);
  });
  added.use((ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));

  composer.command('start', async (ctx, next) => {
    if (!ctx.match.startsWith('rep-')) return next();
    await ctx.conversation.exitAll();
    const name = [ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(' ');
    const result = await redeemPartnerInvite(ctx.match.slice('rep-'.length), ctx.from!.id, name, ctx.deps.now(), ourLocale(ctx.from?.language_code));
    ctx.log.info({ user_id: ctx.from?.id, ok: result.ok }, 'partner invite opened');
    if (!result.ok) return replyInviteRefused(ctx, result.reason);
    await setCommandsFor(ctx.api, i18n, 'representative', ctx.from!.id).catch(() => undefined);
    await ctx.reply(ctx.t('prt-rep-welcome', { partner: result.partnerName }));
  });
  return composer;
}

import { Composer } from 'grammy';
import { PARTNER_ADD_PHONE, referralsBackData } from '../../../../scenes/partners/add-phone.js';
import { centerPlace } from '../../../domain/center-names.js';
import { audit } from '../../../domain/audit.js';
import { listEveryCenter, listEveryCourse } from '../../../domain/catalog.js';
import { getPartner } from '../../../domain/partners/partners.js';
import { groupRoom } from '../../../domain/place-words.js';
import { partnerPhonePerson } from '../../../domain/partners/add-phone.js';
import { listReferrals, type ReferralView } from '../../../domain/partners/referrals.js';
import { formatLessonTime } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { canActFor, requirePartnerAccess, requireRepresentative } from '../../filters/partner-roles.js';
import { pageLines, pageOf, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, objectId, payloadCodec } from '../../menus/payload.js';
import { pageCounter, ViewMenu } from '../../menus/view-menu.js';

/**
 * /referrals: a representative's own partner's people and what became of each
 * (waiting with the place in line, offered, in which group, lessons attended,
 * completed, left), paged. Coordinators open the same list from a partner's
 * card. The partner id in the buttons is checked against the role on every
 * press. Menu id: rf.
 */

/** One person's lines, and whom they name; `noPhone`: without a phone and Telegram, so the partner may add one (W31-05). */
interface ReferralLine { text: string; citizenId: number; name: string; noPhone: boolean }
interface ReferralsView { partnerId: string; partnerName: string; page: Page<ReferralLine> }

const PER_PAGE = 10;

async function referralLines(ctx: BotContext, referrals: ReferralView[]): Promise<ReferralLine[]> {
  const [centers, courses] = await Promise.all([listEveryCenter(), listEveryCourse()]);
  const centerName = (id: string) => {
    const c = centers.find((x) => x.id === id);
    return c ? centerPlace(c, ctx.locale) : id;
  };
  const zone = (id: string) => centers.find((x) => x.id === id)?.timeZone ?? ctx.deps.config.APP_TIMEZONE;
  return referrals.map((r) => {
    const course = courses.find((c) => c.id === r.courseId)?.title[ctx.locale] ?? r.courseId;
    const groupCenter = r.group?.centerId ?? r.centerId;
    // An offer the library is phoning about says so, with its failed calls and phone: the organization can help (W21-23).
    // Nobody to dial (walk29 W29-12): the partner tells them, and puts them in its own group.
    const key = r.status === 'offered' && r.byPhone ? (r.byPhone.noPhone ? 'ref-offered-no-phone' : 'prt-ref-offered-phone') : `prt-ref-${r.status}`;
    const status = ctx.t(key, {
      position: r.position ?? 0,
      center: centerName(groupCenter),
      room: r.group ? groupRoom(r.group, ctx.locale) : '',
      start: r.group?.firstLessonAt ? formatLessonTime(new Date(r.group.firstLessonAt), zone(groupCenter), ctx.locale) : '—',
      until: r.offerUntil ? formatLessonTime(new Date(r.offerUntil), zone(groupCenter), ctx.locale) : '—',
      attended: r.attended,
      marked: r.lessonsMarked,
      telegram: r.byPhone?.telegram ? 'yes' : 'no',
      noAnswer: r.byPhone?.noAnswer ?? 0,
      own: r.ownGroup ? 'yes' : 'no',
      phone: centers.find((x) => x.id === groupCenter)?.phone ?? '',
    });
    // Who gets the bot's messages and whom the organization tells itself (walk31 W31-07), while it matters.
    const reach = r.status === 'waiting' || r.status === 'enrolled' || (r.status === 'offered' && !r.byPhone) ? ` ${ctx.t('ref-reach', { reach: r.reach })}` : '';
    return { text: ctx.t('prt-ref-line', { name: r.name, course, status: status + reach }), citizenId: r.citizenId, name: r.name, noPhone: !!r.noPhone };
  });
}

/**
 * Ten people a page, as one message holds them: a list the organization reads down, as /calls is (walk s22 W22-33);
 * within 60 words three people took two pages (walk31 W31-07).
 */
const paging = (ctx: BotContext): PagingOptions<ReferralLine> => ({
  line: (l) => l.text,
  frame: ctx.t('prt-ref-header', { partner: 'x'.repeat(150), count: 0 }).length + 64,
  perPage: PER_PAGE,
  separator: '\n\n',
});

async function loadReferrals(ctx: BotContext, partnerId: string, page: number): Promise<ReferralsView | null> {
  if (!canActFor(ctx, partnerId)) return null;
  const partner = await getPartner(partnerId);
  if (!partner) return null;
  const lines = await referralLines(ctx, await listReferrals(partnerId));
  return { partnerId, partnerName: partner.name, page: pageOf(lines, page, paging(ctx)) };
}

export const referralsMenu = new ViewMenu<ReferralsView, { partner: string; page: number }>({
  id: 'rf',
  guard: requirePartnerAccess(),
  payload: payloadCodec({ partner: objectId, page: count }),
  payloadOf: (v) => ({ partner: v.partnerId, page: v.page.index }),
  load: (ctx, p) => loadReferrals(ctx, p.partner, p.page),
  goneKey: 'prt-not-yours',
  // A person's /forget closes this screen in the representative's chat, as it does staff lists.
  names: { people: (v) => v.page.items.map((l) => l.citizenId), reopen: (ctx) => (ctx.partnerRole ? '/referrals' : '/partners') },
  text: (ctx, v) => {
    const total = v.page.items.length > 0 ? pageLines(v.page, paging(ctx)).join('\n\n') : ctx.t('prt-ref-none');
    return [ctx.t('prt-ref-header', { partner: v.partnerName }), total, pageCounter(ctx, v.page)].filter(Boolean).join('\n\n');
  },
  buttons: (b, v, ctx) => {
    // A representative's own people without a phone and Telegram (walk31 W31-05): a phone added lets them link Telegram.
    // The person is checked again on the press (and in the flow), against her partner.
    const noPhone = ctx.partnerRole ? v.page.items.filter((l, i, all) => l.noPhone && all.findIndex((x) => x.citizenId === l.citizenId) === i) : [];
    for (const l of noPhone) {
      b.text(ctx.t('ref-add-phone-button', { name: l.name }), async (pressed) => {
        const may = await partnerPhonePerson(v.partnerId, l.citizenId);
        if (!may.ok) return pressed.t(may.why === 'has-phone' ? 'ref-add-phone-has-phone' : 'ref-add-phone-not-yours');
        await pressed.conversation.exitAll();
        await pressed.conversation.enter(PARTNER_ADD_PHONE, l.citizenId);
      }).row();
    }
    b.pages(v.page, async (pressed, index) => {
      const next = await loadReferrals(pressed, v.partnerId, index);
      if (next) await referralsMenu.edit(pressed, next);
    });
  },
});

/** Sends a partner's referrals (a representative's own, or any for a coordinator) and audits the view. */
export async function sendReferrals(ctx: BotContext, partnerId: string): Promise<void> {
  const view = await loadReferrals(ctx, partnerId, 0);
  if (!view) return void (await ctx.reply(ctx.t('prt-not-found')));
  await referralsMenu.send(ctx, view);
  await audit({ actorId: ctx.from!.id, action: 'partner.referrals-view', target: `partner:${partnerId}` }, ctx.deps.now());
}

export function referralsFeature() {
  const composer = new Composer<BotContext>();
  composer.command('referrals', requireRepresentative(), (ctx) => sendReferrals(ctx, ctx.partnerRole!.partnerId));
  // Back on the phone question of «📞 Добавить телефон»: the flow ends and its message is the list again.
  composer.callbackQuery(referralsBackData.only(), requireRepresentative(), async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.answerCallbackQuery();
    const view = await loadReferrals(ctx, ctx.partnerRole!.partnerId, 0);
    if (view) await referralsMenu.edit(ctx, view);
  });
  return composer;
}

import type { Locale } from '../../../notify/notifier.js';
import { Composer } from 'grammy';
import { centerPlace } from '../../../domain/center-names.js';
import { listStaffCenters } from '../../../domain/catalog.js';
import { noteTelegramLanguage } from '../../../domain/staff-language.js';
import { centersOfStaff, listLibrarians, listOpenInvites, redeemInvite, revokeLibrarian, withdrawInvite, type OpenInvite, type StaffView } from '../../../domain/staff.js';
import { closeViewsOfCenters, tellCentersChanged } from '../../../domain/staff-centers.js';
import { handOverChoices, handOverGroupList, whatLibrarianLeaves, type HandOverChoice, type LeavingSummary } from '../../../domain/staff-leaving.js';
import { formatLessonTime } from '../../../domain/time.js';
import { setCommandsFor } from '../../commands.js';
import type { BotContext } from '../../context.js';
import { ourLocale, type Translator } from '../../i18n.js';
import { requireCoordinator } from '../../filters/roles.js';
import { replyInviteRefused } from '../invite-refused.js';
import { pageLines, pageOf, wordsLeft, type Page, type PagingOptions } from '../../menus/paging.js';
import { count, payloadCodec, userId } from '../../menus/payload.js';
import { closeWithText, pageCounter, ViewMenu } from '../../menus/view-menu.js';
import { ADD_STAFF } from '../../../../scenes/classes/add-staff.js';

export async function centerNames(ids: string[], locale: Locale): Promise<string> {
  // Hidden centers too (W29-17): their librarians work there still.
  const centers = await listStaffCenters();
  return ids.map((id) => { const c = centers.find((x) => x.id === id); return c ? centerPlace(c, locale) : id; }).join('; ');
}

/** Her name, or her Telegram number said to be one until she writes to the bot (added by number: fix28b, bare ids). */
const nameOf = (ctx: BotContext, s: { id: number; displayName?: string }) => s.displayName ?? ctx.t('staff-unnamed', { id: String(s.id) });

// ---- /staff: librarians (paged), add, revoke with a confirmation, open invites to withdraw, in one message.

type Librarian = StaffView & { centers: string };
type Invite = OpenInvite & { centers: string };
interface StaffListView {
  page: Page<Librarian>;
  /** Links sent but not opened yet: each can be withdrawn (sent to the wrong person, say). */
  invites: Invite[];
  /** Which invite list the buttons were drawn for (a short hash of the codes): "withdraw 2" must mean the same link. */
  invitesTag: number;
  /** The pressed buttons were drawn for another invite list (one was used or withdrawn meanwhile). */
  stale: boolean;
}

/** As many librarians a page as fit 60 words with the header, the open invites (on every page) and a page counter. */
const staffPaging = (ctx: BotContext, invites: string): PagingOptions<Librarian> => ({
  line: (s) => ctx.t('cls-staff-line', { name: s.displayName ?? ctx.t('staff-unnamed-line'), id: String(s.id), centers: s.centers }),
  frame: ctx.t('cls-staff-header').length + 64,
  perPage: 10,
  words: wordsLeft(`${ctx.t('cls-staff-header')}\n${ctx.t('page-counter', { page: 10, pages: 12 })}\n${invites}`),
});

function invitesText(ctx: BotContext, invites: Invite[]): string {
  if (!invites.length) return '';
  const lines = invites.map((invite, i) => {
    const until = formatLessonTime(invite.expiresAt, ctx.deps.config.APP_TIMEZONE, ctx.locale);
    return ctx.t('cls-staff-invite-line', { n: i + 1, centers: invite.centers, until });
  });
  return [ctx.t('cls-staff-invites-header'), ...lines].join('\n');
}

const invitesTagOf = (invites: OpenInvite[]) => invites.reduce((h, i) => [...i.code].reduce((x, c) => (x * 31 + c.charCodeAt(0)) % 1296, h), 7);

async function loadStaffList(ctx: BotContext, page: number, drawnFor?: number): Promise<StaffListView> {
  const [librarians, open] = await Promise.all([listLibrarians(), listOpenInvites(ctx.deps.now())]);
  const staff = await Promise.all(librarians.map(async (s) => ({ ...s, centers: await centerNames(s.centerIds, ctx.locale) })));
  const invites = await Promise.all(open.map(async (i) => ({ ...i, centers: await centerNames(i.centerIds, ctx.locale) })));
  const invitesTag = invitesTagOf(open);
  return { page: pageOf(staff, page, staffPaging(ctx, invitesText(ctx, invites))), invites, invitesTag, stale: drawnFor !== undefined && drawnFor !== invitesTag };
}

function staffListText(ctx: BotContext, v: StaffListView): string {
  const invites = invitesText(ctx, v.invites);
  const staff = [ctx.t(v.page.items.length ? 'cls-staff-header' : 'cls-staff-none'), ...pageLines(v.page, staffPaging(ctx, invites)), pageCounter(ctx, v.page)];
  return [staff.filter(Boolean).join('\n'), invites].filter(Boolean).join('\n\n');
}

export const staffListMenu = new ViewMenu<StaffListView, { page: number; invites: number }>({
  id: 'sl',
  guard: requireCoordinator(),
  payload: payloadCodec({ page: count, invites: count }),
  payloadOf: (v) => ({ page: v.page.index, invites: v.invitesTag }),
  load: (ctx, p) => loadStaffList(ctx, p.page, p.invites),
  text: staffListText,
  buttons: (b, v, ctx) => {
    b.text(ctx.t('cls-staff-add'), async (pressed) => {
      await pressed.conversation.exitAll();
      await pressed.conversation.enter(ADD_STAFF);
    });
    for (const s of v.page.items) {
      // Her centers changed in place, the picker and the answer naming her (walk28 W28-14).
      b.row().text(ctx.t('staff-centers-btn', { name: nameOf(ctx, s) }), async (pressed) => {
        await pressed.conversation.exitAll();
        await pressed.conversation.enter(ADD_STAFF, { user: s.id });
      });
      b.text(ctx.t('cls-staff-revoke', { name: nameOf(ctx, s) }), (pressed) => revokeMenu.show(pressed, { user: s.id, page: v.page.index, to: 0 }));
    }
    for (const [i, invite] of v.invites.entries()) {
      b.row().text(ctx.t('cls-staff-invite-withdraw', { n: i + 1 }), async (pressed) => {
        // The list changed since these buttons were drawn: show it as it is now rather than withdraw another link.
        if (v.stale) {
          await staffListMenu.edit(pressed, { ...v, stale: false });
          return pressed.t('cls-staff-invite-gone');
        }
        const withdrawn = await withdrawInvite(pressed.from.id, invite.code, pressed.deps.now());
        pressed.log.info({ actor_id: pressed.from.id, done: withdrawn }, 'staff invite withdraw');
        await pressed.answerCallbackQuery({ text: pressed.t(withdrawn ? 'cls-staff-invite-withdrawn' : 'cls-staff-invite-gone'), show_alert: true });
        await staffListMenu.edit(pressed, await loadStaffList(pressed, v.page.index));
      });
    }
    b.pages(v.page, async (pressed, index) => staffListMenu.edit(pressed, await loadStaffList(pressed, index)));
  },
});

interface RevokeView {
  staff: StaffView;
  page: number;
  leaves: LeavingSummary & { alone: string };
  /** Whom her groups go to: the one the coordinator chose (0: nobody chose), the default, and who else could take them. */
  to: number;
  choices: { defaults: HandOverChoice[]; candidates: HandOverChoice[] };
  /** The one chosen no longer works at all her groups' centers (re-ticked meanwhile, probe25 L9): their name, '' unknown. */
  lost?: string;
}

/** "Нина", or "вам" for the coordinator reading it. */
const choiceName = (ctx: BotContext, c: HandOverChoice) => (c.id === ctx.from?.id ? ctx.t('staff-handover-you') : (c.name ?? ctx.t('staff-unnamed', { id: String(c.id) })));

async function loadRevoke(ctx: BotContext, p: { user: number; page: number; to: number }): Promise<RevokeView | null> {
  const librarians = await listLibrarians();
  const staff = librarians.find((s) => s.id === p.user);
  if (!staff) return null;
  const [leaves, choices] = await Promise.all([whatLibrarianLeaves(staff.id, ctx.deps.now()), handOverChoices(ctx.from!.id, staff.id)]);
  // A choice that may no longer take them all falls back to the default, and the coordinator is told so (not silently).
  const lost = p.to !== 0 && p.to !== ctx.from!.id && !choices.candidates.some((c) => c.id === p.to);
  const lostName = lost ? librarians.find((s) => s.id === p.to)?.displayName ?? '' : undefined;
  const alone = leaves.aloneAt.length ? await centerNames(leaves.aloneAt, ctx.locale) : '';
  return { staff, page: p.page, to: lost ? 0 : p.to, choices, leaves: { ...leaves, alone }, ...(lostName !== undefined ? { lost: lostName } : {}) };
}

/** Who gets her groups: the chosen one, else the default (each center's first other librarian, else the coordinator). */
function handOverLine(ctx: BotContext, v: RevokeView): string {
  const chosen = v.to === 0 ? undefined : [...v.choices.candidates, { id: ctx.from!.id }].find((c) => c.id === v.to);
  return ctx.t('staff-handover-to', { names: (chosen ? [chosen] : v.choices.defaults).map((c) => choiceName(ctx, c)).join(', ') });
}

/** "Ирина больше не работает в центре этих групп…": the choice made before her centers changed (probe25 L9). */
const lostLine = (ctx: BotContext, v: RevokeView) =>
  v.lost === undefined ? '' : v.lost ? ctx.t('handover-chosen-lost', { name: v.lost }) : ctx.t('handover-chosen-lost-unnamed');

/** The question, then what she leaves and whom it goes to (W22-27): her open groups, calls waiting, centers left with nobody. */
function revokeText(ctx: BotContext, v: RevokeView): string {
  const { groups, calls, alone } = v.leaves;
  return [
    ctx.t('cls-staff-revoke-confirm', { name: nameOf(ctx, v.staff) }),
    groups > 0 ? [ctx.t('staff-revoke-groups', { count: groups }), lostLine(ctx, v), handOverLine(ctx, v)].filter(Boolean).join('\n') : '',
    calls > 0 ? ctx.t('staff-revoke-calls', { count: calls }) : '',
    alone ? ctx.t('staff-revoke-alone', { centers: alone }) : '',
  ].filter(Boolean).join('\n\n');
}

/** Menus are built once per process (their ids are global); the command lists' translator comes from staffFeature. */
let commandsTranslator: Translator | undefined;

export const revokeMenu = new ViewMenu<RevokeView, { user: number; page: number; to: number }>({
  id: 'sr',
  guard: requireCoordinator(),
  payload: payloadCodec({ user: userId, page: count, to: userId }),
  payloadOf: (v) => ({ user: v.staff.id, page: v.page, to: v.to }),
  load: loadRevoke,
  goneKey: 'cls-staff-revoke-none',
  text: revokeText,
  buttons: (b, v, ctx) => {
    // Her groups may go to someone else than the default: the other librarians of her centers, or the coordinator.
    const onlyMe = v.choices.candidates.length === 0 && v.choices.defaults.every((c) => c.id === ctx.from?.id);
    if (v.leaves.groups > 0 && !onlyMe) {
      b.text(ctx.t('staff-handover-btn'), (pressed) => handOverMenu.show(pressed, { user: v.staff.id, page: v.page, to: v.to })).row();
    }
    b.text(ctx.t('btn-yes'), async (pressed) => {
      // The one chosen lost the center meanwhile: the question again, saying so and naming the default, not acted on.
      if (v.lost !== undefined) {
        await revokeMenu.edit(pressed, v);
        return pressed.t('handover-chosen-lost-notice');
      }
      // Her groups first (probe s23 H1): a kill after it leaves her a librarian without groups, never the reverse.
      const say = (locale: Locale, key: string, vars?: Record<string, string | number>) => pressed.tIn(locale)(key, vars);
      const [now, before] = [pressed.deps.now(), await centersOfStaff(v.staff.id)];
      const handed = await handOverGroupList(pressed.from.id, v.staff.id, now, 'all', v.to === 0 ? undefined : v.to, say);
      const moved = handed.length;
      const done = await revokeLibrarian(pressed.from.id, v.staff.id, now);
      // She is told, as when a center is unticked (W28-13), and her screens naming people of her centers close (fix28k).
      if (done) await tellCentersChanged(v.staff.id, { before, after: [], handed }, now, say);
      if (done) await closeViewsOfCenters(v.staff.id, before, now, true);
      pressed.log.info({ actor_id: pressed.from.id, user_id: v.staff.id, done, moved }, 'staff revoke');
      if (done && commandsTranslator) await setCommandsFor(pressed.api, commandsTranslator, 'citizen', v.staff.id).catch(() => undefined);
      const said = [pressed.t('cls-staff-revoked', { name: nameOf(pressed, v.staff) }), moved > 0 ? pressed.t('staff-revoked-groups', { count: moved }) : ''];
      await closeWithText(pressed, done ? said.filter(Boolean).join('\n') : pressed.t('cls-staff-revoke-none'));
    });
    b.text(ctx.t('btn-no'), async (pressed) => staffListMenu.edit(pressed, await loadStaffList(pressed, v.page)));
  },
});

/** Whom to give her groups: the default first, then the other librarians of her centers, then the coordinator. */
export const handOverMenu = new ViewMenu<RevokeView, { user: number; page: number; to: number }>({
  id: 'sh',
  guard: requireCoordinator(),
  payload: payloadCodec({ user: userId, page: count, to: userId }),
  payloadOf: (v) => ({ user: v.staff.id, page: v.page, to: v.to }),
  load: loadRevoke,
  goneKey: 'cls-staff-revoke-none',
  text: (ctx, v) => ctx.t('staff-revoke-handover-ask', { name: nameOf(ctx, v.staff), count: v.leaves.groups }),
  buttons: (b, v, ctx) => {
    const back = (to: number) => async (pressed: BotContext) => {
      const view = await loadRevoke(pressed, { user: v.staff.id, page: v.page, to });
      if (view) await revokeMenu.edit(pressed, view);
    };
    const isDefault = (id: number) => v.choices.defaults.length === 1 && v.choices.defaults[0]!.id === id;
    for (const c of v.choices.candidates) {
      b.text(isDefault(c.id) ? ctx.t('staff-handover-default', { name: choiceName(ctx, c) }) : choiceName(ctx, c), back(c.id)).row();
    }
    b.text(isDefault(ctx.from!.id) ? ctx.t('staff-handover-default', { name: ctx.t('staff-handover-me') }) : ctx.t('staff-handover-me'), back(ctx.from!.id)).row();
    b.text(ctx.t('btn-back'), back(v.to));
  },
});

/** /staff for coordinators: librarians with their centers, add, revoke; and staff invite links. */
export function staffFeature(i18n: Translator) {
  const composer = new Composer<BotContext>();
  commandsTranslator = i18n;

  composer.command('staff', requireCoordinator(), async (ctx) => staffListMenu.send(ctx, await loadStaffList(ctx, 0)));

  // t.me/<bot>?start=staff-<code>: start.ts passes these on.
  composer.command('start', async (ctx, next) => {
    if (!ctx.match.startsWith('staff-')) return next();
    await ctx.conversation.exitAll();
    const name = [ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(' ');
    const result = await redeemInvite(ctx.match.slice('staff-'.length), ctx.from!.id, name, ctx.deps.now());
    ctx.log.info({ user_id: ctx.from?.id, ok: result.ok }, 'staff invite opened');
    if (result.ok) {
      // Their first call notices may come before their first staff command: in their Telegram's language.
      await noteTelegramLanguage(ctx.from!.id, false, ourLocale(ctx.from?.language_code));
      await setCommandsFor(ctx.api, i18n, 'librarian', ctx.from!.id).catch(() => undefined);
      await ctx.reply(ctx.t('cls-staff-welcome', { centers: await centerNames(result.centerIds, ctx.locale) }));
    }
    else await replyInviteRefused(ctx, result.reason);
  });

  return composer;
}

import { Composer } from 'grammy';
import { centerPlace } from '../../../domain/center-names.js';
import { DECLINE_REQUEST, type DeclineRequestArgs } from '../../../../scenes/partners/decline-request.js';
import { REQUEST_GROUP } from '../../../../scenes/partners/request-group.js';
import { NEW_CLASS, requestBackData, type NewClassArgs } from '../../../../scenes/classes/new-class.js';
import { listEveryCenter, listEveryCourse } from '../../../domain/catalog.js';
import { listPendingRequests, pendingRequestFor, releaseClosedSeats, requestNoticeData, type GroupRequestView } from '../../../domain/partners/requests.js';
import { formatLessonTime } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { requireRepresentative } from '../../filters/partner-roles.js';
import { requireStaff } from '../../filters/roles.js';
import { pageOf, SCREEN_WORDS, wordsOf, type Page } from '../../menus/paging.js';
import { count, objectId, payloadCodec } from '../../menus/payload.js';
import { pageCounter, type MenuContext, ViewMenu } from '../../menus/view-menu.js';

/**
 * /requests for staff: partners' pending group requests (coordinators all,
 * librarians those for their centers), paged → a request's card: Open a group
 * (/newclass with the request) or Decline with a reason. /request for
 * representatives starts a request. Menu ids: rq (list), rc (card).
 */

interface ListView { page: Page<GroupRequestView> }

async function loadList(ctx: BotContext, page: number): Promise<ListView> {
  const requests = await listPendingRequests(ctx.role!);
  return { page: pageOf(requests, page, { line: () => '', frame: 0, perPage: 10 }) };
}

export const requestListMenu = new ViewMenu<ListView, { page: number }>({
  id: 'rq',
  guard: requireStaff(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (ctx, p) => loadList(ctx, p.page),
  text: (ctx, v) => [ctx.t(v.page.items.length ? 'prt-req-list' : 'prt-req-list-none'), pageCounter(ctx, v.page)].filter(Boolean).join('\n'),
  buttons: (b, v, ctx) => {
    for (const r of v.page.items) {
      b.text(ctx.t('prt-req-button', { partner: r.partnerName, people: r.people }), (pressed) => requestCardMenu.show(pressed, { request: r.id, page: v.page.index })).row();
    }
    b.pages(v.page, async (pressed, index) => requestListMenu.edit(pressed, await loadList(pressed, index)));
  },
});

interface CardView { request: GroupRequestView; text: string; page: number; /** The note did not fit the card: a button sends it whole. */ noteCut: boolean }

/**
 * The card, within 60 words: a long note (up to 500 characters, the partner's
 * own words) is cut at a word with "…", and a button sends it whole.
 */
async function requestText(ctx: BotContext, r: GroupRequestView): Promise<{ text: string; noteCut: boolean }> {
  const card = (note: string) => cardText(ctx, r, note);
  const full = await card(r.note ?? '—');
  if (wordsOf(full) <= SCREEN_WORDS || !r.note) return { text: full, noteCut: false };
  const words = r.note.split(/\s+/);
  const room = Math.max(0, SCREEN_WORDS - wordsOf(await card('')));
  return { text: await card(`${words.slice(0, room).join(' ')} …`), noteCut: true };
}

async function cardText(ctx: BotContext, r: GroupRequestView, note: string): Promise<string> {
  const [courses, centers] = await Promise.all([listEveryCourse(), listEveryCenter()]);
  return ctx.t('prt-req-card', {
    partner: r.partnerName,
    contact: r.partnerContact,
    course: courses.find((c) => c.id === r.courseId)?.title[ctx.locale] ?? r.courseId,
    people: r.people,
    centers: centers.filter((c) => r.centerIds.includes(c.id)).map((c) => centerPlace(c, ctx.locale)).join('; '),
    days: r.weekdays.map((d) => ctx.t(`cls-weekday-${d}`)).join(', ') || '—',
    times: r.timesOfDay.map((t) => ctx.t(`time-${t}`)).join(', ') || '—',
    note,
    at: formatLessonTime(new Date(r.createdAt), ctx.deps.config.APP_TIMEZONE, ctx.locale),
  });
}

async function loadCard(ctx: BotContext, requestId: string, page: number): Promise<CardView | null> {
  const request = await pendingRequestFor(ctx.role!, requestId);
  return request ? { request, ...(await requestText(ctx, request)), page } : null;
}

/** A conversation started from a button replaces whatever conversation was running. */
async function enter(ctx: BotContext, id: string, args: NewClassArgs | DeclineRequestArgs) {
  if (Object.keys(ctx.conversation.active()).length > 0) await ctx.conversation.exitAll();
  await ctx.conversation.enter(id, args);
}

export const requestCardMenu = new ViewMenu<CardView, { request: string; page: number }>({
  id: 'rc',
  guard: requireStaff(),
  payload: payloadCodec({ request: objectId, page: count }),
  payloadOf: (v) => ({ request: v.request.id, page: v.page }),
  load: (ctx, p) => loadCard(ctx, p.request, p.page),
  goneKey: 'prt-req-gone',
  text: (_ctx, v) => v.text,
  buttons: (b, v, ctx) => {
    if (v.noteCut) {
      b.text(ctx.t('prt-req-btn-note'), async (pressed) => {
        await pressed.reply(pressed.t('prt-req-note', { partner: v.request.partnerName, note: v.request.note ?? '' }));
      }).row();
    }
    b.text(ctx.t('prt-req-btn-accept'), (pressed) => enter(pressed, NEW_CLASS, { requestId: v.request.id })).row();
    b.text(ctx.t('prt-req-btn-decline'), (pressed) => enter(pressed, DECLINE_REQUEST, { requestId: v.request.id })).row();
    b.text(ctx.t('btn-back'), async (pressed) => requestListMenu.edit(pressed, await loadList(pressed, v.page)));
  },
});

/**
 * "Release free seats" under a closed group's roster (src/bot/features/classes/groups.ts):
 * the partner's people did not fill it, so the center's queue gets the rest.
 */
export async function releaseSeatsButton(ctx: MenuContext, groupId: string): Promise<string> {
  const released = await releaseClosedSeats(ctx.from.id, ctx.role!, groupId, ctx.deps.now(), ctx.deps.offers);
  ctx.log.info({ actor_id: ctx.from.id, offered: released?.offered }, 'closed group seats released');
  if (!released) return ctx.t('prt-release-none');
  return ctx.t(released.started && released.offered === 0 ? 'prt-released-too-late' : 'prt-released', { offered: released.offered });
}

export function requestsFeature() {
  const composer = new Composer<BotContext>();
  composer.command('requests', requireStaff(), async (ctx) => requestListMenu.send(ctx, await loadList(ctx, 0)));
  // Back on the first question of "Open a group": the flow ends and its message is the request's card again
  // (checked as the card is: a request of another's center, or one answered meanwhile, is gone).
  composer.callbackQuery(requestBackData.only(), requireStaff(), async (ctx) => {
    await ctx.conversation.exitAll();
    const card = await loadCard(ctx, requestBackData.read(ctx.match).id, 0);
    if (!card) {
      await ctx.answerCallbackQuery();
      return void (await ctx.editMessageText(ctx.t('prt-req-gone')).catch(() => undefined));
    }
    await ctx.answerCallbackQuery();
    await requestCardMenu.edit(ctx, card);
  });
  // The button under the new-request notice: that request's card, in place of the notice, if this staff member
  // still sees it (role and centers checked again in pendingRequestFor: the data can be forged).
  composer.callbackQuery(requestNoticeData.only('open'), requireStaff(), async (ctx) => {
    const card = await requestCardMenu.open(ctx, { request: requestNoticeData.read(ctx.match).id, page: 0 });
    if (!card) return;
    await ctx.answerCallbackQuery();
    await requestCardMenu.edit(ctx, card);
  });
  composer.callbackQuery(requestNoticeData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  composer.command('request', requireRepresentative(), async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(REQUEST_GROUP);
  });
  return composer;
}

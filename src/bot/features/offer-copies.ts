import { offerKey, openOffersOf, type OpenOffer } from '../../domain/offer-messages.js';
import { offerVars } from '../../domain/offers.js';
import { sentMessageIds, sentMessageKey, sentMessagesTo } from '../../outbox/index.js';
import type { BotContext } from '../context.js';

/**
 * The copies of one seat offer in a citizen's chat: the offer and its reminder (sent through the outbox) and the
 * copy "🔢 Моё место в очереди" showed last (src/bot/features/waitlist.ts, remembered in the session). Only one of
 * them keeps live buttons at a time (walk s21 W21-11).
 */
export async function offerCopies(ctx: BotContext, entryId: string): Promise<number[]> {
  const shown = Object.entries(ctx.session.offerCopies ?? {}).flatMap(([key, id]) => (key === entryId || key.startsWith(`${entryId}:`) ? [id] : []));
  return [...(await sentMessageIds(ctx.from!.id, `offer(-rem)?:${entryId}:`)), ...shown];
}

/**
 * One offer among the entry's (a moved entry keeps its id: an old, declined offer of another center is not this one,
 * walk29 W29-21): its messages' keys end in the moment it was made, and the copy under the list is remembered with it.
 */
const offerPattern = (offer: OpenOffer) => `offer(-rem)?:${offer.entryId}:${offer.offeredAt ? `${offer.offeredAt.getTime()}$` : ''}`;
export const shownCopyKey = (offer: OpenOffer) => (offer.offeredAt ? `${offer.entryId}:${offer.offeredAt.getTime()}` : offer.entryId);

export interface OfferCopy {
  messageId: number;
  text: string;
}

/**
 * The copies with their text as the person reads it (to mark them answered after a typed answer: walk s28 W28-05):
 * the outbox ones from what was sent, the one under "my place" drawn as it was (waitlist.ts sendOpenOffers).
 */
export async function offerCopyTexts(ctx: BotContext, offer: OpenOffer): Promise<OfferCopy[]> {
  const sent = await sentMessagesTo(ctx.from!.id, offerPattern(offer));
  const copies = sent.map(({ messageId, message }) => ({ messageId, text: 'raw' in message.text ? message.text.raw : ctx.t(message.text.key, message.text.vars) }));
  const shown = ctx.session.offerCopies?.[shownCopyKey(offer)];
  if (shown !== undefined) {
    const vars = await offerVars(offer.groupId, ctx.locale, offer.expiresAt, ctx.deps.now(), offer.timeOfDay);
    copies.push({ messageId: shown, text: ctx.t(offerKey('offer', vars), vars) });
  }
  return copies;
}

/** The copies lose their buttons (a failed edit, e.g. a message deleted or already without them, is no matter). */
export async function dropOfferCopiesButtons(ctx: BotContext, entryId: string): Promise<void> {
  for (const messageId of await offerCopies(ctx, entryId)) {
    await ctx.api.editMessageReplyMarkup(ctx.chat!.id, messageId, { reply_markup: undefined }).catch(() => undefined);
  }
}

/** The copies just shown under the list are the live ones now (offers no longer open are forgotten). */
export function rememberOfferCopies(ctx: BotContext, copies: Record<string, number>): void {
  ctx.session.offerCopies = Object.keys(copies).length > 0 ? copies : undefined;
}

/**
 * A button pressed on an older offer of the entry while a newer one is open (a moved entry keeps its id: the Юрга
 * offer declined before, pressed once the Осинники one came, walk29 W29-21): its key names another moment.
 */
export async function pressedOlderOffer(ctx: BotContext, entryId: string): Promise<boolean> {
  const pressed = ctx.callbackQuery?.message?.message_id;
  if (pressed === undefined) return false;
  const open = (await openOffersOf(ctx.from!.id, ctx.deps.now())).find((o) => o.entryId === entryId);
  if (!open?.offeredAt) return false;
  const made = (await sentMessageKey(ctx.from!.id, pressed))?.match(new RegExp(`^offer(?:-rem)?:${entryId}:(\\d+)$`))?.[1];
  return made !== undefined && Number(made) !== open.offeredAt.getTime();
}

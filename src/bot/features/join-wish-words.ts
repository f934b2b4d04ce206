import { Composer } from 'grammy';
import { joinWishOf } from '../../domain/join-wish.js';
import { openOffersOf } from '../../domain/offer-messages.js';
import type { BotContext } from '../context.js';
import { keptReferral } from './join-resume.js';
import { JOIN_WAITLIST, type JoinArgs } from '../../../scenes/waitlist/join-waitlist.js';

/** Words of wanting: «хочу», «хотела бы», «мне бы», «интересует», "I'd like", "I want", "interested in". */
const WISH = /(?<!\p{L})(хочу|хотел[аи]?|хотелось|мне бы|интересу[юе]т|i'?d like|i would like|i want|i wish|interested in)(?!\p{L})/u;

/**
 * A wish that names a course or a town without a word of joining («хочу на госуслуги в Юрге», "I'd like the job search
 * course in Novokuznetsk": walk31 W31-01) starts the join with what it names, as «хочу записаться …» does. Last before
 * the «not understood» answer: every other reading of the words comes first, and an open seat offer keeps its own.
 */
export const joinWishFeature = new Composer<BotContext>();

joinWishFeature.on('message:text', async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith('/') || !WISH.test(text.toLowerCase().replace(/[’`]/g, "'"))) return next();
  const named: JoinArgs = await joinWishOf(text);
  if (!named.course && !named.town && !named.paused) return next();
  if ((await openOffersOf(ctx.from.id, ctx.deps.now())).length > 0) return next();
  await ctx.conversation.exitAll();
  // A partner's link opened here within a day: still the partner's join, as in start.ts.
  await ctx.conversation.enter(JOIN_WAITLIST, { ...named, ...(await keptReferral(ctx)) });
});

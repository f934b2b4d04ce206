import { Composer, InlineKeyboard } from 'grammy';
import { offerData, openOffersOf } from '../../../domain/offer-messages.js';
import { dropOfferCopiesButtons, offerCopyTexts, pressedOlderOffer, type OfferCopy } from '../offer-copies.js';
import { offerAnswerOfWords } from '../../filters/menu-words.js';
import { acceptOffer, declineOffer, offerVars } from '../../../domain/offers.js';
import { entryCenterPhone } from '../../../domain/waitlist.js';
import { giveBackAcceptedSeat, markAcceptTold, recentAcceptance, untoldEnrolment } from '../../../domain/accept-notice.js';
import { seatLeftFree } from '../../../domain/declined-seat.js';
import { sameAsLabel, singleLine } from '../../../domain/text.js';
import { yesNoOfWords } from '../../../domain/yes-no-words.js';
import { enqueue, sentMessageIds } from '../../../outbox/index.js';
import type { BotContext } from '../../context.js';
import type { OfferSettings } from '../../../domain/offer-options.js';
import type { AskedAnswer } from '../asked.js';
import { askedToRelease } from '../leave-in-words.js';
import { releaseMenu } from '../waitlist.js';
import { answerKeep, answerWithCourse, askedToKeep, askWhichOffer, courseOfEntry, keepAnswer, offerNamed } from './offer-questions.js';
import { askSure, hurriedYes } from './offer-sure.js';
import { showHeldOffers, unseenOffer } from './held-offers.js';

/**
 * The citizen's answer to a seat offer (buttons sent through the outbox).
 * Every action is checked against the entry's own citizen id in the domain,
 * so another person's data does nothing.
 */
export function offersFeature() {
  const composer = new Composer<BotContext>();
  const ttl = (ctx: BotContext) => ctx.deps.offers;

  // A button of an older offer of the entry answers nothing while a newer one is open (walk29 W29-21).
  composer.callbackQuery(offerData.only('acc', 'dec'), async (ctx, next) => ((await pressedOlderOffer(ctx, offerData.read(ctx.match).id)) ? answer(ctx, ctx.t('cls-offer-gone')) : next()));
  composer.callbackQuery(offerData.only('acc'), (ctx) => accept(ctx, offerData.read(ctx.match).id));
  composer.callbackQuery(offerData.only('dec'), (ctx) => decline(ctx, offerData.read(ctx.match).id, ttl(ctx)));

  // "приду" / "не смогу" typed: the answer to the one offer the person holds; with none or several, the usual reply.
  composer.on('message:text', async (ctx, next) => {
    const answer = offerAnswerOfWords(ctx.message.text);
    // An answer with a course's name ("приду на безопасный интернет") picks that offer of several (walk28 W28-07).
    const named = answer ? undefined : answerWithCourse(ctx.message.text);
    const offers = answer || named ? await openOffersOf(ctx.from.id, ctx.deps.now()) : [];
    // No offer open, but a seat just taken: the answer to the yes was lost (the bot asked to try again), or the yes
    // came twice: the enrolment again, not "not understood" (probe25 M5, L3).
    const taken = answer === 'acc' && offers.length === 0 ? await recentAcceptance(ctx.from.id, ctx.deps.now(), ctx.deps.offers.ttlHours) : undefined;
    // Told already: only while that answer is the last thing asked, not after another question with buttons (walk28 W28-26).
    if (taken && (!taken.told || ctx.session.offerAnswered === taken.entryId)) return tellAccepted(ctx, taken.entryId, taken.groupId, taken.told);
    const ids = offers.map((o) => o.entryId);
    const id = named ? await offerNamed(ctx, ids, named.course) : ids.length === 1 ? ids[0] : undefined;
    const said = answer ?? named?.answer;
    // Understood, but several offers could be meant: which, naming the courses.
    if (!id || !said) return ids.length > 1 ? askWhichOffer(ctx, ids) : next();
    // A bare "да" a moment after the offer came, not a reply to it: "I'll come to …, right?" first (walk28 W28-18).
    const offer = offers.find((o) => o.entryId === id)!;
    // An offer she never saw (refused while she had blocked the bot): shown with its buttons first, not taken unseen (probe31 L2).
    if (await unseenOffer(ctx, offer)) return showHeldOffers(ctx);
    if (said === 'acc' && (await hurriedYes(ctx, id))) return askSure(ctx, id, offer.groupId);
    // The offer's own message loses the buttons just answered; after "Can't come" it keeps "I'll come", as when pressed.
    const copies = await offerCopyTexts(ctx, offer);
    for (const { messageId } of copies) {
      const keyboard = said === 'dec' ? new InlineKeyboard().text(ctx.t('cls-offer-accept'), offerData.pack('acc', id)) : undefined;
      await ctx.api.editMessageReplyMarkup(ctx.chat.id, messageId, { reply_markup: keyboard }).catch(() => undefined);
    }
    return said === 'acc' ? accept(ctx, id, copies) : decline(ctx, id, ttl(ctx), copies);
  });

  composer.callbackQuery(offerData.only('keep', 'leave'), async (ctx) => {
    const { action, id } = offerData.read(ctx.match);
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await answerKeep(ctx, id, action === 'keep');
  });

  // "I'll come to …, right?" after a hurried yes: "Yes" takes the seat as a typed answer would, "No" leaves the offer open.
  composer.callbackQuery(offerData.only('sure', 'unsure'), async (ctx) => {
    const { action, id } = offerData.read(ctx.match);
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await answerSure(ctx, id, action === 'sure');
  });

  // "Give up the seat" under the answer to a typed yes (walk s22 W22-20): "give up the seat?" below it, as from my place.
  composer.callbackQuery(offerData.only('undo'), async (ctx) => {
    const { id } = offerData.read(ctx.match);
    // A double tap: the question is already below (probe25 L3).
    const answered = ctx.callbackQuery.message?.message_id;
    if (answered !== undefined && ctx.session.undoPressed === answered) return void (await ctx.answerCallbackQuery());
    const view = await releaseMenu.open(ctx, { entry: id });
    if (!view) return;
    ctx.session.undoPressed = answered;
    await ctx.answerCallbackQuery();
    // The answer stays as a record of the seat, without its "Changed your mind?" and the button: the question comes below.
    const text = ctx.callbackQuery.message?.text ?? '';
    const cut = text.lastIndexOf('\n\n');
    await (cut > 0 ? ctx.editMessageText(text.slice(0, cut)) : ctx.editMessageReplyMarkup()).catch(() => undefined);
    const sent = await releaseMenu.send(ctx, view);
    askedToRelease(ctx, id, sent.message_id);
  });

  // Any other offer:* data (forged, malformed).
  composer.callbackQuery(offerData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}

/**
 * The offer answered says so in place of "please answer by …": "Can't come" keeps only "I'll come" for a change of
 * mind (a late accept takes the seat if nobody holds it yet): walk s20 #22, the offer looked unanswered. The one
 * pressed, or after a typed answer every copy of it (`copies`: walk s28 W28-05).
 */
async function markAnswered(ctx: BotContext, entryId: string, kind: 'acc' | 'dec', copies?: OfferCopy[], seatFree = false) {
  const pressed = ctx.callbackQuery?.message;
  const targets = copies ?? (pressed?.text ? [{ messageId: pressed.message_id, text: pressed.text }] : []);
  const keyboard = kind === 'dec' ? new InlineKeyboard().text(ctx.t('cls-offer-accept'), offerData.pack('acc', entryId)) : undefined;
  // Nobody in the group's line to pass it to (a partner's closed group, say): the seat is still free (fix31a).
  const note = ctx.t(kind === 'acc' ? 'offer-answered-yes' : seatFree ? 'cls-offer-declined-note-free' : 'cls-offer-declined-note');
  for (const { messageId, text } of targets) {
    const cut = text.lastIndexOf('\n\n');
    const body = cut > 0 ? text.slice(0, cut) : text;
    await ctx.api.editMessageText(ctx.chat!.id, messageId, `${kind === 'dec' ? withoutTimeNote(ctx, body) : body}\n\n${note}`, { reply_markup: keyboard }).catch(() => undefined);
  }
}

/**
 * The offer's «Вы просили вечером: «Не смогу» сохранит место» (offer-time-note) is answered once the person said
 * «Не смогу»: the answered copy leaves it out, which keeps the longest offer within 60 words (stop 24's note: 69).
 */
function withoutTimeNote(ctx: BotContext, body: string): string {
  return (['morning', 'afternoon', 'evening'] as const).reduce((text, timeAsked) => text.replace(ctx.t('offer-time-note', { timeDiffers: 'yes', timeAsked }), ''), body);
}

/** "I'll come", pressed under the offer (the message tells which offer a late press is for) or typed. */
async function accept(ctx: BotContext, id: string, copies?: OfferCopy[], offerMessage?: number) {
  // A late accept finds its offer by the message it is under: pressed, or the newest one in words (keepOrComeAnswer).
  const pressed = offerMessage ?? ctx.callbackQuery?.message?.message_id;
  let result = await acceptOffer(ctx.from!.id, id, ctx.deps.now(), pressed, { inTelegram: true });
  if (!result.ok && result.reason === 'already') {
    // A double tap: the first tap has already answered in the chat, the second only gets a short notice. Unless the
    // first was cut off before its answer (the bot stopped): then this one gives it.
    const untold = await untoldEnrolment(ctx.from!.id, id);
    if (!untold) return void (await answer(ctx, ctx.t('cls-offer-already')));
    result = { ok: true, groupId: untold };
  }
  await answer(ctx);
  if (result.ok) await markAnswered(ctx, id, 'acc', copies);
  else if (ctx.callbackQuery) await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (result.ok) {
    ctx.log.info({ entry_id: id, group_id: result.groupId }, 'offer accepted');
    await tellAccepted(ctx, id, result.groupId);
  } else {
    // Too late for this seat: the place in line stands, and the center's phone is there for someone who wanted this
    // very group (walk s21 #26: a senior 20 s late had nowhere to turn; a started group offers no seats again).
    if (result.reason === 'expired') await ctx.reply(ctx.t('cls-offer-expired-now', { phone: await entryCenterPhone(ctx.from!.id, id) }));
    else await ctx.reply(ctx.t('cls-offer-gone'));
  }
}

/**
 * The seat is theirs: course, place, lessons, and «Передумали? [Отказаться от места]», pressed or typed alike (walk35 L3:
 * the press had no way back); `again` for a yes typed twice ("the seat is already yours").
 */
async function tellAccepted(ctx: BotContext, id: string, groupId: string, again = false) {
  const accepted = ctx.t('cls-offer-accepted', await offerVars(groupId, ctx.locale, undefined, ctx.deps.now()));
  // A typed yes may have been meant for something else (walk s22 W22-20): what it was taken for, above.
  const typed = ctx.message?.text;
  const lead = typed === undefined ? [] : [again ? ctx.t('cls-offer-typed-again') : ctx.t('cls-offer-accepted-typed', { said: singleLine(typed).slice(0, 40) })];
  const text = `${[...lead, accepted].join('\n')}\n\n${ctx.t('cls-offer-undo-ask')}`;
  const undo = { text: ctx.t('cls-offer-undo'), data: offerData.pack('undo', id) };
  // A press is answered at once (a second press after a cut-off answers it: untoldEnrolment). A typed yes goes through
  // the outbox (task28 fixC): a send Telegram fails (network, 5xx) is tried again, so the seat taken is never left
  // untold; keyed by the update, so one handled twice sends it once. In the person's language of the moment.
  if (typed === undefined) await ctx.reply(text, { reply_markup: new InlineKeyboard().text(undo.text, undo.data) });
  else {
    const message = { text: { raw: text }, buttons: [[{ text: { raw: undo.text }, data: undo.data }]] };
    await enqueue([{ key: `accepted-typed:${id}:${ctx.update.update_id}`, citizenId: ctx.from!.id, priority: 'personal', message }], ctx.deps.now());
  }
  await markAcceptTold(id, ctx.deps.now());
  ctx.session.offerAnswered = id;
}

/**
 * "Can't come" gives the seat back at once, keeping the place in line: a person who walks away before the next
 * question does not hold a seat for two days. Leaving the line is then one more tap.
 */
async function decline(ctx: BotContext, id: string, ttl: OfferSettings, copies?: OfferCopy[]) {
  // Someone else's offer, or one already answered or expired: nothing to ask about. A seat taken by an "I'll come"
  // the bot stopped before answering is given back, as "Can't come" says.
  const declined = (await declineOffer(ctx.from!.id, id, true, ctx.deps.now(), { ...ttl, inTelegram: true })) || (await giveBackAcceptedSeat(ctx.from!.id, id, ctx.deps.now(), ttl));
  if (!declined) return void (await answer(ctx, ctx.t('cls-offer-gone')));
  ctx.log.info({ entry_id: id }, 'offer declined');
  await answer(ctx);
  const seatFree = await seatLeftFree(id);
  await markAnswered(ctx, id, 'dec', copies, seatFree);
  // The course named: with two offers just shown, "this course" could be either (walk28 W28-06).
  const sent = await ctx.reply(ctx.t(seatFree ? 'cls-decline-ask-course-free' : 'cls-decline-ask-course', { course: await courseOfEntry(ctx, id) }), {
    reply_markup: new InlineKeyboard().text(ctx.t('cls-decline-keep'), offerData.pack('keep', id)).row().text(ctx.t('cls-decline-leave'), offerData.pack('leave', id)),
  });
  askedToKeep(ctx, id, sent.message_id);
}

/**
 * The words right after «Остаться в очереди?», asked after «Не смогу»: «приду», «ладно, приду», «я передумала, приду» are
 * the change of mind the answered offer invites («передумаете — нажмите «Приду»»), taken as that press (walk40: they got
 * «Не получилось понять»; a seat passed on meanwhile is answered as the press would be). A bare «да» keeps the place, as
 * the question means; any other words are that question's.
 */
export const keepOrComeAnswer: AskedAnswer = async (ctx, asked, next) => {
  const text = ctx.message?.text;
  if (text === undefined || !ctx.chat || !asked.entry || yesNoOfWords(text) === 'yes' || offerAnswerOfWords(text) !== 'acc') return keepAnswer(ctx, asked, next);
  // The question and the offer's «Приду» are answered by this; the answer comes below them.
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, asked.message).catch(() => undefined);
  const offerMessages = await sentMessageIds(ctx.chat.id, `offer(-rem)?:${asked.entry}:`);
  await dropOfferCopiesButtons(ctx, asked.entry);
  await accept(ctx, asked.entry, undefined, offerMessages.length > 0 ? Math.max(...offerMessages) : undefined);
};

/** Answers a press (a short notice, or nothing); a typed answer gets the notice as a message. */
async function answer(ctx: BotContext, text?: string) {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery(text ? { text } : undefined);
  else if (text) await ctx.reply(text);
}

/**
 * The answer to "I'll come to …, right?" (walk28 W28-18): yes takes the seat, and every copy of the offer is marked
 * answered, as after a typed answer; no leaves the offer open, to be answered under it.
 */
async function answerSure(ctx: BotContext, id: string, yes: boolean) {
  const offer = (await openOffersOf(ctx.from!.id, ctx.deps.now())).find((o) => o.entryId === id);
  if (!yes || !offer) {
    await answer(ctx);
    return void (await ctx.reply(ctx.t(offer ? 'offer-sure-kept' : 'cls-offer-gone')));
  }
  const copies = await offerCopyTexts(ctx, offer);
  for (const { messageId } of copies) await ctx.api.editMessageReplyMarkup(ctx.chat!.id, messageId).catch(() => undefined);
  await accept(ctx, id, copies);
}

/** Before the flows: a text right after "I'll come to …, right?" answers it ("да", "Да, приду"; "нет", "Нет"). */
export const sureAnswer: AskedAnswer = async (ctx, asked, next) => {
  const text = ctx.message?.text;
  if (text === undefined || !ctx.chat || !asked.entry) return next();
  const said = (key: string) => sameAsLabel(ctx.t(key)).test(text);
  // "Не смогу" is the offer's own answer: it goes on to decline it, as under the offer.
  const yes = said('offer-sure-yes') || offerAnswerOfWords(text) === 'acc';
  const no = said('offer-sure-no') || yesNoOfWords(text) === 'no';
  if (!yes && !no) return next();
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, asked.message).catch(() => undefined);
  await answerSure(ctx, asked.entry, yes);
};

import { createHmac, timingSafeEqual } from 'node:crypto';
import { Composer, InlineKeyboard, Keyboard } from 'grammy';
import { defineCallbackData } from '../../domain/callback-data.js';
import { centerPhoneFor } from '../../domain/help.js';
import { findPaperRecord, isOnAnyList, linkTelegram, paperCenterPhone, paperPhoneOf, paperRecord, type PaperRecord } from '../../domain/link-telegram.js';
import { sameAsLabel } from '../../domain/text.js';
import { initialled } from '../../domain/person-names.js';
import { whoseRecord, whoseVars } from '../../domain/whose-record.js';
import { normalizePhone } from '../../domain/phone.js';
import { roleOf } from '../../domain/roles.js';
import type { BotContext } from '../context.js';
import { listActiveEntries } from '../../domain/waitlist.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';
import { inGroupsText } from './cant-come.js';

/**
 * Linking Telegram later (issue 11.4): a person registered at the desk or
 * imported from a paper list presses "The library already signed me up" under
 * /start, shares their own contact, sees their entries and confirms.
 *
 * Deliberately not a conversation: @grammyjs/conversations stores every update
 * of a running flow (the shared contact with its phone) and every external()
 * result (the entries found) until the flow ends, which is before the person
 * confirmed. Here nothing is stored until they confirm: the contact is read,
 * the record shown, and the "Yes" button carries the record's id signed for
 * this Telegram user (HMAC with the bot token), so it cannot be forged or
 * used by anyone else. Not even the session notes that the button was pressed:
 * a phone typed outside any flow always gets "press the button" instead.
 */

/**
 * "yes" links the record; "pick" (a name on a shared phone) only shows it: each signed apart, so one is not the other.
 * The signature also covers the phone the record carries: a button shown for a record that has since moved to another
 * phone no longer works (probe s25 L6), and neither does one whose record is gone (a double tap on Yes: the first linked it).
 */
type Signed = 'yes' | 'rel' | 'pick' | 'not';
const sign = (token: string, action: Signed, userId: number, paperId: number, phone: string) =>
  createHmac('sha256', token).update(`${action === 'yes' ? 'link' : `link-${action}`}:${userId}:${paperId}:${phone}`).digest('base64url').slice(0, 16);

const SIGNED_RECORD = /[0-9a-z]{1,12}:[\w-]{16}/;
/**
 * start (under /start), no (the buttons sent before "not"), and yes / pick / not with `<record id in base 36>:<signature>`.
 * "not" is "No, it is not me" (or "none of them"): it changes nothing, and carries the record only to give the phone of
 * the center the record is at (probe25 L8).
 */
export const linkData = defineCallbackData('link', { start: null, no: null, yes: SIGNED_RECORD, rel: SIGNED_RECORD, pick: SIGNED_RECORD, not: SIGNED_RECORD });
const signedData = (action: Signed, token: string, userId: number, paperId: number, phone: string) =>
  linkData.pack(action, `${(-paperId).toString(36)}:${sign(token, action, userId, paperId, phone)}`);

/** The record id of a signed button this user was given for the record as it still is; undefined otherwise (forged, another person's, stale). */
async function signedRecord(ctx: BotContext & { match: string | RegExpMatchArray | undefined }, action: Signed): Promise<number | undefined> {
  const [record = '', signature = ''] = linkData.read(ctx.match).id.split(':');
  const paperId = -parseInt(record, 36);
  const phone = await paperPhoneOf(paperId);
  if (!phone) return undefined;
  const expected = Buffer.from(sign(ctx.deps.config.BOT_TOKEN, action, ctx.from!.id, paperId, phone));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? paperId : undefined;
}

function shareKeyboard(ctx: BotContext) {
  return new Keyboard().requestContact(ctx.t('link-share-button')).row().text(ctx.t('btn-cancel')).resized().oneTime();
}

/** The row /start adds under the language buttons for someone on no list yet. */
export async function linkOfferRow(ctx: BotContext, keyboard: InlineKeyboard): Promise<InlineKeyboard> {
  if (!ctx.from || (await isOnAnyList(ctx.from.id))) return keyboard;
  return keyboard.row().text(ctx.t('link-start-button'), linkData.pack('start'));
}

/** Whose record, its entries and "Is this you?", with Yes signed for this user and this record. */
async function showRecord(ctx: BotContext, record: PaperRecord, pickedName?: string) {
  const lines = record.entries.map((e) => ctx.t('link-found-entry', { ...e }));
  const keyboard = new InlineKeyboard()
    .text(ctx.t('link-btn-yes'), signedData('yes', ctx.deps.config.BOT_TOKEN, ctx.from!.id, record.paperId, record.phone))
    .row()
    // A relative's record: linked the same, and her messages say whose they are (walk36 L2).
    .text(ctx.t('link-btn-relative'), signedData('rel', ctx.deps.config.BOT_TOKEN, ctx.from!.id, record.paperId, record.phone))
    .row()
    .text(ctx.t('link-btn-no'), signedData('not', ctx.deps.config.BOT_TOKEN, ctx.from!.id, record.paperId, record.phone));
  // Whose record, always: a relative with the phone sees it is not his own before «Это мой родственник» (walk34 W34-18).
  const intro = ctx.t('link-found-intro-of', { name: pickedName ?? initialled(record.name) });
  await ctx.reply([intro, ...lines, ctx.t('link-found-ask')].join('\n'), { reply_markup: keyboard });
}

const programPhone = async (ctx: BotContext) => (await centerPhoneFor(ctx.from?.id)).phone;
/** The phone of the center a record found is at; when there is none (the record is gone), the person's own or the program's (probe25 L8). */
const recordPhone = async (ctx: BotContext, paperId: number | undefined) => (paperId !== undefined ? await paperCenterPhone(paperId) : undefined) ?? programPhone(ctx);

/** "Send my number" asked this long ago or less: words nobody understood are taken as said to it. */
const LINK_STEP_MS = 60 * 60_000;

/**
 * Words typed at "Send my number" that nothing understood ("это не для меня, для бабушки, у неё нет телефона"):
 * said what to do, the button kept, not the menu's "not understood" (walk29 W29-02). True when answered.
 */
export async function linkStepWords(ctx: BotContext): Promise<boolean> {
  const asked = ctx.session.linkAsked;
  if (!ctx.message?.text || asked === undefined) return false;
  if (ctx.deps.now().getTime() - asked > LINK_STEP_MS) {
    delete ctx.session.linkAsked;
    return false;
  }
  await ctx.reply(ctx.t('link-for-someone-else'), { reply_markup: shareKeyboard(ctx) });
  return true;
}

/** The first step of linking a record made at a desk: "Send my number", the button at the bottom. */
export async function askOwnNumber(ctx: BotContext) {
  await ctx.reply(ctx.t('link-share-ask'), { reply_markup: shareKeyboard(ctx) });
  ctx.session.linkAsked = ctx.deps.now().getTime();
}

export function linkTelegramFeature() {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(linkData.only('start'), async (ctx) => {
    await ctx.answerCallbackQuery();
    await askOwnNumber(ctx);
  });

  // A contact no conversation asked for: only the sender's own links (Telegram fills user_id for the "share my number" button).
  composer.on('message:contact', async (ctx) => {
    const contact = ctx.message.contact;
    delete ctx.session.linkAsked;
    if (contact.user_id !== ctx.from.id) return void (await ctx.reply(ctx.t('link-not-own'), { reply_markup: shareKeyboard(ctx) }));
    if (await isOnAnyList(ctx.from.id)) return void (await ctx.reply(ctx.t('link-on-list', { phone: await programPhone(ctx) }), { reply_markup: mainMenu(ctx) }));
    const record = await findPaperRecord(contact.phone_number, ctx.locale);
    // Not the regional library's phone: his own center's is under «Центры рядом», and whoever wrote him down (a library,
    // a hospital) can add the number (walk31 W31-05: a patient written down without a phone was sent to Kemerovo).
    if (!record) return void (await ctx.reply(ctx.t('link-record-not-found'), { reply_markup: mainMenu(ctx) }));
    // Two records of hers on this phone (fix38q L6): not one linked and the other's places left silent.
    if ('twoRecords' in record) return void (await ctx.reply(ctx.t('link-two-records', { phone: await recordPhone(ctx, record.twoRecords) }), { reply_markup: mainMenu(ctx) }));
    if ('people' in record) {
      // The phone is the person's own (Telegram vouches for it), and the library registered these people under it and
      // asks for them by name when it calls it: their names are no news to whoever holds it.
      const keyboard = new InlineKeyboard();
      for (const person of record.people) keyboard.text(initialled(person.name), signedData('pick', ctx.deps.config.BOT_TOKEN, ctx.from.id, person.id, record.phone)).row();
      // None of them: the phone of the first one's center (a shared phone is mostly one household, one library).
      keyboard.text(ctx.t('link-btn-none-of-them'), signedData('not', ctx.deps.config.BOT_TOKEN, ctx.from.id, record.people[0]!.id, record.phone));
      return void (await ctx.reply(ctx.t('link-shared-which'), { reply_markup: keyboard }));
    }
    await showRecord(ctx, record);
  });

  // A name picked on a shared phone: that person's record, to confirm as a record found alone is.
  composer.callbackQuery(linkData.only('pick'), async (ctx) => {
    const paperId = await signedRecord(ctx, 'pick');
    if (paperId === undefined) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    const record = await paperRecord(paperId, ctx.locale);
    if (!record) return void (await ctx.reply(ctx.t('link-gone', { phone: await recordPhone(ctx, paperId) }), { reply_markup: mainMenu(ctx) }));
    await showRecord(ctx, record, initialled(record.name));
  });

  // «Да, это я» or «Это мой родственник»: both link; the second marks the account as reading for her (walk36 L2).
  composer.callbackQuery(linkData.only('yes', 'rel'), async (ctx) => {
    const action = linkData.read(ctx.match).action === 'rel' ? 'rel' : 'yes';
    const paperId = await signedRecord(ctx, action);
    // Another person's button (or forged data) is not theirs to press.
    if (paperId === undefined) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    await ctx.answerCallbackQuery();
    const result = await linkTelegram(paperId, ctx.from.id, ctx.locale, ctx.deps.now(), action === 'rel');
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (result.ok) {
      ctx.log.info({ entries: result.entries, offers: result.offers }, 'telegram linked to a record without it');
      // Someone in a group hears of the group and its next lesson, not «your place in line is kept» (walk31 W31-06).
      const groups = await inGroupsText(ctx);
      const waiting = groups !== undefined && (await listActiveEntries(ctx.from.id, ctx.deps.now())).some((e) => e.status !== 'enrolled');
      // A relative's «Готово!» names her, as every message about her lessons will (walk36 L2).
      const whose = whoseVars(await whoseRecord(ctx.from.id));
      const text = groups ? [ctx.t('link-done-in-group', whose), groups, ...(waiting ? [ctx.t('link-line-kept')] : [])].join('\n') : ctx.t('link-done', whose);
      return void (await ctx.reply(text, { reply_markup: mainMenu(ctx) }));
    }
    // Already on a list through Telegram: their own center's phone; a record gone meanwhile: its center's, if it is known.
    const phone = result.reason === 'on-list' ? await programPhone(ctx) : await recordPhone(ctx, paperId);
    await ctx.reply(ctx.t(result.reason === 'on-list' ? 'link-on-list' : 'link-gone', { phone }), { reply_markup: mainMenu(ctx) });
  });

  // "No, it is not me": nothing changes. The phone of the record's center (a stale or old button: the program's).
  composer.callbackQuery(linkData.only('no', 'not'), async (ctx) => {
    const paperId = linkData.read(ctx.match).action === 'not' ? await signedRecord(ctx, 'not') : undefined;
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t('link-not-me', { phone: await recordPhone(ctx, paperId) }), { reply_markup: mainMenu(ctx) });
  });
  composer.callbackQuery(linkData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));

  // Outside any flow: Cancel under the share button, or a phone typed instead of shared (it proves nothing, so it does not link).
  composer.on('message:text', async (ctx, next) => {
    // No flow is running (it would have taken the word): nothing was cancelled, and a sign-up stays (probe25 L13).
    if (sameAsLabel(ctx.t('btn-cancel')).test(ctx.message.text)) {
      delete ctx.session.linkAsked;
      const listed = await isOnAnyList(ctx.from.id);
      return void (await ctx.reply(ctx.t(listed ? 'cancel-nothing-listed' : 'cancel-nothing', { place: ctx.t('menu-place').replace(/^[^\p{L}]+/u, '') }), { reply_markup: mainMenu(ctx) }));
    }
    if (!normalizePhone(ctx.message.text)) return next();
    // Staff typing a phone mean someone else's (a card's, probe30 L4): not the citizens' «Отправить мой номер».
    if (await roleOf(ctx.from.id, ctx.deps.config.ADMIN_IDS)) return void (await ctx.reply(ctx.t('staff-typed-phone')));
    await ctx.reply(ctx.t('link-typed-phone'), { reply_markup: shareKeyboard(ctx) });
  });
  return composer;
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { Composer, InlineKeyboard, Keyboard } from 'grammy';
import { defineCallbackData } from '../../domain/callback-data.js';
import { centerPhoneFor } from '../../domain/help.js';
import { findPaperRecord, isOnAnyList, linkTelegram } from '../../domain/link-telegram.js';
import { normalizePhone } from '../../domain/phone.js';
import type { BotContext } from '../context.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';

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

const sign = (token: string, userId: number, paperId: number) =>
  createHmac('sha256', token).update(`link:${userId}:${paperId}`).digest('base64url').slice(0, 16);

/** start (under /start), no, and yes with `<record id in base 36>:<signature>`. */
export const linkData = defineCallbackData('link', { start: null, no: null, yes: /[0-9a-z]{1,12}:[\w-]{16}/ });
const yesData = (token: string, userId: number, paperId: number) => linkData.pack('yes', `${(-paperId).toString(36)}:${sign(token, userId, paperId)}`);

function shareKeyboard(ctx: BotContext) {
  return new Keyboard().requestContact(ctx.t('link-share-button')).row().text(ctx.t('btn-cancel')).resized().oneTime();
}

/** The row /start adds under the language buttons for someone on no list yet. */
export async function linkOfferRow(ctx: BotContext, keyboard: InlineKeyboard): Promise<InlineKeyboard> {
  if (!ctx.from || (await isOnAnyList(ctx.from.id))) return keyboard;
  return keyboard.row().text(ctx.t('link-start-button'), linkData.pack('start'));
}

const programPhone = async (ctx: BotContext) => (await centerPhoneFor(ctx.from?.id)).phone;

export function linkTelegramFeature() {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(linkData.only('start'), async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('link-share-ask'), { reply_markup: shareKeyboard(ctx) });
  });

  // A contact no conversation asked for: only the sender's own links (Telegram fills user_id for the "share my number" button).
  composer.on('message:contact', async (ctx) => {
    const contact = ctx.message.contact;
    if (contact.user_id !== ctx.from.id) return void (await ctx.reply(ctx.t('link-not-own'), { reply_markup: shareKeyboard(ctx) }));
    if (await isOnAnyList(ctx.from.id)) return void (await ctx.reply(ctx.t('link-on-list', { phone: await programPhone(ctx) }), { reply_markup: mainMenu(ctx) }));
    const record = await findPaperRecord(contact.phone_number, ctx.locale);
    if (!record) return void (await ctx.reply(ctx.t('link-not-found', { phone: await programPhone(ctx) }), { reply_markup: mainMenu(ctx) }));
    if (record === 'shared') return void (await ctx.reply(ctx.t('link-shared-phone', { phone: await programPhone(ctx) }), { reply_markup: mainMenu(ctx) }));
    const lines = record.entries.map((e) => ctx.t('link-found-entry', { ...e }));
    const keyboard = new InlineKeyboard()
      .text(ctx.t('link-btn-yes'), yesData(ctx.deps.config.BOT_TOKEN, ctx.from.id, record.paperId))
      .row()
      .text(ctx.t('link-btn-no'), linkData.pack('no'));
    await ctx.reply([ctx.t('link-found-intro'), ...lines, ctx.t('link-found-ask')].join('\n'), { reply_markup: keyboard });
  });

  composer.callbackQuery(linkData.only('yes'), async (ctx) => {
    const [record = '', signature = ''] = linkData.read(ctx.match).id.split(':');
    const paperId = -parseInt(record, 36);
    const expected = Buffer.from(sign(ctx.deps.config.BOT_TOKEN, ctx.from.id, paperId));
    const given = Buffer.from(signature);
    // Another person's button (or forged data) is not theirs to press.
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    await ctx.answerCallbackQuery();
    const result = await linkTelegram(paperId, ctx.from.id, ctx.locale, ctx.deps.now());
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (result.ok) {
      ctx.log.info({ entries: result.entries, offers: result.offers }, 'telegram linked to a record without it');
      return void (await ctx.reply(ctx.t('link-done'), { reply_markup: mainMenu(ctx) }));
    }
    await ctx.reply(ctx.t(result.reason === 'on-list' ? 'link-on-list' : 'link-gone', { phone: await programPhone(ctx) }), { reply_markup: mainMenu(ctx) });
  });

  composer.callbackQuery(linkData.only('no'), async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t('link-not-me', { phone: await programPhone(ctx) }), { reply_markup: mainMenu(ctx) });
  });
  composer.callbackQuery(linkData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));

  // Outside any flow: Cancel under the share button, or a phone typed instead of shared (it proves nothing, so it does not link).
  composer.on('message:text', async (ctx, next) => {
    if (ctx.message.text === ctx.t('btn-cancel')) return void (await ctx.reply(ctx.t('cancelled'), { reply_markup: mainMenu(ctx) }));
    if (!normalizePhone(ctx.message.text)) return next();
    await ctx.reply(ctx.t('link-typed-phone'), { reply_markup: shareKeyboard(ctx) });
  });
  return composer;
}

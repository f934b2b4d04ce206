import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard, type Keyboard } from 'grammy';
import type { BotContext, SceneContext } from '../src/bot/context.js';
import { mainMenu } from '../src/bot/keyboards/main-menu.js';

export type SceneConversation = Conversation<BotContext, SceneContext>;

/** What a step returns when the citizen pressed Back. */
export const BACK = Symbol('back');
export type Back = typeof BACK;

export interface Choice {
  label: string;
  /** Short value; the callback data is "c:<value>" (≤ 64 bytes in all). */
  value: string;
}

export interface AskOptions {
  text: string;
  choices: Choice[];
  /** Buttons per row (1 for long labels). */
  columns?: number;
  back?: boolean;
}

const CHOICE = 'c:';
const NAV_BACK = 'nav:back';
const NAV_CANCEL = 'nav:cancel';

/** Buttons of other features (an offer, "leave the list") pass through a running conversation. */
const isOurs = (data: string) => data.startsWith(CHOICE) || data.startsWith('nav:');

/** Inline Back / Cancel row, appended to every step. */
function withNavigation(ctx: SceneContext, keyboard: InlineKeyboard, back: boolean) {
  keyboard.row();
  if (back) keyboard.text(ctx.t('btn-back'), NAV_BACK);
  return keyboard.text(ctx.t('btn-cancel'), NAV_CANCEL);
}

/** Ends the conversation: says so and brings the main menu back. */
export async function cancelScene(conversation: SceneConversation, ctx: SceneContext): Promise<never> {
  await ctx.reply(ctx.t('cancelled'), { reply_markup: mainMenu(ctx) });
  return conversation.halt();
}

/**
 * Asks one question with inline buttons and waits for a press of one of them.
 * Typed text gets a gentle re-ask; a press on an older message or forged data
 * is answered "button no longer works" and the question stays.
 */
export async function askChoice(conversation: SceneConversation, ctx: SceneContext, options: AskOptions): Promise<string | Back> {
  const keyboard = new InlineKeyboard();
  options.choices.forEach((choice, i) => {
    if (i > 0 && i % (options.columns ?? 1) === 0) keyboard.row();
    keyboard.text(choice.label, CHOICE + choice.value);
  });
  const sent = await ctx.reply(options.text, { reply_markup: withNavigation(ctx, keyboard, options.back ?? true) });
  const allowed = new Set(options.choices.map((c) => CHOICE + c.value));
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data === undefined) {
      await next.reply(next.t('use-buttons'));
      // Skipped, so the typed text is not kept in the stored replay log (it may be personal; see src/bot/conversation-storage.ts).
      return conversation.skip();
    }
    if (!isOurs(data)) await conversation.skip({ next: true });
    const current = next.callbackQuery?.message?.message_id === sent.message_id;
    if (!current || !(allowed.has(data) || data === NAV_CANCEL || (data === NAV_BACK && options.back !== false))) {
      await next.answerCallbackQuery({ text: next.t('button-outdated') });
      continue;
    }
    await next.answerCallbackQuery();
    // Remove the buttons so a second tap cannot answer the same question twice.
    await next.editMessageReplyMarkup().catch(() => undefined);
    if (data === NAV_CANCEL) return cancelScene(conversation, next);
    if (data === NAV_BACK) return BACK;
    return data.slice(CHOICE.length);
  }
}

export type ReplyAnswer<T> = { kind: 'value'; value: T } | { kind: 'text'; text: string };

/**
 * Asks with a reply keyboard (for request_location / request_contact buttons)
 * and waits until `accept` takes the update, or Back / Cancel is tapped.
 * `accept` returns undefined to re-ask with `hint`.
 */
export async function askWithReplyKeyboard<T>(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: { text: string; keyboard: Keyboard; accept: (ctx: SceneContext) => T | undefined; hint: (ctx: SceneContext) => string },
): Promise<T | Back> {
  await ctx.reply(options.text, { reply_markup: options.keyboard });
  for (;;) {
    const next = await conversation.wait();
    const text = next.message?.text;
    if (text === next.t('btn-cancel')) return cancelScene(conversation, next);
    if (text === next.t('btn-back')) return BACK;
    if (next.callbackQuery) {
      if (!isOurs(next.callbackQuery.data ?? '')) await conversation.skip({ next: true });
      await next.answerCallbackQuery({ text: next.t('button-outdated') });
      continue;
    }
    const value = options.accept(next);
    if (value !== undefined) return value;
    await next.reply(options.hint(next), { reply_markup: options.keyboard });
    // What was not accepted is not kept in the stored replay log.
    await conversation.skip();
  }
}

/** Asks for free text with inline Back / Cancel; `validate` returns an error key or undefined. */
export async function askText(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: { text: string; validate: (text: string) => string | undefined; back?: boolean },
): Promise<string | Back> {
  const sent = await ctx.reply(options.text, { reply_markup: withNavigation(ctx, new InlineKeyboard(), options.back ?? true) });
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data !== undefined) {
      if (!isOurs(data)) await conversation.skip({ next: true });
      const current = next.callbackQuery?.message?.message_id === sent.message_id;
      if (!current || (data !== NAV_BACK && data !== NAV_CANCEL)) {
        await next.answerCallbackQuery({ text: next.t('button-outdated') });
        continue;
      }
      await next.answerCallbackQuery();
      await next.editMessageReplyMarkup().catch(() => undefined);
      if (data === NAV_CANCEL) return cancelScene(conversation, next);
      return BACK;
    }
    const text = next.message?.text?.trim();
    if (text === undefined) {
      await next.reply(next.t('use-buttons'));
      continue;
    }
    const error = options.validate(text);
    if (!error) return text;
    await next.reply(next.t(error));
  }
}

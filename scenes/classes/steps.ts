import { InlineKeyboard } from 'grammy';
import type { SceneContext } from '../../src/bot/context.js';
import { BACK, cancelScene, type Back, type Choice, type SceneConversation } from '../kit.js';

/**
 * Steps the kit does not have: several choices toggled on one message, and
 * buttons that also accept a typed answer. Same rules as the kit: Back and
 * Cancel on every step, other features' buttons pass through, stale or forged
 * buttons are refused.
 */

const DONE = '!done';
const isOurs = (data: string) => data.startsWith('c:') || data.startsWith('nav:');

function keyboard(ctx: SceneContext, choices: Choice[], columns: number, extra: Choice[] = []) {
  const kb = new InlineKeyboard();
  choices.forEach((c, i) => {
    if (i > 0 && i % columns === 0) kb.row();
    kb.text(c.label, `c:${c.value}`);
  });
  for (const c of extra) kb.row().text(c.label, `c:${c.value}`);
  return kb.row().text(ctx.t('btn-back'), 'nav:back').text(ctx.t('btn-cancel'), 'nav:cancel');
}

/** Toggle any of `choices` (✓ marks), then Done. Returns the chosen values. */
export async function askMany(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: { text: string; choices: Choice[]; columns?: number; initial?: string[] },
): Promise<string[] | Back> {
  const chosen = new Set(options.initial ?? []);
  const render = () =>
    keyboard(
      ctx,
      options.choices.map((c) => ({ label: chosen.has(c.value) ? `✓ ${c.label}` : c.label, value: c.value })),
      options.columns ?? 1,
      [{ label: ctx.t('cls-done'), value: DONE }],
    );
  const sent = await ctx.reply(options.text, { reply_markup: render() });
  const allowed = new Set(options.choices.map((c) => c.value));
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data === undefined) {
      await next.reply(next.t('use-buttons'));
      continue;
    }
    if (!isOurs(data)) await conversation.skip({ next: true });
    const value = data.slice(2);
    const current = next.callbackQuery?.message?.message_id === sent.message_id;
    if (!current || !(data === 'nav:back' || data === 'nav:cancel' || value === DONE || allowed.has(value))) {
      await next.answerCallbackQuery({ text: next.t('button-outdated') });
      continue;
    }
    if (data === 'nav:cancel' || data === 'nav:back' || value === DONE) {
      if (value === DONE && chosen.size === 0) {
        await next.answerCallbackQuery({ text: next.t('cls-pick-one') });
        continue;
      }
      await next.answerCallbackQuery();
      await next.editMessageReplyMarkup().catch(() => undefined);
      if (data === 'nav:cancel') return cancelScene(conversation, next);
      if (data === 'nav:back') return BACK;
      return options.choices.map((c) => c.value).filter((v) => chosen.has(v));
    }
    if (chosen.has(value)) chosen.delete(value);
    else chosen.add(value);
    await next.answerCallbackQuery();
    await next.editMessageReplyMarkup({ reply_markup: render() }).catch(() => undefined);
  }
}

/**
 * Buttons for the usual answers, and a typed answer for anything else.
 * `parse` turns typed text into a value, or returns an error key for a gentle re-ask.
 */
export async function askChoiceOrText(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: { text: string; choices: Choice[]; columns?: number; parse: (text: string) => { value: string } | { error: string } },
): Promise<string | Back> {
  const sent = await ctx.reply(options.text, { reply_markup: keyboard(ctx, options.choices, options.columns ?? 1) });
  const allowed = new Set(options.choices.map((c) => `c:${c.value}`));
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data !== undefined) {
      if (!isOurs(data)) await conversation.skip({ next: true });
      const current = next.callbackQuery?.message?.message_id === sent.message_id;
      if (!current || !(allowed.has(data) || data === 'nav:back' || data === 'nav:cancel')) {
        await next.answerCallbackQuery({ text: next.t('button-outdated') });
        continue;
      }
      await next.answerCallbackQuery();
      await next.editMessageReplyMarkup().catch(() => undefined);
      if (data === 'nav:cancel') return cancelScene(conversation, next);
      if (data === 'nav:back') return BACK;
      return data.slice(2);
    }
    const text = next.message?.text?.trim();
    if (text === undefined) {
      await next.reply(next.t('use-buttons'));
      continue;
    }
    const parsed = options.parse(text);
    if ('value' in parsed) {
      await ctx.api.editMessageReplyMarkup(sent.chat.id, sent.message_id).catch(() => undefined);
      return parsed.value;
    }
    await next.reply(next.t(parsed.error));
  }
}

import { InlineKeyboard, Keyboard } from 'grammy';
import type { SceneContext } from '../../src/bot/context.js';
import { isValidPoint, parseCoordinates } from '../../src/domain/centers-admin.js';
import { askWithReplyKeyboard, BACK, cancelScene, type Back, type Choice, type SceneConversation } from '../kit.js';

const CHOICE = 'c:';
const NAV_BACK = 'nav:back';
const NAV_CANCEL = 'nav:cancel';

/**
 * Buttons for the usual answers, or a typed one (a new town, another time
 * zone). Like kit.askChoice, but typed text is validated instead of re-asked:
 * `validate` returns an error key or undefined.
 */
export async function askChoiceOrText(
  conversation: SceneConversation,
  ctx: SceneContext,
  options: { text: string; choices: Choice[]; validate: (text: string) => string | undefined; back?: boolean },
): Promise<{ choice: string } | { typed: string } | Back> {
  const back = options.back ?? true;
  const keyboard = new InlineKeyboard();
  for (const choice of options.choices) keyboard.text(choice.label, CHOICE + choice.value).row();
  if (back) keyboard.text(ctx.t('btn-back'), NAV_BACK);
  keyboard.text(ctx.t('btn-cancel'), NAV_CANCEL);
  const sent = await ctx.reply(options.text, { reply_markup: keyboard });
  const allowed = new Set(options.choices.map((c) => CHOICE + c.value));
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data !== undefined) {
      // Buttons of other features (another center's card) pass through.
      if (!data.startsWith(CHOICE) && !data.startsWith('nav:')) await conversation.skip({ next: true });
      const current = next.callbackQuery?.message?.message_id === sent.message_id;
      if (!current || !(allowed.has(data) || data === NAV_CANCEL || (data === NAV_BACK && back))) {
        await next.answerCallbackQuery({ text: next.t('button-outdated') });
        continue;
      }
      await next.answerCallbackQuery();
      await next.editMessageReplyMarkup().catch(() => undefined);
      if (data === NAV_CANCEL) return cancelScene(conversation, next);
      if (data === NAV_BACK) return BACK;
      return { choice: data.slice(CHOICE.length) };
    }
    const text = next.message?.text?.trim();
    if (text === undefined) {
      await next.reply(next.t('use-buttons'));
      continue;
    }
    const error = options.validate(text);
    if (!error) return { typed: text };
    await next.reply(next.t(error));
  }
}

/**
 * The center's point: shared from the map with the reply-keyboard button, or
 * typed as "55.35, 86.08". The reply keyboard is removed afterwards.
 */
export async function askLocation(conversation: SceneConversation, ctx: SceneContext) {
  const keyboard = new Keyboard()
    .requestLocation(ctx.t('adm-ctr-location-button'))
    .row()
    .text(ctx.t('btn-back'))
    .text(ctx.t('btn-cancel'))
    .resized()
    .oneTime();
  const answer = await askWithReplyKeyboard(conversation, ctx, {
    text: ctx.t('adm-ctr-ask-location'),
    keyboard,
    accept: (c) => {
      const shared = c.message?.location ?? c.message?.venue?.location;
      if (shared) return isValidPoint(shared.latitude, shared.longitude) ? { latitude: shared.latitude, longitude: shared.longitude } : undefined;
      return c.message?.text ? parseCoordinates(c.message.text) : undefined;
    },
    hint: (c) => c.t('adm-ctr-location-invalid'),
  });
  const shown = answer === BACK ? ctx.t('adm-ctr-location-back') : ctx.t('adm-ctr-location-got', { location: `${answer.latitude.toFixed(5)}, ${answer.longitude.toFixed(5)}` });
  await ctx.reply(shown, { reply_markup: { remove_keyboard: true } });
  return answer;
}

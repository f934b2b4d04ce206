import type { Transformer } from 'grammy';

/**
 * Answering a button press only stops the spinner on the person's phone.
 * Telegram refuses the answer once the press is older than about 15 s ("query
 * is too old", after a restart's backlog or a slow database) or was answered
 * already. The tap itself was handled; failing the update for it would send an
 * apology and end the person's conversation. So that refusal counts as
 * answered, in one place for features, menus and conversations alike.
 *
 * @example
 * bot.api.config.use(lateCallbackAnswersAreDone);
 */
export const lateCallbackAnswersAreDone: Transformer = async (prev, method, payload, signal) => {
  const response = await prev(method, payload, signal);
  if (method !== 'answerCallbackQuery' || response.ok) return response;
  return response.error_code === 400 && /query is too old|query id is invalid/i.test(response.description)
    ? { ok: true, result: true as never }
    : response;
};

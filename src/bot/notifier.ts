import nodeFetch from 'node-fetch';
import { Api, type ApiClientOptions } from 'grammy';
import type { Config } from '../config.js';
import { TelegramNotifier } from '../notify/telegram-notifier.js';
import { countBotApiCalls } from '../ops/metrics.js';
import type { FloodGate } from './flood-gate.js';
import { floodControlledFetch } from './flood-fetch.js';
import { withoutEmptyKeyboardRows } from './without-empty-rows.js';
import type { Translator } from './i18n.js';

/**
 * The outbox's way to Telegram: its own Api without automatic retries (the
 * outbox sees every 429 and paces itself), recording 429s in the flood gate
 * the bot's replies share (a per-chat 429 holds only that chat). main.ts builds it before the bot.
 *
 * @example
 * const notifier = createTelegramNotifier(config, i18n, { floodGate });
 */
export function createTelegramNotifier(
  config: Config,
  i18n: Translator,
  options: { floodGate: FloodGate; fetch?: ApiClientOptions['fetch'] },
): TelegramNotifier {
  const fetch = countBotApiCalls<typeof globalThis.fetch>((options.fetch ?? nodeFetch));
  // No waiting and no retry inside the call: the outbox asks the gate itself and reschedules the item.
  const api = new Api(config.BOT_TOKEN, {
    apiRoot: config.TELEGRAM_API_ROOT,
    fetch: floodControlledFetch(options.floodGate, fetch, { retry: false, wait: false }),
  });
  api.config.use(withoutEmptyKeyboardRows);
  return new TelegramNotifier(api, (locale, key, vars) => i18n.t(locale, key, vars), options.floodGate);
}

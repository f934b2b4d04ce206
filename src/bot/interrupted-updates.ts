import { CitizenModel } from '../db/models/citizen.js';
import { finishUpdates, interruptedUpdates, type InterruptedUpdate } from '../db/repositories/received-updates.js';
import type { Logger } from '../logger.js';
import { lastAnswered } from './answered-chats.js';
import { isLocale } from './i18n.js';
import type { Locale, Notifier } from '../notify/notifier.js';

export interface InterruptedUpdateDeps {
  notifier: Notifier;
  logger: Logger;
  defaultLocale: Locale;
}

export interface SweepOptions {
  /** An update claimed this long ago by another process and not finished was cut off (default 60 s). */
  graceMs?: number;
  /** How often to look (default 30 s). */
  everyMs?: number;
  now?: () => Date;
}

/**
 * A message or tap the bot was handling when its process was killed is not
 * handled again (it may have done half its work: dedupe-updates.ts). Its person
 * would wait forever; instead, once per chat, they are told the bot restarted
 * and asked to repeat it. Looks at start and every `everyMs` (the process that
 * was killed may be replaced by another one before the grace has passed).
 *
 * @example
 * const sweep = startInterruptedUpdateSweep({ notifier, logger, defaultLocale: 'ru' });
 * sweep.stop();
 */
export function startInterruptedUpdateSweep(deps: InterruptedUpdateDeps, options: SweepOptions = {}): { stop(): void } {
  let running = false;
  const look = () => {
    if (running) return;
    running = true;
    tellInterruptedChats(deps, options)
      .then((told) => told > 0 && deps.logger.info({ chats: told }, 'told chats whose last update a restart cut off'))
      .catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'interrupted updates: look-up failed'))
      .finally(() => (running = false));
  };
  look();
  const timer = setInterval(look, options.everyMs ?? 30_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** One look: tells each chat with a cut-off update once; returns how many chats were told. */
export async function tellInterruptedChats(deps: InterruptedUpdateDeps, options: SweepOptions = {}): Promise<number> {
  const now = options.now?.() ?? new Date();
  const updates = await interruptedUpdates(new Date(now.getTime() - (options.graceMs ?? 60_000)));
  if (updates.length === 0) return 0;
  const perChat = new Map<number, InterruptedUpdate[]>();
  for (const update of updates) perChat.set(update.chatId, [...(perChat.get(update.chatId) ?? []), update]);
  // The language the person chose, if they are a citizen; else their Telegram's, as it was noted.
  const citizens = await CitizenModel.find({ _id: { $in: [...perChat.keys()] } }, { language: 1 }).lean();
  const chosen = new Map(citizens.map((c) => [c._id, c.language]));
  let told = 0;
  for (const [chatId, chatUpdates] of perChat) {
    // The person repeated it after the restart and had their answer (probe s20 F9): nothing to ask.
    const since = lastAnswered(chatId);
    if (since !== undefined && chatUpdates.every((u) => u.updateId < since)) {
      await finishUpdates(chatUpdates.map((u) => u.updateId));
      continue;
    }
    const noted = chatUpdates[0]!.language;
    const language = chosen.get(chatId) ?? (isLocale(noted) ? noted : deps.defaultLocale);
    const result = await deps.notifier.sendToCitizen({ citizenId: chatId, language }, { text: { key: 'update-interrupted' } });
    // A 429 or a network error: the next look tries again. Sent, or the bot is blocked: the chat is not kept.
    if (!result.ok && result.reason !== 'blocked') continue;
    if (result.ok) told++;
    await finishUpdates(chatUpdates.map((u) => u.updateId));
  }
  return told;
}

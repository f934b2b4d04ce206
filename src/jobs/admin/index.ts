import type { Api } from 'grammy';
import type { Agenda } from 'agenda';
import type { AppDeps } from '../../bot/context.js';
import { createI18n } from '../../bot/i18n.js';
import { refreshStatsSnapshot, STATS_REFRESH_MINUTES } from '../../domain/stats.js';
import { BROADCAST_PROGRESS_JOB, broadcastProgressTick, scheduleProgress, type ProgressChannel } from './broadcast-progress.js';

export const STATS_REFRESH_JOB = 'admin-stats-refresh';

/** The author's chat through the Bot API, with the bot's translations. */
export function telegramProgressChannel(api: Api, i18n: ReturnType<typeof createI18n>): ProgressChannel {
  return {
    edit: async (chatId, messageId, text, buttons) =>
      void (await api.editMessageText(chatId, messageId, text, buttons ? { reply_markup: { inline_keyboard: buttons } } : undefined)),
    send: async (chatId, text, buttons) => void (await api.sendMessage(chatId, text, buttons ? { reply_markup: { inline_keyboard: buttons } } : undefined)),
    t: (locale, key, vars) => i18n.t(locale, key, vars),
  };
}

/**
 * The admin job definitions; `channel` writes to the broadcast's author (the
 * bot's own Api, so it waits out a 429 the outbox met). Tests call the job
 * bodies directly with a controlled clock.
 */
export async function defineAdminJobs(agenda: Agenda, deps: AppDeps, channel: ProgressChannel): Promise<void> {
  agenda.define<{ broadcastId: string }>(
    BROADCAST_PROGRESS_JOB,
    async (job) => {
      const { broadcastId } = job.attrs.data;
      const done = await broadcastProgressTick(channel, broadcastId, deps.now());
      if (!done) await scheduleProgress(agenda, broadcastId, deps.now());
    },
    { removeOnComplete: true },
  );
  // /stats reads a snapshot: a scan of a large waiting list is too slow for a command.
  agenda.define(STATS_REFRESH_JOB, async () => void (await refreshStatsSnapshot(deps.now())), { lockLifetime: 5 * 60_000 });
  // Resolves once the repeat is stored (a test reads it back); main.ts does not wait for it.
  await agenda.every(`${STATS_REFRESH_MINUTES} minutes`, STATS_REFRESH_JOB).catch((error: unknown) =>
    deps.logger.error({ err: { message: String(error) } }, 'admin: could not schedule the stats refresh'),
  );
}

import mongoose from 'mongoose';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { connectDatabase } from './db/connect.js';
import { isDatabaseEmpty, seedSampleData } from './db/seed.js';
import { createBot } from './bot/index.js';
import type { BotDeps } from './bot/context.js';
import { createI18n } from './bot/i18n.js';
import { FloodGate } from './bot/flood-gate.js';
import { createTelegramNotifier } from './bot/notifier.js';
import { createAgenda } from './jobs/agenda.js';
import { agendaJobs, defineJobs } from './jobs/index.js';
import { telegramProgressChannel } from './jobs/admin/index.js';
import { registerCommands } from './bot/commands.js';
import { startPolling } from './bot/polling.js';
import { startSender } from './outbox/index.js';
import { blockedDeliveries } from './bot/blocked-deliveries.js';
import { startWebhook } from './bot/webhook.js';
import { startInterruptedUpdateSweep } from './bot/interrupted-updates.js';
import { BotTokenRejectedError, waitForBotApi } from './ops/bot-api-probe.js';
import { createHealthHandler, startHealthServer } from './ops/health.js';
import { stopInOrder } from './ops/shutdown.js';
import { offerOptions } from './domain/offer-options.js';

/**
 * Builds config → database → notifier → Agenda → bot, each given what it needs
 * (nothing is set on a dependency later), then starts the jobs, the outbox
 * sender and the updates; tears them down in reverse order.
 */
async function main(config: Config, logger: Logger) {
  // Checked alongside the database start; nothing is sent before it gets through.
  const botApiReachable = waitForBotApi({
    apiRoot: config.TELEGRAM_API_ROOT,
    token: config.BOT_TOKEN,
    log: { warn: (m) => logger.warn(m), info: (m) => logger.info(m) },
  });
  botApiReachable.catch(() => undefined);
  const db = await connectDatabase({ uri: config.MONGODB_URI, dataDir: config.DATA_DIR, warn: (m) => logger.warn(m) });
  logger.info({ embedded: db.embedded?.engine ?? false }, 'ready: database');
  if (await isDatabaseEmpty()) logger.info(await seedSampleData(), 'ready: seed (sample centers and courses loaded)');
  else logger.info('ready: seed (database already has data; nothing loaded)');
  const { username } = await botApiReachable;
  logger.info({ username }, `ready: Bot API at ${config.TELEGRAM_API_ROOT}`);

  const now = () => new Date();
  const i18n = createI18n(config.DEFAULT_LOCALE);
  // One flood gate for the notifier and the bot's replies: a 429 either meets is seen by both.
  const floodGate = new FloodGate();
  const notifier = createTelegramNotifier(config, i18n, { floodGate });

  const agenda = createAgenda(mongoose.connection.db!);

  const deps: BotDeps = { config, logger, now, offers: offerOptions(config), jobs: agendaJobs(agenda) };
  const { bot, turns } = createBot(deps, { floodGate, i18n });
  // The jobs write to a broadcast's author through the bot's Api (it waits out a 429).
  defineJobs(agenda, deps, telegramProgressChannel(bot.api, i18n));
  await agenda.start();
  logger.info('ready: Agenda (scheduled jobs)');
  // The single sender of the outbox (offers, notices, reminders, broadcasts); one process at a time holds its lease.
  const outbox = startSender({
    notifier, logger, now, ratePerSecond: config.SEND_RATE_PER_SECOND, adminIds: config.ADMIN_IDS, defaultLocale: config.DEFAULT_LOCALE, blocked: blockedDeliveries(deps),
  });
  logger.info('ready: outbox sender');
  const health = createHealthHandler({
    agendaRunning: () => agenda.isActiveJobProcessor(),
    outboxStuckAfterMs: config.OUTBOX_STUCK_AFTER_MINUTES * 60_000,
    now: deps.now,
  });

  await bot.init();
  await registerCommands(bot.api, i18n, config.ADMIN_IDS, logger).catch((error: unknown) =>
    logger.warn({ err: String(error) }, 'setMyCommands failed; the bot works without the command list'),
  );

  // People whose message or tap a killed process never answered are asked to repeat it.
  const interrupted = startInterruptedUpdateSweep({ notifier, logger, defaultLocale: config.DEFAULT_LOCALE });

  const allowed_updates = ['message', 'callback_query', 'my_chat_member'] as const;
  let stopReceiving: () => Promise<void>;
  if (config.WEBHOOK_URL) {
    const webhook = await startWebhook(
      bot,
      {
        url: config.WEBHOOK_URL,
        secretToken: config.WEBHOOK_SECRET!,
        port: config.PORT,
        allowedUpdates: allowed_updates,
        alsoServe: health,
        // A flood's overflow costs no database writes that other chats' updates would wait behind.
        dropsOnArrival: turns.overflows,
      },
      logger,
    );
    logger.info({ port: config.PORT }, 'ready: bot started (webhook); /healthz /readyz /metrics on the same port');
    stopReceiving = webhook.stop;
  } else {
    await bot.api.deleteWebhook().catch(() => undefined);
    const healthServer = config.HEALTH_PORT ? await startHealthServer(config.HEALTH_PORT, health) : undefined;
    if (healthServer) logger.info({ port: config.HEALTH_PORT }, 'ready: health endpoints /healthz /readyz /metrics');
    const polling = startPolling(bot, allowed_updates);
    logger.info({ username: bot.botInfo.username }, 'ready: bot started (long polling)');
    stopReceiving = async () => {
      await polling.stop();
      await new Promise((resolve) => (healthServer ? healthServer.close(resolve) : resolve(undefined)));
    };
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await stopInOrder(
      [
        ['updates', stopReceiving],
        ['interrupted-update sweep', () => interrupted.stop()],
        ['outbox', () => outbox.stop()],
        ['agenda', () => agenda.stop()],
        ['database', () => db.close()],
      ],
      logger,
    );
    process.exit(0);
  };
  // `on`, not `once`: npm and tsx pass the signal on too, and a second SIGTERM with no listener would end the
  // process mid-shutdown (updates being handled in the background would be cut off).
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
main(config, logger).catch((error: unknown) => {
  if (error instanceof BotTokenRejectedError) {
    logger.fatal(error.message);
    process.exit(1);
  }
  logger.fatal({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, 'start failed');
  process.exit(1);
});

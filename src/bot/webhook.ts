import type { Bot, Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import { createUpdateInbox } from './update-inbox.js';
import { createWebhookServer, type RequestInterceptor, type WebhookServer } from './webhook-server.js';

export interface WebhookSettings {
  url: string;
  secretToken: string;
  port: number;
  allowedUpdates: readonly string[];
  /** Other endpoints on the same port (health checks), ready before Telegram is told the URL. */
  alsoServe?: RequestInterceptor;
  /** Updates the bot drops on arrival (a flood's overflow): handled without being stored first (update-inbox.ts). */
  dropsOnArrival?: (update: Update) => boolean;
}

/**
 * Webhook mode: listens on `port` at the path of `url`, handles what an earlier
 * process stored but did not handle, then tells Telegram where to post.
 * `server` takes extra routes (health checks); `stop` stops taking updates and
 * lets the ones being handled finish (for up to 10 s).
 */
export async function startWebhook<C extends Context>(bot: Bot<C>, settings: WebhookSettings, logger: Logger) {
  const inbox = createUpdateInbox((update) => bot.handleUpdate(update), logger, { dropsOnArrival: settings.dropsOnArrival });
  const server: WebhookServer = createWebhookServer({
    path: new URL(settings.url).pathname,
    secretToken: settings.secretToken,
    receive: (update) => inbox.receive(update),
    logger,
  });
  if (settings.alsoServe) server.use(settings.alsoServe);
  await server.listen(settings.port);
  const resumed = await inbox.resumeUnhandled();
  if (resumed > 0) logger.info({ count: resumed }, 'handling updates stored before the restart');
  await bot.api.setWebhook(settings.url, {
    secret_token: settings.secretToken,
    allowed_updates: settings.allowedUpdates as ReadonlyArray<Exclude<keyof Update, 'update_id'>>,
  });
  return {
    server,
    stop: async () => {
      await server.close();
      await inbox.drain(10_000);
    },
  };
}

import type { ConversationFlavor } from '@grammyjs/conversations';
import type { Agenda } from 'agenda';
import type { Context, SessionFlavor } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Locale, Notifier } from '../notify/notifier.js';
import type { SceneContext, TranslateFlavor } from '../../scenes/shared/context.js';
import type { Role } from '../domain/roles.js';

export interface SessionData {
  /** Chosen with /language; until then the Telegram client's language decides. */
  language?: Locale;
}

/** What features and scenes need from the outside world; tests pass their own. */
export interface BotDeps {
  config: Config;
  logger: Logger;
  /** The clock: tests pass a fixed or controllable one. */
  now: () => Date;
  notifier?: Notifier;
  /** Durable jobs (reminders, broadcasts); set by main.ts once mongoose is connected. */
  agenda?: Agenda;
}

export interface RequestFlavor {
  deps: BotDeps;
  /** A child logger carrying update_id. */
  log: Logger;
  /** Set by requireStaff()/requireCoordinator() (src/bot/filters/roles.ts). */
  role?: Role;
}

/** The context outside conversations. */
export type BotContext = ConversationFlavor<Context & SessionFlavor<SessionData> & TranslateFlavor & RequestFlavor>;

export type { SceneContext, TranslateFlavor };

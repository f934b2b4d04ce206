import type { Conversation, ConversationFlavor } from '@grammyjs/conversations';
import type { Api, Context } from 'grammy';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import type { Locale } from '../../src/notify/notifier.js';
import type { Say } from '../../src/domain/staff-centers.js';
import type { OfferSettings } from '../../src/domain/offer-options.js';

/**
 * What every scene sees, defined here so that scenes never import the bot
 * (imports run bot → scenes → domain → db). src/bot/context.ts builds its
 * BotContext on these.
 */
export interface TranslateFlavor {
  locale: Locale;
  /** Translates a key from locales/<locale>.ftl. */
  t(key: string, vars?: Record<string, string | number>): string;
}

/** The context outside conversations, as far as a scene needs it (the bot's is wider). */
export type SceneOuterContext = ConversationFlavor<Context & TranslateFlavor>;

/** The context inside conversations (the bot installs the translator again there). */
export type SceneContext = Context & TranslateFlavor;

export type SceneConversation = Conversation<SceneOuterContext, SceneContext>;

/** What the scenes need from the outside world (the bot's deps have all of it). */
export interface SceneDeps {
  config: Pick<Config, 'ADMIN_IDS' | 'APP_TIMEZONE' | 'DEFAULT_LOCALE' | 'REMINDER_DAY_BEFORE_AT' | 'REMINDER_HOURS_BEFORE'>;
  /** The clock: tests pass a fixed or controllable one. */
  now: () => Date;
  /** The settings of every seat offer, move and release (offerOptions(config), built once in main.ts). */
  offers: OfferSettings;
  /** Background work a scene starts (Agenda in main.ts; tests record the calls). */
  jobs: { followBroadcast(broadcastId: string, now: Date): Promise<void> };
  /** For work after a flow's last answer, whose failure must not reach the person (offer-seats.ts). */
  logger: Pick<Logger, 'warn'>;
}

/** What only the bot can do, handed to the scenes that need it. */
export interface SceneHooks {
  /** Shows a new librarian their command list (the bot owns command lists). */
  showStaffCommands(api: Api, userId: number): Promise<void>;
  /** Downloads a file a person sent, by its file_id (the bot owns the token and the fetch). */
  downloadFile(fileId: string): Promise<Uint8Array>;
  /** The bot's words in another reader's language (a message to a librarian, written while the coordinator acts). */
  say: Say;
}

import type { ConversationFlavor } from '@grammyjs/conversations';
import type { Context, SessionFlavor } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Locale } from '../notify/notifier.js';
import type { SceneContext, TranslateFlavor } from '../../scenes/shared/context.js';
import type { OfferSettings } from '../domain/offer-options.js';
import type { PartnerRole, Role } from '../domain/roles.js';
import type { ViewToRedraw } from '../domain/shown-views.js';

/**
 * A question asked outside any flow: "Leave the list?" (leave), "Give up your seat?" (release: only a typed "нет"
 * answers it), /forget's "Delete all your data?" (forget), "Keep your place in line?" after a declined offer (keep),
 * "I'll come to …, right?" after a hurried yes (sure), and "My place in line" (places: a course's name opens its entry).
 */
export interface Asked {
  kind: 'leave' | 'release' | 'forget' | 'keep' | 'sure' | 'places' | 'come';
  message: number;
  entry?: string;
  /** «Сможете прийти?» (kind 'come'): the lesson asked about. */
  lesson?: string;
  /**
   * When it was asked (ms, the bot's clock; set by markAsked): a message the outbox sent before then came before the
   * question, even with a later id (a question drawn into an older message, above a seat offer: probe30 H1).
   */
  at?: number;
}

export interface SessionData {
  /** Chosen with /language; until then the Telegram client's language decides. */
  language?: Locale;
  /** The places in line last shown in "My place in line", by entry id: a worse one is explained (src/bot/features/waitlist.ts). */
  placesSeen?: Record<string, number>;
  /** The copy of each open seat offer "My place in line" showed last, by entry id (src/bot/features/offer-copies.ts). */
  offerCopies?: Record<string, number>;
  /** When the seats held for her were shown on her return (chat-member.ts): a /start soon after points at them (probe31 L2). */
  heldShownAt?: number;
  /** The question outside any flow just asked (its kind, message, entry): the next message may answer it in words (src/bot/features/asked.ts). */
  asked?: Asked;
  /** The seat offer just answered (its entry): a typed yes now is the same yes again, until a question with buttons comes. */
  offerAnswered?: string;
  /** When "Send my number" (linking Telegram) was asked, in ms: words typed next are answered about it (walk29 W29-02). */
  linkAsked?: number;
  /** A partner's link opened here (walk30 W30-12): a join begun again within a day is still the partner's (referral-kept.ts). */
  referral?: { partnerId: string; at: number };
  /** The answer to a typed yes whose "Give up the seat" was pressed: pressed again (a double tap), it asks nothing twice. */
  undoPressed?: number;
  /** When the bot last showed a question with buttons here (ms): a reminder that came later is the newest question (walk30 W30-06). */
  buttonsAt?: number;
  /** The reminders this person has answered, pressed or typed, as `yes:<lesson>` / `no:<lesson>` (newest last, a few kept). */
  remindersAnswered?: string[];
}

/** What every part built by main.ts gets (jobs, the bot). */
export interface AppDeps {
  config: Config;
  logger: Logger;
  /** The clock: tests pass a fixed or controllable one. */
  now: () => Date;
  /** The settings of every seat offer, move and release (offerOptions(config)): built once, passed whole. */
  offers: OfferSettings;
  /**
   * A background job changed these centers' call lists (an offer ran out, a seat went to the next person by phone):
   * their open /calls screens are redrawn, as after an update (callsKeptInStep). Set by createBot; absent, nothing is.
   */
  callsChanged?: (centerIds: string[]) => Promise<void>;
  /** A background job (retention) forgot people named on these staff screens: redrawn without them (fix34e); absent, closed. */
  screensForgotten?: (views: ViewToRedraw[]) => Promise<void>;
}

/** What features and scenes need from the outside world; tests pass their own. */
export interface BotDeps extends AppDeps {
  /** Background work the bot starts (Agenda in main.ts; tests record the calls). */
  jobs: BotJobs;
}

/** What the bot asks of the background jobs. */
export interface BotJobs {
  /** Keeps a broadcast's progress message up to date until the final report is sent. */
  followBroadcast(broadcastId: string, now: Date): Promise<void>;
}

export interface RequestFlavor {
  deps: BotDeps;
  /** A child logger carrying update_id. */
  log: Logger;
  /** Set by requireStaff()/requireCoordinator() (src/bot/filters/roles.ts). */
  role?: Role;
  /** Set by requireRepresentative() / requirePartnerAccess() (src/bot/filters/partner-roles.ts). */
  partnerRole?: PartnerRole;
  /** A translator in another language: a screen redrawn in a colleague's chat is in hers (ViewMenu.redrawElsewhere). */
  tIn: (locale: Locale) => (key: string, vars?: Record<string, string | number>) => string;
}

/** The context outside conversations. */
export type BotContext = ConversationFlavor<Context & SessionFlavor<SessionData> & TranslateFlavor & RequestFlavor>;

export type { SceneContext, TranslateFlavor };

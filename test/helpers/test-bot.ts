import { loadConfig, type Config } from '../../src/config.js';
import pino from 'pino';
import { createBot } from '../../src/bot/index.js';
import type { BotDeps } from '../../src/bot/context.js';
import { FloodGate } from '../../src/bot/flood-gate.js';
import { createI18n } from '../../src/bot/i18n.js';
import { offerOptions, type OfferSettings } from '../../src/domain/offer-options.js';
import { createTelegramNotifier } from '../../src/bot/notifier.js';
import { blockedDeliveries } from '../../src/bot/blocked-deliveries.js';
import type { SenderDeps } from '../../src/outbox/index.js';
import { FakeTelegram, TEST_BOT_INFO } from './fake-telegram.js';
import { TestTimer } from './test-timer.js';
import { TestUser, type UserProfile } from './test-user.js';

export const TEST_TOKEN = '123456:TEST-token-abcdefghijklmnopqrstuvwxyz';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public current = new Date('2026-11-24T03:00:00Z')) {}
  readonly now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * The offer settings of a test bot's default config (offerOptions, as main.ts builds them), for domain calls a test
 * makes itself; `overrides` for a test that needs another offer lifetime or coordinators.
 */
export function testOffers(overrides: Partial<OfferSettings> = {}): OfferSettings {
  const config = loadConfig({ BOT_TOKEN: TEST_TOKEN, MONGODB_URI: process.env.MONGODB_URI ?? 'mongodb://unused', LOG_LEVEL: 'silent' });
  return { ...offerOptions(config), ...overrides };
}

/** The translations, read from locales/ once per file and language: they never change while a test runs. */
const translators = new Map<Config['DEFAULT_LOCALE'], ReturnType<typeof createI18n>>();
function translatorFor(locale: Config['DEFAULT_LOCALE']) {
  let i18n = translators.get(locale);
  if (!i18n) translators.set(locale, (i18n = createI18n(locale)));
  return i18n;
}

export interface TestBotOptions {
  clock?: TestClock;
  /** How replies wait out a 429 (default: a TestTimer whose sleeps return at once). */
  timer?: TestTimer;
  env?: Record<string, string>;
  /** Another FakeTelegram to share (two bot instances over one chat history). */
  telegram?: FakeTelegram;
}

/**
 * The real bot (createBot) over the test database, talking to a FakeTelegram.
 *
 * @example
 * const t = createTestBot();
 * const ivan = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
 * await ivan.text('/start');
 * await ivan.tap('📝 Записаться на курс');
 */
export function createTestBot(options: TestBotOptions = {}) {
  const telegram = options.telegram ?? new FakeTelegram();
  const clock = options.clock ?? new TestClock();
  const timer = options.timer ?? new TestTimer();
  const config: Config = loadConfig({
    BOT_TOKEN: TEST_TOKEN,
    MONGODB_URI: process.env.MONGODB_URI!,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  // Errors are kept so a failing test can show them (TEST_LOG=1 prints them as they come).
  const errors: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void (errors.push(line), process.env.TEST_LOG && console.log(line)) });
  // Built in main.ts's order: notifier, jobs, then the bot.
  const i18n = translatorFor(config.DEFAULT_LOCALE);
  const floodGate = new FloodGate(timer?.now);
  const notifier = createTelegramNotifier(config, i18n, { floodGate, fetch: telegram.fetch });
  /** Broadcasts whose progress the bot asked the jobs to follow. */
  const followedBroadcasts: string[] = [];
  const jobs = { followBroadcast: async (broadcastId: string) => void followedBroadcasts.push(broadcastId) };
  const deps: BotDeps = { config, logger, now: clock.now, offers: offerOptions(config), jobs };
  const senderDeps: SenderDeps = {
    notifier, logger, now: clock.now, ratePerSecond: config.SEND_RATE_PER_SECOND, adminIds: config.ADMIN_IDS, defaultLocale: config.DEFAULT_LOCALE,
    blocked: blockedDeliveries(deps),
  };
  const { bot, turns } = createBot(deps, { botInfo: TEST_BOT_INFO, client: { fetch: telegram.fetch }, floodGate, i18n, timer });
  return {
    bot,
    /** The bot's per-chat queue (chat-turns.ts): what a flood may keep waiting. */
    turns,
    i18n,
    telegram,
    clock,
    timer,
    deps,
    /** What the outbox sender gets in main.ts (deliverAll uses it). */
    senderDeps,
    followedBroadcasts,
    errors,
    user: (profile: UserProfile) => new TestUser(profile, telegram, (update) => bot.handleUpdate(update)),
  };
}

export type TestBot = ReturnType<typeof createTestBot>;

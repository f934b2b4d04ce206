import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import type { BotDeps } from '../../src/bot/context.js';
import { FloodGate } from '../../src/bot/flood-gate.js';
import { createI18n } from '../../src/bot/i18n.js';
import { createBot } from '../../src/bot/index.js';
import { createTelegramNotifier } from '../../src/bot/notifier.js';
import { startPolling, type Polling } from '../../src/bot/polling.js';
import { loadConfig } from '../../src/config.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { seedSampleData } from '../../src/db/seed.js';
import { drainOutbox, enqueue } from '../../src/outbox/index.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/simulator/index.js';
import { TEST_BOT_INFO } from '../helpers/fake-telegram.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { ReceivedUpdateModel } from '../../src/db/models/received-update.js';
import { TestTimer } from '../helpers/test-timer.js';
import { offerOptions } from '../../src/domain/offer-options.js';

describe('flood-gate', () => {
  /**
   * Telegram's flood limits through the emulator: a 429 for one chat holds only
   * that chat, a bot-wide one holds every message call, and nothing is sent
   * inside a retry_after (the emulator counts such calls as retryAfterIgnored).
   *
   * The bot, its flood gate, the outbox and the emulator's limits share one
   * virtual clock (TestTimer): a retry_after is waited out without real sleeping,
   * at once ('instant') or when the test moves the time on ('manual').
   */
  const COORDINATOR = 900;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  let emulator: RunningEmulator;
  let polling: Polling | undefined;
  afterEach(async () => {
    await polling?.stop();
    polling = undefined;
    await emulator.close();
    // Each test starts a new emulator, whose update_ids start again: the persisted de-duplication would drop them.
    await ReceivedUpdateModel.deleteMany({});
  });

  async function botOnEmulator(options: EmulatorOptions, timer = new TestTimer()) {
    emulator = await startEmulator({ ...options, clock: timer.clock });
    const config = loadConfig({
      BOT_TOKEN: '123456:TEST-flood-gate-abcdefghijklmnop', MONGODB_URI: 'mongodb://unused',
      TELEGRAM_API_ROOT: emulator.apiRoot, ADMIN_IDS: String(COORDINATOR),
    });
    const errors: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void errors.push(line) });
    const deps: BotDeps = { config, logger, now: () => new Date(), offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } };
    const i18n = createI18n(config.DEFAULT_LOCALE);
    // One gate for the outbox's notifier and the replies, as main.ts builds them.
    const floodGate = new FloodGate(timer.now);
    const notifier = createTelegramNotifier(config, i18n, { floodGate });
    const created = createBot(deps, { botInfo: TEST_BOT_INFO, floodGate, i18n, timer });
    const senderDeps = { notifier, logger, now: deps.now, ratePerSecond: 30, adminIds: [COORDINATOR], defaultLocale: 'ru' as const };
    /** drainOutbox on the same clock: its waits move the time (and so wake the bot's waits). */
    const drain = () => drainOutbox(senderDeps, { timer: timer.advancing });
    return { ...created, deps, senderDeps, drain, notifier, errors, timer };
  }

  /** The bot receiving updates as in production: long polling with grammY's runner. */
  async function pollingBot(options: EmulatorOptions, timer?: TestTimer) {
    const created = await botOnEmulator(options, timer);
    polling = startPolling(created.bot, ['message', 'callback_query', 'my_chat_member']);
    return created;
  }

  const texts = async (userId: number) => (await emulator.client.messages(userId)).map((m) => m.text ?? m.caption ?? '(file)');

  async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  describe('a bot-wide 429 holds every message call until retry_after has passed', () => {
    /** Every counted call is answered 429 (the emulator counts these as bot-wide) until the faults are cleared. */
    const flooded = (timer?: TestTimer) => botOnEmulator({ faults: { inject429Every: 1, injectedRetryAfter: 1 } }, timer).then(async (bot) => {
      emulator.state.addUser({ id: 1, first_name: 'A' }).started = true;
      emulator.state.addUser({ id: 2, first_name: 'B' }).started = true;
      return bot;
    });

    it('one the outbox met holds back replies to every chat', async () => {
      const { bot, notifier } = await flooded();
      expect(await notifier.sendToCitizen({ citizenId: 1, language: 'ru' }, { text: { raw: 'to everyone' } })).toMatchObject({ ok: false });
      await emulator.client.setFaults({});
      await bot.api.sendMessage(2, 'reply');

      expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1, retryAfterIgnored: 0 });
      expect(await texts(2)).toEqual(['reply']);
    });

    it('one a reply met holds back the outbox, and the reply is sent again', async () => {
      const { bot, drain, timer } = await flooded(new TestTimer(undefined, 'manual'));
      await CitizenModel.create({ _id: 1, name: 'A', language: 'ru', consent: { version: 't', givenAt: new Date() } });
      await enqueue([{ key: 'flood:1', citizenId: 1, message: { text: { raw: 'from the outbox' } } }], new Date());
      const reply = bot.api.sendMessage(2, 'reply');
      await timer.someoneSleeping(); // the reply met the 429 and waits out its retry_after
      expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1 });
      await emulator.client.setFaults({});
      expect((await drain()).delivered).toBe(1); // after waiting out the same retry_after
      await reply;

      expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1, retryAfterIgnored: 0 });
      expect(await texts(1)).toEqual(['from the outbox']);
      expect(await texts(2)).toEqual(['reply']);
    });
  });

  describe('a per-chat 429 holds only that chat', () => {
    it('another chat is answered while one chat waits out its own limit', async () => {
      // A chat may get 3 messages at once, then one every 10 s: the 4th waits 10 s, until the test moves the time on.
      const { floodGate, errors, timer } = await pollingBot({ limits: { perChatPerSecond: 0.1, perChatBurst: 3 } }, new TestTimer(undefined, 'manual'));
      await emulator.client.createUser({ id: 11, first_name: 'Flooder', language_code: 'ru' });
      await emulator.client.createUser({ id: 12, first_name: 'Вера', language_code: 'ru' });
      await emulator.client.sendCommand(11, 'start'); // a greeting and the language question: 2 messages
      await emulator.client.sendCommand(11, 'start'); // 2 more: the second of them meets the chat's limit
      await timer.someoneSleeping();
      expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1 });
      expect(floodGate.holdMs(11)).toBe(10_000);
      expect(floodGate.msUntilOpen()).toBe(0); // the bot as a whole is not held

      await emulator.client.sendCommand(12, 'start');
      const greeting = await emulator.client.waitForMessage(12, { timeoutMs: 10_000 });
      expect(greeting.text).toContain('Здравствуйте, Вера!');
      expect(await texts(11)).toHaveLength(3); // the flooder's 4th message still waits its turn

      timer.advance(10_000);
      await until(async () => (await texts(11)).length === 4, "the flooder's 4th message");
      expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1, retryAfterIgnored: 0 });
      expect(errors).toEqual([]);
    });

    it('the outbox and replies to other chats go on while one chat waits out its own limit', async () => {
      const timer = new TestTimer(undefined, 'manual');
      const { bot, senderDeps } = await botOnEmulator({ limits: { perChatPerSecond: 0.1, perChatBurst: 3 } }, timer);
      emulator.state.addUser({ id: 31, first_name: 'A' }).started = true;
      emulator.state.addUser({ id: 32, first_name: 'B' }).started = true;
      await CitizenModel.create({ _id: 32, name: 'B', language: 'ru', consent: { version: 't', givenAt: new Date() } });
      for (const text of ['a1', 'a2', 'a3']) await bot.api.sendMessage(31, text);
      const held = bot.api.sendMessage(31, 'a4'); // over the chat's limit: sent again after 10 s
      await timer.someoneSleeping();

      await enqueue([{ key: 'flood:32', citizenId: 32, message: { text: { raw: 'from the outbox' } } }], new Date());
      expect((await drainOutbox(senderDeps)).delivered).toBe(1);
      await bot.api.sendMessage(32, 'reply');
      expect(await texts(32)).toEqual(['from the outbox', 'reply']);
      expect(await texts(31)).toEqual(['a1', 'a2', 'a3']);

      timer.advance(10_000);
      await held;
      expect(await texts(31)).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1, retryAfterIgnored: 0 });
    });

    it("one person's flood is cut short: a few messages are answered, the rest dropped, and they are told once", async () => {
      const { turns } = await pollingBot({});
      await emulator.client.createUser({ id: 21, first_name: 'Flooder', language_code: 'en' });
      // 50 messages at once, then 20 more once the first flood has been dealt with.
      await Promise.all(Array.from({ length: 50 }, (_, i) => emulator.client.sendText(21, `spam ${i}`)));
      await until(async () => (await emulator.client.info()).pending_updates === 0 && turns.pending('21') === 0, 'the first flood');
      await Promise.all(Array.from({ length: 20 }, (_, i) => emulator.client.sendText(21, `more ${i}`)));
      await until(async () => (await emulator.client.info()).pending_updates === 0 && turns.pending('21') === 0, 'the second flood');
      const notice = 'You are writing faster than I can answer. I will answer your first messages and skip the rest. Please wait for my reply.';
      await until(async () => (await texts(21)).includes(notice), 'the notice');
      // Every update the runner fetched is handled once it has stopped (the emulator's queue is empty by now).
      await polling!.stop();
      polling = undefined;

      const sent = await texts(21);
      expect(sent.filter((t) => t === notice)).toHaveLength(1);
      const answered = sent.filter((t) => t !== notice).length;
      expect(answered).toBeGreaterThan(0);
      expect(answered).toBeLessThan(20); // of 70: at most 3 wait at any moment, what comes meanwhile is dropped
      expect(turns.peakPending()).toBe(3);
      expect(turns.size().chats).toBe(0);
      expect((await emulator.client.counters()).retryAfterIgnored).toBe(0);
      // What the flood dropped cost no database write: only the updates handled were recorded (a write each on
      // a database that other chats' updates wait for).
      expect(await ReceivedUpdateModel.countDocuments()).toBeLessThan(20);
    }, 40_000);

    it('a chart met by a 429 is sent again after retry_after instead of lost behind an apology', async () => {
      // /stats twice in a row: text, chart, text, chart; the second chart meets a 429, as a quick tap after /stats
      // meets the chat's limit (injected, so that a slow machine, which lets the limit refill, cannot dodge it).
      await pollingBot({ faults: { inject429Every: 4 } });
      await emulator.client.createUser({ id: COORDINATOR, first_name: 'Coordinator', language_code: 'ru' });
      await emulator.client.sendCommand(COORDINATOR, 'stats');
      await emulator.client.sendCommand(COORDINATOR, 'stats');
      // (The emulator keeps an upload even when the call is refused: count what reached the chat.)
      const charts = async () => (await emulator.client.messages(COORDINATOR)).filter((m) => m.photo !== undefined).length;
      await until(async () => (await charts()) === 2, 'two charts in the chat');

      const counters = await emulator.client.counters();
      expect(counters.tooManyRequests).toBe(1);
      expect(counters.retryAfterIgnored).toBe(0);
      expect(await texts(COORDINATOR)).not.toContain('Извините, что-то пошло не так. Попробуйте ещё раз или нажмите /start.');
    }, 30_000);

    it('a second /export file met by a 429 is sent again (the upload is read again from memory)', async () => {
      await pollingBot({ faults: { inject429Every: 4 } }); // the 4th file meets a 429
      await emulator.client.createUser({ id: COORDINATOR, first_name: 'Coordinator', language_code: 'ru' });
      await emulator.client.sendCommand(COORDINATOR, 'export');
      await emulator.client.sendCommand(COORDINATOR, 'export');
      const documents = async () => (await emulator.client.messages(COORDINATOR)).flatMap((m) => (m.document ? [m.document] : []));
      await until(async () => (await documents()).length === 4, 'four files in the chat');

      const files = await documents();
      expect(files.map((f) => f.file_name!.replace(/-\d{4}-\d\d-\d\d/, ''))).toEqual([
        'waitlist.csv', 'enrollments.csv', 'waitlist.csv', 'enrollments.csv',
      ]);
      const counters = await emulator.client.counters();
      expect(counters.tooManyRequests).toBe(1);
      expect(counters.retryAfterIgnored).toBe(0);
      expect(await texts(COORDINATOR)).not.toContain('Извините, что-то пошло не так. Попробуйте ещё раз или нажмите /start.');
      // The re-sent file is whole: the same bytes as the first of its kind.
      const [first, second] = await Promise.all([files[1]!, files[3]!].map((f) => emulator.client.file(f.file_id)));
      expect(second!.bytes.length).toBeGreaterThan(0);
      expect(second!.bytes.equals(first!.bytes)).toBe(true);
    }, 30_000);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import type { BotDeps } from '../../src/bot/context.js';
import { FloodGate } from '../../src/bot/flood-gate.js';
import { createI18n } from '../../src/bot/i18n.js';
import { createBot } from '../../src/bot/index.js';
import { createTelegramNotifier } from '../../src/bot/notifier.js';
import { loadConfig } from '../../src/config.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { drainOutbox, enqueue } from '../../src/outbox/index.js';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { TEST_BOT_INFO } from '../helpers/fake-telegram.js';
import { useTestDatabase } from '../helpers/test-db.js';

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useTestDatabase();
});
afterAll(() => done());

let emulator: RunningEmulator;
afterEach(() => emulator.close());

/** A bot on the emulator whose every counted call is answered 429 (retry_after 1) until the faults are cleared. */
async function floodedBot() {
  emulator = await startEmulator({ faults: { inject429Every: 1, injectedRetryAfter: 1 } });
  emulator.state.addUser({ id: 1, first_name: 'A' }).started = true;
  const config = loadConfig({ BOT_TOKEN: '123456:TEST-flood-gate-abcdefghijklmnop', MONGODB_URI: 'mongodb://unused', TELEGRAM_API_ROOT: emulator.apiRoot });
  const logger = pino({ level: process.env.TEST_LOG ? 'debug' : 'silent' });
  const deps: BotDeps = { config, logger, now: () => new Date(), jobs: { followBroadcast: async () => undefined } };
  const i18n = createI18n(config.DEFAULT_LOCALE);
  const floodGate = new FloodGate();
  const notifier = createTelegramNotifier(config, i18n, { floodGate });
  const { bot } = createBot(deps, { botInfo: TEST_BOT_INFO, floodGate, i18n });
  const senderDeps = { notifier, logger, now: deps.now, ratePerSecond: 30, adminIds: [], defaultLocale: 'ru' as const };
  return { bot, notifier, senderDeps };
}

const texts = async () => (await emulator.client.messages(1)).map((m) => m.text);

describe('a 429 holds back every call of the process until retry_after has passed', () => {
  it('one the outbox met holds back the progress edits and replies', async () => {
    const { bot, notifier } = await floodedBot();
    expect(await notifier.sendToCitizen({ citizenId: 1, language: 'ru' }, { text: { raw: 'to everyone' } })).toMatchObject({ ok: false, reason: 'rate_limited' });
    await emulator.client.setFaults({});
    await bot.api.sendMessage(1, 'progress');

    expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1, retryAfterIgnored: 0 });
    expect(await texts()).toEqual(['progress']);
  });

  it('one a reply met holds back the outbox', async () => {
    const { bot, senderDeps } = await floodedBot();
    await CitizenModel.create({ _id: 1, name: 'A', language: 'ru', consent: { version: 't', givenAt: new Date() } });
    await enqueue([{ key: 'flood:1', citizenId: 1, priority: 'personal', message: { text: { raw: 'from the outbox' } } }], new Date());
    // The reply meets the 429 and is sent again after retry_after (retryOn429); meanwhile the outbox drains.
    const reply = bot.api.sendMessage(1, 'reply');
    while ((await emulator.client.counters()).tooManyRequests === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await emulator.client.setFaults({});
    expect((await drainOutbox(senderDeps)).delivered).toBe(1);
    await reply;

    expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1, retryAfterIgnored: 0 });
    expect((await texts()).sort()).toEqual(['from the outbox', 'reply']);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import type { BotDeps } from '../../src/bot/context.js';
import { createBot } from '../../src/bot/index.js';
import { loadConfig } from '../../src/config.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { enqueue } from '../../src/domain/outbox.js';
import { drainOutbox } from '../../src/jobs/reminders/delivery-worker.js';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { TEST_BOT_INFO } from '../helpers/fake-telegram.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { TestTimer } from '../helpers/test-timer.js';

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useTestDatabase();
});
afterAll(() => done());

let emulator: RunningEmulator;
afterEach(() => emulator.close());

/**
 * A bot on the emulator whose every counted call is answered 429 (retry_after 1) until the faults are cleared.
 * The bot and the emulator share the timer's clock: waits take no real time, and the emulator still sees them.
 */
async function floodedBot(timer: TestTimer) {
  emulator = await startEmulator({ clock: timer.clock, faults: { inject429Every: 1, injectedRetryAfter: 1 } });
  emulator.state.addUser({ id: 1, first_name: 'A' }).started = true;
  const config = loadConfig({ BOT_TOKEN: '123456:TEST-flood-gate-abcdefghijklmnop', MONGODB_URI: 'mongodb://unused', TELEGRAM_API_ROOT: emulator.apiRoot });
  const deps: BotDeps = { config, logger: pino({ level: 'silent' }), now: () => new Date() };
  const created = createBot(deps, { botInfo: TEST_BOT_INFO, timer });
  deps.notifier = created.notifier;
  return { ...created, deps };
}

const texts = async () => (await emulator.client.messages(1)).map((m) => m.text);

describe('a 429 holds back every call of the process until retry_after has passed', () => {
  it('one the outbox met holds back the progress edits and replies', async () => {
    const timer = new TestTimer();
    const { bot, bulkApi } = await floodedBot(timer);
    await expect(bulkApi.sendMessage(1, 'to everyone')).rejects.toMatchObject({ error_code: 429 });
    await emulator.client.setFaults({});
    await bot.api.sendMessage(1, 'progress');

    expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1, retryAfterIgnored: 0 });
    expect(await texts()).toEqual(['progress']);
    expect(timer.pauses).toEqual([1000]);
  });

  it('one a reply met holds back the outbox', async () => {
    const timer = new TestTimer(undefined, 'manual'); // the reply waits until the outbox's wait moves the time
    const { bot, deps } = await floodedBot(timer);
    await CitizenModel.create({ _id: 1, name: 'A', language: 'ru', consent: { version: 't', givenAt: new Date() } });
    await enqueue([{ key: 'flood:1', citizenId: 1, message: { text: { raw: 'from the outbox' } } }], new Date());
    // The reply meets the 429 and is sent again after retry_after (retryOn429); meanwhile the outbox drains.
    const reply = bot.api.sendMessage(1, 'reply');
    await timer.someoneSleeping();
    await emulator.client.setFaults({});
    expect((await drainOutbox(deps, { timer: timer.advancing })).delivered).toBe(1);
    await reply;

    expect(await emulator.client.counters()).toMatchObject({ tooManyRequests: 1, retryAfterIgnored: 0 });
    expect((await texts()).sort()).toEqual(['from the outbox', 'reply']);
    expect(timer.pauses).toEqual([1000]); // the reply's retry_after; the outbox waited the same second
  });
});

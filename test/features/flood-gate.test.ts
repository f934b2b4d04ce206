import { afterEach, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { createBot } from '../../src/bot/index.js';
import { loadConfig } from '../../src/config.js';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { TEST_BOT_INFO } from '../helpers/fake-telegram.js';

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('a 429 met by the outbox', () => {
  it('holds back the bot\'s other calls (progress edits, replies) until retry_after has passed', async () => {
    emulator = await startEmulator({ faults: { inject429Every: 1, injectedRetryAfter: 1 } });
    emulator.state.addUser({ id: 1, first_name: 'A' }).started = true;
    const config = loadConfig({ BOT_TOKEN: '123456:TEST-flood-gate-abcdefghijklmnop', MONGODB_URI: 'mongodb://unused', TELEGRAM_API_ROOT: emulator.apiRoot });
    const { bot, bulkApi } = createBot({ config, logger: pino({ level: 'silent' }), now: () => new Date() }, { botInfo: TEST_BOT_INFO });

    await expect(bulkApi.sendMessage(1, 'to everyone')).rejects.toMatchObject({ error_code: 429 });
    await emulator.client.setFaults({});
    await bot.api.sendMessage(1, 'progress');

    const counters = await emulator.client.counters();
    expect(counters.retryAfterIgnored).toBe(0);
    expect(counters.tooManyRequests).toBe(1);
    expect((await emulator.client.messages(1)).map((m) => m.text)).toEqual(['progress']);
  });
});

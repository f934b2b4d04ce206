import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { createBot } from '../../src/bot/index.js';
import { loadConfig } from '../../src/config.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { ManualClock } from '../../src/simulator/clock.js';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { joinThroughEmulator } from '../helpers/emulated-join.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { offerOptions } from '../../src/domain/offer-options.js';

describe('join-pace', () => {
  /**
   * The join flow against the emulator with Telegram's limits on, at a person's
   * pace (one tap a second of the emulator's clock, so the test never sleeps):
   * each tap costs at most one message call into the chat, so no 429 comes back.
   */
  let done: () => Promise<void>;
  let emu: RunningEmulator;
  const clock = new ManualClock(Date.now());
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    emu = await startEmulator({ clock });
  });
  afterAll(async () => {
    await emu.close();
    await done();
  });

  const MESSAGE_METHODS = ['sendMessage', 'editMessageText', 'editMessageReplyMarkup', 'sendVenue', 'deleteMessage'];

  describe('join flow at one tap a second with limits on', () => {
    it('meets no 429 and spends one message call per tap', async () => {
      const config = loadConfig({ BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq', MONGODB_URI: process.env.MONGODB_URI!, TELEGRAM_API_ROOT: emu.apiRoot });
      const { bot } = createBot({ config, logger: pino({ level: 'silent' }), now: () => new Date(), offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } });
      await bot.init();
      await emu.client.resetCounters();
      const taps = await joinThroughEmulator(emu, bot, clock, 5101);

      const counters = await emu.client.counters();
      expect(counters.tooManyRequests).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 5101 })).toBe(1);
      const messageCalls = MESSAGE_METHODS.reduce((sum, m) => sum + (counters.callsPerMethod[m] ?? 0), 0);
      // /start sends two messages; the end brings the main menu back (one more); every tap one.
      expect(messageCalls).toBeLessThanOrEqual(taps + 3);
    });
  });
});

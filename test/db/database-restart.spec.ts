import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { FakeTelegram } from '../helpers/fake-telegram.js';
import { createTestBot } from '../helpers/test-bot.js';
import { createCollectionsAndIndexes } from '../helpers/test-db.js';

describe('database-restart', () => {
  /** A database server of this test's own, so stopping it disturbs no other test file. */
  const dataDir = mkdtempSync(path.join(tmpdir(), 'db-restart-'));
  let port: number;
  let server: EmbeddedDatabase;
  const start = () => startEmbeddedDatabase({ dataDir, engine: 'ferretdb', port });

  beforeAll(async () => {
    port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    server = await start();
    await mongoose.connect(server.uri, { dbName: 'restart', serverSelectionTimeoutMS: 1500 });
    await createCollectionsAndIndexes();
    await seedSampleData();
  });
  afterAll(async () => {
    await mongoose.disconnect();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('the database restarts in the middle of a flow', () => {
    it('apologises while it is down and lets the citizen go on from the same step once it is back', async () => {
      const t = createTestBot();
      const user = t.user({ id: 7701, first_name: 'Вера', language_code: 'ru' });
      await user.text('/start');
      await joinWaitlist(user, { to: 'place' });
      expect(user.lastText()).toContain('Выберите город');

      await server.stop();
      await user.press('Кемерово');
      expect(user.lastText()).toBe('Извините, что-то пошло не так. Попробуйте ещё раз или нажмите /start.');
      expect(t.errors.join('')).not.toContain('Вера'); // the error is logged without personal data

      server = await start();
      await user.press('Кемерово'); // the same button again: the step was not lost
      expect(user.lastText()).toContain('выберите центр');
      await joinWaitlist(user, { from: 'center', center: /Фёдорова/ });
      expect(user.lastText()).toContain('Ваше место в очереди: 1.');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 7701 })).toBe(1);
    }, 60_000);
  });

  describe('the database goes down while a step is drawn', () => {
    it('closes the step drawn (its state was not saved) and the apology says to start the join again (probe30 L1)', async () => {
      // The database dies the moment the next step (consent) is on screen: the conversation's state is not saved.
      const telegram = new FakeTelegram();
      const fetch = telegram.fetch;
      let stopped = false;
      (telegram as { fetch: typeof fetch }).fetch = async (input, init) => {
        const response = await fetch(input, init);
        const body = typeof init?.body === 'string' ? init.body : '';
        if (!stopped && (input as string).endsWith('/editMessageText') && body.includes('Даю согласие')) {
          stopped = true;
          await server.stop();
        }
        return response;
      };
      const t = createTestBot({ telegram });
      const user = t.user({ id: 7702, first_name: 'Нина', language_code: 'ru' });
      await user.text('/start');
      // Another course than the test above joins: each finds its own place, in either order.
      await joinWaitlist(user, { to: 'center', course: 'Госуслуги онлайн', center: /Фёдорова/ });
      expect(user.buttonLabels()).toContain('Не важно');

      await user.press('Не важно');
      expect(stopped).toBe(true);
      const step = user.messages().find((m) => m.text?.includes('Согласие'))!;
      expect(step.reply_markup?.inline_keyboard ?? []).toEqual([]); // nothing on screen that would answer «уже не действует»
      expect(user.lastText()).toBe('Извините, что-то пошло не так, и ответ не сохранился. Нажмите «📝 Записаться на курс» ещё раз.');
      expect(user.replyKeyboard()).toContain('📝 Записаться на курс');

      server = await start();
      await user.tap('📝 Записаться на курс');
      // The join stored before the failure waits at the time of day (fix31g W31-03: the join begun is offered to go on).
      expect(user.lastText()).toMatch(/продолжить или начать заново/);
      await user.press('Продолжить');
      expect(user.buttonLabels()).toContain('Не важно');
      await joinWaitlist(user, { from: 'time', time: 'Не важно' });
      expect(user.lastText()).toContain('Ваше место в очереди: 1.');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 7702 })).toBe(1);
    }, 60_000);
  });
});

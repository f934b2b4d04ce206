import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('update-errors', () => {
  /**
   * The one error boundary (src/bot/middlewares/error-boundary.ts): a failed update gets a short apology and a log
   * line without names; an update Telegram will not let the bot answer gets neither an apology nor an error line.
   */
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  describe('errors', () => {
    it('apologises briefly when an update fails, and logs update_id without names', async () => {
      const user = t.user({ id: 4200, first_name: 'Секретное Имя', language_code: 'ru' });
      t.telegram.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' }, { chatId: 4200 });
      const errorsBefore = t.errors.length;
      await user.text('/start');
      expect(user.lastText()).toBe('Извините, что-то пошло не так. Попробуйте ещё раз или нажмите /start.');
      const logged = t.errors.slice(errorsBefore).join('\n');
      expect(logged).toContain('"update_id"');
      expect(logged).not.toContain('Секретное');
    });

    it('does not apologise to, nor log as an error, a chat Telegram refuses to write to (blocked, or never started)', async () => {
      const user = t.user({ id: 4201, first_name: 'Гость', language_code: 'ru' });
      t.telegram.failNext('sendMessage', { error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" }, { chatId: 4201 });
      const [errorsBefore, sendsBefore] = [t.errors.length, t.telegram.callsOf('sendMessage').length];
      await user.text('/start');
      expect(t.telegram.callsOf('sendMessage').length - sendsBefore).toBe(1); // the refused reply, and no apology after it
      const logged = t.errors.slice(errorsBefore).map((line) => JSON.parse(line) as { level: number; msg: string });
      expect(logged).toEqual([expect.objectContaining({ level: 40, msg: 'update not answered: Telegram refuses to write to this chat' })]);
    });

    it('answers a forged button press from a chat Telegram does not know (chat not found) without an apology or an error', async () => {
      const stranger = t.user({ id: 4202, first_name: 'X', language_code: 'en' });
      t.telegram.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' }, { chatId: 4202 });
      const errorsBefore = t.errors.length;
      // The language button of a welcome the bot never sent (callback data as the bot packs it).
      await stranger.pressData('lang:ru', { message_id: 1, date: 0, chat: { id: 4202, type: 'private', first_name: 'X' }, text: 'welcome' });
      const logged = t.errors.slice(errorsBefore).map((line) => JSON.parse(line) as { level: number });
      expect(logged.filter((line) => line.level >= 50)).toEqual([]);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.callback_query_id).toBeDefined();
    });
  });
});

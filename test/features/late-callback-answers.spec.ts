import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('late-callback-answers', () => {
  /** Telegram refuses the answer to a press it considers too old (after a restart's backlog, a slow database). */
  const TOO_OLD = { error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' };
  const APOLOGY = /что-то пошло не так|something went wrong/i;

  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  describe('a press Telegram will no longer let us answer', () => {
    it('outside a conversation: the tap takes effect and no apology follows', async () => {
      const user = t.user({ id: 9101, first_name: 'Анна', language_code: 'ru' });
      await user.text('/start');
      t.telegram.failNext('answerCallbackQuery', TOO_OLD);
      const before = user.messages().length;
      await user.press(/English/);
      expect(user.textsSince(before).join('\n')).not.toMatch(APOLOGY);
      await user.text('/help');
      expect(user.lastText()).toMatch(/[A-Za-z]/);
      expect(user.lastText()).not.toMatch(/[А-Яа-я]{4}/);
    });

    it('inside a conversation: the flow goes on to the next question', async () => {
      const user = t.user({ id: 9102, first_name: 'Пётр', language_code: 'ru' });
      await user.text('/start');
      await user.tap('📝 Записаться на курс');
      t.telegram.failNext('answerCallbackQuery', TOO_OLD);
      await user.press('Госуслуги онлайн');
      expect(user.lastText()).not.toMatch(APOLOGY);
      await user.press('Прокопьевск');
      expect(user.lastText()).toMatch(/Шаг \d из 5/);
    });
  });
});

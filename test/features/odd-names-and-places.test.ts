import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

let done: () => Promise<void>;
let t: TestBot;
beforeAll(async () => {
  done = await useTestDatabase();
  await seedSampleData();
  t = createTestBot();
});
afterAll(() => done());

describe('a Telegram name with no letters (probe s21 L1)', () => {
  it('is greeted plainly "Здравствуйте!", not "Здравствуйте,    !"', async () => {
    for (const [id, name] of [[21_501, '   '], [21_502, '\u200B\u200B'], [21_503, '\u3164']] as const) {
      const user = t.user({ id, first_name: name, language_code: 'ru' });
      await user.text('/start');
      expect(user.messages().find((m) => m.text?.startsWith('Здравствуйте'))?.text).toMatch(/^Здравствуйте!\nЭто бот/);
    }
    const anna = t.user({ id: 21_504, first_name: ' Анна ', language_code: 'ru' });
    await anna.text('/start');
    expect(anna.messages().find((m) => m.text?.startsWith('Здравствуйте'))?.text).toMatch(/^Здравствуйте, Анна!\n/);
    const blank = t.user({ id: 21_505, first_name: ' ', language_code: 'en' });
    await blank.text('/start');
    expect(blank.messages().find((m) => m.text?.startsWith('Hello'))?.text).toMatch(/^Hello!\nThis is/);
    expect(t.errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { labelStartedBy } from '../../src/domain/text.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

let done: () => Promise<void>;
let t: TestBot;
let nextId = 18_600;
beforeAll(async () => {
  done = await useTestDatabase();
  await seedSampleData();
  t = createTestBot();
});
afterAll(() => done());

describe('a button typed as the start of its label, in any case (walk s20 #3)', () => {
  it('takes "основы" for the course, "кем" for the town, the start of a center name and "утро" for the time', async () => {
    const user = t.user({ id: nextId++, first_name: 'Валентина', language_code: 'ru' });
    await user.text('/start');
    await user.tap('📝 Записаться на курс');
    await user.text('основы');
    expect(user.lastText()).toMatch(/^Шаг 2 из 5\. Где вам удобно заниматься/);
    await user.text('кем');
    expect(user.lastText()).toMatch(/Кемерово: выберите центр/);
    // Two centers' names start with "Библиотека": it means neither.
    await user.text('библиотека');
    expect(user.lastText()).toBe('Пожалуйста, нажмите одну из кнопок под сообщением.');
    await user.text('Библиотека имени Н. В. Гогол');
    expect(user.lastText()).toMatch(/^Шаг 3 из 5\. Когда вам удобнее заниматься/);
    await user.text('УТРО');
    expect(user.lastText()).toMatch(/^Шаг 4 из 5\. Согласие/);
    expect(t.errors).toEqual([]);
  });

  it('labelStartedBy: one label only, at least three letters', () => {
    const courses = ['Основы компьютерной грамотности', 'Интернет и электронная почта', 'Безопасный интернет'];
    expect(labelStartedBy(courses, 'Основы')).toBe(0);
    expect(labelStartedBy(courses, ' основы  компьютерной ')).toBe(0);
    expect(labelStartedBy(courses, 'интернет')).toBe(1);
    expect(labelStartedBy(courses, 'ос')).toBe(-1);
    expect(labelStartedBy(courses, 'грамотности')).toBe(-1);
    expect(labelStartedBy(['Белово', 'Берёзовский'], 'бе')).toBe(-1);
    expect(labelStartedBy(['Белово', 'Берёзовский'], 'березов')).toBe(1);
    expect(labelStartedBy(['Утром', 'Днём', 'Вечером', 'Не важно'], 'утро')).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('typed-instead-of-tapped', () => {
  /* A citizen who types what the buttons say instead of tapping them (walk s21, persona 2). */

  let done: () => Promise<void>;
  let t: TestBot;
  let nextId = 21_400;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  const person = (language: 'ru' | 'en' = 'ru') => t.user({ id: nextId++, first_name: language === 'ru' ? 'Нина' : 'Tom', language_code: language });

  describe('Back and Cancel typed on a question with inline buttons (walk s21 W21-04)', () => {
    it('"назад" goes to the question before, "Отмена" cancels, "назад" on the first question cancels', async () => {
      const nina = person();
      await nina.text('/start');
      await nina.tap('📝 Записаться на курс');
      await nina.text('основы');
      expect(nina.lastText()).toMatch(/^Шаг 2 из 5\./);
      await nina.text('назад');
      expect(nina.lastText()).toMatch(/^Шаг 1 из 5\./);
      await nina.text('Назад');
      expect(nina.lastText()).toBe('Хорошо, отменили. Вы в главном меню.');
      await nina.tap('📝 Записаться на курс');
      await nina.text('основы');
      await nina.text('кемерово');
      await nina.text('Библиотека имени Н. В. Гоголя');
      await nina.text('утром');
      expect(nina.lastText()).toMatch(/^Шаг 4 из 5\. Согласие/);
      await nina.text('НАЗАД');
      expect(nina.lastText()).toMatch(/^Шаг 3 из 5\./);
      await nina.text('утром');
      await nina.text('отмена');
      expect(nina.lastText()).toBe('Хорошо, отменили. Вы в главном меню.');
      expect(t.errors).toEqual([]);
    });

    it('"назад" at a question that takes typed words (the name) is Back, not the name', async () => {
      const user = t.user({ id: nextId++, first_name: '.', language_code: 'ru' });
      await user.text('/start');
      await user.tap('📝 Записаться на курс');
      for (const answer of ['основы', 'кемерово', 'гоголя', 'утром', 'да']) await user.text(answer);
      expect(user.lastText()).toMatch(/^Шаг 5 из 6\. Как к вам обращаться/);
      await user.text('Назад');
      expect(user.lastText()).toMatch(/^Шаг 4 из 6\. Согласие/);
      expect(t.errors).toEqual([]);
    });

    it('"back" and "Cancel" in English, with or without the arrow and cross', async () => {
      const tom = person('en');
      await tom.text('/start');
      await tom.tap(/Join a course/);
      // "internet" alone is asked about ("Safe internet" has it too, walk28 W28-02): the course's first words are typed.
      await tom.text('internet and e-mail');
      expect(tom.lastText()).toMatch(/^Step 2 of 5\./);
      await tom.text('Back');
      expect(tom.lastText()).toMatch(/^Step 1 of 5\./);
      await tom.text('internet and e-mail');
      await tom.text('✖ cancel');
      expect(tom.lastText()).toBe('OK, cancelled. You are in the main menu.');
      expect(t.errors).toEqual([]);
    });
  });

  describe('"да" / "нет" typed on a yes-or-no screen (walk s21 W21-05)', () => {
    it('"да" gives consent and confirms the summary; "согласна" and "хорошо" too', async () => {
      const nina = person();
      await nina.text('/start');
      await nina.tap('📝 Записаться на курс');
      await nina.text('основы');
      await nina.text('кемерово');
      await nina.text('Библиотека имени Н. В. Гоголя');
      await nina.text('утром');
      expect(nina.lastText()).toMatch(/^Шаг 4 из 5\. Согласие/);
      await nina.text('Да!');
      expect(nina.lastText()).toMatch(/^Шаг 5 из 5\./);
      await nina.text('пропустить');
      expect(nina.lastText()).toMatch(/^Проверьте, пожалуйста/);
      await nina.text('да');
      expect(nina.lastText()).toMatch(/^Готово!/);

      const vera = person();
      await vera.text('/start');
      await vera.tap('📝 Записаться на курс');
      await vera.text('основы');
      await vera.text('кемерово');
      await vera.text('Библиотека имени Н. В. Гоголя');
      await vera.text('утром');
      await vera.text('согласна');
      await vera.text('пропустить');
      await vera.text('хорошо');
      expect(vera.lastText()).toMatch(/^Готово!/);
      expect(t.errors).toEqual([]);
    });

    it('"нет" at the consent is "Не даю согласия"; on the summary (no "no" button) it is not taken', async () => {
      const ivan = person();
      await ivan.text('/start');
      await ivan.tap('📝 Записаться на курс');
      await ivan.text('основы');
      await ivan.text('кемерово');
      await ivan.text('Библиотека имени Н. В. Гоголя');
      await ivan.text('утром');
      await ivan.text('нет');
      expect(ivan.lastText()).toMatch(/согласи/i);
      expect(ivan.lastText()).not.toMatch(/^Шаг 5/);
      expect(t.errors).toEqual([]);
    });

    it('"нет" after "Выйти из очереди?" keeps the place, "да" leaves; a "да" typed later means nothing', async () => {
      const nina = person();
      await nina.text('/start');
      await nina.tap('📝 Записаться на курс');
      for (const answer of ['основы', 'кемерово', 'Библиотека имени Н. В. Гоголя', 'утром', 'да', 'пропустить', 'да']) await nina.text(answer);
      await nina.tap('🔢 Моё место в очереди');
      await nina.press(/Выйти из очереди/);
      expect(nina.lastText()).toMatch(/^Выйти из очереди на курс/);
      await nina.text('нет');
      expect(nina.lastText()).toBe('Хорошо, вы остаётесь в очереди.');
      await nina.text('да');
      expect(nina.lastText()).toMatch(/^Не получилось понять сообщение/);
      await nina.tap('🔢 Моё место в очереди');
      await nina.press(/Выйти из очереди/);
      await nina.text('Да');
      expect(nina.lastText()).toMatch(/^Вы вышли из очереди на курс «Основы/);
      await nina.tap('🔢 Моё место в очереди');
      expect(nina.lastText()).toMatch(/не записаны|нет записей|пока/i);
      expect(t.errors).toEqual([]);
    });
  });

  describe('a center typed by a word of its name; Latin look-alike letters (walk s21 W21-06)', () => {
    it('"гоголя", "поляна" and "фёдорова" each mean one center; "имени" means two and is not taken', async () => {
      for (const [typed, center] of [['гоголя', 'Гоголя'], ['Поляна', 'Лесная Поляна'], ['федорова', 'Фёдорова']] as const) {
        const nina = person();
        await nina.text('/start');
        await nina.tap('📝 Записаться на курс');
        await nina.text('основы');
        await nina.text('кемерово');
        await nina.text('имени');
        // Not taken; the two it fits are named (walk s22 W22-02).
        expect(nina.lastText()).toBe('«имени» есть в нескольких кнопках:\n• Библиотека имени Н. В. Гоголя\n• Областная научная библиотека имени В. Д. Фёдорова\nНажмите нужную кнопку или напишите название точнее.');
        await nina.text(typed);
        expect(nina.lastText()).toMatch(/^Шаг 3 из 5\./);
        for (const answer of ['утром', 'да', 'пропустить']) await nina.text(answer);
        expect(nina.lastText()).toContain(center);
      }
      expect(t.errors).toEqual([]);
    });

    it('"запиcаться" with a Latin "c" at the menu, "Hазад" with a Latin "H" in a flow', async () => {
      const nina = person();
      await nina.text('/start');
      await nina.text('запиcаться');
      expect(nina.lastText()).toMatch(/^Шаг 1 из 5\./);
      await nina.text('оcновы');
      expect(nina.lastText()).toMatch(/^Шаг 2 из 5\./);
      await nina.text('Hазад');
      expect(nina.lastText()).toMatch(/^Шаг 1 из 5\./);
      expect(t.errors).toEqual([]);
    });
  });

  describe('a voice message or a sticker (walk s21 W21-08)', () => {
    it('at the menu and in a flow: "the bot does not listen", what to do, and the phone', async () => {
      const nina = person();
      await nina.text('/start');
      await nina.voice();
      expect(nina.lastText()).toBe(
        'Бот не слушает голосовые сообщения. Выберите, что нужно, кнопками внизу экрана или напишите словами. Если удобнее поговорить, позвоните: +7 3842 36-42-90',
      );
      await nina.tap('📝 Записаться на курс');
      await nina.voice();
      expect(nina.lastText()).toBe('Бот не слушает голосовые сообщения. Пожалуйста, нажмите одну из кнопок под сообщением. Если удобнее поговорить, позвоните: +7 3842 36-42-90');
      await nina.sticker();
      expect(nina.lastText()).toMatch(/^Бот не понимает стикеры\. Пожалуйста, нажмите одну из кнопок/);
      // The question still waits.
      await nina.text('основы');
      expect(nina.lastText()).toMatch(/^Шаг 2 из 5\./);
      const tom = person('en');
      await tom.text('/start');
      await tom.voice();
      expect(tom.lastText()).toMatch(/^The bot does not listen to voice messages\. .* call \+7 3842 36-42-90$/);
      expect(t.errors).toEqual([]);
    });
  });
});

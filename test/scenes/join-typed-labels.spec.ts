import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { labelsMeant, labelStartedBy } from '../../src/domain/text.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('join-typed-labels', () => {
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
      // Two centers' names start with "Библиотека": it means neither; they are named (walk s22 W22-02).
      await user.text('библиотека');
      expect(user.lastText()).toMatch(/^«библиотека» есть в нескольких кнопках:\n• Библиотека /);
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

    it('labelsMeant: another ending of a word, and every label an ambiguous word fits (walk s22 W22-02)', () => {
      const courses = ['Основы компьютерной грамотности', 'Интернет и электронная почта', 'Госуслуги онлайн', 'Поиск работы в интернете', 'Безопасный интернет'];
      expect(labelsMeant(courses, 'основам компьютерной грамотности')).toEqual([0]);
      expect(labelsMeant(courses, 'Компьютерная грамотность')).toEqual([0]);
      expect(labelsMeant(courses, 'поиск работы')).toEqual([3]);
      // One word that several labels hold is asked about, even when one label starts with it: a person who meant «Безопасный
      // интернет» was put on another course's line without a word (walk28 W28-02); two words keep the start rule.
      expect(labelsMeant(courses, 'интернет')).toEqual([1, 3, 4]);
      expect(labelsMeant(courses, 'интернет и почта')).toEqual([1]);
      expect(labelsMeant(courses, 'основы')).toEqual([0]);
      expect(labelsMeant(courses, 'интернете')).toEqual([1, 3, 4]);
      expect(labelsMeant(['Basic computer literacy', 'Public services online', 'Job search online'], 'ONLINE')).toEqual([1, 2]);
      expect(labelsMeant(['Basic computer literacy', 'Public services online'], 'Basics')).toEqual([0]);
      expect(labelsMeant(courses, 'компьютерные игры')).toEqual([]);
      expect(labelsMeant(['Юрга', 'Таштагол'], 'в Юрге')).toEqual([0]);
    });
  });

  // Walk s22 W22-02: a word of the course's name in another form, a word of several, another town typed on a town's centers.
  describe('typed words on the course and center steps (walk s22 W22-02)', () => {
    it('takes "основам компьютерной грамотности", names the courses "интернете" fits, and switches to a town typed on the centers', async () => {
      const user = t.user({ id: nextId++, first_name: 'Галина', language_code: 'ru' });
      await user.text('/start');
      await user.tap('📝 Записаться на курс');
      await user.text('интернете');
      expect(user.lastText()).toBe(
        '«интернете» есть в нескольких кнопках:\n• Интернет и электронная почта\n• Поиск работы в интернете\n• Безопасный интернет\nНажмите нужную кнопку или напишите название точнее.',
      );
      await user.text('Основам компьютерной грамотности');
      expect(user.lastText()).toMatch(/^Шаг 2 из 5\. Где вам удобно заниматься/);
      await user.text('Кемерово');
      expect(user.lastText()).toMatch(/Кемерово: выберите центр/);
      // Another town typed here: its centers, not "press one of the buttons".
      await user.text('новокузнецк');
      expect(user.lastText()).toMatch(/^Шаг 2 из 5\. Новокузнецк: выберите центр/);
      // A town of one center: taken, and named on the next step (as W22-03 does from the town buttons).
      await user.text('в Юрге');
      expect(user.lastText()).toMatch(/^В этом городе один центр: Центральная городская библиотека, .*\nШаг 3 из 5\. Когда вам удобнее заниматься/);
      expect(t.errors).toEqual([]);
    });

    it('the same in English: "computer literacy basics", "online" asked which, "novokuznetsk" on Kemerovo\'s centers', async () => {
      const user = t.user({ id: nextId++, first_name: 'John', language_code: 'en' });
      await user.text('/start');
      await user.text('join');
      await user.text('online');
      expect(user.lastText()).toBe('"online" fits more than one button:\n• Public services online\n• Job search online\nPlease press the one you mean, or type more of its name.');
      await user.text('computer literacy basics');
      expect(user.lastText()).toMatch(/^Step 2 of 5\./);
      await user.text('kemerovo');
      expect(user.lastText()).toMatch(/Kemerovo: choose a center/);
      await user.text('novokuznetsk');
      expect(user.lastText()).toMatch(/^Step 2 of 5\. Novokuznetsk: choose a center/);
      expect(t.errors).toEqual([]);
    });

    it('fix28g W28-02: one word several buttons hold is asked about even when one button starts with it; two words are taken', async () => {
      const user = t.user({ id: nextId++, first_name: 'Денис', language_code: 'ru' });
      await user.text('/start');
      await user.tap('📝 Записаться на курс');
      await user.text('интернет');
      expect(user.lastText()).toBe(
        '«интернет» есть в нескольких кнопках:\n• Интернет и электронная почта\n• Поиск работы в интернете\n• Безопасный интернет\nНажмите нужную кнопку или напишите название точнее.',
      );
      await user.text('интернет и почта');
      expect(user.lastText()).toMatch(/^Шаг 2 из 5\. Где вам удобно заниматься/);
      await user.text('Новокузнецк');
      await user.text('библиотека');
      expect(user.lastText()).toMatch(/^«библиотека» есть в нескольких кнопках:\n• Библиотека Кузнецкого района\n• Центральная городская библиотека имени Н\. В\. Гоголя\n/);
      expect(t.errors).toEqual([]);
    });

    it('fix28g W28-01: a short sentence with one button\'s word is that button; «в любое время» is «Не важно»; nothing matched names what to type', async () => {
      const user = t.user({ id: nextId++, first_name: 'Валентина', language_code: 'ru' });
      await user.text('/start');
      await user.tap('📝 Записаться на курс');
      await user.text('основы');
      await user.text('кемерово');
      await user.text('нет, лучше Новокузнецк');
      expect(user.lastText()).toMatch(/^Шаг 2 из 5\. Новокузнецк: выберите центр/);
      await user.text('а в Юрге можно?');
      expect(user.lastText()).toMatch(/^В этом городе один центр: Центральная городская библиотека, .*\nШаг 3 из 5\. Когда вам удобнее заниматься/);
      // A negation is never read for a word: «не утром» is not «Утром».
      await user.text('только не утром');
      expect(user.lastText()).toBe('Пожалуйста, нажмите одну из кнопок под сообщением или напишите, например: утром, днём, вечером, не важно.');
      await user.text('лучше днём');
      expect(user.lastText()).toMatch(/^Шаг 4 из 5/);
      const other = t.user({ id: nextId++, first_name: 'Зинаида', language_code: 'ru' });
      await other.text('/start');
      await other.tap('📝 Записаться на курс');
      await other.text('основы');
      await other.text('Юрга');
      await other.text('в любое время');
      expect(other.lastText()).toMatch(/^Шаг 4 из 5/);
      const john = t.user({ id: nextId++, first_name: 'John', language_code: 'en' });
      await john.text('/start');
      await john.text('join');
      await john.text('basics');
      await john.text('Yurga');
      await john.text('hmm');
      expect(john.lastText()).toBe('Please press one of the buttons under the message, or type, for example: morning, afternoon, evening, any time.');
      await john.text("it doesn't matter");
      expect(john.lastText()).toMatch(/^Step 4 of 5/);
      expect(t.errors).toEqual([]);
    });
  });
});

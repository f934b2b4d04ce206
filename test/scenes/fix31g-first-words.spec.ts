import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { joinWishOf } from '../../src/domain/join-wish.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { createTestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';

describe('fix31g-first-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  describe('what people type first (walk31)', () => {
    it('fix31g wish: «хочу на госуслуги в Юрге», «запишите меня …», "I\'d like the … course in …" start the join with what they name', async () => {
      const t = createTestBot();
      const vera = t.user({ id: 3_1701, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/start');
      await vera.text('хочу на госуслуги в Юрге');
      expect(vera.lastText()).toMatch(/^Курс: «Госуслуги онлайн»\. Выбрать другой можно кнопкой «Назад»\.\nВ этом городе один центр: [^]*\nШаг 3 из 5\./);
      await vera.press('Утром');
      await joinWaitlist(vera, { from: 'consent' });
      expect(await WaitlistEntryModel.findOne({ citizenId: 3_1701 }).lean()).toMatchObject({ courseId: 'gosuslugi', status: 'waiting' });

      // «Запишите меня»: her own join, not a relative's; «интернет» fits three courses, the town is taken.
      const pyotr = t.user({ id: 3_1702, first_name: 'Пётр', language_code: 'ru' });
      await pyotr.text('/start');
      await pyotr.text('запишите меня на интернет в Кемерове');
      expect(pyotr.lastText()).toMatch(/^Шаг 1 из 5\. Выберите курс/);
      await pyotr.press('Госуслуги онлайн');
      expect(pyotr.lastText()).toMatch(/Шаг 2 из 5\. Кемерово: выберите центр/);

      const john = t.user({ id: 3_1703, first_name: 'John', language_code: 'en' });
      await john.text('/start');
      await john.text("I'd like the job search course in Novokuznetsk");
      expect(john.lastText()).toMatch(/^Course: "Job search online"[^]*Step [23] of 5\./);
      expect(t.errors).toEqual([]);
    });

    it('fix31g wish: words of wanting that name no course nor town, or a relative, are not a join', async () => {
      const t = createTestBot();
      const anna = t.user({ id: 3_1704, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/start');
      await anna.text('хочу спросить');
      expect(anna.lastText()).toMatch(/^Не получилось понять сообщение/);
      await anna.text('запишите маму на госуслуги');
      expect(anna.lastText()).toMatch(/^Бот меняет только вашу собственную запись\./);
      await anna.text('не хочу на госуслуги');
      expect(anna.lastText()).toMatch(/^Не получилось понять сообщение/);
      expect(anna.messages().some((m) => /Шаг \d из/.test(m.text ?? ''))).toBe(false);
      expect(await joinWishOf('хочу на госуслуги в Юрге')).toEqual({ course: 'gosuslugi', town: 'Юрга' });
      expect(t.errors).toEqual([]);
    });

    it('fix31g town slip: a town with a slip of a letter or two, «гос услуги» with a space, a town in the nominative are taken', async () => {
      expect(await joinWishOf('I want to sign up for job search in Novokuzneck')).toEqual({ course: 'job-search', town: 'Новокузнецк' });
      expect(await joinWishOf('хочу записаться на гос услуги в юрги')).toEqual({ course: 'gosuslugi', town: 'Юрга' });
      expect(await joinWishOf('запишите меня на госуслуги в Юрга')).toEqual({ course: 'gosuslugi', town: 'Юрга' });
      expect(await joinWishOf('хочу записаться на интернет в кемерово')).toEqual({ town: 'Кемерово' });
      expect(await joinWishOf('хочу записаться на госуслуги в Прокопевске')).toEqual({ course: 'gosuslugi', town: 'Прокопьевск' });
      // A short name is not guessed at: «юрта» is not «Юрга»; nor is a long one two letters off in a short word.
      expect(await joinWishOf('хочу записаться на госуслуги в юрте')).toEqual({ course: 'gosuslugi' });
      const t = createTestBot();
      const john = t.user({ id: 3_1705, first_name: 'John', language_code: 'en' });
      await john.text('I want to sign up for job search in Novokuzneck');
      expect(john.lastText()).toMatch(/^Course: "Job search online"[^]*Step [23] of 5\./);
      expect(john.lastText()).not.toMatch(/Where would you like to study/);
      expect(t.errors).toEqual([]);
    });

    it('fix31g library: "where is the library?" from someone on a list is her center\'s card alone, other centers one button away', async () => {
      await addToWaitlist(3_1706, { courseId: 'job-search', centerId: 'yurga-central', language: 'en', at: new Date('2026-10-01T03:00:00Z') });
      const t = createTestBot();
      const john = t.user({ id: 3_1706, first_name: 'John', language_code: 'en' });
      await john.text('where is the library?');
      expect(john.textsSince(0)).toHaveLength(1);
      expect(john.lastText()).toMatch(/^You are signed up at this center:\nCentral City Library\nAddress: Yurga/);
      expect(john.buttonLabels()).toEqual(['Other centers']);
      await john.press('Other centers');
      expect(john.lastText()).toMatch(/^Where should we look\?/);
      expect(john.buttonLabels()).toContain('Yurga');
      expect(t.errors).toEqual([]);
    });

    it('fix31g join again: «Записаться на курс» pressed in the middle of a join asks whether to go on or start again', async () => {
      const t = createTestBot();
      const pyotr = t.user({ id: 3_1707, first_name: 'Пётр', language_code: 'ru' });
      await pyotr.text('/start');
      await pyotr.tap('📝 Записаться на курс');
      await pyotr.press('Госуслуги онлайн');
      await pyotr.press('Кемерово');
      expect(pyotr.lastText()).toMatch(/Шаг 2 из 5\. Кемерово: выберите центр/);
      const before = pyotr.messages().length;
      await pyotr.tap('📝 Записаться на курс');
      expect(pyotr.textsSince(before)).toEqual(['Вы записывались на курс «Госуслуги онлайн» (шаг 2 из 5): продолжить или начать заново?']);
      await pyotr.press('Продолжить');
      expect(pyotr.lastText()).toMatch(/Шаг 2 из 5\. Кемерово: выберите центр/);
      await pyotr.tap('📝 Записаться на курс');
      await pyotr.press('Начать заново');
      expect(pyotr.lastText()).toMatch(/^Шаг 1 из 5\. Выберите курс/);
      expect(pyotr.messages().some((m) => /Вы перешли к другому делу/.test(m.text ?? ''))).toBe(false);
      expect(t.errors).toEqual([]);
    });
  });
});

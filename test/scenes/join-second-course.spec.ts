import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('join-second-course', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  let nextId = 18_100;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  /** Joins "Основы" in Прокопьевск, changing the name on the summary to one typed, with a phone shared. */
  async function firstJoin(user: TestUser) {
    await user.text('/start');
    await joinWaitlist(user, { town: 'Прокопьевск', phone: '+79001234567', to: 'phone' });
    await user.press('✎ Изменить');
    await user.press('Имя');
    await user.text('Лукерья Иваненко');
    await user.press('✓ Всё верно, записаться');
    expect(await CitizenModel.findById(user.id).lean()).toMatchObject({ name: 'Лукерья Иваненко', phone: '+79001234567' });
  }

  describe('a citizen who joined before joins a second course (probe s18 F6)', () => {
    it('offers the name and phone given at the first join, asks neither consent nor phone again, and "All correct" keeps them', async () => {
      const user = t.user({ id: nextId++, first_name: 'U3001', language_code: 'ru' });
      await firstJoin(user);
      const consentBefore = (await CitizenModel.findById(user.id).lean())!.consent;

      await user.tap('📝 Записаться на курс');
      // Course, town and center, time: three steps; no consent (the same text), no phone.
      expect(user.lastText()).toContain('Шаг 1 из 3');
      await user.press('Госуслуги онлайн');
      await user.press('Прокопьевск');
      await user.press('Днём');
      expect(user.lastText()).toContain('Проверьте, пожалуйста');
      expect(user.lastText()).toContain('Имя: Лукерья Иваненко');
      expect(user.lastText()).toContain('Телефон: +7 900 123-45-67');
      await user.press('✓ Всё верно, записаться');

      expect(await WaitlistEntryModel.countDocuments({ citizenId: user.id, activeKey: { $exists: true } })).toBe(2);
      const citizen = (await CitizenModel.findById(user.id).lean())!;
      expect(citizen).toMatchObject({ name: 'Лукерья Иваненко', phone: '+79001234567' });
      // The consent on record is the one given at the first join, not a new one of today.
      expect(citizen.consent).toEqual(consentBefore);
    });

    it('asks consent again when the consent text changed since, and still keeps the stored name and phone', async () => {
      const user = t.user({ id: nextId++, first_name: 'U3002', language_code: 'ru' });
      await firstJoin(user);
      await CitizenModel.updateOne({ _id: user.id }, { $set: { 'consent.version': '2020-01-01' } });

      await user.tap('📝 Записаться на курс');
      expect(user.lastText()).toContain('Шаг 1 из 4');
      await user.press('Госуслуги онлайн');
      await user.press('Прокопьевск');
      await user.press('Днём');
      expect(user.buttonLabels()).toContain('✓ Даю согласие');
      await user.press('✓ Даю согласие');
      expect(user.lastText()).toContain('Имя: Лукерья Иваненко');
      await user.press('✓ Всё верно, записаться');
      const citizen = (await CitizenModel.findById(user.id).lean())!;
      expect(citizen).toMatchObject({ name: 'Лукерья Иваненко', phone: '+79001234567' });
      expect(citizen.consent?.version).not.toBe('2020-01-01');
    });

    it('a returning citizen can still change the name on the summary of the second join', async () => {
      const user = t.user({ id: nextId++, first_name: 'U3003', language_code: 'ru' });
      await firstJoin(user);
      await user.tap('📝 Записаться на курс');
      await user.press('Госуслуги онлайн');
      await user.press('Прокопьевск');
      await user.press('Днём');
      await user.press('✎ Изменить');
      await user.press('Имя');
      expect(user.lastText()).toContain('Сейчас: Лукерья Иваненко');
      await user.text('Лукерья Петровна');
      await user.press('✓ Всё верно, записаться');
      expect(await CitizenModel.findById(user.id).lean()).toMatchObject({ name: 'Лукерья Петровна', phone: '+79001234567' });
    });
  });

  describe('a name changed on the summary of a second course (walk s21 W21-02)', () => {
    it('says the name is one for all the person\'s entries and changes on the first course too', async () => {
      const user = t.user({ id: nextId++, first_name: 'U3010', language_code: 'ru' });
      await firstJoin(user);
      await user.tap('📝 Записаться на курс');
      await user.press('Госуслуги онлайн');
      await user.press('Прокопьевск');
      await user.press('Днём');
      // The stored name, unchanged: nothing to say.
      expect(user.lastText()).not.toContain('Имя одно');
      await user.press('✎ Изменить');
      await user.press('Имя');
      await user.text('Елена Иваненко');
      expect(user.lastText()).toContain('Имя: Елена Иваненко');
      expect(user.lastText()).toContain('Имя одно на все ваши записи: оно изменится и в записи на «Основы компьютерной грамотности».');
      await user.press('✓ Всё верно, записаться');
      expect(await CitizenModel.findById(user.id).lean()).toMatchObject({ name: 'Елена Иваненко' });
      expect(t.errors).toEqual([]);
    });
  });
});

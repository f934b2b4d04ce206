import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { seedSampleData } from '../../src/db/seed.js';
import { readTypedPhone } from '../../src/domain/phone.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('join-typed-phone', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  let nextId = 18_200;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  async function atPhoneStep(language_code = 'ru') {
    const user = t.user({ id: nextId++, first_name: language_code === 'ru' ? 'Анна' : 'Anna', language_code });
    await user.text('/start');
    await joinWaitlist(user, { course: 'Госуслуги онлайн', town: 'Прокопьевск', time: 'Днём', to: 'name' });
    expect(user.replyKeyboard()).toContain('📱 Отправить мой телефон');
    return user;
  }

  const UNREADABLE = 'Не получилось прочитать номер. Напишите его полностью, с кодом, например 8 900 123-45-67, или нажмите «Отправить мой телефон».';

  describe('a phone typed on the join summary after a Skip (walk s21 W21-07)', () => {
    it('is taken as the phone: the summary comes again with it, and confirming stores it', async () => {
      const user = await atPhoneStep();
      await user.text('пропустить');
      expect(user.lastText()).toContain('Телефон: не указан');
      await user.text('89132223344');
      expect(user.lastText()).toMatch(/^Проверьте, пожалуйста:/);
      expect(user.lastText()).toContain('Телефон: +7 913 222-33-44');
      await user.text('да');
      expect(user.lastText()).toMatch(/^Готово!/);
      expect(await CitizenModel.findById(user.id).lean()).toMatchObject({ phone: '+79132223344' });
      expect(t.errors).toEqual([]);
    });
  });

  describe('a voice message or a sticker at the phone step (walk s21 W21-08)', () => {
    it('is told the bot does not hear it, and how to give the number; the step still waits', async () => {
      const user = await atPhoneStep();
      await user.voice();
      expect(user.lastText()).toBe('Бот не слушает голосовые сообщения. Напишите номер, например 8 900 123-45-67, или нажмите «Отправить мой телефон» внизу экрана.');
      await user.sticker();
      expect(user.lastText()).toMatch(/^Бот не понимает стикеры\. Напишите номер/);
      await user.text('8 913 123-45-67');
      expect(user.lastText()).toContain('Телефон: +7 913 123-45-67');
      expect(t.errors).toEqual([]);
    });
  });

  describe('a phone typed with words at the join (walk s18 item 10)', () => {
    it('takes the number out of "мой телефон 8 960 900 12 34" and stores it', async () => {
      const user = await atPhoneStep();
      await user.text('мой телефон 8 960 900 12 34');
      expect(user.lastText()).toContain('Телефон: +7 960 900-12-34');
      await user.press('✓ Всё верно, записаться');
      expect(await CitizenModel.findById(user.id).lean()).toMatchObject({ phone: '+79609001234' });
    });

    it('says it could not read a number (not that it does not exist) for a local number without its code, and for two numbers', async () => {
      const user = await atPhoneStep();
      await user.text('12-34-56');
      expect(user.lastText()).toBe(UNREADABLE);
      await user.text('8 960 900 12 34 или 8 913 123 45 67');
      expect(user.lastText()).toBe(UNREADABLE);
      await user.text('позвоните мне');
      expect(user.lastText()).toBe(UNREADABLE);
      // A full number no numbering plan has is still called so.
      await user.text('8 000 000 00 00');
      expect(user.lastText()).toContain('Такого номера телефона не бывает.');
      // Nothing is lost: the question still waits.
      await user.text('8 913 123-45-67');
      expect(user.lastText()).toContain('Телефон: +7 913 123-45-67');
    });

    it('says the same in English', async () => {
      const user = t.user({ id: nextId++, first_name: 'Anna', language_code: 'en' });
      await user.text('/start');
      await user.tap('📝 Join a course');
      await user.press(user.buttonLabels()[0]!);
      await user.press('Prokopyevsk');
      await user.press(user.buttonLabels()[0]!);
      await user.press(user.buttonLabels()[0]!);
      await user.press(/I agree/);
      await user.text('12-34-56');
      expect(user.lastText()).toBe('I could not read a phone number. Please type it in full, with the code, for example 8 900 123-45-67, or press "Send my phone number".');
      await user.text('my number is 8 960 900 12 34');
      expect(user.lastText()).toContain('Phone: +7 960 900-12-34');
    });

    it('says a digit is missing from a number one digit short (walk s20 #5)', async () => {
      const user = await atPhoneStep();
      await user.text('8 913 123 45 6');
      expect(user.lastText()).toBe('В номере не хватает одной цифры. Проверьте и напишите номер полностью, например 8 900 123-45-67, или нажмите «Отправить мой телефон».');
      await user.text('телефон 913 123 45 6');
      expect(user.lastText()).toMatch(/^В номере не хватает одной цифры/);
      await user.text('8 913 123 45 67');
      expect(user.lastText()).toContain('Телефон: +7 913 123-45-67');
      expect(readTypedPhone('+7 913 123-45-6')).toEqual({ problem: 'digit-missing' });
      expect(readTypedPhone('8 (3842) 58-41-2')).toEqual({ problem: 'digit-missing' });
    });

    it('readTypedPhone: one run of digits among words, and why not', () => {
      expect(readTypedPhone('тел. +7(913)1234567.')).toEqual({ phone: '+79131234567' });
      // Short runs beside the number (an extension, an age, a time) are left aside (probe s19 #11).
      expect(readTypedPhone('+7 (913) 123-45-67 доб. 5')).toEqual({ phone: '+79131234567' });
      expect(readTypedPhone('мне 72 года, телефон 8 960 900 12 34')).toEqual({ phone: '+79609001234' });
      expect(readTypedPhone('89609001234, звоните после 18:00')).toEqual({ phone: '+79609001234' });
      expect(readTypedPhone('89609001234 89609001234')).toEqual({ problem: 'unreadable' });
      expect(readTypedPhone('8 960 900 12 34 или 8 913 123 45 67')).toEqual({ problem: 'unreadable' });
      expect(readTypedPhone('000000000000000')).toEqual({ problem: 'not-a-number' });
    });
  });

  describe('a foreign phone typed at the join (walk s22 W22-01)', () => {
    it('one the bot cannot check is not called "not a real number": the Telegram button, a Russian number or Skip', async () => {
      const user = t.user({ id: nextId++, first_name: 'John', language_code: 'en' });
      await user.text('/start');
      await user.tap('📝 Join a course');
      await user.press('Basic computer literacy');
      await user.press('Yurga');
      await user.press('Evening');
      await user.press(/I agree/);
      await user.text('+44 7700 900123');
      expect(user.lastText()).toBe(
        'The bot cannot check this foreign number. If it is the number of your Telegram, press "Send my phone number" at the bottom of the screen: it will be saved. Or type a Russian number, starting with +7, or press "Skip".',
      );
      expect(user.replyKeyboard()).toEqual(['📱 Send my phone number', 'Skip', 'Back', 'Cancel']);
      // The button sends the Telegram number, the same foreign one: kept, as Telegram confirmed it.
      await user.contact('+447700900123');
      expect(user.lastText()).toContain('Phone: +44 7700 900123');
      await user.press(/All correct/);
      expect(await CitizenModel.findById(user.id).lean()).toMatchObject({ phone: '+447700900123' });
      expect(t.errors).toEqual([]);
    });

    it('in Russian, and Skip works after it; a Russian number nobody has is still "no such number"', async () => {
      const user = await atPhoneStep();
      await user.text('00 44 7700 900123');
      expect(user.lastText()).toBe(
        'Этот зарубежный номер бот не может проверить. Если это номер вашего Телеграма, нажмите «Отправить мой телефон» внизу экрана: он сохранится. Или напишите российский номер, он начинается с +7, или нажмите «Пропустить».',
      );
      await user.text('+7 000 000-00-00');
      expect(user.lastText()).toMatch(/^Такого номера телефона не бывает/);
      await user.tap('Пропустить');
      expect(user.lastText()).toContain('Телефон: не указан');
      expect(readTypedPhone('+44 7700 900123')).toEqual({ problem: 'foreign' });
      expect(readTypedPhone('мой номер 810 44 7700 900123')).toEqual({ problem: 'foreign' });
      // A foreign number its plan has is taken as before.
      expect(readTypedPhone('+44 7911 123456')).toEqual({ phone: '+447911123456' });
      expect(t.errors).toEqual([]);
    });

    it('"+8 913 …" (the "+" of +7 and the 8 typed together) is the Russian number, not a foreign one (probe s25 L4)', () => {
      expect(readTypedPhone('+8 913 123 45 67')).toEqual({ phone: '+79131234567' });
      expect(readTypedPhone('мой +8(3842)36-42-90')).toEqual({ phone: '+73842364290' });
      // Not a number with "+8" before it: still foreign (+81 Japan) or not a number.
      expect(readTypedPhone('+81 3 1234 5678')).not.toEqual({ phone: expect.stringMatching(/^\+7/) });
    });
  });

  describe('Back and Cancel typed at the phone step (walk s18 item 16)', () => {
    it('takes "назад" typed without the arrow as Back, and "отмена" as Cancel', async () => {
      const user = await atPhoneStep();
      await user.text('назад');
      expect(user.lastText()).toMatch(/Согласие на обработку персональных данных/);
      await user.press('✓ Даю согласие');
      expect(user.replyKeyboard()).toContain('📱 Отправить мой телефон');
      await user.text('Отмена');
      expect(user.lastText()).toMatch(/отменили/i);
      expect(await CitizenModel.findById(user.id).lean()).toBeNull();
    });
  });

  describe('Skip typed at the phone step (walk s20 #39, #47)', () => {
    it('takes "пропустить" typed in lower case as Skip, and the phone keyboard goes with the summary', async () => {
      const user = await atPhoneStep();
      await user.text('пропустить');
      expect(user.lastText()).toContain('Телефон: не указан');
      expect(user.replyKeyboard()).not.toContain('📱 Отправить мой телефон');
    });

    it('takes the phone shared from the keyboard left up under the summary after a typed "Пропустить"', async () => {
      const user = await atPhoneStep();
      await user.text('Пропустить');
      expect(user.lastText()).toContain('Телефон: не указан');
      await user.contact('+7 913 123-45-67');
      expect(user.lastText()).toContain('Телефон: +7 913 123-45-67');
      await user.press('✓ Всё верно, записаться');
      expect(await CitizenModel.findById(user.id).lean()).toMatchObject({ phone: '+79131234567' });
      expect(t.errors).toEqual([]);
    });
  });
});

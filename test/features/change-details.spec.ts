import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist, markEnrolled } from '../helpers/waitlist-fixtures.js';

describe('change-details', () => {
  // Walk s22 W22-05: a job seeker who found work wants evenings and has a new number; neither could be changed.
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  describe('changing the time of day or the phone from "my place in line"', () => {
    it('sets another time of day on every waiting entry, keeping the place', async () => {
      await addToWaitlist(3401, { centerId: 'yurga-central', timeOfDay: 'morning', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(3402, { centerId: 'yurga-central', timeOfDay: 'morning', at: new Date('2026-10-02T03:00:00Z') });
      await addToWaitlist(3402, { courseId: 'internet', centerId: 'yurga-central', timeOfDay: 'morning', at: new Date('2026-10-03T03:00:00Z') });
      const marina = t.user({ id: 3402, first_name: 'Марина', language_code: 'ru' });
      await WaitlistEntryModel.updateOne({ citizenId: 3402, courseId: 'internet' }, { $set: { status: 'offered' } });
      const before = await WaitlistEntryModel.find({ citizenId: 3402 }).sort({ joinedAt: 1 }).lean();

      await marina.text('🔢 Моё место в очереди');
      expect(marina.lastText()).toContain('место в очереди 2.');
      await marina.press('✎ Время или телефон');
      expect(marina.lastText()).toBe('Что изменить? Место в очереди останется прежним.');
      expect(marina.buttonLabels()).toEqual(['🕐 Когда удобно заниматься', '📱 Телефон', 'Назад', 'Отмена']);
      await marina.press('🕐 Когда удобно заниматься');
      expect(marina.lastText()).toBe('Когда вам удобнее заниматься? Сейчас указано: Утром.');
      await marina.press('Вечером');
      expect(marina.lastText()).toBe('Готово: во всех ваших записях (2) теперь указано: Вечером. Место в очереди прежнее.');
      const after = await WaitlistEntryModel.find({ citizenId: 3402 }).sort({ joinedAt: 1 }).lean();
      // An entry holding an offer is still in line: its time of day changes too (probe s23 M5).
      expect(after.map((e) => e.timeOfDay)).toEqual(['evening', 'evening']);
      expect(after.map((e) => e.joinedAt)).toEqual(before.map((e) => e.joinedAt));
      await marina.text('🔢 Моё место в очереди');
      expect(marina.lastText()).toContain('место в очереди 2.');
      expect(t.errors).toEqual([]);
    });

    // Walk s28 W28-03: five lists at different times; the screen showed the first one's time and changed all five.
    it('fix28h W28-03: on lists at different times, asks which course (or all) and says what changed for which', async () => {
      // Lines of its own (Таштагол): the first test counts places in Юрга's.
      await addToWaitlist(3431, { courseId: 'basics', centerId: 'tashtagol-central', timeOfDay: 'afternoon', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(3431, { courseId: 'job-search', centerId: 'tashtagol-central', timeOfDay: 'evening', at: new Date('2026-10-02T03:00:00Z') });
      await addToWaitlist(3431, { courseId: 'internet', centerId: 'belovo-central', timeOfDay: 'any', at: new Date('2026-10-03T03:00:00Z') });
      const valya = t.user({ id: 3431, first_name: 'Валентина', language_code: 'ru' });
      const times = async () => (await WaitlistEntryModel.find({ citizenId: 3431 }).sort({ joinedAt: 1 }).lean()).map((e) => e.timeOfDay);

      await valya.text('🔢 Моё место в очереди');
      await valya.press('✎ Время или телефон');
      await valya.press('🕐 Когда удобно заниматься');
      expect(valya.lastText()).toBe('Время занятий в ваших записях разное. Для какой записи его изменить? На кнопках указано, что выбрано сейчас.');
      expect(valya.buttonLabels()).toEqual([
        '«Основы компьютерной грамотности»: днём',
        '«Поиск работы в интернете»: вечером',
        '«Интернет и электронная почта»: время не важно',
        'Для всех записей',
        'Назад',
        'Отмена',
      ]);
      await valya.press('«Основы компьютерной грамотности»: днём');
      expect(valya.lastText()).toBe('Когда вам удобнее заниматься на курсе «Основы компьютерной грамотности»? Сейчас указано: Днём.');
      await valya.press('Утром');
      expect(valya.lastText()).toBe('Готово: для курса «Основы компьютерной грамотности» теперь указано: Утром. Другие записи не изменились, место в очереди прежнее.');
      expect(await times()).toEqual(['morning', 'evening', 'any']);

      await valya.text('🔢 Моё место в очереди');
      await valya.press('✎ Время или телефон');
      await valya.press('🕐 Когда удобно заниматься');
      await valya.press('Для всех записей');
      expect(valya.lastText()).toBe('Когда вам удобнее заниматься? Это время будет указано во всех ваших записях.');
      await valya.press('Вечером');
      expect(valya.lastText()).toBe('Готово: во всех ваших записях (3) теперь указано: Вечером. Место в очереди прежнее.');
      expect(await times()).toEqual(['evening', 'evening', 'evening']);
      expect(t.errors).toEqual([]);
    });

    it('takes a typed new phone or the shared contact, or removes it; Back returns to the place', async () => {
      await addToWaitlist(3411, { centerId: 'belovo-central', phone: '+79231112233' });
      const marina = t.user({ id: 3411, first_name: 'Марина', language_code: 'ru' });
      await marina.text('хочу поменять номер телефона');
      await marina.press('✎ Время или телефон');
      await marina.press('Назад');
      expect(marina.lastText()).toContain('Ваши записи');
      await marina.press('✎ Время или телефон');
      await marina.press('📱 Телефон');
      expect(marina.lastText()).toBe('Сейчас ваш телефон: +7 923 111-22-33. Напишите новый номер или нажмите «Отправить мой телефон» внизу экрана.');
      expect(marina.replyKeyboard()).toEqual(['📱 Отправить мой телефон', 'Удалить мой телефон', 'Назад', 'Отмена']);
      await marina.text('8 923 555 66 7');
      expect(marina.lastText()).toMatch(/цифр/); // one digit short: said so, asked again
      // A foreign number the bot cannot check: said so plainly, without a Skip this question does not have (walk s22 W22-01).
      await marina.text('+44 7700 900123');
      expect(marina.lastText()).toBe(
        'Этот зарубежный номер бот не может проверить. Если это номер вашего Телеграма, нажмите «Отправить мой телефон» внизу экрана: он сохранится. Или напишите российский номер, он начинается с +7.',
      );
      await marina.text('8 923 555 66 77');
      expect(marina.lastText()).toBe('Готово. Ваш телефон: +7 923 555-66-77.');
      expect((await CitizenModel.findById(3411).lean())!.phone).toBe('+79235556677');

      await marina.text('🔢 Моё место в очереди');
      await marina.press('✎ Время или телефон');
      await marina.press('📱 Телефон');
      await marina.contact('+79239990011', 9999); // someone else's card: not taken
      expect((await CitizenModel.findById(3411).lean())!.phone).toBe('+79235556677');
      await marina.contact('79239990011');
      expect(marina.lastText()).toBe('Готово. Ваш телефон: +7 923 999-00-11.');

      await marina.text('🔢 Моё место в очереди');
      await marina.press('✎ Время или телефон');
      await marina.press('📱 Телефон');
      await marina.tap('Удалить мой телефон');
      expect(marina.lastText()).toBe('Готово, телефон удалён. Библиотека будет писать вам только здесь, в Телеграме.');
      expect((await CitizenModel.findById(3411).lean())!.phone).toBeUndefined();
      expect(t.errors).toEqual([]);
    });

    it('someone only in a group is asked for the phone straight away', async () => {
      const { entry } = await addToWaitlist(3421, { centerId: 'belovo-central' });
      await markEnrolled(entry.id, new Date('2026-11-01T03:00:00Z'));
      const ivan = t.user({ id: 3421, first_name: 'Иван', language_code: 'en' });
      await ivan.text('my place');
      await ivan.press('✎ Time or phone');
      expect(ivan.lastText()).toBe('Type a phone number or press "Send my phone number" at the bottom of the screen. The library calls it if it cannot write to you here.');
      expect(ivan.replyKeyboard()).toEqual(['📱 Send my phone number', 'Back', 'Cancel']);
      await ivan.tap('Cancel');
      expect((await CitizenModel.findById(3421).lean())!.phone).toBeUndefined();
      expect(t.errors).toEqual([]);
    });
  });
});

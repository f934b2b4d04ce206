import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { librarian } from '../calls/fixtures.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('change-phone', () => {
  /**
   * probe30 L4: a phone mistyped in «📞 Добавить телефон» (or in /add) could not be put right: the card then had no
   * phone button, and the right number typed next got the citizens' «Нажмите кнопку «Отправить мой номер»». Now the
   * card of a person without Telegram who has a phone offers «📞 Изменить телефон» (the same question and checks), and
   * a phone typed by staff outside any flow is told that /find changes a person's phone.
   */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-25T03:00:00Z');
  const setup = () => createTestBot({ clock: new TestClock(NOW) });
  const noPhone = (name: string) => ({ name, courseId: 'basics', centerId: 'kemerovo-regional', timeOfDay: 'any' as const, joinedAt: NOW });

  describe('a phone on a card without Telegram put right (probe30 L4)', () => {
    it('fix30j: a mistyped phone is changed on the /find card; the right number then finds her; a phone typed outside a flow is not the citizens\' advice', async () => {
      await registerWithoutTelegram([noPhone('Смирнова Ольга')], { actorId: 7391, now: NOW });
      await librarian(7391, 'Марина', ['kemerovo-regional']);
      const t = setup();
      const marina = t.user({ id: 7391, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/find');
      await marina.text('Смирнова');
      await marina.press('📞 Добавить телефон');
      await marina.text('8 913 000-60-01');
      expect(marina.lastText()).toMatch(/^Телефон добавлен: Смирнова Ольга, \+7 913 000-60-01\./);

      // The right number typed at once, outside any flow: one line about /find, no «Отправить мой номер».
      await marina.text('8 913 000-60-02');
      expect(marina.lastText()).toBe('Чтобы добавить или изменить телефон человека, найдите его через /find.');

      await marina.text('/find');
      await marina.text('8 913 000-60-01');
      expect(marina.buttonLabels()).toContain('📞 Изменить телефон');
      await marina.press('📞 Изменить телефон');
      expect(marina.lastText()).toBe('Смирнова Ольга: сейчас в карточке +7 913 000-60-01. Напишите правильный телефон, например 8 923 123-45-67. Можно телефон родственника.');
      await marina.text('8 913 000-60-01');
      expect(marina.lastText()).toBe('В карточке уже этот номер: +7 913 000-60-01. Ничего не меняли.');

      await marina.text('/find');
      await marina.text('Смирнова');
      await marina.press('📞 Изменить телефон');
      await marina.text('8 913 000-60-02');
      expect(marina.lastText()).toBe(
        'Телефон изменён: Смирнова Ольга, +7 913 000-60-02. Теперь в боте можно нажать «Меня уже записали в библиотеке» и отправить этот номер: запись найдётся.',
      );
      const olga = await CitizenModel.findOne({ name: 'Смирнова Ольга' }).lean();
      expect(olga).toMatchObject({ phone: '+79130006002', phoneKey: '+79130006002|ольга смирнова' });

      const grandson = t.user({ id: 5391, first_name: 'Дима', language_code: 'ru' });
      await grandson.text('/start');
      await grandson.press('📋 Меня уже записали в библиотеке');
      await grandson.contact('79130006002');
      expect(grandson.lastText()).toMatch(/^Мы нашли запись на имя [^\n]+:\n• В очереди на курс «Основы компьютерной грамотности»/);
      // A citizen typing a phone still gets the citizens' advice.
      const other = t.user({ id: 5392, first_name: 'Оля', language_code: 'ru' });
      await other.text('/start');
      await other.text('8 913 000-60-03');
      expect(other.lastText()).toMatch(/^Набранный номер не подходит/);
      expect(t.errors).toEqual([]);
    });

    it('fix30j: changing to a number someone has in Telegram asks first (fix30c\'s question); English words', async () => {
      await registerWithoutTelegram([{ ...noPhone('Лаптева Зинаида'), phone: '+79130006011' }], { actorId: 7392, now: NOW });
      await addToWaitlist(5393, { name: 'Лаптев Игорь', phone: '+79130006012', courseId: 'internet' });
      await librarian(7392, 'Emily', ['kemerovo-regional']);
      const t = setup();
      const emily = t.user({ id: 7392, first_name: 'Emily', language_code: 'en' });
      await emily.text('/find');
      await emily.text('Лаптева');
      await emily.press('📞 Change phone');
      expect(emily.lastText()).toBe('Лаптева Зинаида: the card has +7 913 000-60-11 now. Type the right phone, for example 8 923 123-45-67. It may be a relative\'s phone.');
      await emily.text('+7 913 000-60-12');
      expect(emily.lastText()).toMatch(/^Someone who signed up in Telegram/);
      await emily.press('Do not add');
      expect(await CitizenModel.findOne({ name: 'Лаптева Зинаида' }).lean()).toMatchObject({ phone: '+79130006011' });
      await emily.text('/find');
      await emily.text('Лаптева');
      await emily.press('📞 Change phone');
      await emily.text('+7 913 000-60-12');
      await emily.press('Add the number');
      expect(emily.lastText()).toBe('Phone changed: Лаптева Зинаида, +7 913 000-60-12. Now "The library already signed me up" in the bot with this number finds the record.');
      expect(await CitizenModel.findOne({ name: 'Лаптева Зинаида' }).lean()).toMatchObject({ phone: '+79130006012' });
      expect(await WaitlistEntryModel.findOne({ citizenId: 5393 }).lean()).toMatchObject({ courseId: 'internet', status: 'waiting' });
      await emily.text('8 913 000-60-13');
      expect(emily.lastText()).toBe('To add or change a person\'s phone, find them with /find.');
      expect(t.errors).toEqual([]);
    });
  });
});

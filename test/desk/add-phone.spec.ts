import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { librarian } from '../calls/fixtures.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('add-phone', () => {
  /**
   * walk29 W29-02: a grandmother registered with «Нет телефона»; her grandson cannot link her, and staff could not add a
   * phone later. Now the /find card has «📞 Добавить телефон», and «Меня уже записали в библиотеке» with that phone
   * finds her; words typed at "Send my number" («для бабушки») are told what to do.
   */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-25T03:00:00Z');
  const GRANNY = 'Кузнецова Антонина Павловна';
  const setup = () => createTestBot({ clock: new TestClock(NOW) });
  const noPhone = (name: string) => ({ name, courseId: 'basics', centerId: 'kemerovo-regional', timeOfDay: 'any' as const, joinedAt: NOW });

  describe('a phone added to a no-phone card (walk29 W29-02)', () => {
    it('the grandson is told what to do; the librarian adds his phone on the /find card; then his number finds her', async () => {
      await registerWithoutTelegram([noPhone(GRANNY)], { actorId: 7295, now: NOW });
      await librarian(7295, 'Марина', ['kemerovo-regional']);
      const t = setup();
      const dima = t.user({ id: 5295, first_name: 'Дима', language_code: 'ru' });
      await dima.text('/start');
      await dima.press('📋 Меня уже записали в библиотеке');
      await dima.text('это не для меня, для бабушки, у неё нет телефона');
      expect(dima.lastText()).toBe(
        'Запись ищем по номеру телефона. Если в библиотеке записали родственника без телефона, например бабушку, попросите библиотекаря ' +
          'добавить ваш номер в карточку родственника. Потом нажмите «Отправить мой номер» внизу экрана. Если записывали вас, нажмите эту кнопку сейчас.',
      );
      expect(dima.replyButtons()[0]).toMatchObject({ text: '📱 Отправить мой номер', request_contact: true });

      const marina = t.user({ id: 7295, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/find');
      await marina.text('Кузнецова');
      expect(marina.buttonLabels()).toContain('📞 Добавить телефон');
      await marina.press('📞 Добавить телефон');
      expect(marina.lastText()).toMatch(/^Кузнецова Антонина Павловна: напишите телефон для карточки, например/);
      await marina.text('12-34');
      expect(marina.lastText()).toMatch(/^Не получилось прочитать номер/);
      await marina.text('8 913 000-52-95');
      expect(marina.lastText()).toBe(
        'Телефон добавлен: Кузнецова Антонина Павловна, +7 913 000-52-95. Теперь в боте можно нажать «Меня уже записали в библиотеке» и отправить этот номер: запись найдётся. ' +
          'Родственнику на вопрос бота нужно нажать «Это мой родственник».',
      );
      const granny = await CitizenModel.findOne({ name: GRANNY }).lean();
      expect(granny).toMatchObject({ phone: '+79130005295', phoneKey: '+79130005295|антонина кузнецова павловна' });

      await dima.contact('79130005295');
      expect(dima.lastText()).toMatch(/^Мы нашли запись на имя [^\n]+:\n• В очереди на курс «Основы компьютерной грамотности»/);
      await dima.press('Да, это я');
      expect(await WaitlistEntryModel.findOne({ citizenId: 5295 }).lean()).toMatchObject({ courseId: 'basics', status: 'waiting' });
      expect(t.errors).toEqual([]);
    });

    it('a phone a record of the same name has: the same person (as /add), joined into one card; both on one course: nothing changed', async () => {
      await registerWithoutTelegram([
        noPhone('Орлова Нина'), { ...noPhone('Орлова Нина'), phone: '+79130005296', courseId: 'internet' },
        noPhone('Зуева Вера'), { ...noPhone('Зуева Вера'), phone: '+79130005297' },
      ], { actorId: 7296, now: NOW });
      await librarian(7296, 'Марина', ['kemerovo-regional']);
      const t = setup();
      const marina = t.user({ id: 7296, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/find');
      await marina.text('Орлова');
      await marina.press(/^Орлова Нина$/);
      await marina.press('📞 Добавить телефон');
      await marina.text('+7 913 000-52-96');
      expect(marina.lastText()).toBe(
        'С номером +7 913 000-52-96 уже был записан человек с таким же именем: Орлова Нина. Это один человек: его записи теперь в одной карточке. ' +
          'В боте можно нажать «Меня уже записали в библиотеке» и отправить этот номер.',
      );
      const orlova = await CitizenModel.find({ name: 'Орлова Нина' }).lean();
      expect(orlova).toHaveLength(1);
      expect((await WaitlistEntryModel.find({ citizenId: orlova[0]!._id }).lean()).map((e) => e.courseId).sort()).toEqual(['basics', 'internet']);
      await marina.text('/find');
      await marina.text('+7 913 000-52-96');
      expect(marina.lastText()).toMatch(/^Орлова Нина, \+7 913 000-52-96[^]*Основы[^]*Интернет/);
      expect(marina.buttonLabels()).not.toContain('📞 Добавить телефон');

      await marina.text('/cancel');
      await marina.text('/find');
      await marina.text('Зуева');
      await marina.press(/^Зуева Вера$/);
      await marina.press('📞 Добавить телефон');
      await marina.text('+7 913 000-52-97');
      expect(marina.lastText()).toBe(
        'С номером +7 913 000-52-97 уже записан человек с таким же именем: Зуева Вера, и оба в очереди на один курс. Ничего не меняли. ' +
          'Если это один человек, выведите лишнюю запись из очереди через /find и добавьте телефон снова.',
      );
      expect(await CitizenModel.countDocuments({ name: 'Зуева Вера' })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('fix30c: a number someone has in Telegram is said and asked about first; «Не добавлять» leaves the card as it was', async () => {
      await registerWithoutTelegram([noPhone('Лаптева Зинаида')], { actorId: 7297, now: NOW });
      await addToWaitlist(5297, { name: 'Лаптев Игорь', phone: '+79130005298', courseId: 'internet' });
      await librarian(7297, 'Марина', ['kemerovo-regional']);
      const t = setup();
      const marina = t.user({ id: 7297, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/find');
      await marina.text('Лаптева');
      await marina.press('📞 Добавить телефон');
      await marina.text('+7 913 000-52-98');
      expect(marina.lastText()).toBe(
        'Этот номер уже указал человек, который записан через Телеграм. Если это сам человек из карточки (Лаптева Зинаида), вторая запись не нужна: ' +
          'номер не добавляйте, а эту запись выведите из очереди через /find. Если это номер родственника, добавьте его.',
      );
      await marina.press('Не добавлять');
      expect(marina.lastText()).toBe('Номер не добавлен, карточка без изменений.');
      expect(await CitizenModel.findOne({ name: 'Лаптева Зинаида' }).lean()).not.toHaveProperty('phone');

      // A relative's number after all: added, and the Telegram user stays as they were.
      await marina.text('/find');
      await marina.text('Лаптева');
      await marina.press('📞 Добавить телефон');
      await marina.text('+7 913 000-52-98');
      await marina.press('Добавить номер');
      expect(marina.lastText()).toMatch(/^Телефон добавлен: Лаптева Зинаида, \+7 913 000-52-98\./);
      expect(await CitizenModel.findOne({ name: 'Лаптева Зинаида' }).lean()).toMatchObject({ phone: '+79130005298' });
      expect(await WaitlistEntryModel.findOne({ citizenId: 5297 }).lean()).toMatchObject({ courseId: 'internet', status: 'waiting' });
      expect(t.errors).toEqual([]);
    });

    it('fix30c: a number another person at her center has (another name) is said by name and asked about: one phone for two', async () => {
      await registerWithoutTelegram([noPhone('Громова Вера'), { ...noPhone('Громов Пётр'), phone: '+79130005299' }], { actorId: 7298, now: NOW });
      await librarian(7298, 'Ольга', ['kemerovo-regional']);
      const t = setup();
      const olga = t.user({ id: 7298, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/find');
      await olga.text('Громова Вера');
      await olga.press('📞 Добавить телефон');
      await olga.text('8 913 000-52-99');
      expect(olga.lastText()).toBe(
        'Громова Вера: с этим номером уже записан другой человек: Громов Пётр. Один телефон на двоих бывает, например у супругов. Добавить номер и в эту карточку?',
      );
      expect(await CitizenModel.findOne({ name: 'Громова Вера' }).lean()).not.toHaveProperty('phone');
      await olga.press('Добавить номер');
      expect(olga.lastText()).toMatch(/^Телефон добавлен: Громова Вера, \+7 913 000-52-99\./);
      expect(await CitizenModel.countDocuments({ phone: '+79130005299' })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    // fix35c kept «(дочь)» typed with the phone on /add's new card; /find's «Добавить телефон» read the number and dropped the words.
    it('fix35g: words typed with the phone («(дочь)») go on the card after its own note, as /add keeps them; never twice', async () => {
      await registerWithoutTelegram([{ ...noPhone('Лаврова Зоя'), notes: 'пенсионерка' }], { actorId: 7301, now: NOW });
      await librarian(7301, 'Марина', ['kemerovo-regional']);
      const t = setup();
      const marina = t.user({ id: 7301, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/find');
      await marina.text('Лаврова');
      await marina.press('📞 Добавить телефон');
      await marina.text('+7 913 000-53-01 (дочь)');
      expect(marina.lastText()).toMatch(/^Телефон добавлен: Лаврова Зоя, \+7 913 000-53-01 \(дочь\)\. Теперь в боте/);
      expect(await CitizenModel.findOne({ name: 'Лаврова Зоя' }).lean()).toMatchObject({ phone: '+79130005301', notes: 'пенсионерка; дочь' });
      await marina.text('/find');
      await marina.text('Лаврова');
      expect(marina.lastText()).toContain('Заметка из списка: пенсионерка; дочь');

      // The number put right with the same words: the phone changes, the note is not added again.
      await marina.press('📞 Изменить телефон');
      await marina.text('89130005302 дочь');
      expect(marina.lastText()).toMatch(/^Телефон изменён: Лаврова Зоя, \+7 913 000-53-02 \(дочь\)\./);
      expect(await CitizenModel.findOne({ name: 'Лаврова Зоя' }).lean()).toMatchObject({ phone: '+79130005302', notes: 'пенсионерка; дочь' });
      expect(t.errors).toEqual([]);
    });

    it('fix30c: the number and name of someone who linked in Telegram: the same person, not joined into their Telegram record', async () => {
      await registerWithoutTelegram([{ ...noPhone('Сёмина Анна'), phone: '+79130005300' }], { actorId: 7299, now: NOW });
      await librarian(7299, 'Нина', ['kemerovo-regional']);
      const t = setup();
      const anna = t.user({ id: 5300, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/start');
      await anna.press('📋 Меня уже записали в библиотеке');
      await anna.contact('79130005300');
      await anna.press('Да, это я');
      expect(await WaitlistEntryModel.findOne({ citizenId: 5300 }).lean()).toMatchObject({ courseId: 'basics' });
      await registerWithoutTelegram([{ ...noPhone('Сёмина Анна'), courseId: 'internet' }], { actorId: 7299, now: NOW });
      const nina = t.user({ id: 7299, first_name: 'Нина', language_code: 'ru' });
      await nina.text('/find');
      await nina.text('Сёмина Анна');
      await nina.press(/^Сёмина Анна$/);
      await nina.press('📞 Добавить телефон');
      await nina.text('+7 913 000-53-00');
      expect(nina.lastText()).toMatch(/^Этот номер уже указал человек, который записан через Телеграм\./);
      await nina.press('Добавить номер');
      expect(nina.lastText()).toBe(
        'С этим номером в Телеграме уже записан человек с таким же именем: Сёмина Анна. Это тот же человек, вторая запись не нужна. Ничего не меняли: выведите эту запись из очереди через /find.',
      );
      expect(await WaitlistEntryModel.findOne({ citizenId: 5300, courseId: 'internet' }).lean()).toBeNull();
      expect(await CitizenModel.countDocuments({ name: 'Сёмина Анна' })).toBe(2);
      expect(t.errors).toEqual([]);
    });
  });
});

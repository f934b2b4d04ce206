import { afterEach, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('join-at-center', () => {
  /*
   * "Join here": a center shown to a citizen (its card, a town of one center) is
   * where the join flow signs them up, without asking the town and center again.
   */

  useSampleDataPerTest();
  afterEach(() => invalidateCatalog()); // a test that closes a center leaves no cached catalog behind

  const YURGA = 'Центральная городская библиотека, Юрга';
  const COURSES = ['Основы компьютерной грамотности', 'Интернет и электронная почта', 'Госуслуги онлайн', 'Поиск работы в интернете', 'Безопасный интернет'];

  /** "Centers near me" → Юрга (one center) → its card. */
  async function openYurgaCard(user: TestUser) {
    await user.text('📍 Центры рядом');
    await user.press('Юрга');
    await user.press(`Часы работы: ${YURGA}`);
    expect(user.lastText()).toContain('Часы работы: будни');
    expect(user.buttonLabels()).toEqual(['📝 Записаться сюда']);
  }

  async function closeCenter(id: string) {
    await CenterModel.updateOne({ _id: id }, { $set: { active: false } });
    invalidateCatalog();
  }

  describe('joining at a center already chosen', () => {
    it('from a center card: the card becomes the course question, no town or center is asked, steps count 4, Back leads back to the card', async () => {
      const t = createTestBot();
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      await openYurgaCard(anna);
      const card = anna.messages().at(-1)!;
      await anna.press('📝 Записаться сюда');
      // In place of the card: one message, which center, the first step of four.
      expect(anna.messages().at(-1)!.message_id).toBe(card.message_id);
      expect(anna.lastText()).toBe(`Запись в центр: ${YURGA}.\nШаг 1 из 4. Выберите курс:`);
      expect(anna.buttonLabels()).toEqual([...COURSES, 'Назад', 'Отмена']);
      await anna.press('Госуслуги онлайн');
      expect(anna.lastText()).toMatch(/^Шаг 2 из 4\. /); // the time of day, straight after the course
      expect(anna.buttonLabels().slice(-2)).toEqual(['Назад', 'Отмена']);
      await anna.press('Назад');
      expect(anna.lastText()).toContain('Шаг 1 из 4. Выберите курс:');
      await anna.press('Назад');
      // The card again, in the same message, and the flow is over: text is not taken as an answer.
      expect(anna.messages().at(-1)!.message_id).toBe(card.message_id);
      expect(anna.lastText()).toContain(`Адрес: Юрга, улица Московская, 30`);
      expect(anna.buttonLabels()).toEqual(['📝 Записаться сюда']);
      await anna.text('Госуслуги онлайн');
      expect(anna.lastText()).toContain('Не получилось понять сообщение');

      await anna.press('📝 Записаться сюда');
      await joinWaitlist(anna, { from: 'course', to: 'consent', course: 'Госуслуги онлайн', time: 'Днём', centerChosen: true });
      expect(anna.lastText()).toContain('Шаг 4 из 4'); // the phone
      expect(anna.replyKeyboard()).toEqual(['📱 Отправить мой телефон', 'Пропустить', 'Назад', 'Отмена']);
      await joinWaitlist(anna, { from: 'phone', to: 'phone' });
      expect(anna.lastText()).toContain(`Центр: ${YURGA}, улица Московская, 30`);
      await joinWaitlist(anna, { from: 'confirm' });
      expect(anna.lastText()).toContain('Ваше место в очереди: 1.');
      expect(await WaitlistEntryModel.findOne({ citizenId: 7001 }).lean()).toMatchObject({ centerId: 'yurga-central', courseId: 'gosuslugi', timeOfDay: 'afternoon' });
      expect(t.errors).toEqual([]);
    });

    it('from the list of a town with one center: "Join here" below the list, and Back shows that center’s card', async () => {
      const t = createTestBot();
      const lev = t.user({ id: 7002, first_name: 'Лев', language_code: 'ru' });
      await lev.text('📍 Центры рядом');
      await lev.press('Таштагол');
      expect(lev.buttonLabels()).toEqual(['Часы работы: Центральная районная библиотека, Таштагол', '📝 Записаться сюда']);
      const list = lev.messages().at(-1)!;
      await lev.press('📝 Записаться сюда');
      expect(lev.lastText()).toBe('Запись в центр: Центральная районная библиотека, Таштагол.\nШаг 1 из 4. Выберите курс:');
      // The list stays as it was, above the question.
      expect(lev.messages().at(-1)!.message_id).not.toBe(list.message_id);
      expect(lev.buttonLabels(list)).toContain('📝 Записаться сюда');
      await lev.press('Назад');
      expect(lev.lastText()).toContain('Часы работы: будни 9:00–18:00');
      expect(lev.buttonLabels()).toEqual(['📝 Записаться сюда']);
      // A town of several centers keeps the usual "Join a course": the center is asked.
      await lev.text('📍 Центры рядом');
      await lev.press('Новокузнецк');
      expect(lev.buttonLabels().at(-1)).toBe('📝 Записаться на курс');
      await lev.press('📝 Записаться на курс');
      expect(lev.lastText()).toBe('Шаг 1 из 5. Выберите курс:');
      expect(lev.buttonLabels().slice(-1)).toEqual(['Отмена']);
    });

    it('counts the name step too when the Telegram name is not a name (5 steps)', async () => {
      const t = createTestBot();
      const user = t.user({ id: 7003, first_name: '🌷', language_code: 'ru' });
      await openYurgaCard(user);
      await user.press('📝 Записаться сюда');
      expect(user.lastText()).toContain('Шаг 1 из 5.');
      await joinWaitlist(user, { from: 'course', to: 'consent', centerChosen: true });
      expect(user.lastText()).toContain('Шаг 4 из 5. Как к вам обращаться?');
      await user.text('Зоя Петрова');
      expect(user.lastText()).toContain('Шаг 5 из 5');
    });

    it('a center closed after its card was shown is named politely, and the center is asked as usual', async () => {
      const t = createTestBot();
      const anna = t.user({ id: 7004, first_name: 'Анна', language_code: 'ru' });
      await openYurgaCard(anna);
      await closeCenter('yurga-central');
      await anna.press('📝 Записаться сюда');
      expect(anna.lastText()).toBe('Шаг 1 из 5. Выберите курс:'); // the usual count: the center will be asked
      await anna.press('Основы компьютерной грамотности');
      expect(anna.lastText()).toBe(
        `К сожалению, этот центр сейчас не принимает записи: ${YURGA}. Выберите, пожалуйста, другой центр.\n\nШаг 2 из 5. Где вам удобно заниматься? Выберите город или напишите его название. Или нажмите «Ближайший ко мне».`,
      );
      expect(anna.buttonLabels()).not.toContain('Юрга');
      await joinWaitlist(anna, { from: 'town', town: 'Белово' });
      expect(await WaitlistEntryModel.findOne({ citizenId: 7004 }).lean()).toMatchObject({ centerId: 'belovo-central' });
      // Its card, opened again from the list, no longer offers to join.
      await anna.press(`Часы работы: ${YURGA}`);
      expect(anna.lastText()).toContain('Часы работы: будни');
      expect(anna.buttonLabels()).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('a forged or unknown center in the button gets the usual flow, not an error', async () => {
      const t = createTestBot();
      const ivan = t.user({ id: 7005, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      for (const data of ['cj:card:no-such-center', 'cj:list:kemerovo-regional!', 'cj:card:', 'cj:whatever:yurga-central']) {
        await ivan.pressData(data);
        expect(ivan.lastText()).toBe('Шаг 1 из 5. Выберите курс:');
        expect(ivan.buttonLabels().slice(-1)).toEqual(['Отмена']);
      }
      await ivan.press('Безопасный интернет');
      expect(ivan.lastText()).toContain('Шаг 2 из 5. Где вам удобно заниматься?');
      // A forged Back to an unknown center's card: told the button no longer works; the flow waits on.
      await ivan.pressData('ci:back:no-such-center');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Эта кнопка уже не действует.' });
      expect(ivan.lastText()).toContain('Шаг 2 из 5. Где вам удобно заниматься?');
      await ivan.press('Новокузнецк');
      expect(ivan.lastText()).toContain('Новокузнецк: выберите центр.');
      expect(t.errors).toEqual([]);
    });

    it('a town of one center picked in the join: the center is taken and named on the time question, Back goes to the towns (walk s22 W22-03)', async () => {
      const t = createTestBot();
      const ivan = t.user({ id: 7007, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await ivan.tap('📝 Записаться на курс');
      await ivan.press('Безопасный интернет');
      const towns = ivan.messages().at(-1)!;
      await ivan.press('Юрга');
      // The same message: no one-button list of centers, the center is said above the time of day.
      expect(ivan.messages().at(-1)!.message_id).toBe(towns.message_id);
      expect(ivan.lastText()).toBe('В этом городе один центр: Центральная городская библиотека, улица Московская, 30.\nШаг 3 из 5. Когда вам удобнее заниматься?');
      expect(ivan.buttonLabels()).toEqual(['Утром', 'Днём', 'Вечером', 'Не важно', 'Назад', 'Отмена']);
      await ivan.press('Назад');
      expect(ivan.lastText()).toContain('Шаг 2 из 5. Где вам удобно заниматься?');
      expect(ivan.buttonLabels()).toContain('Юрга');
      // A town of several centers still asks which one.
      await ivan.press('Новокузнецк');
      expect(ivan.lastText()).toContain('Шаг 2 из 5. Новокузнецк: выберите центр.');
      await ivan.press('Назад');
      await ivan.press('Юрга');
      await joinWaitlist(ivan, { from: 'time', to: 'confirm' });
      expect(ivan.lastText()).toContain('Ваше место в очереди: 1.');
      expect(await WaitlistEntryModel.findOne({ citizenId: 7007 }).lean()).toMatchObject({ centerId: 'yurga-central', courseId: 'safe-internet' });
      expect(t.errors).toEqual([]);
    });

    it('the same in English: the one center is named in English (walk s22 W22-03)', async () => {
      const t = createTestBot();
      const john = t.user({ id: 7008, first_name: 'John', language_code: 'en' });
      await john.text('/start');
      await john.tap('📝 Join a course');
      await john.press('Basic computer literacy');
      await john.press('Yurga');
      expect(john.lastText()).toBe('This town has one center: Central City Library, 30 Moskovskaya St.\nStep 3 of 5. When is it best for you to study?');
    });

    it('someone already waiting for the course elsewhere is offered to move to the chosen center, not asked for one', async () => {
      const t = createTestBot();
      await addToWaitlist(7006, { centerId: 'belovo-central' });
      const zoya = t.user({ id: 7006, first_name: 'Зоя', language_code: 'ru' });
      await openYurgaCard(zoya);
      await zoya.press('📝 Записаться сюда');
      await zoya.press('Основы компьютерной грамотности');
      expect(zoya.lastText()).toBe(
        `Вы уже в очереди на курс «Основы компьютерной грамотности»: Центральная городская библиотека, Белово, место 1. Перейти в выбранный центр (${YURGA})? Время записи сохранится.`,
      );
      expect(zoya.buttonLabels()).toEqual(['🏛 Перейти в выбранный центр', 'Остаться здесь', 'Назад', 'Отмена']);
      await zoya.press('🏛 Перейти в выбранный центр');
      expect(zoya.lastText()).toBe(`Готово. Теперь ваш центр: ${YURGA}. Ваше место в очереди: 1.`);
      expect(await WaitlistEntryModel.findOne({ citizenId: 7006 }).lean()).toMatchObject({ centerId: 'yurga-central', status: 'waiting' });
      // Joining there again: told they are already there.
      await zoya.press(`Часы работы: ${YURGA}`);
      await zoya.press('📝 Записаться сюда');
      await zoya.press('Основы компьютерной грамотности');
      expect(zoya.lastText()).toBe(`Вы уже в очереди на курс «Основы компьютерной грамотности» в этом центре: ${YURGA}, место 1. Ничего делать не нужно.`);
    });
  });
});

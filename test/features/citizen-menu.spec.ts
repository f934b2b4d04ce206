import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { wordsOf } from '../../src/domain/text.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist, markEnrolled } from '../helpers/waitlist-fixtures.js';

describe('citizen-menu', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  describe('my place in line', () => {
    it('shows each active entry with its position and an estimate once the center has history', async () => {
      const at = (day: number) => new Date(Date.UTC(2026, 9, day, 3));
      for (let i = 0; i < 3; i++) await addToWaitlist(3000 + i, { centerId: 'yurga-central', at: at(1 + i) });
      await addToWaitlist(3100, { centerId: 'yurga-central', at: at(10) });
      await addToWaitlist(3100, { courseId: 'internet', centerId: 'belovo-central', at: at(11) });
      // Yurga enrolled 6 people for "basics" in the last 12 weeks: half a person a week.
      for (let i = 0; i < 6; i++) {
        const { entry } = await addToWaitlist(3200 + i, { centerId: 'yurga-central', at: at(1) });
        await markEnrolled(entry.id, at(20));
      }
      const user = t.user({ id: 3100, first_name: 'Пётр', language_code: 'ru' });
      // Belovo enrolled 4 for "internet": too few to promise anything, so no estimate there.
      for (let i = 0; i < 4; i++) {
        const { entry } = await addToWaitlist(3250 + i, { courseId: 'internet', centerId: 'belovo-central', at: at(1) });
        await markEnrolled(entry.id, at(20));
      }
      await user.tap('🔢 Моё место в очереди').catch(() => user.text('🔢 Моё место в очереди'));
      const text = user.lastText();
      expect(text.match(/Примерное ожидание/g)).toHaveLength(1);
      expect(text).toContain('«Основы компьютерной грамотности», Центральная городская библиотека, Юрга: место в очереди 4.');
      expect(text).toContain('Примерное ожидание: около 8 недель.');
      expect(text).toContain('«Интернет и электронная почта», Центральная городская библиотека, Белово: место в очереди 1.');
      expect(user.buttonLabels()).toEqual([
        'Сменить центр: Основы компьютерной грамотности',
        'Выйти из очереди: Основы компьютерной грамотности',
        'Сменить центр: Интернет и электронная почта',
        'Выйти из очереди: Интернет и электронная почта',
        '✎ Время или телефон',
      ]);
    });

    it('says so when the citizen is on no list', async () => {
      const user = t.user({ id: 3300, first_name: 'Вера', language_code: 'ru' });
      await user.text('🔢 Моё место в очереди');
      expect(user.lastText()).toContain('Вы пока не записаны ни на один курс');
    });

    it('leaves the list after a confirmation, and the people behind move up', async () => {
      await addToWaitlist(3400, { centerId: 'mariinsk-central' });
      await addToWaitlist(3401, { centerId: 'mariinsk-central', at: new Date('2026-11-02T03:00:00Z') });
      const first = t.user({ id: 3400, first_name: 'Нина', language_code: 'ru' });
      await first.text('🔢 Моё место в очереди');
      await first.press('Выйти из очереди: Основы компьютерной грамотности');
      expect(first.lastText()).toContain('Место в очереди будет потеряно');
      await first.press('Да, выйти');
      expect(first.lastText()).toBe('Вы вышли из очереди на курс «Основы компьютерной грамотности».');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3400 }).lean()).toMatchObject({ status: 'left' });
      const second = t.user({ id: 3401, first_name: 'Олег', language_code: 'ru' });
      await second.text('🔢 Моё место в очереди');
      expect(second.lastText()).toContain('место в очереди 1.');
    });

    it("another citizen replaying someone's real buttons changes nothing; the buttons work after a restart", async () => {
      await addToWaitlist(3600, { centerId: 'belovo-central' });
      await addToWaitlist(3601, { courseId: 'internet', centerId: 'belovo-central' });
      const owner = t.user({ id: 3600, first_name: 'Галина', language_code: 'ru' });
      const other = t.user({ id: 3601, first_name: 'Борис', language_code: 'ru' });
      const stranger = t.user({ id: 3602, first_name: 'Фёдор', language_code: 'ru' });
      await owner.text('🔢 Моё место в очереди');
      // "Время или телефон" is the same button in everyone's own list: replayed by another, it opens their own details.
      const dataOf = () =>
        owner.messages().at(-1)!.reply_markup!.inline_keyboard.flat().flatMap((b) => (b.text === '✎ Время или телефон' ? [] : [(b as { callback_data: string }).callback_data]));
      const list = dataOf();
      await owner.press('Выйти из очереди: Основы компьютерной грамотности');
      const confirm = dataOf();
      await owner.press('Нет');
      // "No" brings the list back with its buttons; "you stay" is a short notice.
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Хорошо, вы остаётесь в очереди.');
      expect(owner.lastText()).toContain('Основы компьютерной грамотности');
      expect(dataOf()).toEqual(list);
      expect(owner.buttonLabels()).toContain('Выйти из очереди: Основы компьютерной грамотности');
      const answers = () => t.telegram.callsOf('answerCallbackQuery');
      for (const user of [other, stranger]) {
        await user.text('/start');
        for (const data of [...list, ...confirm]) {
          const sent = user.messages().length;
          await user.pressData(data);
          expect(answers().at(-1)?.payload.text).toMatch(/Вы пока не записаны|Эта кнопка уже не действует/);
          expect(user.messages()).toHaveLength(sent);
        }
      }
      expect(await WaitlistEntryModel.findOne({ citizenId: 3600 }).lean()).toMatchObject({ status: 'waiting' });
      expect(await WaitlistEntryModel.findOne({ citizenId: 3601 }).lean()).toMatchObject({ status: 'waiting' });

      // A new process: the owner's list, sent before, still works.
      await owner.text('🔢 Моё место в очереди');
      const restarted = createTestBot({ telegram: t.telegram });
      const ownerAgain = restarted.user({ id: 3600, first_name: 'Галина', language_code: 'ru' });
      await ownerAgain.press('Выйти из очереди: Основы компьютерной грамотности');
      await ownerAgain.press('Да, выйти');
      expect(ownerAgain.lastText()).toBe('Вы вышли из очереди на курс «Основы компьютерной грамотности».');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3600 }).lean()).toMatchObject({ status: 'left' });
      expect(restarted.errors).toEqual([]);
    });

    it('says why a place got worse since it was last shown (walk s20 #24)', async () => {
      await addToWaitlist(3520, { centerId: 'mezhdurechensk-central', courseId: 'gosuslugi', at: new Date('2026-11-20T03:00:00Z') });
      const user = t.user({ id: 3520, first_name: 'Валентина', language_code: 'ru' });
      await user.text('🔢 Моё место в очереди');
      expect(user.lastText()).toContain('место в очереди 1.');
      expect(user.lastText()).not.toContain('Раньше было место');
      // A paper list brings someone who signed up in October.
      await addToWaitlist(3521, { centerId: 'mezhdurechensk-central', courseId: 'gosuslugi', at: new Date('2026-10-15T03:00:00Z') });
      await user.text('🔢 Моё место в очереди');
      expect(user.lastText()).toContain('место в очереди 2.\nРаньше было место 1: в очередь добавились или вернулись люди, записавшиеся раньше вас. Очередь идёт по времени записи.');
      expect(wordsOf(user.lastText())).toBeLessThanOrEqual(60);
      // Said once: the next look shows the place as it is.
      await user.text('🔢 Моё место в очереди');
      expect(user.lastText()).not.toContain('Раньше было место');
    });

    it('moves to another center keeping the original join time', async () => {
      await addToWaitlist(3500, { centerId: 'osinniki-central', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(3501, { centerId: 'tashtagol-central', at: new Date('2026-10-05T03:00:00Z') });
      const user = t.user({ id: 3500, first_name: 'Ирина', language_code: 'ru' });
      await user.text('🔢 Моё место в очереди');
      await user.press('Сменить центр: Основы компьютерной грамотности');
      expect(user.lastText()).toBe('Куда перейти? Выберите город или напишите его название. Или нажмите «Ближайший ко мне».'); // no step number: this is no join
      // Her own center: said, and the towns again (walk s20 #8: the move ended there, with nothing to press).
      // A town of one center: its center taken at once (walk29 W29-09).
      await user.press('Осинники');
      expect(user.messages().at(-2)!.text).toBe('Вы уже в очереди в этом центре. Выберите другой.');
      expect(user.lastText()).toBe('Куда перейти? Выберите город или напишите его название. Или нажмите «Ближайший ко мне».');
      await user.press('Таштагол');
      // One mis-tap must not move a person: asked first, with the place there (walk s20 #9); Back is the towns again.
      expect(user.lastText()).toBe('Перейти в другой центр: Центральная районная библиотека, Таштагол? Там ваше место в очереди будет 1: оно считается по дню вашей записи.');
      expect(user.buttonLabels()).toEqual(['✅ Да, перейти', 'Назад', 'Отмена']);
      await user.press('Назад');
      expect(user.buttonLabels()).toContain('Таштагол');
      expect(await WaitlistEntryModel.findOne({ citizenId: user.id, courseId: 'basics' }).lean()).not.toMatchObject({ centerId: 'tashtagol-central' });
      await user.press('Таштагол');
      await user.press('✅ Да, перейти');
      expect(user.lastText()).toBe('Готово. Теперь ваш центр: Центральная районная библиотека, Таштагол. Ваше место в очереди: 1.');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3500 }).lean()).toMatchObject({
        centerId: 'tashtagol-central',
        joinedAt: new Date('2026-10-01T03:00:00Z'),
      });
    });
  });

  describe('"Сменить центр": Back from the towns', () => {
    it('shows "my place in line" again in the same message, and the move is over', async () => {
      await addToWaitlist(3510, { centerId: 'osinniki-central' });
      const user = t.user({ id: 3510, first_name: 'Ирина', language_code: 'ru' });
      await user.text('🔢 Моё место в очереди');
      const card = user.messages().at(-1)!;
      await user.press('Сменить центр: Основы компьютерной грамотности');
      expect(user.messages().at(-1)!.message_id).toBe(card.message_id); // the towns in place of the card
      expect(user.buttonLabels().slice(-2)).toEqual(['Назад', 'Отмена']);
      await user.press('Назад');
      expect(user.messages().at(-1)!.message_id).toBe(card.message_id);
      expect(user.lastText()).toContain('«Основы компьютерной грамотности», Центральная городская библиотека, Осинники: место в очереди 1.');
      expect(user.buttonLabels()).toEqual(['Сменить центр: Основы компьютерной грамотности', 'Выйти из очереди: Основы компьютерной грамотности', '✎ Время или телефон']);
      await user.text('Таштагол'); // no move is waiting for a town any more
      expect(user.lastText()).toContain('Не получилось понять сообщение');
      // From the card again: a town (of one center, taken at once), and the move is done.
      await user.press('Сменить центр: Основы компьютерной грамотности');
      await user.press('Таштагол');
      await user.press('✅ Да, перейти');
      expect(user.lastText()).toMatch(/^Готово. Теперь ваш центр: Центральная районная библиотека, Таштагол. Ваше место в очереди: \d+\.$/);
    });

    it('a forged Back from someone with no entries shows "not on any list", and changes nothing', async () => {
      const errorsBefore = t.errors.length; // the bot is shared by the file's tests, in any order
      const user = t.user({ id: 3511, first_name: 'Ян', language_code: 'ru' });
      await user.text('/start');
      await user.pressData('places');
      expect(user.lastText()).toBe('Вы пока не записаны ни на один курс. Нажмите «Записаться на курс».');
      expect(t.errors.slice(errorsBefore)).toEqual([]);
    });
  });

  describe('a seat offer under "My place in line"', () => {
    it('comes again with its buttons (the first may be far up the chat); after Accept the list shows the next lesson', async () => {
      await addToWaitlist(3950, { centerId: 'mariinsk-central', at: new Date('2026-10-01T03:00:00Z') });
      expect((await groupWithOffers(t.clock.now(), { centerId: 'mariinsk-central', capacity: 1 })).offered).toBe(1);
      const user = t.user({ id: 3950, first_name: 'Галина', language_code: 'ru' });
      const from = user.messages().length;
      await user.text('🔢 Моё место в очереди');
      const [list, offer] = user.textsSince(from);
      expect(list).toContain('вам предложено место в группе.');
      expect(offer).toMatch(/^Для вас есть место в группе!/);
      expect(offer).toContain('Пожалуйста, ответьте до');
      await user.press('✓ Приду');
      expect(user.lastText()).toContain('Вы записаны в группу!');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3950 }).lean()).toMatchObject({ status: 'enrolled' });
      // Enrolled now: the list says when and where the next lesson is.
      await user.text('🔢 Моё место в очереди');
      expect(user.lastText()).toContain('вы записаны в группу.\nБлижайшее занятие: 1 декабря, вторник, 10:00, Зал 1.');

      // In English: the room in Latin letters, as the offer has it.
      await addToWaitlist(3951, { centerId: 'anzhero-central', at: new Date('2026-10-01T03:00:00Z') });
      await groupWithOffers(t.clock.now(), { centerId: 'anzhero-central', capacity: 1, room: 'Зал 3' });
      const john = t.user({ id: 3951, first_name: 'John', language_code: 'en' });
      await john.text('🔢 My place in line');
      await john.press("✓ I'll come");
      await john.text('🔢 My place in line');
      expect(john.lastText()).toContain('Next lesson: Tuesday 1 December, 10:00, Hall 3.');
      expect(john.lastText()).not.toMatch(/[А-яЁё]/);
    });
  });

  describe('"когда у меня занятие?" typed (walk s21 W21-10)', () => {
    it('opens the list, which names the next lesson with the library\'s address, the town said once (fix38c)', async () => {
      await addToWaitlist(3960, { centerId: 'mariinsk-central', at: new Date('2026-10-01T03:00:00Z') });
      await groupWithOffers(t.clock.now(), { centerId: 'mariinsk-central', capacity: 1 });
      const user = t.user({ id: 3960, first_name: 'Борис', language_code: 'ru' });
      await user.text('приду');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3960 }).lean()).toMatchObject({ status: 'enrolled' });
      for (const typed of ['Когда у меня занятие?', 'где это?', 'где будут занятия', 'когда занятие']) {
        await user.text(typed);
        // The town said once, in the line's title, not again in the address (fix38c).
        expect(user.lastText()).toContain('Центральная районная библиотека, Мариинск: вы записаны в группу.\nБлижайшее занятие: 1 декабря, вторник, 10:00, Зал 1. Адрес: улица Ленина, 31.');
        expect(user.lastText().match(/Мариинск/g)).toHaveLength(1);
      }
      // Not on any list: the list's own answer, not "I did not understand".
      const john = t.user({ id: 3961, first_name: 'John', language_code: 'en' });
      await john.text('When is my class?');
      expect(john.lastText()).toMatch(/^You have not signed up for a course yet/);
      expect(t.errors).toEqual([]);
    });

    it('walk36: «а во сколько?», «когда приходить?» and "what time is my class?" say the lesson\'s hour, not «Не получилось понять»', async () => {
      await addToWaitlist(3962, { courseId: 'safe-internet', centerId: 'osinniki-central', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(3963, { courseId: 'safe-internet', centerId: 'osinniki-central', language: 'en', at: new Date('2026-10-02T03:00:00Z') });
      await groupWithOffers(t.clock.now(), { courseId: 'safe-internet', centerId: 'osinniki-central', capacity: 2 });
      const petr = t.user({ id: 3962, first_name: 'Пётр', language_code: 'ru' });
      await petr.text('приду');
      for (const typed of ['а во сколько?', 'Во сколько занятие', 'в котором часу приходить?', 'когда приходить?']) {
        await petr.text(typed);
        expect(petr.lastText()).toContain('вы записаны в группу.\nБлижайшее занятие: 1 декабря, вторник, 10:00, Зал 1.');
      }
      // The price is not the hour: «во сколько обойдётся?» is not read as the lesson's time.
      await petr.text('во сколько обойдётся курс?');
      expect(petr.lastText()).not.toContain('Ближайшее занятие');
      const john = t.user({ id: 3963, first_name: 'John', language_code: 'en' });
      await john.text("I'll come");
      await john.text('what time is my class?');
      expect(john.lastText()).toContain('Next lesson: Tuesday 1 December, 10:00, Hall 1.');
      await john.text('what time is it?');
      expect(john.lastText()).not.toContain('Next lesson');
      expect(t.errors).toEqual([]);
    });
  });

  // The tests below wait on courses of their own: the tests above count and offer the "Основы" lines' places.
  describe('"когда у меня занятие?" and "where is the library" before a group (walk s22 W22-04)', () => {
    it('answers "no group yet, the bot will write" above the place in line, in both languages', async () => {
      await addToWaitlist(3970, { courseId: 'job-search', centerId: 'mariinsk-central', at: new Date('2026-10-01T03:00:00Z') });
      const user = t.user({ id: 3970, first_name: 'Вера', language_code: 'ru' });
      await user.text('Когда у меня занятие?');
      expect(user.lastText()).toMatch(/^Группы у вас пока нет, поэтому и занятий пока нет\. Когда для вас будет место в группе, бот сам напишет\.\n\nВаши записи/);
      expect(user.lastText()).toContain('Центральная районная библиотека, Мариинск: место в очереди 1.');
      expect(wordsOf(user.lastText())).toBeLessThanOrEqual(60);
      // The button (or "где я в очереди") is the list alone.
      await user.text('🔢 Моё место в очереди');
      expect(user.lastText()).toMatch(/^Ваши записи/);
      await addToWaitlist(3971, { courseId: 'job-search', centerId: 'mariinsk-central', language: 'en', at: new Date('2026-10-02T03:00:00Z') });
      const john = t.user({ id: 3971, first_name: 'John', language_code: 'en' });
      await john.text('when is my class');
      expect(john.lastText()).toMatch(/^You are not in a group yet, so there are no classes yet\. When a group has a seat for you, the bot will write to you\.\n\n/);
      expect(t.errors).toEqual([]);
    });

    it('"where is the library" shows the person\'s own center (address, phone, hours), the towns one button away (walk31 W31-16)', async () => {
      await addToWaitlist(3972, { courseId: 'job-search', centerId: 'yurga-central', language: 'en', at: new Date('2026-10-01T03:00:00Z') });
      const john = t.user({ id: 3972, first_name: 'John', language_code: 'en' });
      const from = john.messages().length;
      await john.text('where is the library');
      const texts = john.textsSince(from);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(/^You are signed up at this center:\nCentral City Library\nAddress: Yurga, 30 Moskovskaya St\nPhone: \+7 [\d -]+\nOpening hours: /);
      expect(john.buttonLabels()).toEqual(['Other centers']);
      await john.press('Other centers');
      expect(john.lastText()).toMatch(/^Where should we look/);
      // Russian, in a group: the same, for the group's center.
      await addToWaitlist(3973, { courseId: 'job-search', centerId: 'tashtagol-central', at: new Date('2026-10-01T03:00:00Z') });
      const vera = t.user({ id: 3973, first_name: 'Вера', language_code: 'ru' });
      const before = vera.messages().length;
      await vera.text('где находится библиотека?');
      expect(vera.textsSince(before)[0]).toMatch(/^Вы записаны в этот центр:\nЦентральная районная библиотека\nАдрес: Таштагол, улица Ленина, 60\nТелефон: /);
      // The "Центры рядом" button asks for centers near, as it says; someone on no list gets the towns only.
      const pressed = vera.messages().length;
      await vera.text('📍 Центры рядом');
      expect(vera.textsSince(pressed)).toHaveLength(1);
      const nobody = t.user({ id: 3974, first_name: 'Лев', language_code: 'ru' });
      const none = nobody.messages().length;
      await nobody.text('где библиотека');
      expect(nobody.textsSince(none)).toHaveLength(1);
      expect(nobody.lastText()).toMatch(/^Где искать центры/);
      expect(t.errors).toEqual([]);
    });
  });

  describe('a question typed after "где библиотека?" (probe25 M4)', () => {
    it('is answered, not "press a button": the towns question only shows, and a town typed still picks the town', async () => {
      await addToWaitlist(3975, { courseId: 'safe-internet', centerId: 'mariinsk-central', at: new Date('2026-10-01T03:00:00Z') });
      const vera = t.user({ id: 3975, first_name: 'Вера', language_code: 'ru' });
      await vera.text('где библиотека?');
      await vera.press('Другие центры');
      expect(vera.lastText()).toMatch(/^Где искать центры\?/);
      await vera.text('когда у меня занятие?');
      expect(vera.lastText()).toMatch(/^Группы у вас пока нет, поэтому и занятий пока нет\./);
      await vera.text('где библиотека?');
      const from = vera.messages().length;
      await vera.text('где находится библиотека?');
      expect(vera.textsSince(from)[0]).toMatch(/^Вы записаны в этот центр:\nЦентральная районная библиотека\nАдрес: Мариинск/);
      await vera.press('Другие центры');
      await vera.text('Юрга');
      expect(vera.lastText()).toMatch(/^Центры в городе Юрга:/);
      // "Ближайшие ко мне" typed is the towns question's own answer, not the menu's "centers near me" again.
      await vera.text('где библиотека?');
      await vera.press('Другие центры');
      await vera.text('Ближайшие ко мне');
      expect(vera.lastText()).toMatch(/^Чтобы найти ближайшие центры, нажмите/);
      await addToWaitlist(3976, { courseId: 'safe-internet', centerId: 'yurga-central', language: 'en', at: new Date('2026-10-01T03:00:00Z') });
      const john = t.user({ id: 3976, first_name: 'John', language_code: 'en' });
      await john.text('where is the library?');
      await john.text('when is my class?');
      expect(john.lastText()).toMatch(/^You are not in a group yet/);
      // Nothing was lost, so nothing is said about a stopped flow.
      expect(john.textsSince(0).join('\n')).not.toMatch(/was stopped/);
      expect(t.errors).toEqual([]);
    });
  });

  describe('"Отмена" typed outside any flow (probe25 L13)', () => {
    it('says nothing was cancelled, whatever the case; someone on a list hears the sign-up stays and how to leave', async () => {
      const lev = t.user({ id: 3977, first_name: 'Лев', language_code: 'ru' });
      await lev.text('Отмена');
      expect(lev.lastText()).toBe('Хорошо. Вы в главном меню.');
      await addToWaitlist(3978, { courseId: 'gosuslugi', centerId: 'mariinsk-central', at: new Date('2026-10-01T03:00:00Z') });
      const vera = t.user({ id: 3978, first_name: 'Вера', language_code: 'ru' });
      for (const typed of ['Отмена', 'отмена']) {
        await vera.text(typed);
        expect(vera.lastText()).toBe('Хорошо. Вы в главном меню. Запись на курс остаётся. Чтобы выйти из очереди, нажмите «Моё место в очереди».');
      }
      expect(await WaitlistEntryModel.findOne({ citizenId: 3978 }).lean()).toMatchObject({ status: 'waiting' });
      await addToWaitlist(3979, { courseId: 'gosuslugi', centerId: 'mariinsk-central', language: 'en', at: new Date('2026-10-02T03:00:00Z') });
      const john = t.user({ id: 3979, first_name: 'John', language_code: 'en' });
      await john.text('cancel');
      expect(john.lastText()).toBe('All right. You are in the main menu. Your sign-up stays. To leave the list, press "My place in line".');
      expect(t.errors).toEqual([]);
    });
  });

  describe('"my place" for a lesson today or tomorrow (walk s22 W22-25)', () => {
    it('says "сегодня в 23:55" and "завтра в 23:55", not a date to work out', async () => {
      // Leninsk is UTC+7: 14:00Z is 21:00 on 1 December; the lessons are at 23:55 on 1 and 3 December.
      const own = createTestBot({ clock: new TestClock(new Date('2026-12-01T14:00:00Z')) });
      await addToWaitlist(3990, { centerId: 'leninsk-central', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(3991, { centerId: 'leninsk-central', at: new Date('2026-10-02T03:00:00Z'), language: 'en' });
      const lessonStarts = [new Date('2026-12-01T16:55:00Z'), new Date('2026-12-03T16:55:00Z')];
      await groupWithOffers(own.clock.now(), { centerId: 'leninsk-central', capacity: 2, lessonStarts });
      const petr = own.user({ id: 3990, first_name: 'Пётр', language_code: 'ru' });
      const john = own.user({ id: 3991, first_name: 'John', language_code: 'en' });
      await petr.text('приду');
      await john.text('yes');
      await petr.text('🔢 Моё место в очереди');
      expect(petr.lastText()).toContain('вы записаны в группу.\nБлижайшее занятие: сегодня в 23:55, Зал 1. Адрес: ');
      await john.text('🔢 My place in line');
      expect(john.lastText()).toContain('Next lesson: today at 23:55, Hall 1.');
      // The next day: the lesson on 3 December is tomorrow's.
      own.clock.current = new Date('2026-12-02T05:00:00Z');
      await petr.text('🔢 Моё место в очереди');
      expect(petr.lastText()).toContain('Ближайшее занятие: завтра в 23:55, Зал 1.');
      await john.text('🔢 My place in line');
      expect(john.lastText()).toContain('Next lesson: tomorrow at 23:55, Hall 1.');
      expect(own.errors).toEqual([]);
    });
  });

  describe('centers near me, help and language', () => {
    it('sends the nearest centers as map pins with their distance and phone, and a card with the hours', async () => {
      const user = t.user({ id: 3600, first_name: 'Лев', language_code: 'ru' });
      await user.text('📍 Центры рядом');
      expect(user.lastText()).toBe('Где искать центры? Выберите город или напишите его название. Или нажмите «Ближайшие ко мне».');
      await user.press('📍 Ближайшие ко мне');
      expect(user.replyButtons()[0]).toMatchObject({ request_location: true });
      const venuesBefore = t.telegram.callsOf('sendVenue').length;
      await user.location(55.3547, 86.0865); // at the regional library in Kemerovo
      const venues = t.telegram.callsOf('sendVenue').slice(venuesBefore);
      expect(venues).toHaveLength(3);
      expect(venues[0]!.payload).toMatchObject({ chat_id: 3600, title: 'Областная научная библиотека имени В. Д. Фёдорова', address: 'Кемерово, улица Дзержинского, 19' });
      expect(user.lastText()).toContain('Областная научная библиотека имени В. Д. Фёдорова: 0 км, телефон +7 3842 36-42-90');
      expect(user.lastText()).toMatch(/Библиотека имени Н. В. Гоголя: 0,[1-9] км/); // a real distance, not the stored log's
      expect(user.replyKeyboard()).toContain('📝 Записаться на курс');
      await user.press('Часы работы: Областная научная библиотека имени В. Д. Фёдорова');
      expect(user.lastText()).toContain('Часы работы: будни 10:00–20:00');
    });

    it('finds the centers of a town without a location, with the town where center names repeat', async () => {
      const user = t.user({ id: 3601, first_name: 'Лев', language_code: 'ru' });
      await user.text('📍 Центры рядом');
      await user.press('Таштагол');
      expect(user.lastText()).toBe('Центры в городе Таштагол:\n\nЦентральная районная библиотека, Таштагол, телефон +7 38473 3-25-47');
      const question = user.messages().find((m) => m.text?.startsWith('Где искать центры?'));
      expect(user.buttonLabels(question)).toEqual([]); // the towns answered are no longer buttons
      // The list is not a dead end: joining at its one center starts from under it (test/scenes/join-at-center.spec.ts).
      expect(user.buttonLabels()).toEqual(['Часы работы: Центральная районная библиотека, Таштагол', '📝 Записаться сюда']);
      await user.press('📝 Записаться сюда');
      expect(user.lastText()).toContain('Выберите курс:');
      expect(user.buttonLabels()).toContain('Основы компьютерной грамотности');
      await user.text('/cancel');
      await user.text('📍 Центры рядом');
      await user.press('📍 Ближайшие ко мне');
      await user.text('Кемерово, Ленина 5');
      expect(user.lastText()).toContain('«Назад», чтобы выбрать город'); // a button that is on the screen
      expect(user.replyKeyboard()).toEqual(['📍 Отправить моё местоположение', 'Назад', 'Отмена']);
      await user.tap('Назад');
      expect(user.lastText()).toContain('Где искать центры?');
    });

    it('gives the phone of the citizen’s own center in Help', async () => {
      await addToWaitlist(3700, { centerId: 'mezhdurechensk-central' });
      const user = t.user({ id: 3700, first_name: 'Зоя', language_code: 'ru' });
      await user.text('❓ Помощь');
      expect(user.lastText()).toContain('Телефон вашего центра (Центральная городская библиотека, Междуреченск): +7 38475 2-44-50');
      const stranger = t.user({ id: 3701, first_name: 'Ян', language_code: 'en' });
      await stranger.text('/help');
      expect(stranger.lastText()).toContain('"Tvoy Kurs" phone: +7 3842 36-42-90');
    });

    it('says how to sign up a relative without Telegram: at a library or by the program\'s phone (walk s21 W21-01)', async () => {
      await addToWaitlist(3702, { centerId: 'mezhdurechensk-central' });
      const user = t.user({ id: 3702, first_name: 'Елена', language_code: 'ru' });
      await user.text('❓ Помощь');
      expect(user.lastText()).toMatch(/Телефон вашего центра .*\nЗаписать родственника без Телеграма можно в библиотеке или по телефону программы: \+7 3842 36-42-90$/);
      const stranger = t.user({ id: 3703, first_name: 'Ян', language_code: 'ru' });
      await stranger.text('/help');
      expect(stranger.lastText()).toMatch(/Телефон программы «Твой курс»: \+7 3842 36-42-90\nЗаписать родственника без Телеграма можно в библиотеке или по этому телефону\.$/);
      const john = t.user({ id: 3704, first_name: 'John', language_code: 'en' });
      await john.text('/help');
      expect(john.lastText()).toContain('Relatives without Telegram: sign up at a library or call this number.');
    });

    it('switches the language and keeps it in the session', async () => {
      const user = t.user({ id: 3800, first_name: 'Алия', language_code: 'ru' });
      await user.text('/language');
      await user.press('English');
      expect(user.lastText()).toBe('To sign up, press "Join a course" at the bottom of the screen.');
      expect(user.replyKeyboard()[0]).toBe('📝 Join a course');
      await user.text('/help');
      expect(user.lastText()).toContain('free computer-literacy classes');
    });

    it('answers unknown text politely and shows the menu', async () => {
      const user = t.user({ id: 3900, first_name: 'Ким', language_code: 'ru' });
      await user.text('абырвалг');
      expect(user.lastText()).toContain('Не получилось понять сообщение');
      expect(user.replyKeyboard()).toHaveLength(4);
    });

    it('walk35: thanks, a greeting, goodbye and «хорошо» are answered in kind; with another word they are not', async () => {
      const nina = t.user({ id: 3903, first_name: 'Нина', language_code: 'ru' });
      const said = async (text: string) => (await nina.text(text), nina.lastText());
      expect(await said('Спасибо большое!')).toBe('Пожалуйста! Если что-то понадобится, выберите нужное кнопками внизу экрана.');
      expect(await said('благодарю вас')).toBe('Пожалуйста! Если что-то понадобится, выберите нужное кнопками внизу экрана.');
      expect(await said('Добрый день')).toMatch(/^Здравствуйте! Выберите, что нужно, кнопками внизу экрана/);
      expect(await said('привет')).toMatch(/^Здравствуйте!/);
      expect(await said('спасибо, до свидания')).toMatch(/^Пожалуйста!/);
      expect(await said('До свидания')).toBe('До свидания! Если что-то понадобится, напишите сюда.');
      expect(await said('ок')).toMatch(/^Хорошо\./);
      expect(nina.replyKeyboard()).toHaveLength(4);
      // Another word beside them is not courtesy alone.
      expect(await said('спасибо, абырвалг')).toContain('Не получилось понять сообщение');
      const john = t.user({ id: 3904, first_name: 'John', language_code: 'en' });
      await john.text('thank you so much');
      expect(john.lastText()).toMatch(/^You're welcome!/);
      expect(t.errors).toEqual([]);
    });

    it('walk35: a question the bot cannot answer names whom to ask; a grandmother without Telegram is a relative', async () => {
      const olga = t.user({ id: 3910, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('что нужно с собой брать?');
      expect(olga.lastText()).toBe('На этот вопрос здесь не ответить. Спросите, пожалуйста, по телефону программы «Твой курс»: +7 3842 36-42-90.');
      // Someone on a list is sent to her own center.
      await addToWaitlist(3911, { courseId: 'job-search', centerId: 'mariinsk-central' });
      const vera = t.user({ id: 3911, first_name: 'Вера', language_code: 'ru' });
      await vera.text('Сколько длится курс?');
      expect(vera.lastText()).toMatch(/^На этот вопрос здесь не ответить\. Спросите, пожалуйста, в вашем центре \(Центральная районная библиотека, Мариинск\): \+7/);
      await olga.text('моя бабушка хочет записаться, у неё нет телеграма');
      expect(olga.lastText()).toMatch(/^Бот меняет только вашу собственную запись\. Записать родственника/);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 3910 })).toBe(0);
      const john = t.user({ id: 3912, first_name: 'John', language_code: 'en' });
      await john.text('what should I bring?');
      expect(john.lastText()).toBe('The bot cannot answer that here. Please ask the "Tvoy Kurs" program by phone: +7 3842 36-42-90.');
      expect(t.errors).toEqual([]);
    });

    it('walk35w: «сколько стоит обучение?» is told the classes are free, not started on a join; «хочю научится» starts one', async () => {
      const galina = t.user({ id: 3907, first_name: 'Галина', language_code: 'ru' });
      for (const typed of ['сколько стоит обучение', 'а это платно?', 'Курсы бесплатные?', 'надо ли платить']) {
        await galina.text(typed);
        expect(galina.lastText()).toBe('Занятия бесплатные: платить ничего не нужно. Выберите, что нужно, кнопками внизу экрана.');
        expect(galina.replyKeyboard()).toHaveLength(4);
      }
      // Typed with a senior's spelling, the wish to learn is a join.
      await galina.text('здраствуйте я хочю научится пользоватся компьютером');
      expect(galina.lastText()).toBe('Шаг 1 из 5. Выберите курс:');
      await galina.text('/cancel');
      const john = t.user({ id: 3908, first_name: 'John', language_code: 'en' });
      await john.text('is it free? how much does it cost');
      expect(john.lastText()).toBe('The classes are free: there is nothing to pay. Choose what you need with the buttons at the bottom of the screen.');
      expect(t.errors).toEqual([]);
    });

    it('walk35: «сколько ждать?» shows her place with why nobody can say how long; someone on no list is told so', async () => {
      await addToWaitlist(3905, { courseId: 'job-search', centerId: 'mariinsk-central', at: new Date('2026-10-01T03:00:00Z') });
      const vera = t.user({ id: 3905, first_name: 'Вера', language_code: 'ru' });
      for (const typed of ['а сколько ждать примерно?', 'сколько мне ещё ждать', 'когда мне позвонят?', 'Когда будет место?']) {
        await vera.text(typed);
        expect(vera.lastText()).toMatch(/^Точный срок назвать нельзя: место появляется, когда центр набирает группу или кто-то уходит\. Бот сам напишет вам, когда будет место\.\n\nВаши записи/);
        expect(vera.lastText()).toMatch(/Центральная районная библиотека, Мариинск: место в очереди \d+\./);
      }
      const olga = t.user({ id: 3906, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('сколько ждать?');
      expect(olga.lastText()).toBe('Вы пока не записаны ни на один курс. Нажмите «Записаться на курс».');
      expect(t.errors).toEqual([]);
    });

    it('understands the menu in a person\'s own words when no question is waiting (walk s20 #6)', async () => {
      await addToWaitlist(3902, { centerId: 'kiselyovsk-central', courseId: 'job-search' });
      const user = t.user({ id: 3902, first_name: 'Вера', language_code: 'ru' });
      await user.text('где я в очереди?');
      expect(user.lastText()).toContain('место в очереди 1');
      await user.text('Я записалась, какое у меня место?');
      expect(user.lastText()).toContain('место в очереди 1');
      // Coming back with /start, she is pointed to her place, not to joining (walk s20 #7).
      await user.text('/start');
      expect(user.lastText()).toBe('Вы уже в очереди. Узнать своё место: кнопка «Моё место в очереди» внизу экрана.');
      await user.text('хочу записаться на компьютерные курсы');
      expect(user.lastText()).toContain('Шаг 1 из');
      // Inside a flow the words are an answer (here: not one), never a way out of it.
      await user.text('где библиотека');
      expect(user.lastText()).toBe('Пожалуйста, нажмите одну из кнопок под сообщением.');
      await user.text('/cancel');
      await user.text('где ближайшая библиотека?');
      expect(user.lastText()).toMatch(/центр/i);
      const english = t.user({ id: 3903, first_name: 'Kim', language_code: 'en' });
      await english.text('how does this work?');
      expect(english.lastText()).toContain('free computer-literacy classes');
      await english.text('thanks!');
      expect(english.lastText()).toBe("You're welcome! If you need anything, choose it with the buttons at the bottom of the screen.");
    });

    it('leaves a running conversation on /cancel', async () => {
      const user = t.user({ id: 3901, first_name: 'Ким', language_code: 'ru' });
      await user.text('📝 Записаться на курс');
      await user.text('/cancel');
      expect(user.lastText()).toBe('Хорошо, отменили. Вы в главном меню.');
      await user.text('Иван Иванов'); // no conversation takes it any more
      expect(user.lastText()).toContain('Не получилось понять сообщение');
    });
  });

  describe('forget me and blocking', () => {
    it('deletes personal data after a confirmation and keeps only anonymous counts', async () => {
      await addToWaitlist(4000, { centerId: 'berezovsky-central', phone: '+79990001122' });
      const user = t.user({ id: 4000, first_name: 'Фёдор', language_code: 'ru' });
      await user.text('/forget');
      expect(user.lastText()).toBe('Удалить все ваши данные (имя, телефон, записи в очереди)? Это нельзя отменить.');
      await user.press('Нет, оставить');
      expect(await CitizenModel.countDocuments({ _id: 4000 })).toBe(1);
      // Someone studying in a group is told the seat goes too (walk s20 #36).
      const { entry } = await addToWaitlist(4000, { centerId: 'berezovsky-central', courseId: 'internet' });
      await markEnrolled(entry.id, new Date('2026-11-20T03:00:00Z'));
      await user.text('/forget');
      expect(user.lastText()).toBe(
        'Удалить все ваши данные (имя, телефон, записи в очереди)? Это нельзя отменить.\nВаше место в группе на курсе «Интернет и электронная почта» тоже освободится для следующего в очереди.',
      );
      await user.press('Нет, оставить');
      await user.text('/forget');
      await user.press('Да, удалить');
      expect(user.lastText()).toContain('Ваши данные удалены');
      expect(await CitizenModel.countDocuments({ _id: 4000 })).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 4000 })).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'berezovsky-central', courseId: 'basics', status: 'forgotten' })).toBe(1);
      await user.text('/forget');
      await user.press('Да, удалить');
      expect(user.lastText()).toBe('Мы не храним ваших персональных данных.');
    });

    it('walk35: «удалите мои данные» and «отзываю согласие» typed ask /forget\'s question; «удалить запись» does not', async () => {
      await addToWaitlist(4001, { centerId: 'berezovsky-central' });
      const user = t.user({ id: 4001, first_name: 'Лиля', language_code: 'ru' });
      for (const typed of ['Удалите, пожалуйста, мои данные', 'удалить мои персональные данные', 'Отзываю согласие']) {
        await user.text(typed);
        expect(user.lastText()).toBe('Удалить все ваши данные (имя, телефон, записи в очереди)? Это нельзя отменить.');
        await user.press('Нет, оставить');
      }
      expect(await CitizenModel.countDocuments({ _id: 4001 })).toBe(1);
      await user.text('удалить запись');
      expect(user.lastText()).not.toContain('Удалить все ваши данные');
      const john = t.user({ id: 4002, first_name: 'John', language_code: 'en' });
      await john.text('please delete my data');
      expect(john.lastText()).toMatch(/^Delete all your data/);
      expect(t.errors).toEqual([]);
    });

    it('marks a citizen who blocked the bot unreachable, and reachable again on return', async () => {
      await addToWaitlist(4100);
      const user = t.user({ id: 4100, first_name: 'Тая', language_code: 'ru' });
      const memberUpdate = (old_status: string, status: string) => ({
        my_chat_member: {
          chat: { id: 4100, type: 'private', first_name: 'Тая' },
          from: { id: 4100, is_bot: false, first_name: 'Тая' },
          date: 1,
          old_chat_member: { status: old_status, user: { id: 1, is_bot: true, first_name: 'bot' } },
          new_chat_member: { status, user: { id: 1, is_bot: true, first_name: 'bot' }, until_date: 0 },
        },
      });
      await user.send(memberUpdate('member', 'kicked') as never);
      expect(await CitizenModel.findById(4100).lean()).toMatchObject({ reachable: false });
      await user.send(memberUpdate('kicked', 'member') as never);
      expect(await CitizenModel.findById(4100).lean()).toMatchObject({ reachable: true });
    });
  });
});

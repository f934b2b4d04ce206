import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CenterModel } from '../../src/db/models/center.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { createGroup } from '../../src/domain/classes.js';
import { setLessonCallDone } from '../../src/domain/call-lists.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { runCallListJob } from '../../src/jobs/calls/index.js';
import { loadConfig } from '../../src/config.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, TEST_TOKEN, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { librarian, paperPerson } from './fixtures.js';

describe('call-list', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all(
      [WaitlistEntryModel.deleteMany({}), ClassGroupModel.deleteMany({}), LessonModel.deleteMany({}), SeatOfferModel.deleteMany({}), DeliveryModel.deleteMany({}), CallTaskModel.deleteMany({}), StaffMemberModel.deleteMany({}), CitizenModel.deleteMany({})],
    );
    await CenterModel.updateMany({}, { $set: { timeZone: 'Asia/Novokuznetsk' } });
    invalidateCatalog();
  });

  /** 10:00 on Tuesday 1 December and Thursday 3 December in Kuzbass (Asia/Novokuznetsk, UTC+7). */
  const LESSONS = [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')];
  const paperId = (n: number) => -(2 ** 49 + n);

  /** A group at `centerId` with these people enrolled (ids: negative without Telegram). */
  async function enrolledGroup(centerId: string, people: Array<{ id: number; name: string; phone?: string }>, room = 'Зал 1') {
    const groupId = await createGroup(900, { courseId: 'basics', centerId, room, capacity: 10, lessonStarts: LESSONS, durationMinutes: 90 }, new Date('2026-11-20T03:00:00Z'));
    for (const [i, p] of people.entries()) {
      const joinedAt = new Date(Date.UTC(2026, 9, 1 + i, 3));
      const entryId = p.id < 0 ? await paperPerson(p.id, { name: p.name, phone: p.phone!, joinedAt, centerId }) : (await addToWaitlist(p.id, { name: p.name, centerId, at: joinedAt })).entry.id;
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: joinedAt } });
    }
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: people.length, freeSeats: -people.length } });
    return groupId;
  }

  describe('the daily call list', () => {
    it("comes at 16:00 in the center's time zone, once, with name, phone, time and room; calls are marked done", async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T08:59:00Z')) }); // 15:59 in Kemerovo
      await librarian(7001, 'Анна Петровна');
      await librarian(7003, 'Вера Сергеевна', ['belovo-central']);
      await enrolledGroup('kemerovo-regional', [
        { id: paperId(1), name: 'Мария Иванова', phone: '+79231234567' },
        { id: 3001, name: 'Ольга Телеграмова' },
        { id: paperId(2), name: 'Пётр Сидоров', phone: '+79039876543' },
      ]);
      await enrolledGroup('belovo-central', [{ id: paperId(3), name: 'Зоя Белова', phone: '+79135550011' }], 'Читальный зал');
      // Belovo is put in Moscow time (UTC+3) here: its list comes at its own 16:00, four hours later.
      await CenterModel.updateOne({ _id: 'belovo-central' }, { $set: { timeZone: 'Europe/Moscow' } });
      invalidateCatalog();
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      const vera = t.user({ id: 7003, first_name: 'Вера', language_code: 'ru' });

      expect(await runCallListJob(t.deps)).toEqual({ lists: 0, calls: 0 });
      t.clock.advance(60_000); // 16:00 in Kemerovo, 12:00 in Moscow
      expect(await runCallListJob(t.deps)).toEqual({ lists: 1, calls: 2 });
      expect(await runCallListJob(t.deps)).toMatchObject({ lists: 0 }); // the job runs every five minutes: one list a day
      await deliverAll(t);
      expect(anna.messages()).toHaveLength(1);
      const list = anna.lastText();
      expect(list).toContain('Завтра, 1 декабря, занятия у людей без Телеграма. Позвоните и напомните (2 звонка):');
      // The place once, above its calls; one short line a call.
      expect(list).toContain('Зал 1, Кемерово, Областная научная библиотека имени В. Д. Фёдорова:\n• 10:00 Мария Иванова, +7 923 123-45-67\n• 10:00 Пётр Сидоров, +7 903 987-65-43');
      expect(list).not.toContain('Ольга'); // she gets her reminder in Telegram
      expect(vera.messages()).toHaveLength(0);

      t.clock.advance(4 * 3600_000); // 16:00 in Moscow
      expect(await runCallListJob(t.deps)).toMatchObject({ lists: 1 });
      await deliverAll(t);
      expect(vera.lastText()).toContain('Читальный зал, Белово, Центральная городская библиотека:\n• 06:00 Зоя Белова, +7 913 555-00-11');
      expect(anna.messages()).toHaveLength(1);

      // Marking: the list becomes a toggle per call, shared by the center's librarians.
      await anna.press('Отметить звонки');
      expect(anna.lastText()).toContain('Звонки перед занятиями 1 декабря: сделано 0 из 2.');
      expect(anna.buttonLabels()).toEqual(['10:00 Мария Иванова', '10:00 Пётр Сидоров', '⬅ Все звонки']);
      await anna.press('10:00 Мария Иванова');
      expect(anna.lastText()).toContain('сделано 1 из 2');
      expect(anna.lastText()).toContain('• 10:00 Мария Иванова, +7 923 123-45-67 — позвонили'); // words, not «✓» (walk31 W31-04)
      expect(anna.buttonLabels()).toEqual(['10:00 Мария Иванова — позвонили', '10:00 Пётр Сидоров', '⬅ Все звонки']);
      expect(await CallTaskModel.findOne({ kind: 'lesson', citizenId: paperId(1) }).lean()).toMatchObject({ done: true, doneBy: 7001, centerId: 'kemerovo-regional' });
      await anna.press('10:00 Мария Иванова — позвонили');
      expect(anna.lastText()).toContain('сделано 0 из 2');

      // Vera's list shows only her center; a list of someone else's day shows only her center too.
      await vera.press('Отметить звонки');
      expect(vera.buttonLabels()).toEqual(['06:00 Зоя Белова', '⬅ Все звонки']);

      // Anna's tick replayed by Vera on a message of Anna's chat (forged): her list differs, so the menu is outdated;
      // it cannot be redrawn there either (Telegram: not found). The press gets its notice, and nothing breaks.
      const annasList = anna.messages().at(-1)!;
      const tick = (annasList.reply_markup!.inline_keyboard.flat()[0] as { callback_data: string }).callback_data;
      t.telegram.failNext('editMessageText', { error_code: 400, description: 'Bad Request: message to edit not found' });
      t.telegram.failNext('editMessageReplyMarkup', { error_code: 400, description: 'Bad Request: message to edit not found' });
      const seenBefore = vera.messages().length;
      await vera.pressData(tick, { ...annasList, chat: vera.messages().at(-1)!.chat });
      expect(vera.textsSince(seenBefore).join('\n')).not.toMatch(/что-то пошло не так/i);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      expect(await CallTaskModel.findOne({ kind: 'lesson', citizenId: paperId(1) }).lean()).toMatchObject({ done: false });
      expect(t.errors).toEqual([]);
    });

    it('is skipped when there is nobody to call', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T09:30:00Z')) }); // 16:30 on 1 December; next lesson on the 3rd
      await librarian(7001, 'Анна Петровна');
      await enrolledGroup('kemerovo-regional', [{ id: paperId(1), name: 'Мария Иванова', phone: '+79231234567' }, { id: 3001, name: 'Ольга' }]);
      expect(await runCallListJob(t.deps)).toEqual({ lists: 0, calls: 0 });
      t.clock.advance(24 * 3600_000); // 2 December: tomorrow is the 3rd
      await WaitlistEntryModel.updateOne({ citizenId: paperId(1) }, { $set: { status: 'left' } });
      expect(await runCallListJob(t.deps)).toEqual({ lists: 0, calls: 0 }); // only a Telegram participant left
      expect(await DeliveryModel.countDocuments({ key: /^calllist:/ })).toBe(0);
    });

    it('lists someone enrolled who blocked the bot and gave a phone, saying so in their line; blocked without a phone: nothing to call', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')) }); // 16:00 in Kemerovo
      await librarian(7011, 'Анна Петровна');
      await librarian(7012, 'Kate Smith');
      await StaffMemberModel.updateOne({ _id: 7012 }, { $set: { language: 'en' } });
      await enrolledGroup('kemerovo-regional', [
        { id: paperId(11), name: 'Мария Иванова', phone: '+79231234567' },
        { id: 3111, name: 'Ольга Телеграмова' },
        { id: 3112, name: 'Игорь Безтелефонов' },
        { id: 3113, name: 'Вера Читающая' },
      ]);
      // Olga and Igor blocked the bot (the outbox skips their reminders); only Olga left a phone. Vera reads the bot.
      await CitizenModel.updateOne({ _id: 3111 }, { $set: { reachable: false, phone: '+79135550101' } });
      await CitizenModel.updateOne({ _id: 3112 }, { $set: { reachable: false } });
      await CitizenModel.updateOne({ _id: 3113 }, { $set: { phone: '+79135550103' } });
      expect(await runCallListJob(t.deps)).toEqual({ lists: 2, calls: 4 }); // two calls, counted for each librarian
      await deliverAll(t);
      const anna = t.user({ id: 7011, first_name: 'Анна', language_code: 'ru' });
      const kate = t.user({ id: 7012, first_name: 'Kate', language_code: 'en' });
      expect(anna.lastText()).toContain('Позвоните и напомните (2 звонка):');
      expect(anna.lastText()).toContain('• 10:00 Мария Иванова, +7 923 123-45-67\n• 10:00 Ольга Телеграмова, +7 913 555-01-01 (человек заблокировал бота)');
      expect(anna.lastText()).not.toMatch(/Игорь|Вера/);
      expect(kate.lastText()).toContain('• 10:00 Ольга Телеграмова, +7 913 555-01-01 (blocked the bot)');

      // On the list to tick off, the same line; her call is marked like anyone's.
      await anna.press('Отметить звонки');
      expect(anna.lastText()).toContain('сделано 0 из 2');
      expect(anna.lastText()).toContain('• 10:00 Ольга Телеграмова, +7 913 555-01-01 (человек заблокировал бота)');
      expect(anna.buttonLabels()).toEqual(['10:00 Мария Иванова', '10:00 Ольга Телеграмова', '⬅ Все звонки']);
      await anna.press('10:00 Ольга Телеграмова');
      expect(anna.lastText()).toContain('сделано 1 из 2');
      expect(anna.lastText()).toContain('• 10:00 Ольга Телеграмова, +7 913 555-01-01 (человек заблокировал бота) — позвонили');
      expect(await CallTaskModel.findOne({ kind: 'lesson', citizenId: 3111 }).lean()).toMatchObject({ done: true, doneBy: 7011 });
      // No call to mark for Vera, whom the bot reaches.
      const lesson = await LessonModel.findOne({ startsAt: LESSONS[0] }).lean();
      expect(await setLessonCallDone({ kind: 'librarian', centerIds: ['kemerovo-regional'] }, String(lesson!._id), 3113, true, 7011, t.clock.now())).toBe(false);
      expect(await CallTaskModel.countDocuments({ citizenId: 3113 })).toBe(0);

      // She unblocked the bot: her reminders reach her again, and she is off the list.
      await CitizenModel.updateOne({ _id: 3111 }, { $set: { reachable: true } });
      await anna.text('/calls');
      expect(anna.buttonLabels()).toContain('Завтра (1 декабря): 0 из 1');
      expect(t.errors.filter((line) => !line.includes('staff action refused'))).toEqual([]);
    });

    it('CALL_LIST_TIME: 16:00 by default; a bad value stops the start with a clear message', () => {
      expect(loadConfig({ BOT_TOKEN: TEST_TOKEN }).CALL_LIST_TIME).toBe('16:00');
      expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, CALL_LIST_TIME: '09:30' }).CALL_LIST_TIME).toBe('09:30');
      expect(() => loadConfig({ BOT_TOKEN: TEST_TOKEN, CALL_LIST_TIME: '4pm' })).toThrow('CALL_LIST_TIME: a local time HH:MM (24-hour, two digits each), e.g. 16:00');
      expect(() => loadConfig({ BOT_TOKEN: TEST_TOKEN, CALL_LIST_TIME: '24:00' })).toThrow('CALL_LIST_TIME');
    });
  });

  describe('/calls', () => {
    it("lists a librarian's open call tasks (paged) and today's and tomorrow's calls; a task can be answered from there", async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T04:00:00Z')), env: { ADMIN_IDS: '9001' } }); // 11:00 on 30 November
      await librarian(7001, 'Анна Петровна');
      await librarian(7003, 'Вера Сергеевна', ['belovo-central']);
      await enrolledGroup('kemerovo-regional', [{ id: paperId(1), name: 'Мария Иванова', phone: '+79231234567' }]);
      for (let i = 0; i < 7; i++) {
        await paperPerson(paperId(10 + i), { name: `Человек ${i + 1}`, phone: `+7923100000${i}`, joinedAt: new Date(Date.UTC(2026, 8, 1 + i, 3)) });
      }
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 2', capacity: 7, lessonStarts: [new Date('2026-12-07T03:00:00Z')], durationMinutes: 90 }, t.clock.now());
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers())).toBe(7);
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      const vera = t.user({ id: 7003, first_name: 'Вера', language_code: 'ru' });
      const citizen = t.user({ id: 3005, first_name: 'Гость', language_code: 'ru' });

      await anna.text('/calls');
      const text = anna.lastText();
      expect(text).toContain('Ждут ответа: 7 предложений места.');
      // The center once, above its tasks; one short line a task; all of them on one screen (walk s22 W22-33).
      expect(text).toContain('Кемерово, Областная научная библиотека имени В. Д. Фёдорова:\n• Человек 1, +7 923 100-00-00: Основы, место до 2 декабря, 11:00\n• Человек 2,');
      expect(text).toContain('• Человек 7, +7 923 100-00-06: Основы');
      expect(text).not.toContain('Страница');
      expect(anna.buttonLabels()).toEqual([...Array.from({ length: 7 }, (_, i) => `Ответить: Человек ${i + 1}`), 'Завтра (1 декабря): 0 из 1']);
      // A day without calls is a plain line, not a button that opens an empty screen.
      expect(text).toContain('Сегодня (30 ноября) звонков перед занятиями нет.');
      expect(text).not.toContain('Завтра (1 декабря) звонков');

      // Answering from /calls: the card comes as a new message with the three answers.
      await anna.press('Ответить: Человек 7');
      expect(anna.lastText()).toContain('есть место в группе.\nЧеловек 7, +7 923 100-00-06\n');
      await anna.press('✓ Согласие есть, записать');
      expect(await WaitlistEntryModel.findOne({ citizenId: paperId(16) }).lean()).toMatchObject({ status: 'enrolled' });
      await anna.text('/calls');
      expect(anna.lastText()).toContain('Ждут ответа: 6 предложений места.');

      await anna.press('Завтра (1 декабря): 0 из 1');
      expect(anna.buttonLabels()).toEqual(['10:00 Мария Иванова', '⬅ Все звонки']);
      await anna.press('⬅ Все звонки');
      expect(anna.lastText()).toContain('Ждут ответа: 6 предложений места.');

      // Another center's librarian sees none of it; a citizen is refused.
      await vera.text('/calls');
      expect(vera.lastText()).toContain('Предложений мест, на которые ждут ответа, нет.');
      expect(vera.buttonLabels()).toEqual([]);
      expect(vera.lastText()).toContain('Сегодня (30 ноября) звонков перед занятиями нет.\nЗавтра (1 декабря) звонков перед занятиями нет.');
      await citizen.text('/calls');
      expect(citizen.lastText()).toBe('Эта команда только для сотрудников библиотеки.');

      // In the staff /help and the command list.
      const before = anna.messages().length;
      await anna.text('/help');
      expect(anna.textsSince(before).join('\n')).toContain('/calls — Кому позвонить: бот не может им написать');
      expect(t.errors.filter((line) => !line.includes('staff action refused'))).toEqual([]);
    });

    /** walk35 L7: the call card said «+7 905 111-22-33 (дочь)», /calls' lines and the lesson call lists only the number. */
    it('walk35 L7: an open offer\'s line and the lesson call lists (the screen, the daily message) say the note typed beside the phone, on its own line', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T04:00:00Z')), env: { ADMIN_IDS: '9001' } }); // 11:00 on 30 November
      await librarian(7001, 'Анна Петровна');
      await enrolledGroup('kemerovo-regional', [{ id: paperId(1), name: 'Мария Иванова', phone: '+79231234567' }]);
      // Typed at the desk: a note that tries to look like a call of its own on the next line.
      await CitizenModel.updateOne({ _id: paperId(1) }, { $set: { notes: 'дочь\n• 10:00 Пётр Сидоров' } });
      await paperPerson(paperId(10), { name: 'Нина Петрова', phone: '+79231000000', joinedAt: new Date('2026-09-01T03:00:00Z') });
      await CitizenModel.updateOne({ _id: paperId(10) }, { $set: { notes: 'сын' } });
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 2', capacity: 1, lessonStarts: [new Date('2026-12-07T03:00:00Z')], durationMinutes: 90 }, t.clock.now());
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers())).toBe(1);
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });

      await anna.text('/calls');
      expect(anna.lastText()).toContain('\n• Нина Петрова, +7 923 100-00-00 (сын): Основы, место до 2 декабря, 11:00');
      await anna.press('Завтра (1 декабря): 0 из 1');
      expect(anna.lastText()).toContain('\n• 10:00 Мария Иванова, +7 923 123-45-67 (дочь • 10:00 Пётр Сидоров)\n');
      expect(anna.lastText()).not.toMatch(/^• 10:00 Пётр/m);

      t.clock.current = new Date('2026-11-30T09:00:00Z'); // 16:00: the daily list
      expect(await runCallListJob(t.deps)).toMatchObject({ lists: 1 });
      await deliverAll(t);
      expect(anna.lastText()).toContain('\n• 10:00 Мария Иванова, +7 923 123-45-67 (дочь • 10:00 Пётр Сидоров)');
      expect(anna.lastText()).not.toMatch(/^• 10:00 Пётр/m);
      expect(t.errors).toEqual([]);
    });

    it('walk38 L8: a seat accepted by phone after the list time is on the librarian\'s /calls screen, not in a second «📞 Завтра…» list; a colleague gets the list', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T11:00:00Z')), env: { ADMIN_IDS: '9001' } }); // 18:00, after the 16:00 list
      await librarian(7001, 'Анна Петровна');
      await librarian(7002, 'Вера Сергеевна');
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 2', capacity: 1, lessonStarts: [LESSONS[0]!], durationMinutes: 90 }, t.clock.now());
      await paperPerson(paperId(2), { name: 'Пётр Сидоров', phone: '+79039876543', joinedAt: new Date('2026-10-20T03:00:00Z') });
      expect(await runCallListJob(t.deps)).toEqual({ lists: 0, calls: 0 }); // nobody in tomorrow's group yet
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers({ ttlHours: 1 }))).toBe(1);
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      const vera = t.user({ id: 7002, first_name: 'Вера', language_code: 'ru' });
      await deliverAll(t); // the offer's call cards
      await anna.text('/calls');
      const screen = anna.messages().at(-1)!.message_id;
      await anna.press('Ответить: Пётр Сидоров');
      await anna.press('✓ Согласие есть, записать');
      expect(anna.messages().find((m) => m.message_id === screen)!.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain('Завтра (1 декабря): 0 из 1');

      t.clock.advance(5 * 60_000); // the job's next run
      expect(await runCallListJob(t.deps)).toMatchObject({ lists: 1 });
      const before = anna.messages().length;
      await deliverAll(t);
      expect(anna.textsSince(before).filter((text) => text.includes('📞 Завтра'))).toEqual([]);
      expect(vera.lastText()).toContain('Завтра, 1 декабря, занятия у людей без Телеграма. Позвоните и напомните (1 звонок):');
      expect(t.errors.filter((line) => !line.includes('staff action refused'))).toEqual([]);
    });

    it('leaves out a reminder call for someone enrolled by phone on the lesson\'s own day (walk s21 W21-21)', async () => {
      // 07:00, the lesson at 10:00: early enough for an offer (offers end an hour before a first lesson: W21-09).
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T00:00:00Z')), env: { ADMIN_IDS: '9001' } });
      await librarian(7001, 'Анна Петровна');
      const groupId = await enrolledGroup('kemerovo-regional', [{ id: paperId(1), name: 'Мария Иванова', phone: '+79231234567' }]);
      await paperPerson(paperId(2), { name: 'Пётр Сидоров', phone: '+79039876543', joinedAt: new Date('2026-10-20T03:00:00Z') });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers({ ttlHours: 1 }))).toBe(1);
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/calls');
      await anna.press('Ответить: Пётр Сидоров');
      await anna.press('✓ Согласие есть, записать'); // he was told the time on this call
      expect(await WaitlistEntryModel.findOne({ citizenId: paperId(2) }).lean()).toMatchObject({ status: 'enrolled' });

      await anna.text('/calls');
      // Mary (enrolled weeks ago) is still to be reminded; Pyotr, enrolled minutes ago, is not.
      await anna.press('Сегодня (1 декабря): 0 из 1');
      expect(anna.buttonLabels()).toEqual(['10:00 Мария Иванова', '⬅ Все звонки']);
      expect(t.errors.filter((line) => !line.includes('staff action refused'))).toEqual([]);
    });

    it('names who was put in on the lesson\'s own day and told then, not only «no calls today» (walk36 L11, fix38c)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T00:00:00Z')), env: { ADMIN_IDS: '9001' } }); // 07:00, the lesson at 10:00
      await librarian(7001, 'Анна Петровна');
      const groupId = await enrolledGroup('kemerovo-regional', [{ id: paperId(5), name: 'Козлова Анна Петровна', phone: '+79051110004' }]);
      // Put in at the desk this morning and told there (the roster's «➕ Записать человека»: «скажите человеку сами»).
      await WaitlistEntryModel.updateOne({ citizenId: paperId(5) }, { $set: { enrolledAt: t.clock.now() } });
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/calls');
      const told = 'Записаны в группу в день занятия и узнали о нём при записи. Звонить не нужно: Козлова Анна Петровна.';
      expect(anna.lastText()).toContain(`Сегодня (1 декабря) звонков перед занятиями нет.\n${told}\nЗавтра (2 декабря) звонков перед занятиями нет.`);
      expect(anna.buttonLabels()).toEqual([]);

      // A day with a call too: the call on its button, the person told that day still named on the screen and on the day's list.
      const mary = await paperPerson(paperId(6), { name: 'Мария Иванова', phone: '+79231234567', joinedAt: new Date('2026-10-02T03:00:00Z') });
      await WaitlistEntryModel.updateOne({ _id: mary }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: new Date('2026-11-21T03:00:00Z') } });
      await anna.text('/calls');
      expect(anna.lastText()).toContain(`\n\n${told}\nЗавтра (2 декабря) звонков перед занятиями нет.`);
      await anna.press('Сегодня (1 декабря): 0 из 1');
      expect(anna.lastText()).toContain(told);
      expect(anna.buttonLabels()).toEqual(['10:00 Мария Иванова', '⬅ Все звонки']);
      expect(t.errors).toEqual([]);
    });

    it('walk40: someone put in after the day\'s lesson began (a seat freed after it) is not named under that day: it is not theirs', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T05:00:00Z')), env: { ADMIN_IDS: '9001' } }); // 12:00, the lesson was at 10:00
      await librarian(7001, 'Анна Петровна');
      await enrolledGroup('kemerovo-regional', [{ id: paperId(7), name: 'Гусев Павел', phone: '+79051110007' }]);
      // Given the seat at 11:00 (the desk's «Согласие есть, записать»): his first lesson is on 3 December.
      await WaitlistEntryModel.updateOne({ citizenId: paperId(7) }, { $set: { enrolledAt: new Date('2026-12-01T04:00:00Z') } });
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/calls');
      // It said «Записаны в группу в день занятия и узнали о нём при записи. Звонить не нужно: Гусев Павел.» (walk40).
      expect(anna.lastText()).toContain('Сегодня (1 декабря) звонков перед занятиями нет.\nЗавтра (2 декабря) звонков перед занятиями нет.');
      expect(anna.lastText()).not.toContain('Гусев');
      expect(t.errors).toEqual([]);
    });
  });
});

import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import mongoose from 'mongoose';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { createTestBot, TestClock, type TestBot, testOffers } from '../helpers/test-bot.js';
import { deliverAll } from '../helpers/outbox.js';
import { seedSampleData } from '../../src/db/seed.js';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { forgetCitizen } from '../../src/domain/citizens.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithParticipants, LESSON_1, LESSON_2 } from './fixtures.js';
import { librarian, paperPerson } from '../calls/fixtures.js';

describe('change', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  let t: TestBot;
  let groupId: string;
  let entryIds: string[];
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
    t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
    ({ groupId, entryIds } = await groupWithParticipants(t.clock.now(), [{ id: 1001 }, { id: 1002, language: 'en' }]));
  });

  const coordinator = () => t.user({ id: 900, first_name: 'Координатор', language_code: 'ru' });
  const lessons = () => LessonModel.find({ groupId }).sort({ index: 1 }).lean();

  async function startChange(action: RegExp) {
    const staff = coordinator();
    await staff.text('/change');
    // The coordinator's one group is not asked (change-one-group.test.ts): the first question is what to do.
    expect(staff.lastText()).toMatch(/^Группа: Основы компьютерной грамотности, .+\nЧто изменить\?$/);
    await staff.press(action);
    return staff;
  }

  describe('/change', () => {
    it('moves one lesson: preview, confirm, participants told in their language, reminders follow, audited', async () => {
      const staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      await staff.text('31.02.2026');
      expect(staff.lastText()).toContain('Не удалось понять дату');
      await staff.text('20.11.2026');
      expect(staff.lastText()).toContain('Эта дата уже прошла');
      await staff.text('2.12');
      await staff.text('11:00');
      expect(staff.lastText()).toContain('Было: 1 декабря, вторник, 10:00');
      expect(staff.lastText()).toContain('Станет: 2 декабря, среда, 11:00');
      expect(staff.lastText()).toContain('Участникам придёт сообщение: 2');
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toContain('Готово');
      expect((await lessons())[0]!.startsAt.toISOString()).toBe('2026-12-02T04:00:00.000Z');

      await deliverAll(t);
      expect(t.telegram.messagesTo(1001).at(-1)!.text).toContain('Занятие перенесено');
      expect(t.telegram.messagesTo(1001).at(-1)!.text).toContain('Теперь: 2 декабря, среда, 11:00');
      expect(t.telegram.messagesTo(1002).at(-1)!.text).toContain('A class has been moved');
      expect(await AuditEntryModel.countDocuments({ action: 'lesson.move', actorId: 900 })).toBe(1);

      // The old day-before time passes quietly; the new one comes a day later.
      t.clock.current = new Date('2026-11-30T11:00:00Z');
      expect(await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now())).toEqual({ added: 0 });
      t.clock.current = new Date('2026-12-01T11:00:00Z');
      expect((await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now())).added).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('a participant without Telegram is called: each librarian of the center is told who, the phone and what changed', async () => {
      await librarian(501, 'Марина', ['novokuznetsk-central']);
      await librarian(502, 'Ольга', ['novokuznetsk-central']);
      const entryId = await paperPerson(-77, { name: 'Анна\nПетрова', phone: '+79231234567', joinedAt: new Date('2026-10-05T03:00:00Z'), centerId: 'novokuznetsk-central' });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new mongoose.Types.ObjectId(groupId) }, $unset: { activeKey: 1 } });
      const staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      // By buttons this time: the days around the lesson's own (1 December; 25 November and before are past), then its own time first.
      expect(staff.buttonLabels().slice(0, 2)).toEqual(['28 ноября, суббота', '29 ноября, воскресенье']);
      await staff.press('2 декабря, среда');
      expect(staff.buttonLabels().slice(0, 2)).toEqual(['10:00', '12:00']);
      await staff.text('11:00');
      // Said as the result says it (walk30 W30-09): the call is not a message.
      expect(staff.lastText()).toContain('Участникам придёт сообщение: 2.\nБез Телеграма: 1 — библиотекари центра получат список, кому позвонить.');
      await staff.press('✓ Подтвердить');
      // The call is not counted as a message (walk s20 #45).
      expect(staff.lastText()).toBe('Готово. Участникам отправляются сообщения: 2. Без Телеграма: 1 — библиотекари центра получили список, кому позвонить.');
      await deliverAll(t);
      for (const id of [501, 502]) {
        const notice = t.telegram.messagesTo(id).at(-1)!.text;
        expect(notice).toContain('Позвоните человеку без Телеграма: Анна Петрова, телефон +7 923 123-45-67');
        expect(notice).toContain('было 1 декабря, вторник, 10:00, теперь 2 декабря, среда, 11:00');
      }
      // One of them ticks the call; the other sees it made.
      const [marina, olga] = [501, 502].map((id) => t.user({ id, first_name: 'Б', language_code: 'ru' }));
      await marina!.press('📞 Отметить звонок');
      expect(marina!.lastText()).toContain('Сделано 0 из 1.');
      await marina!.press('Анна Петрова');
      await olga!.press('📞 Отметить звонок');
      expect(olga!.lastText()).toContain('Сделано 1 из 1.');
      expect(olga!.lastText()).toMatch(/• Анна Петрова, \+7 923 123-45-67 — позвонили \(/);
      // Nothing was queued for the person's own (non-existent) chat; the notices name them only by the id /forget looks for.
      expect(await DeliveryModel.countDocuments({ citizenId: -77 })).toBe(0);
      expect(await DeliveryModel.countDocuments({ aboutCitizenId: -77 })).toBe(2);
      // Forgotten on request: the notices keep neither the name nor the phone nor the id.
      await forgetCitizen(-77, t.clock.now(), testOffers());
      const left = JSON.stringify(await DeliveryModel.find({ key: /^chg:|^forgotten:/ }).lean());
      expect(left).not.toMatch(/Анна|79231234567|-77/);
      expect(t.errors).toEqual([]);
    });

    it('many participants without Telegram: one message per librarian (in their language), the calls in a list behind its button', async () => {
      await librarian(501, 'Марина', ['novokuznetsk-central']);
      await librarian(502, 'Ольга', ['novokuznetsk-central']);
      // Ольга's Telegram is in English; the bot learns it from her staff command (she never used /language).
      const olga = t.user({ id: 502, first_name: 'Olga', language_code: 'en' });
      await olga.text('/calls');
      for (let i = 1; i <= 30; i++) {
        const entryId = await paperPerson(-1000 - i, { name: `Человек ${String(i).padStart(2, '0')}`, phone: `+7923000${String(i).padStart(4, '0')}`, joinedAt: new Date('2026-10-05T03:00:00Z'), centerId: 'novokuznetsk-central' });
        await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new mongoose.Types.ObjectId(groupId) }, $unset: { activeKey: 1 } });
      }
      const before = { 501: t.telegram.messagesTo(501).length, 502: t.telegram.messagesTo(502).length };
      const staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      await staff.press('2 декабря, среда');
      await staff.text('11:00');
      expect(staff.lastText()).toContain('Участникам придёт сообщение: 2.\nБез Телеграма: 30 — библиотекари центра получат список, кому позвонить.');
      await staff.press('✓ Подтвердить');
      await deliverAll(t);

      const marina = t.telegram.messagesTo(501).slice(before[501]);
      expect(marina).toHaveLength(1);
      expect(marina[0]!.text).toContain('Позвоните 30 людям без Телеграма: занятие перенесено.');
      expect(marina[0]!.text).toContain('было 1 декабря, вторник, 10:00, теперь 2 декабря, среда, 11:00');
      const toOlga = t.telegram.messagesTo(502).slice(before[502]);
      expect(toOlga).toHaveLength(1);
      expect(toOlga[0]!.text).toContain('Please call 30 people without Telegram: a lesson was moved.');
      expect(toOlga[0]!.text).toContain('Basic computer literacy: was Tuesday 1 December, 10:00, now Wednesday 2 December, 11:00.');
      // The digest names nobody; each person is one call in the list.
      expect(JSON.stringify(marina)).not.toMatch(/Человек|\+7923000/);
      expect(await CallTaskModel.countDocuments({ kind: 'change', status: 'open' })).toBe(30);

      const marinaChat = t.user({ id: 501, first_name: 'Марина', language_code: 'ru' });
      await marinaChat.press('📋 Открыть список');
      const list = marinaChat.lastText();
      expect(list).toContain('📞 Звонки об изменении: Основы компьютерной грамотности. Сделано 0 из 30.');
      expect(list).toContain('• Человек 01, +7 923 000-00-01');
      expect(list).toMatch(/Страница 1 из \d/);
      await marinaChat.press('Человек 01');
      expect(marinaChat.lastText()).toContain('Сделано 1 из 30.');
      expect(marinaChat.lastText()).toMatch(/• Человек 01, \+7 923 000-00-01 — позвонили \(/);
      // Another center's librarian cannot open it.
      await librarian(503, 'Вера', ['belovo-central']);
      const vera = t.user({ id: 503, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/help');
      const openList = t.telegram.messagesTo(501).flatMap((m) => m.reply_markup?.inline_keyboard.flat() ?? []).flatMap((b) => ('callback_data' in b ? [b.callback_data] : []));
      await vera.pressData(openList.find((data) => data.startsWith('cx:change:'))!);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Этот список звонков — для библиотекарей другого центра.');
      // Forgotten: their call leaves the list.
      await forgetCitizen(-1001, t.clock.now(), testOffers());
      expect(await CallTaskModel.countDocuments({ kind: 'change' })).toBe(29);
      expect(t.errors).toEqual([]);
    });

    it('a person holding an open seat offer for the group is told of a moved lesson, and counted', async () => {
      await addToWaitlist(1003, { centerId: 'novokuznetsk-central', at: new Date('2026-11-20T03:00:00Z') });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers())).toBe(1);
      await deliverAll(t);
      expect(t.telegram.messagesTo(1003).at(-1)!.text).toContain('Для вас есть место');
      const staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      await staff.text('02.12.2026');
      await staff.text('11:00');
      expect(staff.lastText()).toContain('Участникам придёт сообщение: 3');
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toContain('Участникам отправляются сообщения: 3');
      await deliverAll(t);
      // Told with the offer again: the new lessons, the time to answer, the buttons (probe s22 M3), one message.
      expect(t.telegram.messagesTo(1003).at(-1)!.text).toMatch(/^Расписание группы изменилось\. Место для вас по-прежнему есть\.\n[^]*• 2 декабря, среда, 11:00/);
      expect(t.telegram.messagesTo(1003).at(-2)!.text).toContain('Для вас есть место');
      // The offer still stands: the person can take the seat at the new time.
      expect((await WaitlistEntryModel.findOne({ citizenId: 1003 }).lean())!.status).toBe('offered');
      expect(t.errors).toEqual([]);
    });

    it('an open offer ends an hour before the first lesson moved earlier, so no one takes a seat in a group already begun', async () => {
      await addToWaitlist(1004, { centerId: 'novokuznetsk-central', at: new Date('2026-11-20T03:00:00Z') });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers({ ttlHours: 24 * 30 }))).toBe(1);
      const first = (await lessons())[0]!.startsAt;
      expect((await WaitlistEntryModel.findOne({ citizenId: 1004 }).lean())!.offer!.expiresAt).toEqual(new Date(first.getTime() - 3600_000));
      const staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      await staff.text('26.11.2026');
      await staff.text('16:00');
      await staff.press('✓ Подтвердить');
      const movedTo = (await lessons())[0]!.startsAt;
      expect(movedTo < first).toBe(true);
      expect((await WaitlistEntryModel.findOne({ citizenId: 1004 }).lean())!.offer!.expiresAt).toEqual(new Date(movedTo.getTime() - 3600_000));
    });

    it('warns, without stopping, when a lesson is moved to start within 2 hours or at night', async () => {
      let staff = await startChange(/Перенести одно занятие/); // 10:00 local time on 25.11.2026
      await staff.press(/^1\. /);
      await staff.text('25.11.2026');
      await staff.text('10:03');
      expect(staff.lastText()).toContain('⚠️ Занятие начнётся меньше чем через 2 часа');
      expect(staff.lastText()).not.toContain('ночное');
      await staff.press('Отмена');

      staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      await staff.text('02.12.2026');
      await staff.text('04:40');
      expect(staff.lastText()).toContain('⚠️ Время ночное (04:40). Проверьте, не опечатка ли это.');
      expect(staff.lastText()).not.toContain('2 часа');
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toContain('Готово');
      expect((await lessons())[0]!.startsAt.toISOString()).toBe('2026-12-01T21:40:00.000Z');

      // An ordinary time: no warning.
      staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      await staff.text('03.12.2026');
      await staff.text('12:00');
      expect(staff.lastText()).not.toContain('⚠️');
      expect(t.errors).toEqual([]);
    });

    it('cannot move a lesson into the past: an earlier day, an hour gone today, or a time that passes before Confirm', async () => {
      const staff = await startChange(/Перенести одно занятие/); // 10:00 local time on 25.11.2026
      await staff.press(/^1\. /);
      await staff.text('24.11.2026');
      expect(staff.lastText()).toContain('Эта дата уже прошла');
      await staff.text('25.11.2026');
      expect(staff.buttonLabels()).not.toContain('10:00'); // gone by now today: not offered
      expect(staff.buttonLabels()).toContain('12:00');
      await staff.text('09:00');
      expect(staff.lastText()).toContain('Это время уже прошло');
      await staff.text('10:30');
      expect(staff.lastText()).toContain('Станет: 25 ноября, среда, 10:30');
      t.clock.advance(3600_000); // confirmed an hour later
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toContain('Новое время уже прошло');
      expect((await lessons())[0]!.startsAt.toISOString()).toBe('2026-12-01T03:00:00.000Z');
      expect(await AuditEntryModel.countDocuments({ action: 'lesson.move' })).toBe(0);
    });

    it('does not move a lesson onto another lesson of the group (walk s20 #27)', async () => {
      const staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^2\. /);
      await staff.text('1.12'); // lesson 1 is on 1 December, 10:00–11:30
      expect(staff.buttonLabels()).not.toContain('10:00');
      expect(staff.buttonLabels()).toContain('12:00');
      await staff.text('10:30');
      expect(staff.lastText()).toBe('В это время у группы уже идёт другое занятие. Выберите другое время или нажмите «Назад», чтобы выбрать другой день.');
      await staff.text('9:00'); // 90 minutes: it would run into lesson 1
      expect(staff.lastText()).toContain('уже идёт другое занятие');
      await staff.text('12:00');
      expect(staff.lastText()).toContain('Станет: 1 декабря, вторник, 12:00');
      // Meanwhile lesson 1 was moved to that very hour: Confirm refuses, nothing moves.
      await LessonModel.updateOne({ groupId, index: 1 }, { $set: { startsAt: new Date('2026-12-01T05:00:00Z') } });
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toBe('В это время у группы уже есть другое занятие. Начните заново: /change');
      expect((await lessons())[1]!.startsAt.toISOString()).toBe(LESSON_2.toISOString());
      expect(await AuditEntryModel.countDocuments({ action: 'lesson.move' })).toBe(0);
    });

    it('cancels the group: participants wait again at their old place, told, no reminders', async () => {
      // Someone holds an open offer of a seat in it: withdrawn, and its record closed (no librarian calls about it).
      await addToWaitlist(1005, { centerId: 'novokuznetsk-central', at: new Date('2026-11-20T03:00:00Z') });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers())).toBe(1);
      const staff = await startChange(/Отменить всю группу/);
      expect(staff.lastText()).toContain('Участники (3) вернутся в очередь');
      await staff.press('✓ Подтвердить');
      expect((await ClassGroupModel.findById(groupId).lean())!.status).toBe('cancelled');
      const entries = await WaitlistEntryModel.find({ _id: { $in: entryIds } }).sort({ joinedAt: 1 }).lean();
      expect(entries.map((e) => e.status)).toEqual(['waiting', 'waiting']);
      expect(entries.map((e) => e.joinedAt.toISOString())).toEqual(['2026-10-01T03:00:00.000Z', '2026-10-02T03:00:00.000Z']);
      expect(entries.every((e) => e.groupId === undefined && e.activeKey)).toBe(true);
      expect((await lessons()).map((l) => l.status)).toEqual(['cancelled', 'cancelled']);
      await deliverAll(t);
      expect(t.telegram.messagesTo(1001).at(-1)!.text).toContain('Группа отменена');
      t.clock.current = new Date('2026-11-30T11:00:00Z');
      expect(await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now())).toEqual({ added: 0 });
      expect(await AuditEntryModel.countDocuments({ action: 'group.cancel' })).toBe(1);
      expect((await WaitlistEntryModel.findOne({ citizenId: 1005 }).lean())!.status).toBe('waiting');
      expect(await SeatOfferModel.countDocuments({ groupId, outcome: 'pending' })).toBe(0);
      expect((await ClassGroupModel.findById(groupId).lean())!.freeSeats).toBe(0);
    });

    it('shifts the whole group by a week', async () => {
      const staff = await startChange(/Сдвинуть всю группу/);
      await staff.press('+7');
      expect(staff.lastText()).toContain('8 декабря, вторник, 10:00');
      await staff.press('✓ Подтвердить');
      expect((await lessons()).map((l) => l.startsAt.toISOString())).toEqual(['2026-12-08T03:00:00.000Z', '2026-12-10T03:00:00.000Z']);
      await deliverAll(t);
      expect(t.telegram.messagesTo(1002).at(-1)!.text).toContain("The group's schedule has changed");
    });

    it('does not offer a shift that puts a lesson into the past (probe s20 F11)', async () => {
      // Now 25 November; the first lesson is on 1 December: −7 would put it on 24 November.
      const staff = await startChange(/Сдвинуть всю группу/);
      expect(staff.buttonLabels()).toEqual(['+1', '+2', '+7', '+14', '−1', 'Назад', 'Отмена']);
      await staff.press('−1');
      expect(staff.lastText()).toContain('30 ноября, понедельник, 10:00');
    });

    it('cancels one lesson; queued reminders for it are dropped', async () => {
      t.clock.current = new Date('2026-11-30T10:55:00Z');
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      const staff = await startChange(/Отменить одно занятие/);
      await staff.press(/^1\. /);
      await staff.press('✓ Подтвердить');
      expect((await lessons()).map((l) => l.status)).toEqual(['cancelled', 'scheduled']);
      t.clock.current = new Date('2026-11-30T11:00:00Z');
      await deliverAll(t);
      const texts = t.telegram.messagesTo(1001).map((m) => m.text);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain('Занятие отменено');
      expect(await DeliveryModel.countDocuments({ key: /^rem:/, status: 'skipped' })).toBe(2);
      void LESSON_2;
    });

    it('cancelling the only lesson left cancels the group: everyone back to their place, not stuck in a group with no lessons (probe s21 H1)', async () => {
      let staff = await startChange(/Отменить одно занятие/);
      await staff.press(/^1\. /);
      await staff.press('✓ Подтвердить');
      staff = await startChange(/Отменить одно занятие/);
      await staff.press(/^2\. /);
      expect(staff.lastText()).toMatch(/^Отменить всю группу\?\n[^]*\nЭто единственное оставшееся занятие группы, поэтому отменится вся группа\.$/);
      await staff.press('✓ Подтвердить');
      expect((await ClassGroupModel.findById(groupId).lean())!.status).toBe('cancelled');
      expect((await WaitlistEntryModel.find({ _id: { $in: entryIds } }).lean()).map((e) => e.status)).toEqual(['waiting', 'waiting']);
      await deliverAll(t);
      expect(t.telegram.messagesTo(1001).at(-1)!.text).toMatch(/^Группа отменена: Основы компьютерной грамотности/);
    });

    it('cancelling the last lesson to come after others were held ends the course for its participants (probe s21 H1)', async () => {
      t.clock.current = new Date(LESSON_1.getTime() + 3600_000); // lesson 1 under way
      // A participant without Telegram is phoned the same news.
      const paper = await paperPerson(-(2 ** 49 + 7771), { name: 'Зоя Бумажная', phone: '+79135557771', joinedAt: new Date('2026-10-05T03:00:00Z'), centerId: 'novokuznetsk-central' });
      await WaitlistEntryModel.updateOne({ _id: paper }, { $set: { status: 'enrolled', groupId: new mongoose.Types.ObjectId(groupId), enrolledAt: t.clock.now() } });
      const staff = await startChange(/Отменить одно занятие/);
      await staff.press(/^2\. /);
      expect(staff.lastText()).toContain('Это последнее занятие группы: после отмены группа закончится, участники будут отмечены как окончившие курс.');
      await staff.press('✓ Подтвердить');
      expect((await ClassGroupModel.findById(groupId).lean())!.status).toBe('finished');
      expect((await WaitlistEntryModel.find({ _id: { $in: entryIds } }).lean()).map((e) => e.status)).toEqual(['completed', 'completed']);
      await deliverAll(t);
      expect(t.telegram.messagesTo(1001).at(-1)!.text).toContain('Это было последнее занятие группы: курс окончен.');
      expect(t.telegram.messagesTo(1002).at(-1)!.text).toContain("It was the group's last class: the course is over.");
      expect(t.telegram.messagesTo(900).map((m) => m.text).join('\n')).toContain('Это было последнее занятие группы: курс окончен.');
    });

    it('changes the room (walk40 M1): asked one question at a time, told as a schedule change, a queued reminder and the later ones name the new room', async () => {
      // Кузьмина's account is read by her grandson: her messages say whose record it is.
      await CitizenModel.updateOne({ _id: 1001 }, { $set: { name: 'Кузьмина Анна Сергеевна', readsFor: true } });
      // The day-before reminders of lesson 1 are queued already (due at 18:00, now 17:55), with the old room.
      t.clock.current = new Date('2026-11-30T10:55:00Z');
      expect((await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now())).added).toBe(2);
      let staff = await startChange(/Сменить аудиторию/);
      expect(staff.lastText()).toBe('Где теперь будут занятия? Сейчас: Зал 1\nНапишите новую аудиторию, например: Зал 2, первый этаж.');
      expect(staff.buttonLabels()).toEqual(['Назад', 'Отмена']);
      await staff.text('Зал 1');
      expect(staff.lastText()).toBe('Это та же аудитория. Напишите новую или нажмите «Назад».');
      await staff.press('Назад');
      expect(staff.lastText()).toMatch(/Что изменить\?$/);
      await staff.press(/Сменить аудиторию/);
      await staff.text('Малый зал, второй этаж');
      // Someone in the group reads English: their words are asked, as /newclass asks them.
      expect(staff.lastText()).toContain('Как назвать эту аудиторию для тех, кто читает бота на английском?');
      await staff.text('Малый зал');
      expect(staff.lastText()).toContain('английскими буквами');
      await staff.text('Small hall, floor 2');
      expect(staff.lastText()).toBe(
        'Сменить аудиторию?\nОсновы компьютерной грамотности, Новокузнецк: Центральная городская библиотека имени Н. В. Гоголя\nБыло: Зал 1\nСтанет: Малый зал, второй этаж\nНа английском: Small hall, floor 2\n' +
          'Все оставшиеся занятия (2) пройдут в новой аудитории.\nУчастникам придёт сообщение: 2.',
      );
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toBe('Готово. Участникам отправляются сообщения: 2.');
      expect(await ClassGroupModel.findById(groupId, { room: 1, roomEn: 1, _id: 0 }).lean()).toEqual({ room: 'Малый зал, второй этаж', roomEn: 'Small hall, floor 2' });
      expect(await AuditEntryModel.countDocuments({ action: 'group.room', actorId: 900 })).toBe(1);

      t.clock.current = new Date('2026-11-30T11:00:00Z');
      await deliverAll(t);
      const [toKuzmina, toEnglish] = [1001, 1002].map((id) => t.telegram.messagesTo(id).map((m) => m.text)) as [Array<string | undefined>, Array<string | undefined>];
      expect(toKuzmina).toHaveLength(2);
      expect(toKuzmina[0]).toMatch(
        /^Запись на имя Кузьмина А\. С\.\nЗанятия переходят в другую аудиторию\.\nКурс: Основы компьютерной грамотности\nГде: .+\nБыло: Зал 1\nТеперь: Малый зал, второй этаж\nДни и время занятий прежние\.$/,
      );
      // The reminder queued before the change comes once, with the new room.
      expect(toKuzmina[1]).toContain('Малый зал, второй этаж');
      expect(toKuzmina[1]).not.toContain('Зал 1');
      expect(toEnglish[0]).toContain('Your classes move to another room.');
      expect(toEnglish[0]).toContain('Now: Small hall, floor 2');
      expect(toEnglish[1]).toContain('Small hall, floor 2');
      expect(await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now())).toEqual({ added: 0 });
      // Lesson 2's reminders, queued after the change, name the new room too.
      t.clock.current = new Date('2026-12-02T11:00:00Z');
      expect((await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now())).added).toBe(2);
      await deliverAll(t);
      expect(t.telegram.messagesTo(1001).at(-1)!.text).toContain('Малый зал, второй этаж');
      expect(t.telegram.messagesTo(1002).at(-1)!.text).toContain('Small hall, floor 2');
      // Changed meanwhile by someone else: Confirm changes nothing.
      staff = await startChange(/Сменить аудиторию/);
      await staff.text('Читальный зал');
      await staff.press('Пропустить');
      await ClassGroupModel.updateOne({ _id: groupId }, { $set: { room: 'Кабинет 5' } });
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toBe('Группа или занятие уже изменились. Начните заново: /change');
      expect((await ClassGroupModel.findById(groupId).lean())!.room).toBe('Кабинет 5');
      expect(t.errors).toEqual([]);
    });

    it('a room change reaches a participant without Telegram through the librarians: the call card names the new room', async () => {
      await librarian(501, 'Марина', ['novokuznetsk-central']);
      const entryId = await paperPerson(-78, { name: 'Анна Петрова', phone: '+79231234568', joinedAt: new Date('2026-10-05T03:00:00Z'), centerId: 'novokuznetsk-central' });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new mongoose.Types.ObjectId(groupId) }, $unset: { activeKey: 1 } });
      const staff = await startChange(/Сменить аудиторию/);
      await staff.text('Малый зал');
      await staff.press('Пропустить');
      expect(staff.lastText()).toContain('Без Телеграма: 1 — библиотекари центра получат список, кому позвонить.');
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toBe('Готово. Участникам отправляются сообщения: 2. Без Телеграма: 1 — библиотекари центра получили список, кому позвонить.');
      await deliverAll(t);
      expect(t.telegram.messagesTo(501).at(-1)!.text).toBe(
        '📞 Позвоните человеку без Телеграма: Анна Петрова, телефон +7 923 123-45-68.\nЗанятия переходят в другую аудиторию: Основы компьютерной грамотности, теперь Малый зал, было Зал 1.',
      );
      expect(t.errors).toEqual([]);
    });

    it('Back returns to the previous step; Cancel leaves', async () => {
      const staff = await startChange(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      await staff.press('Назад');
      expect(staff.lastText()).toBe('Какое занятие?');
      await staff.press('Отмена');
      expect(staff.lastText()).toContain('отменили');
      expect((await lessons())[0]!.startsAt.toISOString()).toBe('2026-12-01T03:00:00.000Z');
    });

    it('citizens cannot use it; a librarian of another center sees no groups', async () => {
      const citizen = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
      await citizen.text('/change');
      expect(citizen.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      await StaffMemberModel.create({ _id: 701, displayName: 'Ольга', centerIds: ['kemerovo-regional'], addedBy: 900 });
      const other = t.user({ id: 701, first_name: 'Ольга', language_code: 'ru' });
      await other.text('/change');
      expect(other.lastText()).toContain('Нет групп');
    });
  });
});

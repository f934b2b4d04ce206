import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { saveAttendance } from '../../src/domain/attendance.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { paperPerson } from '../calls/fixtures.js';
import { groupWithOffers, joinDay } from './fixtures.js';

describe('attendance', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create([
      { _id: 5001, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: 900 },
      { _id: 5002, displayName: 'Юлия', centerIds: ['yurga-central'], addedBy: 900 },
    ]);
  });
  afterAll(() => done());

  const NOT_FOUND = 'Не найдено или нет доступа.';
  const STAFF_ONLY = 'Эта команда только для сотрудников библиотеки.';
  const NOT_STARTED = 'Это занятие ещё не началось. Посещение можно отметить, когда оно начнётся.';
  const lastAnswer = (t: ReturnType<typeof createTestBot>) => t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload;
  /** The callback data of a button the bot really sent (to replay it as someone else). */
  const dataOf = (message: Message | undefined, label: string | RegExp) =>
    (message?.reply_markup?.inline_keyboard.flat().find((b) => (typeof label === 'string' ? b.text === label : label.test(b.text)) && 'callback_data' in b) as { callback_data: string } | undefined)
      ?.callback_data as string;

  describe('/classes and attendance', () => {
    it('shows the roster filling up, marks attendance (saved only by Save), counts no-shows, completes the course after the last lesson', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      for (const [i, id] of [5101, 5102, 5103, 5104].entries()) await addToWaitlist(id, { at: new Date(Date.UTC(2026, 9, i + 1)), name: `Участник ${id}` });
      const { id: groupId } = await groupWithOffers(t.clock.now(), { capacity: 3, actorId: 5001 });
      await acceptOffer(5101, String((await WaitlistEntryModel.findOne({ citizenId: 5101 }).lean())!._id), t.clock.now());
      await acceptOffer(5102, String((await WaitlistEntryModel.findOne({ citizenId: 5102 }).lean())!._id), t.clock.now());

      const anna = t.user({ id: 5001, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/classes');
      // One short button a group, each center named once; the details are behind the group's button.
      expect(anna.lastText()).toBe('Ваши группы (курс, начало, записано из мест). Нажмите на группу, чтобы открыть её:\nКемерово, Областная научная библиотека имени В. Д. Фёдорова: группа на кнопке 1');
      expect(anna.buttonLabels()).toEqual(['1. Основы, 1 декабря: 2 из 3']);
      const listMessage = anna.messages().at(-1);
      const openGroup = dataOf(listMessage, '1. Основы, 1 декабря: 2 из 3');
      await anna.press('1. Основы, 1 декабря: 2 из 3');
      // The roster replaces the list in the same message, with the schedule as a pattern.
      expect(anna.messages().at(-1)?.message_id).toBe(listMessage?.message_id);
      expect(anna.lastText()).toBe(
        'Основы компьютерной грамотности, Зал 1\nКемерово, Областная научная библиотека имени В. Д. Фёдорова\nЗанятия: \n• 1 декабря, вторник, 10:00\n• 3 декабря, четверг, 10:00\nЗаписано 2 из 3, ждут ответа: 1.\nУчастники:\n1. Участник 5101\n2. Участник 5102',
      );
      const openLessons = dataOf(anna.messages().at(-1), '✅ Отметить посещение');
      await acceptOffer(5103, String((await WaitlistEntryModel.findOne({ citizenId: 5103 }).lean())!._id), t.clock.now());

      // Before the lessons: no lesson is offered (attendance-lessons-begun.test.ts), and Save refuses one that has not
      // begun (saving a future last lesson used to finish the group and complete the course before it was taught).
      await anna.text('/attendance');
      await anna.press(/^Основы компьютерной грамотности: /);
      expect(anna.buttonLabels()).toEqual(['Назад']);
      const lastLesson = (await LessonModel.findOne({ groupId, index: 2 }).lean())!;
      expect(await saveAttendance(5001, String(lastLesson._id), [5101, 5102], t.clock.now())).toBe('not-started');
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ status: 'open' });
      expect(await LessonModel.findById(lastLesson._id).lean()).toMatchObject({ attendedIds: [] });
      expect((await LessonModel.findById(lastLesson._id).lean())!.markedAt).toBeUndefined();
      expect(await WaitlistEntryModel.countDocuments({ groupId, status: 'completed' })).toBe(0);

      // Lesson 1 (it has begun): two of three came.
      t.clock.current = new Date('2026-12-01T04:00:00Z');
      await anna.text('/attendance');
      const sentBefore = t.telegram.callsOf('sendMessage').length;
      await anna.press(/^Основы компьютерной грамотности: /);
      expect(anna.buttonLabels()).toEqual(['1. 1 декабря, вторник, 10:00', 'Назад']); // the second is two days ahead
      await anna.press('1. 1 декабря, вторник, 10:00');
      expect(anna.lastText()).toContain('Занятие 1, 1 декабря, вторник, 10:00.');
      expect(anna.buttonLabels()).toEqual(['Участник 5101', 'Участник 5102', 'Участник 5103', '💾 Сохранить', 'Назад']);
      const marksMessage = anna.messages().at(-1);
      const toggleFirst = dataOf(marksMessage, 'Участник 5101');
      const saveUnticked = dataOf(marksMessage, '💾 Сохранить');
      // One call into the chat per tap: the buttons are redrawn in place (plus the answer to the press).
      const callsBefore = t.telegram.calls.length;
      await anna.press('Участник 5101');
      expect(t.telegram.calls.slice(callsBefore).map((c) => c.method).sort()).toEqual(['answerCallbackQuery', 'editMessageReplyMarkup']);
      await anna.press('Участник 5103');
      await anna.press('Участник 5102');
      await anna.press('Участник 5102 — на занятии'); // changed her mind
      expect(anna.buttonLabels()).toEqual(['Участник 5101 — на занятии', 'Участник 5102', 'Участник 5103 — на занятии', '💾 Сохранить', 'Назад']);
      // A tick is not a save: nothing is written until Save.
      const before = await LessonModel.findOne({ groupId, index: 1 }).lean();
      expect(before!.attendedIds).toEqual([]);
      expect(before!.markedAt).toBeUndefined();

      // Another center's librarian replaying Anna's real buttons, and a citizen replaying them, are refused; nothing changes.
      const yulia = t.user({ id: 5002, first_name: 'Юлия', language_code: 'ru' });
      const ivan = t.user({ id: 5104, first_name: 'Иван', language_code: 'ru' });
      await yulia.text('/classes');
      expect(yulia.lastText()).toBe('Открытых групп нет. Создать: /newclass');
      await ivan.text('/start');
      for (const data of [openGroup, openLessons, toggleFirst, saveUnticked]) {
        expect(data).toBeDefined();
        await yulia.pressData(data);
        // Her own list is empty; the group and its lessons are not hers.
        expect(lastAnswer(t)).toMatchObject({ text: data === openGroup ? 'Открытых групп нет. Создать: /newclass' : NOT_FOUND, show_alert: true });
        await ivan.pressData(data);
        expect(lastAnswer(t)).toMatchObject({ text: STAFF_ONLY, show_alert: true });
      }
      // Malformed and pre-menu data get a polite "outdated".
      for (const data of ['am/0/0/zz/h1234', `att:t:${before!._id}:5101`, `grp:o:${groupId}`]) {
        await anna.pressData(data, marksMessage);
        expect(lastAnswer(t)).toMatchObject({ text: expect.stringMatching(/^Эта кнопка уже не действует\./) });
      }
      expect((await LessonModel.findById(before!._id).lean())!.attendedIds).toEqual([]);

      // The lesson was moved to a later hour meanwhile (/change): Save refuses it, the ticks stay on the buttons.
      await LessonModel.updateOne({ _id: before!._id }, { $set: { startsAt: new Date('2026-12-01T06:00:00Z') } });
      await anna.press('💾 Сохранить');
      expect(lastAnswer(t)).toMatchObject({ text: NOT_STARTED, show_alert: true });
      expect(anna.buttonLabels()).toEqual(['Участник 5101 — на занятии', 'Участник 5102', 'Участник 5103 — на занятии', '💾 Сохранить', 'Назад']);
      expect(await LessonModel.findById(before!._id).lean()).toMatchObject({ attendedIds: [] });
      expect((await LessonModel.findById(before!._id).lean())!.markedAt).toBeUndefined();
      await LessonModel.updateOne({ _id: before!._id }, { $set: { startsAt: before!.startsAt } });

      const saveTicked = dataOf(anna.messages().at(-1), '💾 Сохранить');
      await anna.press('💾 Сохранить');
      expect(anna.lastText()).toBe('Отмечено: пришли — 2, не пришли — 1.');
      // From the group to the saved lesson: one message, edited in place (only the refusals above were sent to others).
      expect(t.telegram.callsOf('sendMessage').slice(sentBefore).filter((c) => c.payload.chat_id === 5001)).toHaveLength(0);
      // Where to go next is a button: the group's lessons (the next lesson has not begun, so it is not offered).
      expect(anna.buttonLabels()).toEqual(['← К занятиям группы']);
      // A double tap: the second Save arrives with the same buttons, saves the same marks again, quietly.
      t.telegram.failNext('editMessageText', { error_code: 400, description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same' });
      await anna.pressData(saveTicked, marksMessage);
      expect(anna.lastText()).toBe('Отмечено: пришли — 2, не пришли — 1.');
      expect(t.telegram.callsOf('sendMessage').slice(sentBefore).filter((c) => c.payload.chat_id === 5001)).toHaveLength(0); // no apology
      const first = await LessonModel.findById(before!._id).lean();
      expect([...first!.attendedIds].sort()).toEqual([5101, 5103]);
      expect(first!.markedAt).toEqual(t.clock.now());
      expect(await AuditEntryModel.findOne({ action: 'attendance.save', target: `lesson:${before!._id}` }).lean()).toMatchObject({
        actorId: 5001,
        details: { present: 2, absent: 1, completed: false },
      });
      await anna.text('/classes');
      await anna.press(/^1\. Основы, 1 декабря: /);
      expect(anna.lastText()).toContain('Участник 5102, пропусков: 1');

      // Marked late, once the next lesson has begun too: Save offers that lesson next.
      t.clock.current = new Date('2026-12-03T04:00:00Z');
      await anna.text('/attendance');
      await anna.press(/^Основы компьютерной грамотности: /);
      await anna.press(/^1\. /);
      await anna.press('💾 Сохранить');
      expect(anna.lastText()).toBe('Отмечено: пришли — 2, не пришли — 1.');
      expect(anna.buttonLabels()).toEqual(['➡ Следующее занятие: 2. 3 декабря, четверг, 10:00', '← К занятиям группы']);
      await anna.press(/^➡ Следующее занятие/);
      expect(anna.lastText()).toMatch(/^Занятие 2, 3 декабря/);
      await anna.press('Назад');
      expect(anna.lastText()).toBe('Выберите занятие:');
      // A librarian of another center cannot use the saved lesson's buttons.
      await anna.text('/attendance');
      await anna.press(/^Основы компьютерной грамотности: /);
      await anna.press(/^1\. /);
      await anna.press('💾 Сохранить');
      await yulia.pressData(dataOf(anna.messages().at(-1), '← К занятиям группы'), anna.messages().at(-1));
      expect(lastAnswer(t)).toMatchObject({ text: NOT_FOUND, show_alert: true });

      // The last lesson, from the roster, once it has begun: everyone came; the course is completed.
      t.clock.current = new Date('2026-12-03T04:00:00Z');
      await anna.press('✅ Отметить посещение');
      await anna.press('2. 3 декабря, четверг, 10:00');
      for (const id of [5101, 5102, 5103]) await anna.press(`Участник ${id}`);
      await anna.press('💾 Сохранить');
      expect(anna.lastText()).toContain('Это было последнее занятие');
      expect(anna.buttonLabels()).toEqual(['← К занятиям группы']); // no next lesson after the last
      const entries = await WaitlistEntryModel.find({ groupId }).lean();
      expect(entries.map((e) => e.status)).toEqual(['completed', 'completed', 'completed']);
      expect(entries.every((e) => e.completedAt?.getTime() === t.clock.now().getTime() && e.activeKey === undefined)).toBe(true);
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ status: 'finished' });
      expect(t.errors.filter((line) => !line.includes('staff action refused'))).toEqual([]);
    });

    it('menus survive a restart; a roster that changed under the buttons gets a polite notice and fresh ticks', async () => {
      const first = createTestBot();
      for (const id of [5201, 5202]) await addToWaitlist(id, { at: new Date(Date.UTC(2026, 9, 1)), name: `Слушатель ${id}` });
      for (const id of [5201, 5202]) await WaitlistEntryModel.updateOne({ citizenId: id }, { $set: { centerId: 'kemerovo-gogol' } });
      await StaffMemberModel.create({ _id: 5003, displayName: 'Вера', centerIds: ['kemerovo-gogol'], addedBy: 900 });
      const { id: groupId } = await groupWithOffers(first.clock.now(), { capacity: 3, actorId: 5003, centerId: 'kemerovo-gogol' });
      for (const id of [5201, 5202]) await acceptOffer(id, String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id), first.clock.now());
      const vera = first.user({ id: 5003, first_name: 'Вера', language_code: 'ru' });
      first.clock.current = new Date('2026-12-01T04:00:00Z'); // the first lesson has begun
      await vera.text('/attendance');
      await vera.press(/^Основы компьютерной грамотности: /);
      await vera.press(/^1\. /);
      await vera.press('Слушатель 5201');

      // A new process (same chat history): the ticks and the menu carry on.
      const second = createTestBot({ telegram: first.telegram, clock: first.clock });
      const veraAgain = second.user({ id: 5003, first_name: 'Вера', language_code: 'ru' });
      await veraAgain.press('Слушатель 5202');
      expect(veraAgain.buttonLabels()).toEqual(['Слушатель 5201 — на занятии', 'Слушатель 5202 — на занятии', '💾 Сохранить', 'Назад']);

      // Someone who had taken a seat before the lesson appears meanwhile: the old ticks cannot be trusted; nothing is saved.
      // (Someone who joins after the lesson began is not on its roster: test/classes/joining-begun-group.spec.ts.)
      await addToWaitlist(5203, { at: new Date(Date.UTC(2026, 9, 2)), name: 'Слушатель 5203', centerId: 'kemerovo-gogol' });
      await WaitlistEntryModel.updateOne({ citizenId: 5203 }, { $set: { status: 'enrolled', groupId, enrolledAt: new Date('2026-12-01T02:00:00Z') } });
      await veraAgain.press('💾 Сохранить');
      expect(lastAnswer(second)?.text).toBe('Список группы изменился: проверьте отметки ещё раз.');
      expect(veraAgain.buttonLabels()).toEqual(['Слушатель 5201', 'Слушатель 5202', 'Слушатель 5203', '💾 Сохранить', 'Назад']);
      expect((await LessonModel.findOne({ groupId, index: 1 }).lean())!.markedAt).toBeUndefined();
      await veraAgain.press('Слушатель 5203');
      await veraAgain.press('💾 Сохранить');
      expect(veraAgain.lastText()).toBe('Отмечено: пришли — 1, не пришли — 2.');
      expect((await LessonModel.findOne({ groupId, index: 1 }).lean())!.attendedIds).toEqual([5203]);

      // A lesson cancelled while its list is open: the ticks go nowhere.
      second.clock.current = new Date('2026-12-03T04:00:00Z'); // the second lesson has begun
      await veraAgain.text('/attendance');
      await veraAgain.press(/^Основы компьютерной грамотности: /);
      await veraAgain.press(/^2\. /);
      await LessonModel.updateOne({ groupId, index: 2 }, { $set: { status: 'cancelled' } });
      await veraAgain.press('Слушатель 5201');
      expect(lastAnswer(second)).toMatchObject({ text: NOT_FOUND, show_alert: true });
      expect((await LessonModel.findOne({ groupId, index: 2 }).lean())!.markedAt).toBeUndefined();

      // A librarian whose rights were revoked: her old buttons stop working at once.
      await veraAgain.text('/attendance');
      await veraAgain.press(/^Основы компьютерной грамотности: /);
      await StaffMemberModel.updateOne({ _id: 5003 }, { $set: { centerIds: [] } });
      await veraAgain.press(/^1\. /);
      expect(lastAnswer(second)).toMatchObject({ text: STAFF_ONLY, show_alert: true });
      expect(veraAgain.lastText()).toBe('Выберите занятие:');
      expect([...first.errors, ...second.errors].filter((line) => !line.includes('staff action refused'))).toEqual([]);
    });

    it('marks who said «не смогу» for the lesson beside the name, the mark said once above; the toggles work as before (walk36 L6)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5006, displayName: 'Марина', centerIds: ['novokuznetsk-central'], addedBy: 900 });
      await addToWaitlist(5201, { at: joinDay(1), name: 'Галина Петрова', centerId: 'novokuznetsk-central' });
      await addToWaitlist(5202, { at: joinDay(2), name: 'Пётр Иванов', centerId: 'novokuznetsk-central' });
      const { id: groupId } = await groupWithOffers(t.clock.now(), { capacity: 2, actorId: 5006, centerId: 'novokuznetsk-central' });
      // Seated straight in: earlier tests of this describe may have left people waiting at this center for the offers.
      await WaitlistEntryModel.updateMany({ citizenId: { $in: [5201, 5202] } }, { $set: { status: 'enrolled', groupId, enrolledAt: t.clock.now() } });
      const galina = t.user({ id: 5201, first_name: 'Галина', language_code: 'ru' });
      // The day before the first lesson: its reminder, and her «Не смогу» under it (she keeps her seat).
      for (const at of ['2026-11-30T05:00:00Z', '2026-11-30T11:00:00Z']) {
        t.clock.current = new Date(at);
        await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
        await deliverAll(t);
      }
      await galina.press('Не смогу');
      if (galina.buttonLabels().includes('Нет, остаться в группе')) await galina.press('Нет, остаться в группе');
      expect(await WaitlistEntryModel.findOne({ citizenId: 5201 }).lean()).toMatchObject({ status: 'enrolled' });

      const marina = t.user({ id: 5006, first_name: 'Марина', language_code: 'ru' });
      t.clock.current = new Date('2026-12-01T04:00:00Z'); // the first lesson has begun
      await marina.text('/attendance');
      await marina.press(/^Основы компьютерной грамотности: /);
      await marina.press(/^1\. /);
      expect(marina.lastText()).toContain('\n🚫 — человек написал, что не сможет прийти на это занятие.');
      expect(marina.buttonLabels()).toEqual(['🚫 Галина Петрова', 'Пётр Иванов', '💾 Сохранить', 'Назад']);
      // She came after all: ticked as anyone is.
      await marina.press('🚫 Галина Петрова');
      await marina.press('Пётр Иванов');
      expect(marina.buttonLabels()).toEqual(['🚫 Галина Петрова — на занятии', 'Пётр Иванов — на занятии', '💾 Сохранить', 'Назад']);
      await marina.press('💾 Сохранить');
      expect(marina.lastText()).toBe('Отмечено: пришли — 2, не пришли — 0.');
      expect((await LessonModel.findOne({ groupId, index: 1 }).lean())!.attendedIds.sort()).toEqual([5201, 5202]);
      // Nobody said it for the second lesson: no mark, nothing said above.
      t.clock.current = new Date('2026-12-03T04:00:00Z');
      await marina.text('/attendance');
      await marina.press(/^Основы компьютерной грамотности: /);
      await marina.press(/^2\. /);
      expect(marina.lastText()).not.toContain('🚫');
      expect(marina.buttonLabels()).toEqual(['Галина Петрова', 'Пётр Иванов', '💾 Сохранить', 'Назад']);
      expect(t.errors).toEqual([]);
    });

    it('marks people without Telegram too (registered at the desk or imported: negative ids)', async () => {
      const t = createTestBot();
      await StaffMemberModel.create({ _id: 5004, displayName: 'Ольга', centerIds: ['belovo-central'], addedBy: 900 });
      // One person alone is enough: before, her id made the roster's tag negative and every button undecodable.
      const paperId = -(2 ** 49 + 5);
      const entryId = await paperPerson(paperId, { name: 'Нина Без Телеграма', phone: '+79230000005', joinedAt: new Date(Date.UTC(2026, 9, 1)), centerId: 'belovo-central' });
      const { id: groupId } = await groupWithOffers(t.clock.now(), { capacity: 1, actorId: 5004, centerId: 'belovo-central' });
      await acceptOffer(paperId, entryId, t.clock.now());
      const olga = t.user({ id: 5004, first_name: 'Ольга', language_code: 'ru' });
      t.clock.current = new Date('2026-12-01T04:00:00Z'); // the first lesson has begun
      await olga.text('/attendance');
      await olga.press(/^Основы компьютерной грамотности: /);
      await olga.press(/^1\. /);
      await olga.press('Нина Без Телеграма');
      expect(olga.buttonLabels()).toEqual(['Нина Без Телеграма — на занятии', '💾 Сохранить', 'Назад']);
      await olga.press('💾 Сохранить');
      expect(olga.lastText()).toBe('Отмечено: пришли — 1, не пришли — 0.');
      expect((await LessonModel.findOne({ groupId, index: 1 }).lean())!.attendedIds).toEqual([paperId]);
    });
  });
});

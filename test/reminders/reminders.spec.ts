import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import mongoose from 'mongoose';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { deliverAll } from '../helpers/outbox.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { seedSampleData } from '../../src/db/seed.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { enqueueDueReminders, reminderDueTimes, reminderSettings } from '../../src/domain/reminders.js';
import { groupWithParticipants, LESSON_1, LESSON_2 } from './fixtures.js';

describe('reminders', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  let t: TestBot;
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
    t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
  });

  const settings = () => reminderSettings(t.deps.config);
  const at = (iso: string) => (t.clock.current = new Date(iso));
  const runJob = () => enqueueDueReminders(settings(), t.clock.now());

  describe('reminder times', () => {
    it('a 10:00 lesson in Asia/Novokuznetsk (03:00Z): day before at 18:00 local = 11:00Z, two hours before = 01:00Z', () => {
      const due = reminderDueTimes(LESSON_1, 'Asia/Novokuznetsk', { dayBeforeAt: '18:00', hoursBefore: 2 });
      expect(due.day.toISOString()).toBe('2026-11-30T11:00:00.000Z');
      expect(due.soon.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    });

    it('enqueues each reminder shortly ahead with its due time; the sender sends it on time, once', async () => {
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }, { id: 1002, language: 'en' }]);
      at('2026-11-30T10:40:00Z');
      expect(await runJob()).toEqual({ added: 0 });
      at('2026-11-30T10:55:00Z');
      expect(await runJob()).toEqual({ added: 2 });
      expect(await runJob()).toEqual({ added: 0 });
      expect((await deliverAll(t)).delivered).toBe(0);
      at('2026-11-30T11:00:00Z');
      expect((await deliverAll(t)).delivered).toBe(2);

      const ru = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
      expect(ru.lastText()).toContain('завтра занятие');
      expect(ru.lastText()).toContain('Основы компьютерной грамотности');
      expect(ru.lastText()).toMatch(/1 декабря, вторник, 10:00/);
      expect(ru.lastText()).toContain('улица Кирова, 56');
      expect(ru.lastText()).toContain('Зал 1');
      expect(ru.lastText()).toContain('+7 3843 74-47-05');
      expect(ru.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      const en = t.user({ id: 1002, first_name: 'Ann', language_code: 'en' });
      expect(en.lastText()).toContain('class tomorrow');
      expect(en.lastText()).toContain('Basic computer literacy');
      expect(en.lastText()).toContain('Tuesday 1 December, 10:00');
      expect(en.buttonLabels()).toEqual(["✓ I'll come", "Can't come"]);

      at('2026-12-01T00:52:00Z');
      expect(await runJob()).toEqual({ added: 2 });
      at('2026-12-01T01:00:00Z');
      expect((await deliverAll(t)).delivered).toBe(2);
      expect(ru.lastText()).toContain('Скоро занятие');
      at('2026-12-01T03:00:00Z');
      expect(await runJob()).toEqual({ added: 0 });
      expect(t.telegram.messagesTo(1001)).toHaveLength(2);
    });

    it('a reminder the bot could not send in time (it was down) is dropped, not sent late (probe s21 M2)', async () => {
      await groupWithParticipants(t.clock.now(), [{ id: 1011 }]);
      // Both queued on time; then the bot is down from before the eve's 18:00 until the lesson has begun.
      at('2026-11-30T10:55:00Z');
      expect(await runJob()).toEqual({ added: 1 }); // tomorrow (18:00 local)
      at('2026-12-01T00:52:00Z');
      expect(await runJob()).toEqual({ added: 1 }); // soon (08:00 local)
      at('2026-12-01T03:30:00Z'); // back up at 10:30 local: the lesson began at 10:00
      expect(await deliverAll(t)).toMatchObject({ delivered: 0 });
      expect(t.telegram.messagesTo(1011)).toHaveLength(0);
      expect(await DeliveryModel.countDocuments({ key: /^rem:.*:1011$/, status: 'skipped' })).toBe(2);
    });

    it('a "tomorrow" reminder late only by hours on the eve is still sent; on the lesson day it is not', async () => {
      await groupWithParticipants(t.clock.now(), [{ id: 1012 }]);
      at('2026-11-30T10:55:00Z');
      expect(await runJob()).toEqual({ added: 1 });
      at('2026-11-30T15:00:00Z'); // 22:00 on the eve, local: still true
      expect(await deliverAll(t)).toMatchObject({ delivered: 1 });
      expect(t.user({ id: 1012, first_name: 'Иван', language_code: 'ru' }).lastText()).toContain('завтра занятие');
    });

    it("names the librarian and the center's phone when the librarian is known, in both languages", async () => {
      await StaffMemberModel.create({ _id: 700, displayName: 'Марина Соколова', centerIds: ['novokuznetsk-central'], addedBy: 900 });
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }, { id: 1002, language: 'en' }], { actorId: 700 });
      at('2026-11-30T11:00:00Z');
      await runJob();
      await deliverAll(t);
      expect(t.user({ id: 1001, first_name: 'Иван' }).lastText()).toContain('Вопросы: Марина Соколова, телефон +7 3843 74-47-05');
      expect(t.user({ id: 1002, first_name: 'Ann', language_code: 'en' }).lastText()).toContain('Questions: Marina Sokolova, phone +7 3843 74-47-05'); // in Latin letters, as the room
    });

    it("gives the center's phone alone when the group's librarian has no name on file", async () => {
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }, { id: 1002, language: 'en' }]);
      at('2026-11-30T11:00:00Z');
      await runJob();
      await deliverAll(t);
      expect(t.user({ id: 1001, first_name: 'Иван' }).lastText()).toContain('Вопросы: телефон +7 3843 74-47-05');
      expect(t.user({ id: 1002, first_name: 'Ann', language_code: 'en' }).lastText()).toContain('Questions: phone +7 3843 74-47-05');
    });

    it('a lesson today at 20:00 and one tomorrow: "soon" at 18:00, "tomorrow" only after today\'s lesson ends', async () => {
      const today = new Date('2026-11-30T13:00:00Z'); // 20:00 in Novokuznetsk, 90 minutes
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }], { lessonStarts: [today, LESSON_1] });
      at('2026-11-30T10:55:00Z');
      expect(await runJob()).toEqual({ added: 1 });
      at('2026-11-30T11:00:00Z');
      expect((await deliverAll(t)).delivered).toBe(1);
      const ivan = t.user({ id: 1001, first_name: 'Иван' });
      expect(ivan.messages().map((m) => m.text!.split('\n')[0])).toEqual(['Скоро занятие.']);
      at('2026-11-30T14:15:00Z'); // today's lesson is still on
      expect(await runJob()).toEqual({ added: 0 });
      at('2026-11-30T14:25:00Z');
      expect(await runJob()).toEqual({ added: 1 });
      expect((await deliverAll(t)).delivered).toBe(0);
      at('2026-11-30T14:30:00Z');
      expect((await deliverAll(t)).delivered).toBe(1);
      expect(ivan.messages().map((m) => m.text!.split('\n')[0])).toEqual(['Скоро занятие.', 'Напоминаем: завтра занятие.']);
      expect(ivan.lastText()).toMatch(/1 декабря, вторник, 10:00/);
    });

    it('fix37a L1: the «soon» reminder of a lesson that day says «сегодня в 20:00»; one that may go out before midnight keeps the date', async () => {
      const evening = new Date('2026-11-30T13:00:00Z'); // 20:00 in Novokuznetsk
      const pastMidnight = new Date('2026-11-30T17:30:00Z'); // 00:30 on 1 December: «soon» is due at 22:30 on the eve
      const night = new Date('2026-11-30T19:05:00Z'); // 02:05: «soon» due at 00:05, queued at 23:58
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 1001 }, { id: 1002, language: 'en' }], { lessonStarts: [evening, pastMidnight, night] });
      const ivan = t.user({ id: 1001, first_name: 'Иван' });
      const ann = t.user({ id: 1002, first_name: 'Ann', language_code: 'en' });
      const soonOf = (u: typeof ivan) => u.messages().map((m) => m.text ?? '').filter((text) => /^(Скоро занятие|Your class starts soon)/.test(text)).at(-1);
      at('2026-11-30T10:55:00Z');
      await runJob();
      at('2026-11-30T11:00:00Z');
      await deliverAll(t);
      expect(soonOf(ivan)).toContain('\nКогда: сегодня в 20:00\n');
      expect(soonOf(ann)).toContain('\nWhen: today at 20:00\n');
      // «Приду» to it is thanked plainly: «сегодня в 20:00» is the lesson's time, not an older one.
      await ivan.press('✓ Приду');
      expect(ivan.lastText()).toBe('Спасибо! Ждём вас.');
      // Moved to 20:30 after it was sent: the thanks says the new time.
      await LessonModel.updateOne({ groupId, startsAt: evening }, { $set: { startsAt: new Date('2026-11-30T13:30:00Z') } });
      await ann.press("✓ I'll come");
      expect(ann.lastText()).toBe('Thank you! Please note: the lesson has been moved, it is now on Monday 30 November, 20:30.');
      // Sent at 22:30 for 00:30: it may go out late, after midnight, so it says the date, not «сегодня» or «завтра».
      at('2026-11-30T15:22:00Z');
      await runJob();
      at('2026-11-30T15:30:00Z');
      await deliverAll(t);
      expect(soonOf(ivan)).toContain('\nКогда: 1 декабря, вторник, 00:30\n');
      // Queued at 23:58 but not sent before 00:05: the day it goes out is the lesson's.
      at('2026-11-30T16:58:00Z');
      await runJob();
      at('2026-11-30T17:05:00Z');
      await deliverAll(t);
      expect(soonOf(ivan)).toContain('\nКогда: сегодня в 02:05\n');
      expect(soonOf(ann)).toContain('\nWhen: today at 02:05\n');
      expect(t.errors).toEqual([]);
    });

    it('only enrolled citizens are reminded', async () => {
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }, { id: 1002 }]);
      await addToWaitlist(1003, { centerId: 'novokuznetsk-central' });
      await WaitlistEntryModel.updateOne({ citizenId: 1002 }, { $set: { status: 'left' }, $unset: { activeKey: 1 } });
      at('2026-11-30T11:00:00Z');
      expect(await runJob()).toEqual({ added: 1 });
      expect(await DeliveryModel.distinct('citizenId')).toEqual([1001]);
    });

    it('a lesson created late gets only the latest due reminder, sent at once', async () => {
      at('2026-12-01T02:00:00Z');
      await groupWithParticipants(t.clock.now(), [{ id: 1001 }]);
      // Enrolled the day before (one who took the seat just now is not reminded: just-enrolled.test.ts).
      await WaitlistEntryModel.updateMany({}, { $set: { enrolledAt: new Date('2026-11-30T02:00:00Z') } });
      expect(await runJob()).toEqual({ added: 1 });
      expect((await DeliveryModel.findOne().lean())!.key).toMatch(/:soon:/);
    });

    it('cancelled lessons and groups get none; a moved lesson gets fresh ones', async () => {
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 1001 }]);
      await LessonModel.updateOne({ groupId, index: 1 }, { $set: { status: 'cancelled' } });
      at('2026-11-30T11:00:00Z');
      expect(await runJob()).toEqual({ added: 0 });
      await LessonModel.updateOne({ groupId, index: 1 }, { $set: { status: 'scheduled', startsAt: new Date('2026-12-01T05:00:00Z') } });
      expect(await runJob()).toEqual({ added: 1 });
      await LessonModel.updateOne({ groupId, index: 1 }, { $set: { startsAt: LESSON_1 } });
      expect(await runJob()).toEqual({ added: 1 });
      at('2026-12-02T11:00:00Z');
      await mongoose.connection.collection('classgroups').updateOne({}, { $set: { status: 'cancelled' } });
      expect(await runJob()).toEqual({ added: 0 });
      void LESSON_2;
    });
  });
});

import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { deliverAll } from '../helpers/outbox.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { seedSampleData } from '../../src/db/seed.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { applyChange } from '../../src/domain/changes.js';
import { roleOf } from '../../src/domain/roles.js';
import { CoordinatorSettingModel } from '../../src/db/models/coordinator-setting.js';
import { groupWithParticipants } from './fixtures.js';

describe('answers', () => {
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
    ({ groupId, entryIds } = await groupWithParticipants(t.clock.now(), [{ id: 1001 }, { id: 1002 }]));
  });

  /** Reminders for the lesson at `dayBefore` (11:00Z the day before), delivered. */
  async function remindAt(iso: string) {
    t.clock.current = new Date(iso);
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
  }

  describe('answers to reminders', () => {
    it('"I\'ll come" thanks the citizen and removes the buttons', async () => {
      await remindAt('2026-11-30T11:00:00Z');
      const ivan = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
      await ivan.press('✓ Приду');
      expect(ivan.lastText()).toBe('Спасибо! Ждём вас.');
      expect(ivan.buttonLabels(ivan.messages().at(-2))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('"Can\'t come" before the first lesson offers to release the seat; releasing keeps the place in line and offers the seat on', async () => {
      await addToWaitlist(1003, { centerId: 'novokuznetsk-central', at: new Date('2026-11-20T03:00:00Z') });
      await remindAt('2026-11-30T11:00:00Z');
      const ivan = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
      await ivan.press('Не смогу');
      expect(ivan.lastText()).toContain('Освободить ваше место');
      expect(ivan.buttonLabels()).toEqual(['Освободить, остаться в очереди', 'Освободить и выйти из очереди', 'Оставить место за мной']);
      await ivan.press('Освободить, остаться в очереди');
      expect(ivan.lastText()).toContain('Вы снова в очереди');
      const entry = await WaitlistEntryModel.findById(entryIds[0]).lean();
      expect(entry).toMatchObject({ status: 'waiting', joinedAt: new Date(Date.UTC(2026, 9, 1, 3)) });
      expect(entry!.groupId).toBeUndefined();
      expect((await ClassGroupModel.findById(groupId).lean())!.enrolledCount).toBe(1);
      // The seat went to the next person in line (Ivan, back in line, is not offered the same group again).
      const offered = await WaitlistEntryModel.find({ status: 'offered' }).lean();
      expect(offered.map((e) => e.citizenId)).toEqual([1003]);
      // A second press of the old button changes nothing.
      await ivan.pressData(`rem:rel:w:${String((await LessonModel.findOne({ groupId, index: 1 }).lean())!._id)}`);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      expect(t.errors).toEqual([]);
    });

    it('"Keep my seat" keeps the enrollment; "leave" leaves the list', async () => {
      await remindAt('2026-11-30T11:00:00Z');
      const ivan = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
      await ivan.press('Не смогу');
      await ivan.press('Оставить место за мной');
      expect(ivan.lastText()).toBe('Хорошо, место остаётся за вами.');
      expect((await WaitlistEntryModel.findById(entryIds[0]).lean())!.status).toBe('enrolled');
      const olga = t.user({ id: 1002, first_name: 'Ольга', language_code: 'ru' });
      await olga.press('Не смогу');
      await olga.press('Освободить и выйти из очереди');
      expect(olga.lastText()).toContain('больше не в очереди');
      expect((await WaitlistEntryModel.findById(entryIds[1]).lean())!.status).toBe('left');
    });

    it('"Can\'t come" before a later lesson tells the librarian', async () => {
      await remindAt('2026-11-30T11:00:00Z');
      t.clock.current = new Date('2026-12-01T05:00:00Z');
      await remindAt('2026-12-02T11:00:00Z');
      const ivan = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
      await ivan.press('Не смогу');
      expect(ivan.lastText()).toContain('сообщили библиотекарю');
      await ivan.pressData(ivan.lastUpdate!.callback_query!.data!, ivan.messages().at(-2));
      await deliverAll(t);
      // The group was created by coordinator 900: one notice, in the default language.
      const notices = t.telegram.messagesTo(900);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.text).toContain('Участник 1001 не сможет прийти');
      expect((await WaitlistEntryModel.findById(entryIds[0]).lean())!.status).toBe('enrolled');
    });

    it('"I\'ll come" on a reminder sent before the lesson was moved names the new time', async () => {
      await remindAt('2026-11-30T11:00:00Z'); // says 1 December, 10:00
      const lesson = await LessonModel.findOne({ groupId, index: 1 }).lean();
      const moved = await applyChange(900, (await roleOf(900, [900]))!, { kind: 'move-lesson', groupId, lessonId: String(lesson!._id), from: lesson!.startsAt.toISOString(), startsAt: '2026-11-30T19:05:00Z' }, t.clock.now());
      expect(moved.ok).toBe(true);
      // The fresh reminder for the new time comes at once (the lesson is tomorrow); Ivan answers the old one.
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      await deliverAll(t);
      const ivan = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
      const old = ivan.messages().find((m) => m.text?.includes('1 декабря, вторник, 10:00'));
      await ivan.pressData(`rem:yes:${String(lesson!._id)}`, old);
      expect(ivan.lastText()).toBe('Спасибо! Обратите внимание: занятие перенесено, теперь оно 1 декабря, вторник, 02:05.');
      // A reminder that already shows the current time gets the plain thanks.
      const olga = t.user({ id: 1002, first_name: 'Ольга', language_code: 'ru' });
      expect(olga.messages().at(-1)!.text).toContain('1 декабря, вторник, 02:05');
      await olga.press('✓ Приду');
      expect(olga.lastText()).toBe('Спасибо! Ждём вас.');
      expect(t.errors).toEqual([]);
    });

    it('"Can\'t come" to the first lesson, seat kept, tells the librarian, in the language they chose', async () => {
      await CoordinatorSettingModel.create({ _id: 900, language: 'en' });
      await remindAt('2026-11-30T11:00:00Z');
      const ivan = t.user({ id: 1001, first_name: 'Иван', language_code: 'ru' });
      await ivan.press('Не смогу');
      await ivan.press('Оставить место за мной');
      expect(ivan.lastText()).toBe('Хорошо, место остаётся за вами.');
      await deliverAll(t);
      const notices = t.telegram.messagesTo(900);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.text).toBe('Участник 1001 cannot come to the class: Basic computer literacy, Tuesday 1 December, 10:00.');
      expect(t.errors).toEqual([]);
    });

    it('a citizen not enrolled in the group, or forged data, gets "outdated"', async () => {
      await remindAt('2026-11-30T11:00:00Z');
      const lesson = await LessonModel.findOne({ groupId, index: 1 }).lean();
      const stranger = t.user({ id: 2002, first_name: 'Пётр', language_code: 'ru' });
      // Ivan's reminder, as if forwarded data were replayed from Пётр's chat.
      const message = { ...t.telegram.messagesTo(1001).at(-1)!, chat: { id: 2002, type: 'private', first_name: 'Пётр' } } as any;
      await stranger.pressData(`rem:no:${String(lesson!._id)}`, message);
      await stranger.pressData(`rem:rel:l:${String(lesson!._id)}`, message);
      await stranger.pressData('rem:yes:zzz', message);
      const answers = t.telegram.callsOf('answerCallbackQuery').map((c) => c.payload.text);
      expect(answers).toEqual(['Эта кнопка уже не действует.', 'Эта кнопка уже не действует.', 'Эта кнопка уже не действует.']);
      expect(await WaitlistEntryModel.countDocuments({ status: 'enrolled' })).toBe(2);
      expect(stranger.messages()).toHaveLength(0);
    });
  });
});

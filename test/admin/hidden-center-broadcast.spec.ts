import { beforeEach, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { setCenterActive } from '../../src/domain/centers-admin.js';
import { createGroup } from '../../src/domain/classes.js';
import { runCallListJob } from '../../src/jobs/calls/index.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

describe('hidden-center-broadcast', () => {
  useSampleDataPerTest();
  // The sample data is seeded again for each test: the catalog must not remember the center hidden by the last one.
  beforeEach(() => invalidateCatalog());

  const COORDINATOR = 3960;
  const NOW = new Date('2026-11-26T03:00:00Z');
  const YURGA = 'yurga-central';

  /** walk29 W29-16: a center hidden from citizens is still a center for staff's messages, numbers and calls. */
  describe('staff flows at a center hidden from citizens', () => {
    it('W29-16: /broadcast finds the hidden center\'s group and learners, for its librarian and the coordinator', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(3961, 'Марина', [YURGA]);
      await groupWithParticipants(NOW, [{ id: 3971 }, { id: 3972 }], { actorId: 3961, centerId: YURGA });
      expect(await setCenterActive(COORDINATOR, YURGA, false, NOW, '2w')).toBeTruthy();
      const marina = t.user({ id: 3961, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/broadcast');
      await marina.press('Участникам группы');
      expect(marina.lastText()).toBe('Какая группа?');
      await marina.press(/Основы|компьютерной/);
      expect(marina.lastText()).toBe('Напишите текст сообщения.');
      await marina.text('/broadcast');
      await marina.press('Всем, кто учится в центре');
      expect(marina.lastText()).toBe('Напишите текст сообщения.');
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/broadcast');
      await coordinator.press('Участникам группы');
      expect(coordinator.buttonLabels()).toContain('Юрга: Центральная городская библиотека (⏸ скрыт до 10 декабря)');
      expect(t.errors).toEqual([]);
    });

    it('W29-16: /stats «Выбрать центр» lists the hidden center', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      expect(await setCenterActive(COORDINATOR, YURGA, false, NOW)).toBeTruthy();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/stats');
      await coordinator.press('🏢 Выбрать центр');
      expect(coordinator.buttonLabels()).toContainEqual(expect.stringMatching(/^Юрга/));
      expect(t.errors).toEqual([]);
    });

    it('W29-16: the daily call list still names the people without Telegram of a hidden center\'s lesson tomorrow', async () => {
      // 16:00 on 30 November in Yurga (UTC+7): the lesson of 1 December is tomorrow.
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(3981, 'Ольга', [YURGA]);
      const groupId = await createGroup(3981, { courseId: 'basics', centerId: YURGA, room: 'Зал 2', capacity: 6, lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')], durationMinutes: 90 }, NOW);
      const entryId = await paperPerson(-(2 ** 49 + 3981), { name: 'Волкова Анна', phone: '+79130003981', joinedAt: NOW, centerId: YURGA });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: NOW } });
      await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: 1, freeSeats: -1 } });
      expect(await setCenterActive(COORDINATOR, YURGA, false, NOW)).toBeTruthy();
      expect(await runCallListJob(t.deps)).toEqual({ lists: 1, calls: 1 });
      await deliverAll(t);
      expect(t.telegram.messagesTo(3981).map((m) => m.text ?? '').join('\n')).toContain('Волкова Анна');
      expect(t.errors).toEqual([]);
    });
  });

  describe('/add at a center hidden from citizens', () => {
    beforeEach(() => invalidateCatalog());
    it('W29-16: a librarian whose only center is hidden is told it is hidden, not that she has no centers', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(3991, 'Нина', [YURGA]);
      expect(await setCenterActive(COORDINATOR, YURGA, false, NOW)).toBeTruthy();
      const nina = t.user({ id: 3991, first_name: 'Нина', language_code: 'ru' });
      await nina.text('/add');
      expect(nina.lastText()).toBe(
        'Ваш центр сейчас скрыт от жителей и не принимает записи: Юрга, Центральная городская библиотека. Записать человека туда можно, когда координатор снова покажет центр в /centers.',
      );
      expect(t.errors).toEqual([]);
    });
  });
});

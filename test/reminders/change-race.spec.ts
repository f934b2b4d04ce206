import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { seedSampleData } from '../../src/db/seed.js';
import { librarian } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { groupWithParticipants } from './fixtures.js';

describe('change-race', () => {
  /** /change by two staff members of one center on the same lesson: a change is made only to what its preview showed. */
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  let t: TestBot;
  let groupId: string;
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
    t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
    ({ groupId } = await groupWithParticipants(t.clock.now(), [{ id: 1001 }, { id: 1002, language: 'en' }]));
  });

  const coordinator = () => t.user({ id: 900, first_name: 'Координатор', language_code: 'ru' });
  const lessons = () => LessonModel.find({ groupId }).sort({ index: 1 }).lean();

  describe('/change at the same time', () => {
    it('of two librarians moving the same lesson (at once, or one after the other from the same preview), only the first moves it; the other is told it changed', async () => {
      await librarian(7001, 'Анна', ['novokuznetsk-central']);
      const toPreview = async (user: ReturnType<typeof coordinator>, date: string) => {
        await user.text('/change'); // one group: not asked
        await user.press(/Перенести одно занятие/);
        await user.press(/^1\. /);
        await user.text(date);
        await user.text('11:00');
        expect(user.lastText()).toContain('Было: 1 декабря, вторник, 10:00');
      };
      const [olga, anna] = [coordinator(), t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' })];
      await toPreview(olga, '2.12');
      await toPreview(anna, '4.12'); // not 3 December: lesson 2 is there then

      await Promise.all([olga.press('✓ Подтвердить'), anna.press('✓ Подтвердить')]);
      const answers = [olga.lastText(), anna.lastText()];
      expect(answers.filter((text) => text.includes('Готово'))).toHaveLength(1);
      expect(answers.filter((text) => text === 'Группа или занятие уже изменились. Начните заново: /change')).toHaveLength(1);
      expect(await AuditEntryModel.countDocuments({ action: 'lesson.move' })).toBe(1);
      await deliverAll(t);
      expect(t.telegram.messagesTo(1001).filter((m) => m.text?.includes('Занятие перенесено'))).toHaveLength(1);

      // A preview confirmed after someone else moved the lesson is refused the same way.
      await LessonModel.updateOne({ groupId, index: 1 }, { $set: { startsAt: new Date('2026-12-01T03:00:00Z') } }); // back to 1 December
      await toPreview(anna, '4.12');
      await toPreview(olga, '5.12');
      await olga.press('✓ Подтвердить');
      await anna.press('✓ Подтвердить');
      expect(anna.lastText()).toBe('Группа или занятие уже изменились. Начните заново: /change');
      expect((await lessons())[0]!.startsAt.toISOString()).toBe('2026-12-05T04:00:00.000Z');
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('attendance-namesakes', () => {
  /**
   * Probe31 M2: three people called «Анна» in one group read «Анна», «Анна», «Анна» on /attendance, and after a press
   * the librarian could not tell which one she marked. Namesakes carry their phone's end, or their number in the list.
   */
  const paperId = (n: number) => -(2 ** 49 + n);
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('/attendance with namesakes (probe31 M2)', () => {
    it('three «Анна»: two with a phone say its end, one without says her number; the mark lands on the one pressed', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T04:00:00Z')) }); // lesson begun an hour ago
      await librarian(37401, 'Галина Петровна', ['osinniki-central']);
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'osinniki-central', room: 'Зал 1', capacity: 10, lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')], durationMinutes: 90 }, new Date('2026-11-20T03:00:00Z'));
      const entries = [
        await paperPerson(paperId(37411), { name: 'Анна', phone: '+79231115011', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'osinniki-central' }),
        (await addToWaitlist(37412, { name: 'Анна', centerId: 'osinniki-central', at: new Date('2026-10-02T03:00:00Z') })).entry.id,
        await paperPerson(paperId(37413), { name: 'Анна', phone: '+79231115033', joinedAt: new Date('2026-10-03T03:00:00Z'), centerId: 'osinniki-central' }),
        (await addToWaitlist(37414, { name: 'Вера', centerId: 'osinniki-central', at: new Date('2026-10-04T03:00:00Z') })).entry.id,
      ];
      for (const [i, id] of entries.entries()) {
        await WaitlistEntryModel.updateOne({ _id: id }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: new Date(Date.UTC(2026, 10, 1 + i)) } });
      }
      await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: 4, freeSeats: -4 } });

      const galina = t.user({ id: 37401, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/attendance');
      await galina.press(/^Основы компьютерной грамотности/);
      await galina.press(/^1\. 1 декабря/);
      const people = galina.buttonLabels().filter((l) => /Анна|Вера/.test(l));
      expect(people).toEqual(['Анна · …50-11', 'Анна · № 2', 'Анна · …50-33', 'Вера']);
      await galina.press('Анна · № 2');
      expect(galina.buttonLabels()).toContain('Анна · № 2 — на занятии');
      await galina.press('💾 Сохранить');
      const lesson = await LessonModel.findOne({ groupId }).sort({ startsAt: 1 }).lean();
      expect(lesson?.attendedIds).toEqual([37412]);
      expect(t.errors).toEqual([]);
    });

    it('two «Анна» with one phone (a family) say their numbers, not the same phone end twice', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T04:00:00Z')) });
      await librarian(37421, 'Галина Петровна', ['yurga-central']);
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'yurga-central', room: 'Зал 1', capacity: 10, lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')], durationMinutes: 90 }, new Date('2026-11-20T03:00:00Z'));
      for (const id of [37422, 37423]) {
        const { entry } = await addToWaitlist(id, { name: 'Анна', centerId: 'yurga-central', at: new Date(Date.UTC(2026, 9, id - 37420)) });
        await CitizenModel.updateOne({ _id: id }, { $set: { phone: '+79231115011' } });
        await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: new Date(Date.UTC(2026, 10, id - 37420)) } });
      }
      const galina = t.user({ id: 37421, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/attendance');
      await galina.press(/^Основы компьютерной грамотности/);
      await galina.press(/^1\. 1 декабря/);
      expect(galina.buttonLabels().filter((l) => l.startsWith('Анна'))).toEqual(['Анна · № 1', 'Анна · № 2']);
      expect(t.errors).toEqual([]);
    });
  });
});

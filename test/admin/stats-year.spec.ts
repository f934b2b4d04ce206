import { describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('stats-year', () => {
  /**
   * /stats at the end of a year (walk s22 W22-28, W21-17): the current year's totals (who finished a course, groups
   * that had lessons), the figures glossed in plain words, the centers named in full, all in one message.
   */
  useSampleDataPerTest();

  const NOW = new Date('2026-12-01T12:00:00Z');
  const COORDINATOR = 9261;

  /** A group at the Gogol library whose lessons began at these instants (a cancelled one: `cancelled`). */
  async function groupWithLessons(starts: Date[], status: 'open' | 'finished' | 'cancelled' = 'finished') {
    const group = await ClassGroupModel.create({
      courseId: 'basics', centerId: 'kemerovo-gogol', room: '1', capacity: 10, timeOfDay: 'morning', librarianId: COORDINATOR, createdAt: starts[0], status,
    });
    await LessonModel.create(starts.map((startsAt, i) => ({ groupId: group._id, index: i + 1, startsAt, durationMinutes: 90 })));
    return group._id;
  }

  /** A person at the Gogol library who finished a course at `at`. */
  async function finished(citizenId: number, at: Date) {
    const { entry } = await addToWaitlist(citizenId, { at: new Date('2025-09-01T03:00:00Z'), centerId: 'kemerovo-gogol' });
    await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { status: 'completed', enrolledAt: new Date('2025-10-01T03:00:00Z'), completedAt: at } });
  }

  describe('/stats: the year and what the figures mean', () => {
    it("counts this year's finishers and groups with lessons (in the region's time), apart from all time", async () => {
      // Held in 2025 only; begun in 2025 and going on in 2026 (counts in both years); held in 2026; cancelled in 2026.
      await groupWithLessons([new Date('2025-10-01T03:00:00Z'), new Date('2025-10-08T03:00:00Z')]);
      await groupWithLessons([new Date('2025-12-20T03:00:00Z'), new Date('2026-01-15T03:00:00Z')]);
      await groupWithLessons([new Date('2026-03-02T03:00:00Z'), new Date('2026-03-09T03:00:00Z')]);
      await groupWithLessons([new Date('2026-11-02T03:00:00Z')], 'cancelled');
      // A lesson still to come does not make a group "with lessons" yet.
      await groupWithLessons([new Date('2026-12-20T03:00:00Z')], 'open');
      await finished(92601, new Date('2025-06-01T03:00:00Z'));
      // 31 December 2025, 20:00 UTC is 1 January 2026, 03:00 in Kemerovo: this year.
      await finished(92602, new Date('2025-12-31T20:00:00Z'));
      await finished(92603, new Date('2026-05-01T03:00:00Z'));
      await addToWaitlist(92604, { at: new Date('2026-11-20T03:00:00Z'), centerId: 'kemerovo-gogol' });

      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      const text = olga.lastText();
      expect(text).toContain('\nЗа 2026 год: закончили курс — 2, групп с занятиями — 2.\n');
      expect(text).toContain('\nЗакончили курс за всё время: 3\n');
      // The center as everywhere else (town and name), not "Кемерово: Ленина 5".
      expect(text).toContain('Ждут в очереди, по центрам:\nКемерово, Библиотека имени Н. В. Гоголя: 1\nВсего ждут: 1');
      expect(text).not.toMatch(/Кемерово: [^\n]*\d/);
      // The week column says its dates are Mondays; one message, no pages.
      expect(text).toMatch(/^<pre>Неделя с +Записи +Зачислены\n12\.10 /m);
      expect(text).not.toContain('Страница');
      expect(t.errors).toEqual([]);

      const en = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await en.text('/stats');
      expect(en.lastText()).toContain('\nIn 2026: finished a course — 2, groups with lessons — 2.\n');
      expect(en.lastText()).toContain('\nFinished a course, all time: 3\n');
      expect(en.lastText()).toMatch(/^<pre>Week of +Joined +Enrolled$/m);
      expect(t.errors).toEqual([]);
    });

    it('says what the offers and the absences are counted of', async () => {
      const groupId = await groupWithLessons([new Date('2026-11-02T03:00:00Z'), new Date('2026-11-09T03:00:00Z')], 'open');
      for (const id of [92611, 92612]) {
        const { entry } = await addToWaitlist(id, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-gogol' });
        await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { status: 'enrolled', groupId, enrolledAt: new Date('2026-10-20T03:00:00Z') } });
        // Each had a seat offered (one outbox message per offer, as /stats counts them) and accepted it (its SeatOffer row).
        await DeliveryModel.create({ key: `offer:${entry.id}:1`, citizenId: id, message: '{}', notBefore: NOW, createdAt: NOW });
        await SeatOfferModel.create({ entryId: entry.id, groupId, offeredAt: new Date(1), outcome: 'accepted', acceptedAt: new Date('2026-10-20T03:00:00Z') });
      }
      // Both lessons marked; 92612 missed the second: 1 absence of 4 expected attendances.
      await LessonModel.updateOne({ groupId, index: 1 }, { $set: { attendedIds: [92611, 92612], markedAt: new Date('2026-11-02T05:00:00Z') } });
      await LessonModel.updateOne({ groupId, index: 2 }, { $set: { attendedIds: [92611], markedAt: new Date('2026-11-09T05:00:00Z') } });
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      expect(olga.lastText()).toContain('Приняли место: 2 из 2 предложенных (100%)');
      expect(olga.lastText()).toContain('Пропуски занятий: 25% (не пришли 1 раз из 4 ожидаемых посещений)');
      expect(t.errors).toEqual([]);
    });
  });
});

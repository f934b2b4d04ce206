import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { wordsOf } from '../../src/domain/text.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay, statusOf } from './fixtures.js';

describe('offer-today', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  // Kemerovo is UTC+7: 05:00Z is noon there, 12:55Z is 19:55.
  const NOON_1_DEC = new Date('2026-12-01T05:00:00Z');
  const EVENING_LESSON = new Date('2026-12-01T12:55:00Z');

  describe('an offer for a group whose first lesson is today (walk s21 W21-09)', () => {
    it('says "today" and is due an hour before the lesson begins, not at its start', async () => {
      const t = createTestBot({ clock: new TestClock(NOON_1_DEC) });
      await addToWaitlist(3901, { at: joinDay(1) });
      await addToWaitlist(3902, { at: joinDay(2), language: 'en' });
      const ru = t.user({ id: 3901, first_name: 'Нина', language_code: 'ru' });
      const en = t.user({ id: 3902, first_name: 'Tom', language_code: 'en' });
      const { offered } = await groupWithOffers(t.clock.now(), { lessonStarts: [EVENING_LESSON, new Date('2026-12-03T12:55:00Z')] });
      expect(offered).toBe(2);
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3901 }).lean();
      expect(entry!.offer!.expiresAt).toEqual(new Date('2026-12-01T11:55:00Z'));
      await deliverAll(t);
      // The first lesson's own line says "today" (no line of its own: the 60-word rule, helper fixL).
      expect(ru.lastText()).toContain('Занятия: \n• сегодня, 19:55\n• 3 декабря, четверг, 19:55');
      expect(ru.lastText()).not.toContain('Первое занятие');
      expect(ru.lastText()).toMatch(/\n\nПожалуйста, ответьте сегодня до 18:55\.$/);
      expect(wordsOf(ru.lastText())).toBeLessThanOrEqual(60);
      expect(en.lastText()).toContain('• today, 19:55\n• Thursday 3 December, 19:55');
      expect(en.lastText()).toMatch(/\n\nPlease answer today by 18:55\.$/);
      // Accepted: the confirmation says "today" too.
      await ru.press('✓ Приду');
      expect(ru.lastText()).toContain('Вы записаны в группу!');
      expect(ru.lastText()).toContain('• сегодня, 19:55');
      expect(t.errors).toEqual([]);
    });

    it('a group beginning within an hour and a half takes no new offers', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T11:40:00Z')) });
      await addToWaitlist(3911, { at: joinDay(1) });
      const { offered } = await groupWithOffers(t.clock.now(), { lessonStarts: [EVENING_LESSON] });
      expect(offered).toBe(0);
      expect(await statusOf(3911)).toBe('waiting');
    });

    it('a first lesson on another day reads as before', async () => {
      const t = createTestBot({ clock: new TestClock(NOON_1_DEC) });
      await addToWaitlist(3921, { at: joinDay(1) });
      const ru = t.user({ id: 3921, first_name: 'Анна', language_code: 'ru' });
      await groupWithOffers(t.clock.now(), { lessonStarts: [new Date('2026-12-02T12:55:00Z')] });
      await deliverAll(t);
      expect(ru.lastText()).not.toContain('сегодня');
      expect(ru.lastText()).toMatch(/Пожалуйста, ответьте до 2 декабря, среда, 18:55\.$/);
    });
  });
});

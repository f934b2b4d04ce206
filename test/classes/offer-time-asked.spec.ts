import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { wordsOf } from '../../src/domain/text.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay } from './fixtures.js';

describe('offer-time-asked', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  // Kemerovo is UTC+7: 03:00Z is 10:00 there (a morning group), 12:00Z is 19:00 (an evening one).
  const MORNING = [new Date('2026-12-04T03:00:00Z'), new Date('2026-12-07T03:00:00Z')];
  const EVENING = [new Date('2026-12-04T12:00:00Z'), new Date('2026-12-07T12:00:00Z')];
  const NOTE = 'Вы просили вечером: «Не смогу» сохранит место в очереди.';

  describe('an offer at another time of day than the person asked for (walk s22 W22-31)', () => {
    it('says so in one line; "Не смогу" keeps her place, and the evening group is hers first', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T05:00:00Z')) });
      await addToWaitlist(3971, { at: joinDay(1), timeOfDay: 'evening' });
      await addToWaitlist(3972, { at: joinDay(2), timeOfDay: 'any' });
      await addToWaitlist(3973, { at: joinDay(3), timeOfDay: 'morning', language: 'en' });
      const marina = t.user({ id: 3971, first_name: 'Марина', language_code: 'ru' });
      const anyone = t.user({ id: 3972, first_name: 'Олег', language_code: 'ru' });
      const tom = t.user({ id: 3973, first_name: 'Tom', language_code: 'en' });
      // The line stays longest waiting first (README): the morning seat is offered to her, and she is told.
      await groupWithOffers(t.clock.now(), { lessonStarts: MORNING, capacity: 1 });
      await deliverAll(t);
      const offer = marina.lastText();
      expect(offer).toMatch(new RegExp(`\\n${NOTE.replace(/[.*+?()[\]]/g, '\\$&')}\\nВопросы: `));
      expect(wordsOf(offer)).toBeLessThanOrEqual(60);
      await marina.press('Не смогу');
      expect(marina.lastText()).toContain('Остаться в очереди на курс «Основы компьютерной грамотности»?');
      await marina.press('Да, оставить моё место');
      expect(marina.lastText()).toBe('Вы остаётесь в очереди на прежнем месте.');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3971 }).lean();
      expect(entry).toMatchObject({ status: 'waiting', joinedAt: joinDay(1) });
      // The seat went on to Олег, who asked for any time: no note.
      await deliverAll(t);
      expect(anyone.lastText()).toContain('Для вас есть место в группе!');
      expect(anyone.lastText()).not.toContain('Вы просили');
      // An evening group, an hour later: she is first in line, and it is what she asked for.
      t.clock.current = new Date('2026-12-01T06:00:00Z');
      await groupWithOffers(t.clock.now(), { lessonStarts: EVENING, capacity: 2 });
      await deliverAll(t);
      expect(marina.lastText()).toContain('Для вас есть место в группе!');
      expect(marina.lastText()).not.toContain('Вы просили');
      // English, the other way round.
      expect(tom.lastText()).toContain('\nYou asked for mornings: "Can\'t come" keeps your place.\nQuestions: ');
      expect(wordsOf(tom.lastText())).toBeLessThanOrEqual(60);
      // "My place in line" shows her open offer again: the same line.
      await tom.text('🔢 My place in line');
      expect(tom.lastText()).toContain('You asked for mornings:');
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { paperPerson } from '../calls/fixtures.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('call-card-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Kemerovo is UTC+7: the group began on Monday 30 November at 10:00; the seat is offered on Tuesday 1 December at 08:00.
  const NOW = new Date('2026-12-01T01:00:00Z');
  const at = (day: string) => new Date(`2026-${day}T03:00:00Z`);
  const LONG = 'Александра Константиновна Преображенская-Милославская';

  /**
   * The call card of a group already begun (calls-task-begun) at its longest: a three-word name, the longest center
   * and room, three lessons listed one by one. It stays within 60 words (fix30j's measure: 66–69, and 79 with
   * fix30c's «already opened» note); the note is the press's alert now, not a part of the card (task31 fixB).
   */
  describe('a seat-offer call card of a begun group at its longest (fix31b)', () => {
    it.each([
      ['ru', 7831],
      ['en', 7832],
    ] as const)('fix31b: (%s) the begun group\'s card is at most 60 words; «already opened by» a long name is the alert', async (language, base) => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      await WaitlistEntryModel.deleteMany({ courseId: 'job-search', status: 'waiting' });
      await StaffMemberModel.create({ _id: base, displayName: LONG, centerIds: ['kemerovo-regional'], addedBy: 900 });
      await StaffMemberModel.create({ _id: base + 10, displayName: 'Ольга', centerIds: ['kemerovo-regional'], addedBy: 900 });
      await paperPerson(-(2 ** 49 + base), { name: 'Преображенская-Милославская Антонина Константиновна', phone: `+7923111${base}`, joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'job-search' });
      const groupId = await createGroup(base, { courseId: 'job-search', centerId: 'kemerovo-regional', room: 'Компьютерный класс на втором этаже', capacity: 1, lessonStarts: ['11-30', '12-01', '12-03', '12-05'].map(at), durationMinutes: 90 }, new Date('2026-11-25T03:00:00Z'));
      expect(await offerFreeSeats(groupId, NOW, testOffers())).toBe(1);
      await deliverAll(t);
      const first = t.user({ id: base, first_name: 'Саша', language_code: 'ru' });
      await first.text('/calls');
      await first.press(/^Ответить: Преображенская/);
      const colleague = t.user({ id: base + 10, first_name: 'Ольга', language_code: language });
      await colleague.text('/calls');
      await colleague.press(language === 'ru' ? /^Ответить: Преображенская/ : /^Answer: /);
      const alert = t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload;
      expect(alert).toMatchObject({ show_alert: true, text: language === 'ru' ? `⚠️ Карточку уже открыли: ${LONG}, в 08:00. Возможно, звонят.` : `⚠️ Opened by ${LONG} at 08:00, who may be calling.` });
      const card = colleague.lastText();
      expect(card).toMatch(language === 'ru' ? /^📞 Позвоните[^]*Прошло одно занятие[^]*• 5 декабря/ : /^📞 Call someone[^]*One lesson was held[^]*• Saturday 5 December/);
      if (process.env.OFFER_WORDS) console.log(`${wordsOf(card)}: ${card}`);
      expect(`${wordsOf(card)}: ${card}`).toMatch(/^(?:[1-5]\d|60|\d): /);
      expect(t.errors).toEqual([]);
    });

    it.each([
      ['ru', 7851],
      ['en', 7852],
    ] as const)('fix31b: (%s) the begun group\'s card of a person with no phone is at most 60 words', async (language, base) => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      await WaitlistEntryModel.deleteMany({ courseId: 'job-search', status: 'waiting' });
      await StaffMemberModel.create({ _id: base, displayName: LONG, centerIds: ['kemerovo-regional'], addedBy: 900 });
      const id = -(2 ** 49 + base);
      await paperPerson(id, { name: 'Милославская-Преображенская Антонина Константиновна', phone: `+7923111${base}`, joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'job-search' });
      await CitizenModel.updateOne({ _id: id }, { $unset: { phone: 1 }, $set: { phoneKey: `nophone:kemerovo-regional|${base}` } });
      const groupId = await createGroup(base, { courseId: 'job-search', centerId: 'kemerovo-regional', room: 'Компьютерный класс на втором этаже', capacity: 1, lessonStarts: ['11-30', '12-01', '12-03', '12-05'].map(at), durationMinutes: 90 }, new Date('2026-11-25T03:00:00Z'));
      expect(await offerFreeSeats(groupId, NOW, testOffers())).toBe(1);
      await deliverAll(t);
      const librarian = t.user({ id: base, first_name: 'Саша', language_code: language });
      await librarian.text('/calls');
      await librarian.press(language === 'ru' ? /^Ответить: Милославская/ : /^Answer: Милославская/);
      const card = librarian.lastText();
      expect(card).toMatch(language === 'ru' ? /^📌 [^]*Прошло одно занятие[^]*• 5 декабря/ : /^📌 [^]*One lesson was held[^]*• Saturday 5 December/);
      if (process.env.OFFER_WORDS) console.log(`${wordsOf(card)}: ${card}`);
      expect(`${wordsOf(card)}: ${card}`).toMatch(/^(?:[1-5]\d|60|\d): /);
      expect(t.errors).toEqual([]);
    });
  });
});

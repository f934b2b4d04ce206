import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerMessage } from '../../src/domain/offer-messages.js';
import { offerHoldersOfChange } from '../../src/domain/offer-schedule-change.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { enqueue } from '../../src/outbox/index.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { partnerWithLink } from '../partners/fixtures.js';

describe('offer-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Kemerovo is UTC+7: 03:00Z is 10:00 there. The offer is made on Tuesday 1 December at 08:00, two hours before the
  // person's first lesson, so the first lesson and the time to answer are "today".
  const NOW = new Date('2026-12-01T01:00:00Z');
  const at = (day: string) => new Date(`2026-${day}T03:00:00Z`);
  const LIBRARIAN = 'Александра Константиновна Преображенская-Милославская';

  /**
   * The longest seat offer (fixT's note: 62 words): a group already begun, the first lesson today, the longest library
   * name of the sample, a librarian's full name, a morning group offered to someone who asked for evenings, three
   * lessons listed one by one. Every variant (the offer, its reminder, the offer again after a schedule change) in
   * both languages, delivered by the bot, stays within 60 words.
   */
  describe('a seat offer at its longest', () => {
    it.each([
      ['ru', 'begun', 7811],
      ['en', 'begun', 7812],
      ['ru', 'not begun', 7813],
      ['en', 'not begun', 7814],
      ['ru', 'begun, 12 lessons', 7815],
      ['en', 'begun, 12 lessons', 7816],
      ['ru', '12 lessons', 7817],
      ['en', '12 lessons', 7818],
    ] as const)('(%s, group %s) is at most 60 words in every variant', async (language, kind, citizenId) => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      const groupId = await longestOffer(citizenId, language, kind);
      const many = kind.endsWith('12 lessons');
      await deliverAll(t);
      const user = t.user({ id: citizenId, first_name: 'Nina', language_code: language });
      const texts = [user.lastText()];
      const entry = (await WaitlistEntryModel.findOne({ citizenId }).lean())!;
      await enqueue([await offerMessage('offer-rem', String(entry._id), citizenId, groupId, NOW, entry.offer!.expiresAt!, NOW)], NOW);
      await deliverAll(t);
      texts.push(user.lastText());
      await enqueue(await offerHoldersOfChange(groupId, new Types.ObjectId().toHexString(), NOW), NOW);
      await deliverAll(t);
      texts.push(user.lastText());
      expect(new Set(texts).size).toBe(3);
      // It is the longest case: today, the librarian's name, the other time of day.
      if (!many) expect(texts[0]).toContain(language === 'ru' ? '• сегодня, 10:00\n• 3 декабря' : '• today, 10:00\n• Thursday 3 December');
      else expect(texts[0]).toContain(language === 'ru' ? 'сегодня' : 'today');
      expect(texts[0]).toContain(language === 'ru' ? LIBRARIAN : 'Aleksandra');
      expect(texts[0]).toContain(language === 'ru' ? 'Вы просили вечером: «Не смогу» сохранит место в очереди.' : 'You asked for evenings: "Can\'t come" keeps your place.');
      // A yes typed a moment after the offer came is asked about first (walk28 W28-18): "I'll come to …, right?".
      await user.text(language === 'ru' ? 'да' : 'yes');
      texts.push(user.lastText());
      expect(user.lastText()).toMatch(language === 'ru' ? /^Приду на «[^»]+», с \d+ декабря — верно\?$/ : /^I'll come to "[^"]+", from \d+ December — right\?$/);
      // Taken by a typed yes: the same seat said again, with what was typed and the way back (walk s22 W22-20).
      await user.text(language === 'ru' ? 'да' : 'yes');
      await deliverAll(t);
      texts.push(user.lastText());
      expect(user.lastText()).toMatch(language === 'ru' ? /^Вы ответили «да»[^]*Передумали\?$/ : /^You answered "yes"[^]*Changed your mind\?$/);
      if (process.env.OFFER_WORDS) console.log(texts.map((x) => `${wordsOf(x)}: ${x}`).join("\n\n"));
      const long = texts.filter((text) => wordsOf(text) > 60).map((text) => `${wordsOf(text)}: ${text}`);
      expect(long).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    // Stop 24's note: the longest offer answered «Не смогу» was 69 words in Russian, its body kept under the answer.
    it.each([
      ['ru', 'begun', 7821],
      ['en', 'begun', 7822],
      ['ru', 'begun, 12 lessons', 7825],
      ['en', 'begun, 12 lessons', 7826],
    ] as const)('(%s, group %s) answered «Не смогу» is at most 60 words, and says the seat went on', async (language, kind, citizenId) => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      await longestOffer(citizenId, language, kind);
      await deliverAll(t);
      const user = t.user({ id: citizenId, first_name: 'Nina', language_code: language });
      const offer = user.messages().at(-1)!;
      await user.press(language === 'ru' ? 'Не смогу' : "Can't come");
      const declined = user.messages().find((m) => m.message_id === offer.message_id)!.text!;
      if (process.env.OFFER_WORDS) console.log(`${wordsOf(declined)}: ${declined}`);
      expect(declined).toContain(language === 'ru' ? 'Вы ответили «Не смогу», место передали следующему.' : 'You answered "Can\'t come"; the seat went to others.');
      // What was asked before the answer (the other time of day: «"Не смогу" сохранит место») is not said again.
      expect(declined).not.toContain(language === 'ru' ? 'Вы просили вечером' : 'You asked for evenings');
      expect(`${wordsOf(declined)}: ${declined}`).toMatch(/^(?:[1-5]\d|60|\d): /);
      expect(t.errors).toEqual([]);
    });
  });

  // Walk30 W30-15: a partner's closed group, nobody else of the partner waiting (someone else waits at the center): the
  // answered offer was 66 words and said «место передали следующему», which was not true.
  describe("a seat offer of a partner's closed group answered «Не смогу», nobody else of the partner waiting", () => {
    it.each([
      ['ru', 7831],
      ['en', 7832],
    ] as const)('fix31a W30-15: (%s) is at most 60 words and says the seat is still free', async (language, citizenId) => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      await WaitlistEntryModel.deleteMany({ courseId: 'job-search', status: 'waiting' }); // each case its own line
      const { id: partnerId } = await partnerWithLink({ name: `Центр занятости ${citizenId}`, kind: 'employment', centerIds: ['kemerovo-regional'] });
      await StaffMemberModel.create({ _id: citizenId + 100, displayName: 'Галина Петровна', centerIds: ['kemerovo-regional'], addedBy: 900 });
      await addToWaitlist(citizenId, { language, timeOfDay: 'afternoon', courseId: 'job-search', partnerId, at: new Date('2026-10-02T03:00:00Z') });
      // Waiting longer at the same center, not referred by the partner: not this group's line.
      await addToWaitlist(citizenId + 50, { courseId: 'job-search', at: new Date('2026-10-01T03:00:00Z') });
      const groupId = await createGroup(citizenId + 100, {
        courseId: 'job-search', centerId: 'kemerovo-regional', room: 'Компьютерный класс', capacity: 1, durationMinutes: 90,
        lessonStarts: ['12-04', '12-09', '12-11', '12-16'].map(at), closedFor: { partnerId, requestId: new Types.ObjectId().toHexString() },
      }, new Date('2026-11-25T03:00:00Z'));
      expect(await offerFreeSeats(groupId, NOW, testOffers())).toBe(1);
      await deliverAll(t);
      const user = t.user({ id: citizenId, first_name: 'Nina', language_code: language });
      const offer = user.messages().at(-1)!;
      expect(offer.text).toContain(language === 'ru' ? 'Вы просили днём' : 'You asked for afternoons');
      await user.press(language === 'ru' ? 'Не смогу' : "Can't come");
      const declined = user.messages().find((m) => m.message_id === offer.message_id)!.text!;
      if (process.env.OFFER_WORDS) console.log(`${wordsOf(declined)}: ${declined}`);
      expect(declined).toMatch(language === 'ru' ? /\n\nВы ответили «Не смогу»\. Место пока свободно: передумаете — нажмите «Приду»\.$/ : /\n\nYou answered "Can't come"\. The seat is still free: changed your mind\? Press "I'll come"\.$/);
      expect(declined).not.toMatch(language === 'ru' ? /следующему|Вы просили/ : /went to others|You asked for/);
      expect(`${wordsOf(declined)}: ${declined}`).toMatch(/^(?:[1-5]\d|60|\d): /);
      expect(user.lastText()).toBe(language === 'ru'
        ? 'Хорошо. Место пока остаётся свободным. Остаться в очереди на курс «Поиск работы в интернете»?'
        : 'All right. The seat stays free for now. Keep your place in line for "Job search online"?');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: citizenId + 50, status: 'offered' })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });

  /** The longest offer's group (see above), offered to `citizenId`, who asked for evenings. */
  async function longestOffer(citizenId: number, language: 'ru' | 'en', kind: string) {
    // Each case offers its own person the seat: one who said «Не смогу» in another case is still waiting.
    await WaitlistEntryModel.deleteMany({ courseId: 'job-search', status: 'waiting' });
    const staffId = citizenId + 100;
    await StaffMemberModel.create({ _id: staffId, displayName: LIBRARIAN, centerIds: ['kemerovo-regional'], addedBy: 900 });
    await addToWaitlist(citizenId, { language, timeOfDay: 'evening', courseId: 'job-search', at: new Date('2026-10-01T03:00:00Z') });
    // Someone after her in line: a seat she turns down goes on (with nobody, the copy says it is still free: fix31a).
    await addToWaitlist(citizenId + 50, { courseId: 'job-search', at: new Date('2026-10-05T03:00:00Z') });
    // Tuesdays, Thursdays and Saturdays from 1 December (a pattern when more than three), after one on Monday 30 November when begun.
    const rhythm = ['12-01', '12-03', '12-05', '12-08', '12-10', '12-12', '12-15', '12-17', '12-19', '12-22', '12-24'].map(at);
    const many = kind.endsWith('12 lessons');
    const lessons = [...(kind.startsWith('begun') ? [at('11-30')] : []), ...(many ? rhythm : rhythm.slice(0, 3))];
    const groupId = await createGroup(staffId, { courseId: 'job-search', centerId: 'kemerovo-regional', room: 'Компьютерный класс', capacity: 1, lessonStarts: lessons, durationMinutes: 90 }, new Date('2026-11-25T03:00:00Z'));
    expect(await offerFreeSeats(groupId, NOW, testOffers())).toBe(1);
    return groupId;
  }
});

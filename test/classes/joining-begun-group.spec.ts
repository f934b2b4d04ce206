import { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { noShows, saveAttendance } from '../../src/domain/attendance.js';
import { createGroup, listParticipants } from '../../src/domain/classes.js';
import { releaseClosedSeats } from '../../src/domain/partners/requests.js';
import { partnerStats } from '../../src/domain/partners/partner-stats.js';
import { listReferrals } from '../../src/domain/partners/referrals.js';
import { computeStats } from '../../src/domain/stats.js';
import { releaseSeat } from '../../src/domain/offers.js';
import { wordsOf } from '../../src/domain/text.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { partnerWithLink } from '../partners/fixtures.js';
import { clearOffers, groupWithOffers, statusOf, waiting } from './fixtures.js';

describe('joining-begun-group', () => {
  /**
   * A seat freed in a group that has just begun goes to the next person (walk s21 W21-26): a group takes newcomers
   * while they would miss at most one lesson and more remain than they missed (src/domain/joining-lesson.ts).
   */
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  const HOUR = 3600_000;
  // Kemerovo is UTC+7: 03:00Z is 10:00 there. Tuesday 1, Thursday 3, Saturday 5 and Tuesday 8 December.
  const LESSONS = ['2026-12-01', '2026-12-03', '2026-12-05', '2026-12-08'].map((d) => new Date(`${d}T03:00:00Z`));
  const AFTER_LESSON_1 = new Date('2026-12-01T05:00:00Z');

  /** Two people take the group's two seats; `later` wait behind them. The clock is then moved to `at`. */
  async function begunGroup(t: TestBot, seated: number[], later: number[], lessonStarts = LESSONS) {
    const users = await waiting(t, [...seated, ...later]);
    const { id } = await groupWithOffers(t.clock.now(), { capacity: seated.length, lessonStarts });
    await deliverAll(t);
    for (const u of users.slice(0, seated.length)) await u.press('✓ Приду');
    return { id, users };
  }

  const entryOf = async (citizenId: number) => (await WaitlistEntryModel.findOne({ citizenId }).lean())!;

  describe('a seat freed after the first lesson', () => {
    it('is offered to the next person with the lessons from theirs and the "already begun" words; they take it', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      const { id, users } = await begunGroup(t, [3701, 3702], [3703]);
      const [, boris, vera] = users;
      t.clock.current = AFTER_LESSON_1;
      // Boris gives up his seat after lesson 1 (/forget, leaving, taken off the list: the same releaseSeat).
      expect(await releaseSeat(String((await entryOf(3702))._id), t.clock.now(), { ...testOffers(), leave: true })).toBe(true);
      expect(await statusOf(3703)).toBe('offered');
      // Due an hour before her first lesson, lesson 2.
      expect((await entryOf(3703)).offer!.expiresAt).toEqual(new Date(LESSONS[1]!.getTime() - HOUR));
      await deliverAll(t);
      const offer = vera!.lastText();
      expect(offer).toContain('Группа уже идёт, библиотекарь поможет догнать.');
      expect(offer).toContain('Занятия: \n• 3 декабря, четверг, 10:00\n• 5 декабря, суббота, 10:00\n• 8 декабря, вторник, 10:00');
      expect(offer).not.toContain('1 декабря');
      expect(offer).toContain('Ответьте до 3 декабря, четверг, 09:00.');
      expect(wordsOf(offer)).toBeLessThanOrEqual(60);
      // Half-way through the time to answer: the reminder says so too.
      t.clock.current = new Date('2026-12-02T05:00:00Z');
      expect(await runOffersJob(t.deps)).toMatchObject({ reminded: 1 });
      await deliverAll(t);
      expect(vera!.lastText()).toMatch(/^Напоминаем: мы держим для вас место\. .+ Группа уже идёт, библиотекарь поможет догнать\.\n\nЗанятия: \n• 3 декабря/s);
      expect(wordsOf(vera!.lastText())).toBeLessThanOrEqual(60);
      await vera!.press('✓ Приду');
      expect(vera!.lastText()).toContain('Вы записаны в группу!');
      expect(vera!.lastText()).not.toContain('1 декабря');
      expect(await statusOf(3703)).toBe('enrolled');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ enrolledCount: 2, freeSeats: 0 });
      expect(boris).toBeDefined();
      expect(t.errors).toEqual([]);
    });

    it('the offer in English says so too, with no Cyrillic', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      await begunGroup(t, [3711, 3712], []);
      await addToWaitlist(3713, { at: new Date('2026-11-02T03:00:00Z'), language: 'en' });
      const tom = t.user({ id: 3713, first_name: 'Tom', language_code: 'en' });
      t.clock.current = AFTER_LESSON_1;
      await releaseSeat(String((await entryOf(3712))._id), t.clock.now(), { ...testOffers(), leave: true });
      await deliverAll(t);
      expect(tom.lastText()).toContain('A seat in a group under way; the librarian helps you catch up.');
      expect(tom.lastText()).not.toMatch(/[А-Яа-яЁё]/);
      expect(wordsOf(tom.lastText())).toBeLessThanOrEqual(60);
      t.clock.current = new Date('2026-12-02T05:00:00Z');
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(tom.lastText()).toContain('The group is under way; the librarian will help you catch up.');
      expect(tom.lastText()).not.toMatch(/[А-Яа-яЁё]/);
      expect(wordsOf(tom.lastText())).toBeLessThanOrEqual(60);
    });

    it('is not offered once lesson 2 is near or has started, nor in a two-lesson group after lesson 1', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      await begunGroup(t, [3721, 3722], [3723]);
      // Lesson 2 begins in an hour: too late to answer, and a newcomer would miss two.
      t.clock.current = new Date(LESSONS[1]!.getTime() - HOUR);
      await releaseSeat(String((await entryOf(3722))._id), t.clock.now(), { ...testOffers(), leave: true });
      expect(await statusOf(3723)).toBe('waiting');
      t.clock.current = new Date(LESSONS[1]!.getTime() + HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ offered: 0 });
      expect(await statusOf(3723)).toBe('waiting');

      await clearOffers();
      const two = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      await begunGroup(two, [3731, 3732], [3733], LESSONS.slice(0, 2));
      two.clock.current = AFTER_LESSON_1;
      await releaseSeat(String((await entryOf(3732))._id), two.clock.now(), { ...testOffers(), leave: true });
      expect(await runOffersJob(two.deps)).toMatchObject({ offered: 0 });
      expect(await statusOf(3733)).toBe('waiting');
    });

    it('a late "I\'ll come" on an offer that ran out before lesson 1 takes a free seat after it, not after lesson 2', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      const [boris] = await waiting(t, [3741]);
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 3, lessonStarts: LESSONS });
      await deliverAll(t);
      // Walk s21 W21-26: he answers as lesson 1 has just begun, seats empty in the group.
      t.clock.current = new Date(LESSONS[0]!.getTime() + 5 * 60_000);
      await runOffersJob(t.deps);
      expect(await statusOf(3741)).toBe('waiting');
      await boris!.press('✓ Приду');
      expect(boris!.lastText()).toContain('Вы записаны в группу!');
      expect(await statusOf(3741)).toBe('enrolled');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 2 });

      // After lesson 2 has begun, a newcomer would miss two lessons: refused.
      const [anna] = await waiting(t, [3742]);
      t.clock.current = new Date('2026-12-01T06:00:00Z');
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(await statusOf(3742)).toBe('offered');
      await anna!.press('Не смогу');
      t.clock.current = new Date(LESSONS[1]!.getTime() + 5 * 60_000);
      await anna!.press('✓ Приду');
      expect(anna!.lastText()).toMatch(/^Это предложение уже не действует\./);
      expect(await statusOf(3742)).toBe('waiting');
      expect(t.errors).toEqual([]);
    });

    it('the newcomer is not on lesson 1\'s roster and not a no-show for it', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      const { id, users } = await begunGroup(t, [3751, 3752], [3753]);
      t.clock.current = AFTER_LESSON_1;
      await releaseSeat(String((await entryOf(3752))._id), t.clock.now(), { ...testOffers(), leave: true });
      await deliverAll(t);
      await users[2]!.press('✓ Приду');
      expect(await statusOf(3753)).toBe('enrolled');
      const lesson1 = (await LessonModel.findOne({ groupId: id, index: 1 }).lean())!;
      // Lesson 1 marked after she joined: only Anna was expected there.
      expect((await listParticipants(id, lesson1.startsAt)).map((p) => p.citizenId)).toEqual([3751]);
      expect(await saveAttendance(900, String(lesson1._id), [3751, 3753], t.clock.now())).toEqual({ present: 1, absent: 0, completed: false });
      expect((await noShows(id)).get(3753)).toBe(0);
      // /stats, a partner's /referrals and its statistics say the same (she came through a partner).
      const partner = await partnerWithLink({ name: 'Совет ветеранов (fixJ)' });
      await WaitlistEntryModel.updateOne({ citizenId: 3753 }, { $set: { partnerId: partner.id } });
      const said = async () => ({
        stats: (await computeStats({ centerIds: ['kemerovo-regional'] }, t.clock.now())).attendance,
        referral: (await listReferrals(partner.id)).find((r) => r.status === 'enrolled'),
        partner: (await partnerStats(0, t.clock.now())).find((r) => r.partnerId === partner.id),
      });
      expect(await said()).toMatchObject({ stats: { expected: 1, absent: 0 }, referral: { lessonsMarked: 0, attended: 0 }, partner: { expected: 0, absent: 0 } });
      // Lesson 2 is hers: absent there counts.
      t.clock.current = new Date(LESSONS[1]!.getTime() + HOUR);
      const lesson2 = (await LessonModel.findOne({ groupId: id, index: 2 }).lean())!;
      expect((await listParticipants(id, lesson2.startsAt)).map((p) => p.citizenId).sort()).toEqual([3751, 3753]);
      expect(await saveAttendance(900, String(lesson2._id), [3751], t.clock.now())).toEqual({ present: 1, absent: 1, completed: false });
      expect((await noShows(id)).get(3753)).toBe(1);
      expect(await said()).toMatchObject({ stats: { expected: 3, absent: 1 }, referral: { lessonsMarked: 1, attended: 0 }, partner: { expected: 1, absent: 1 } });
      expect(t.errors).toEqual([]);
    });
  });

  describe('a seat freed after the first lesson, by phone and after a change', () => {
    it('the newcomer\'s reminder and "my place" name their next lesson; "Can\'t come" to it offers to free the seat', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      const { users } = await begunGroup(t, [3781, 3782], [3783]);
      const vera = users[2]!;
      t.clock.current = AFTER_LESSON_1;
      await releaseSeat(String((await entryOf(3782))._id), t.clock.now(), { ...testOffers(), leave: true });
      await deliverAll(t);
      await vera.press('✓ Приду');
      const before = vera.messages().length;
      await vera.text('🔢 Моё место в очереди');
      expect(vera.textsSince(before).join('\n')).toContain('Ближайшее занятие: 3 декабря, четверг, 10:00');
      // The day before lesson 2, in the evening: "tomorrow" for lesson 2.
      t.clock.current = new Date('2026-12-02T11:00:00Z');
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      await deliverAll(t);
      expect(vera.lastText()).toContain('Когда: 3 декабря, четверг, 10:00');
      await vera.press('Не смогу');
      expect(vera.lastText()).toBe('Это первое занятие. Освободить ваше место для следующего человека в очереди?');
      expect(t.errors).toEqual([]);
    });

    it('the call task for a person without Telegram says the group has begun and lists the lessons from theirs', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      await librarian(3769, 'Ольга Петровна');
      const { users } = await begunGroup(t, [3761], []);
      await paperPerson(-3762, { name: 'Зоя Ивановна', phone: '+79001112233', joinedAt: new Date('2026-11-20T03:00:00Z') });
      t.clock.current = AFTER_LESSON_1;
      await releaseSeat(String((await entryOf(3761))._id), t.clock.now(), { ...testOffers(), leave: true });
      expect(await statusOf(-3762)).toBe('offered');
      await deliverAll(t);
      const olga = t.user({ id: 3769, first_name: 'Ольга', language_code: 'ru' });
      expect(olga.lastText()).toContain('Прошло одно занятие, библиотекарь поможет догнать.');
      expect(olga.lastText()).toContain('• 3 декабря, четверг, 10:00');
      expect(olga.lastText()).not.toContain('1 декабря');
      expect(users).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it("the answer is due an hour before the newcomer's first lesson moved earlier with /change", async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await begunGroup(t, [3771, 3772], [3773]);
      t.clock.current = AFTER_LESSON_1;
      await releaseSeat(String((await entryOf(3772))._id), t.clock.now(), { ...testOffers(), leave: true });
      expect((await entryOf(3773)).offer!.expiresAt).toEqual(new Date(LESSONS[1]!.getTime() - HOUR));
      const staff = t.user({ id: 900, first_name: 'Координатор', language_code: 'ru' });
      await staff.text('/change');
      await staff.press(/Перенести одно занятие/);
      await staff.press(/^2\. 3 декабря/); // lesson 2: the first still to come
      await staff.text('02.12.2026');
      await staff.text('15:00');
      await staff.press('✓ Подтвердить');
      const moved = (await LessonModel.findOne({ groupId: (await entryOf(3771)).groupId, index: 2 }).lean())!.startsAt;
      expect(moved).toEqual(new Date('2026-12-02T08:00:00Z'));
      expect((await entryOf(3773)).offer!.expiresAt).toEqual(new Date(moved.getTime() - HOUR));
      expect(t.errors).toEqual([]);
    });

    it("a closed group's seats given to the queue after its first lesson are offered while it takes newcomers", async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      const partner = await partnerWithLink({ name: 'Клуб (fixJ)' });
      const groupId = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 9', capacity: 2, durationMinutes: 90,
        lessonStarts: LESSONS, closedFor: { partnerId: partner.id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      await waiting(t, [3791]);
      const librarianRole = { kind: 'librarian' as const, centerIds: ['kemerovo-regional'] };
      expect(await releaseClosedSeats(900, librarianRole, groupId, AFTER_LESSON_1, testOffers())).toEqual({ offered: 1, started: false });
      expect(await statusOf(3791)).toBe('offered');
    });

    it('a closed group released right after lesson 1 still takes newcomers, even with nobody waiting; after lesson 2 has begun it does not', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      const partner = await partnerWithLink({ name: 'Клуб 2 (fixJ)' });
      const groupId = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 9', capacity: 2, durationMinutes: 90,
        lessonStarts: LESSONS, closedFor: { partnerId: partner.id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      const librarianRole = { kind: 'librarian' as const, centerIds: ['kemerovo-regional'] };
      // Nobody waits yet after lesson 1: the group still takes newcomers (whoever joins is offered a seat).
      const fresh = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 8', capacity: 2, durationMinutes: 90,
        lessonStarts: LESSONS, closedFor: { partnerId: partner.id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      expect(await releaseClosedSeats(900, librarianRole, fresh, AFTER_LESSON_1, testOffers())).toEqual({ offered: 0, started: false });
      expect(await releaseClosedSeats(900, librarianRole, groupId, new Date(LESSONS[1]!.getTime() + HOUR), testOffers())).toEqual({ offered: 0, started: true });
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('seat-recount', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Osinniki and Mariinsk are UTC+7: 12:35Z is 19:35 there.
  const NOW = new Date('2026-12-01T12:35:00Z');
  const MINUTE = 60_000;

  /** Probe s23 M3: a kill between a seat's two writes left the group's counters wrong for good; nothing recounted. */
  describe('seats recounted by the offers job', () => {
    it('a put-in cut off after taking the seat: the next runs give the seat back, and the librarian can fill it', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5951, displayName: 'Анна', centerIds: ['osinniki-central'], addedBy: 900 });
      await addToWaitlist(5961, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'osinniki-central' });
      // A group starting in 20 minutes (no offers any more: only a put-in fills it), one seat.
      const groupId = await createGroup(5951, { courseId: 'basics', centerId: 'osinniki-central', room: 'Зал', capacity: 1, lessonStarts: [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z')], durationMinutes: 90 }, NOW);
      // What a kill leaves after enrolDirectly's first write: the seat taken, the person still waiting.
      await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { freeSeats: -1, enrolledCount: 1 } });
      const anna = t.user({ id: 5951, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/classes');
      await anna.press(/^1\. Основы/);
      expect(anna.buttonLabels()).not.toContain('➕ Записать человека'); // the group looks full

      await runOffersJob(t.deps); // noted: it could be a put-in between its two writes right now
      await runOffersJob(t.deps);
      expect(await ClassGroupModel.findById(groupId, { freeSeats: 1, enrolledCount: 1 }).lean()).toMatchObject({ freeSeats: 0, enrolledCount: 1 });
      t.clock.advance(10 * MINUTE); // the job's next run: the same counters, the same entries
      await runOffersJob(t.deps);
      const group = await ClassGroupModel.findById(groupId).lean();
      expect(group).toMatchObject({ freeSeats: 1, enrolledCount: 0 });
      expect(group?.seatCheck).toBeUndefined();
      expect(await AuditEntryModel.countDocuments({ action: 'group.seats-recounted', target: `group:${groupId}` })).toBe(1);

      await anna.text('/classes');
      await anna.press(/^1\. Основы/);
      await anna.press('➕ Записать человека');
      expect(anna.lastText()).toContain('Свободно мест: 1.');
      await anna.press(/Участник 5961/);
      await anna.press('✓ Записать');
      expect((await WaitlistEntryModel.findOne({ citizenId: 5961 }).lean())?.status).toBe('enrolled');
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ freeSeats: 0, enrolledCount: 1 });
      expect(t.errors).toEqual([]);
    });

    it('a seat given back whose counters were never told (released, then killed) is offered again', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(5971, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'mariinsk-central', courseId: 'internet' });
      await addToWaitlist(5972, { at: new Date('2026-10-02T03:00:00Z'), centerId: 'mariinsk-central', courseId: 'internet' });
      const groupId = await createGroup(900, { courseId: 'internet', centerId: 'mariinsk-central', room: 'Зал', capacity: 1, lessonStarts: [new Date('2026-12-08T03:00:00Z'), new Date('2026-12-10T03:00:00Z')], durationMinutes: 90 }, NOW);
      await runOffersJob(t.deps);
      const first = await WaitlistEntryModel.findOne({ citizenId: 5971 }).lean();
      expect(first?.status).toBe('offered');
      // 5971 took the seat and then gave it up; the process died after the entry left and before the group heard.
      await WaitlistEntryModel.updateOne({ _id: first!._id }, { $set: { status: 'left', leftAt: NOW }, $unset: { offer: 1, activeKey: 1 } });
      await ClassGroupModel.updateOne({ _id: groupId }, { $set: { enrolledCount: 1, freeSeats: 0 } });
      await runOffersJob(t.deps);
      t.clock.advance(10 * MINUTE);
      await runOffersJob(t.deps);
      expect((await WaitlistEntryModel.findOne({ citizenId: 5972 }).lean())?.status).toBe('offered');
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ freeSeats: 0, enrolledCount: 0 });
      expect(t.errors).toEqual([]);
    });

    it('a reservation caught between its two writes is left alone: its seat is never given to someone else too', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(5981, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'tashtagol-central', courseId: 'internet' });
      await addToWaitlist(5982, { at: new Date('2026-10-02T03:00:00Z'), centerId: 'tashtagol-central', courseId: 'internet' });
      const groupId = await createGroup(900, { courseId: 'internet', centerId: 'tashtagol-central', room: 'Зал', capacity: 1, lessonStarts: [new Date('2026-12-08T03:00:00Z'), new Date('2026-12-10T03:00:00Z')], durationMinutes: 90 }, NOW);
      // A live put-in of the second in line has taken the seat and not yet moved the entry when the job runs.
      await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { freeSeats: -1, enrolledCount: 1 } });
      await runOffersJob(t.deps);
      // Had the job "set it right" now, the seat would be offered to the first in line as well.
      expect((await WaitlistEntryModel.findOne({ citizenId: 5981 }).lean())?.status).toBe('waiting');
      await WaitlistEntryModel.updateOne({ citizenId: 5982, status: 'waiting' }, { $set: { status: 'enrolled', groupId, enrolledAt: NOW } });
      t.clock.advance(10 * MINUTE);
      await runOffersJob(t.deps);
      const group = await ClassGroupModel.findById(groupId).lean();
      expect(group).toMatchObject({ freeSeats: 0, enrolledCount: 1 });
      expect(group?.seatCheck).toBeUndefined();
      expect((await WaitlistEntryModel.findOne({ citizenId: 5981 }).lean())?.status).toBe('waiting');
      expect(await AuditEntryModel.countDocuments({ action: 'group.seats-recounted', target: `group:${groupId}` })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { ConversationStateModel, SessionModel } from '../../src/db/models/kv-entry.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { applyRetention } from '../../src/domain/retention.js';
import { computeStats } from '../../src/domain/stats.js';
import { defineRetentionJobs, RETENTION_JOB, runRetentionJob } from '../../src/jobs/retention/index.js';
import { createAgenda } from '../../src/jobs/agenda.js';
import mongoose from 'mongoose';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { offerOptions } from '../../src/domain/offer-options.js';
import { testOffers } from '../helpers/test-bot.js';

describe('retention', () => {
  const DAY = 24 * 60 * 60 * 1000;
  /** The controlled clock: every date below is set relative to it. */
  const now = new Date('2027-09-01T03:30:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const HOUR = 60 * 60 * 1000;
  const periods = { personalDays: 180, outboxDays: 30, chatStateTtlMs: { sessions: 30 * DAY, conversations: 24 * HOUR }, offers: testOffers() };

  /** Sets mongoose's own timestamps, which follow the wall clock, to the test clock. */
  async function touch(citizenId: number, at: Date) {
    await CitizenModel.collection.updateOne({ _id: citizenId as never }, { $set: { updatedAt: at } });
    await WaitlistEntryModel.collection.updateMany({ citizenId }, { $set: { updatedAt: at } });
  }

  async function person(citizenId: number, status: 'waiting' | 'left' | 'completed', at: Date) {
    await addToWaitlist(citizenId, { at: daysAgo(400) });
    const dates = status === 'left' ? { leftAt: at } : status === 'completed' ? { completedAt: at } : {};
    await WaitlistEntryModel.updateOne({ citizenId }, { $set: { status, ...dates }, ...(status === 'waiting' ? {} : { $unset: { activeKey: 1 } }) });
    await touch(citizenId, at);
  }

  async function outboxRow(key: string, status: 'pending' | 'delivered' | 'blocked', doneDaysAgo: number) {
    await DeliveryModel.create({
      key,
      citizenId: 555,
      message: JSON.stringify({ text: 'Здравствуйте' }),
      status,
      notBefore: daysAgo(doneDaysAgo + 1),
      createdAt: daysAgo(doneDaysAgo + 1),
      ...(status === 'pending' ? {} : { doneAt: daysAgo(doneDaysAgo) }),
    });
  }

  async function conversation(id: string, updatedDaysAgo: number) {
    await ConversationStateModel.collection.insertOne({ _id: id as never, json: '{}', updatedAt: daysAgo(updatedDaysAgo) });
  }

  describe('retention (a daily job, periods from the configuration)', () => {
    let done: () => Promise<void>;
    beforeAll(async () => {
      done = await useTestDatabase();
    });
    afterAll(() => done());
    beforeEach(async () => {
      const models = [CitizenModel, WaitlistEntryModel, DeliveryModel, ConversationStateModel, SessionModel, AuditEntryModel];
      await Promise.all(models.map((m) => m.collection.deleteMany({})));
    });

    it('forgets people who left or finished longer ago than the period, and nobody else', async () => {
      await person(1, 'left', daysAgo(200));
      await person(2, 'completed', daysAgo(181));
      await person(3, 'left', daysAgo(100));
      await person(4, 'waiting', daysAgo(300)); // still waiting: kept however old

      const statsBefore = await computeStats({}, now);
      const result = await applyRetention(periods, now);

      expect(result).toMatchObject({ citizensForgotten: 2 });
      // The statistics keep their numbers: a finished course still counts once its person is forgotten.
      expect(statsBefore.completions).toBe(1);
      expect(await computeStats({}, now)).toEqual(statsBefore);
      expect((await CitizenModel.find().lean()).map((c) => c._id).sort()).toEqual([3, 4]);
      // The same deletion as /forget: the entries stay as anonymous rows, so the counts stay.
      expect(await WaitlistEntryModel.countDocuments()).toBe(4);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: { $in: [1, 2] } })).toBe(0);
      expect((await WaitlistEntryModel.find({ citizenId: { $exists: false } }).lean()).map((e) => e.status).sort()).toEqual(['completed', 'left']);
    });

    it('deletes finished outbox rows past their period, keeps pending ones and empties old offer messages', async () => {
      await outboxRow('rem:old', 'delivered', 40);
      await outboxRow('bc:old', 'blocked', 31);
      await outboxRow('rem:recent', 'delivered', 10);
      await outboxRow('rem:waiting', 'pending', 90);
      await outboxRow('offer:entry1:1', 'delivered', 60);

      const result = await applyRetention(periods, now);

      expect(result).toMatchObject({ outboxRowsDeleted: 2, offerRowsAnonymized: 1 });
      expect((await DeliveryModel.find().lean()).map((d) => d.key).sort()).toEqual(['offer:entry1:1', 'rem:recent', 'rem:waiting']);
      // /stats counts offers made from these rows: the row stays, its text and recipient do not.
      const offer = await DeliveryModel.findOne({ key: 'offer:entry1:1' }).lean();
      expect(offer).toMatchObject({ citizenId: 0, message: '{}' });
    });

    it('expires conversations nobody continued and idle sessions (CONVERSATION_TTL_HOURS, SESSION_TTL_DAYS)', async () => {
      await conversation('conv-old', 2);
      await ConversationStateModel.collection.insertOne({ _id: 'conv-new' as never, json: '{}', updatedAt: new Date(now.getTime() - 2 * HOUR) });
      await SessionModel.collection.insertMany([
        { _id: '1' as never, json: '{"language":"en"}', updatedAt: daysAgo(31) },
        { _id: '3' as never, json: '{"language":"en"}', updatedAt: daysAgo(5) },
      ]);
      const result = await applyRetention(periods, now);
      expect(result.chatStateExpired).toBe(2);
      expect((await ConversationStateModel.find().lean()).map((c) => c._id)).toEqual(['conv-new']);
      expect((await SessionModel.find().lean()).map((c) => c._id)).toEqual(['3']);
    });

    it('writes numbers only to the audit log, and a second run finds nothing more', async () => {
      await person(7, 'left', daysAgo(365));
      await outboxRow('rem:x', 'delivered', 45);

      const first = await applyRetention(periods, now);
      const second = await applyRetention(periods, new Date(now.getTime() + DAY));

      expect(first).toMatchObject({ citizensForgotten: 1, outboxRowsDeleted: 1 });
      expect(second).toEqual({ citizensForgotten: 0, outboxRowsDeleted: 0, offerRowsAnonymized: 0, chatStateExpired: 0 });
      const rows = await AuditEntryModel.find({ action: 'retention.run' }).sort({ at: 1 }).lean();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ actorId: 0, target: 'database', details: { ...first, personalDays: 180, outboxDays: 30 } });
      expect(Object.values(rows[0]!.details as object).every((v) => typeof v === 'number')).toBe(true);
    });

    it('the job reads its periods from the configuration', async () => {
      await person(8, 'left', daysAgo(40));
      const config = loadConfig({ BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678', RETENTION_PERSONAL_DAYS: '30' });
      const result = await runRetentionJob({ config, logger: createLogger('silent'), now: () => now, offers: offerOptions(config) });
      expect(result.citizensForgotten).toBe(1);
      expect(await CitizenModel.countDocuments()).toBe(0);
    });

    it('is scheduled once a day at RETENTION_RUN_AT in the app time zone', async () => {
      const config = loadConfig({ BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678', RETENTION_RUN_AT: '04:15' });
      const agenda = createAgenda(mongoose.connection.db!);
      try {
        defineRetentionJobs(agenda, { config, logger: createLogger('silent'), now: () => now, offers: offerOptions(config) });
        const jobs = mongoose.connection.db!.collection('agendaJobs');
        let job = null;
        for (let i = 0; i < 50 && !job; i++) {
          job = await jobs.findOne({ name: RETENTION_JOB });
          if (!job) await new Promise((r) => setTimeout(r, 100));
        }
        expect(job).toMatchObject({ repeatInterval: '15 4 * * *', repeatTimezone: 'Asia/Novokuznetsk' });
      } finally {
        await agenda.stop();
      }
    });
  });
});

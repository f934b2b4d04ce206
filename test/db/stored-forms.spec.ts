import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SessionModel } from '../../src/db/models/kv-entry.js';
import { MongoKeyValueStorage } from '../../src/db/repositories/kv-storage.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { joinWaitlist, leaveWaitlist } from '../../src/domain/waitlist.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('stored-forms', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  /** The forms docs/test-database.md describes, on the server the tests run on (FerretDB unless MONGODB_URI is set). */
  describe('stored forms both servers accept', () => {
    it('keeps a value with nested arrays (an inline keyboard) through the JSON-text storage', async () => {
      const storage = new MongoKeyValueStorage<{ keyboard: string[][] }>(SessionModel, { ttlMs: 60_000 });
      await storage.write('nested', { keyboard: [['a', 'b'], ['c']] });
      expect(await new MongoKeyValueStorage<{ keyboard: string[][] }>(SessionModel, { ttlMs: 60_000 }).read('nested')).toEqual({ keyboard: [['a', 'b'], ['c']] });
    });

    it('keeps one active entry per citizen and course, and allows a new one after leaving', async () => {
      const request = { citizenId: 88, language: 'ru' as const, name: 'Участник', consentVersion: 'test', courseId: 'basics', centerId: 'kemerovo-regional', timeOfDay: 'any' as const };
      const now = new Date('2026-11-24T03:00:00Z');
      const results = await Promise.all([joinWaitlist(request, now), joinWaitlist(request, now), joinWaitlist(request, now)]);
      expect(results.map((r) => r.outcome).sort()).toEqual(['already', 'already', 'joined']);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 88 })).toBe(1);

      const joined = results.find((r) => r.outcome === 'joined')!;
      expect(await leaveWaitlist(88, joined.entry.id, now)).toBe(true);
      expect((await joinWaitlist(request, now)).outcome).toBe('joined');
      await addToWaitlist(88, { courseId: 'internet' }); // another course is another line
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 88, activeKey: { $exists: true } })).toBe(2);
    });
  });
});

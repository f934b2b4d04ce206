import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CenterModel } from '../../src/db/models/center.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { registerAtDesk, registerWithoutTelegram, type PaperPerson } from '../../src/domain/desk-registration.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('registration', () => {
  const NOW = new Date('2026-11-30T05:00:00Z');
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([CitizenModel.deleteMany({}), WaitlistEntryModel.deleteMany({}), AuditEntryModel.deleteMany({})]);
  });

  const person = (over: Partial<PaperPerson> = {}): PaperPerson => ({
    name: 'Иванова Мария', phone: '+73845221122', courseId: 'basics', centerId: 'belovo-central', timeOfDay: 'any', joinedAt: NOW, ...over,
  });

  describe('registerWithoutTelegram (the one registration of /add and /import)', () => {
    it('one person per phone and name, one entry per course; a repeat is "already" and writes nothing', async () => {
      const first = await registerWithoutTelegram([person(), person({ courseId: 'internet' }), person({ courseId: 'internet' })], { actorId: 7, now: NOW });
      expect(first.map((r) => r.outcome)).toEqual(['added', 'added', 'already']);
      expect(first.map((r) => (r.outcome === 'added' ? r.newPerson : null))).toEqual([true, false, null]);
      expect(await CitizenModel.countDocuments()).toBe(1);
      expect(await WaitlistEntryModel.countDocuments()).toBe(2);

      // The same name in another order, case and ё: the same person.
      const again = await registerWithoutTelegram([person({ name: 'МАРИЯ  иванова' })], { actorId: 8, now: NOW });
      expect(again).toEqual([{ outcome: 'already', citizenId: first[0]!.outcome === 'added' ? first[0]!.citizenId : 0 }]);
      expect((await CitizenModel.findOne().lean())!.name).toBe('Иванова Мария');
    });

    it('another name on the phone is another person sharing it (walk s21 W21-03); raced twice, one is written', async () => {
      const [maria] = await registerWithoutTelegram([person()], { actorId: 7, now: NOW });
      const raced = await Promise.all([1, 2].map(() => registerWithoutTelegram([person({ name: 'Иванов Пётр' })], { actorId: 7, now: NOW })));
      expect(raced.map(([r]) => r!.outcome).sort()).toEqual(['added', 'already']);
      const people = await CitizenModel.find({ phone: '+73845221122' }).sort({ name: 1 }).lean();
      expect(people.map((c) => [c.name, c.phoneKey])).toEqual([
        ['Иванов Пётр', '+73845221122|иванов петр'],
        ['Иванова Мария', '+73845221122|иванова мария'],
      ]);
      expect(people.some((c) => c._id === (maria as { citizenId: number }).citizenId)).toBe(true);
      expect(await WaitlistEntryModel.countDocuments({ courseId: 'basics' })).toBe(2);
    });

    it('a Telegram user who linked a desk record and changed their phone since is still that person for the old phone and name', async () => {
      await CitizenModel.collection.insertOne({ _id: 5005, language: 'ru', name: 'Иванова Мария', phone: '+79990001122', phoneKey: '+73845221122|иванова мария', reachable: true, consent: { version: 'paper', givenAt: NOW }, createdAt: NOW, updatedAt: NOW } as never);
      const desk = { name: 'Мария Иванова', phone: '8 38452 21122', centerId: 'belovo-central', timeOfDay: 'any' as const, consentSignedOnPaper: true as const };
      expect(await registerAtDesk({ ...desk, courseId: 'basics' }, { actorId: 7, now: NOW })).toMatchObject({ outcome: 'added', newPerson: false });
      expect(await registerAtDesk({ ...desk, courseId: 'basics' }, { actorId: 7, now: NOW })).toMatchObject({ outcome: 'already' });
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 5005 })).toBe(1);
      expect(await CitizenModel.countDocuments()).toBe(1);
    });

    it('a record from before names counted (its key is the bare phone) is still that person; another name beside it is new', async () => {
      await CitizenModel.collection.insertOne({ _id: -(2 ** 49) - 5, language: 'ru', name: 'Иванова Мария', phone: '+73845221122', phoneKey: '+73845221122', reachable: false, consent: { version: 'paper', givenAt: NOW }, createdAt: NOW, updatedAt: NOW } as never);
      const [same, other] = await registerWithoutTelegram([person(), person({ name: 'Иванов Пётр' })], { actorId: 7, now: NOW });
      expect(same).toMatchObject({ outcome: 'added', citizenId: -(2 ** 49) - 5, newPerson: false });
      expect(other).toMatchObject({ outcome: 'added', newPerson: true });
      expect(await CitizenModel.countDocuments()).toBe(2);
    });

    it('a partner representative\'s registration (issue 12) marks the entry with the partner; the audit names it, not the person', async () => {
      const partnerId = String(new Types.ObjectId());
      const result = await registerAtDesk(
        { name: 'Петров Иван', phone: '8 923 555-01-02', courseId: 'internet', centerId: 'yurga-central', timeOfDay: 'evening', consentSignedOnPaper: true },
        { actorId: 42, now: NOW, partnerId },
      );
      expect(result).toMatchObject({ outcome: 'added', position: 1, newPerson: true });
      const raw = await WaitlistEntryModel.collection.findOne({ courseId: 'internet' });
      expect(String(raw!.partnerId)).toBe(partnerId);
      const audit = await AuditEntryModel.findOne({ action: 'waitlist.add-by-staff' }).lean();
      expect(audit).toMatchObject({ actorId: 42, details: { partnerId, centerId: 'yurga-central', courseId: 'internet' } });
      expect(JSON.stringify(audit)).not.toMatch(/Петров|9235550102/);
    });

    it('a closed center stores nothing; a phone that is not one is refused before anything is read', async () => {
      await CenterModel.updateOne({ _id: 'mariinsk-central' }, { $set: { active: false } });
      try {
        const request = { name: 'Петров Иван', phone: '8 923 555-01-02', courseId: 'basics', centerId: 'mariinsk-central', timeOfDay: 'any' as const, consentSignedOnPaper: true as const };
        expect(await registerAtDesk(request, { actorId: 1, now: NOW })).toEqual({ outcome: 'closed' });
        await expect(registerAtDesk({ ...request, centerId: 'belovo-central', phone: '12' }, { actorId: 1, now: NOW })).rejects.toThrow(/phone/);
        expect(await CitizenModel.countDocuments()).toBe(0);
      } finally {
        await CenterModel.updateOne({ _id: 'mariinsk-central' }, { $set: { active: true } });
      }
    });
  });
});

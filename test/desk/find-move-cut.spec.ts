import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { moveToCenter } from '../../src/domain/waitlist.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('find-move-cut', () => {
  /**
   * Probe s22 M2: a /find move cut off by a restart (kill -9 right after the entry was moved) lost the audit and the
   * person's notice, and the librarian's repeated press was answered "staff only". The cut is simulated as the
   * killed process left it: the move's one write (moveToCenter with the mark of what is owed), nothing after it.
   * Probe s22 L3: a librarian who is still staff is never answered as if she were not.
   * Each test has its own people, staff and centers, so they pass alone and in any order.
   */

  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 900;
  const FROM = 'novokuznetsk-central';
  const TO = 'mezhdurechensk-central';
  const NOTICE = 'Вас перевели в другой центр, как вы просили. Курс «Основы компьютерной грамотности»: Центральная городская библиотека, Междуреченск. Ваше место в очереди: 1.';

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const librarian = (id: number, centerIds: string[]) => StaffMemberModel.create({ _id: id, displayName: 'Анна', centerIds, addedBy: COORDINATOR });

  /** /find by phone → "move to another center" → Междуреченск: the confirmation is on the screen. */
  async function upToConfirmation(staff: TestUser, phone: string) {
    await staff.text('/find');
    await staff.text(phone);
    await staff.press('🏛 Перевести в другой центр');
    await staff.press('Междуреченск');
    await staff.press('Центральная городская библиотека');
    expect(staff.lastText()).toMatch(/^Перевести в другой центр\?/);
  }

  describe('a /find move cut off by a restart (probe s22 M2)', () => {
    it('the repeated press answers "already moved" and finishes the rest: the person told once, audited once', async () => {
      const t = setup();
      await librarian(9301, [FROM]);
      const { entry } = await addToWaitlist(9302, { name: 'Перенесённая Ольга', phone: '+79130009302', centerId: FROM });
      const anna = t.user({ id: 9301, first_name: 'Анна', language_code: 'ru' });
      await upToConfirmation(anna, '8 913 000-93-02');
      // The press began, the entry was moved, and the process was killed: nothing else was written.
      expect(await moveToCenter(9302, entry.id, TO, { by: 9301, from: FROM, at: t.clock.now() })).not.toBeNull();
      t.clock.advance(30_000);
      // After the restart she repeats the press, as the bot asks.
      await anna.press('✅ Да, перевести');
      expect(anna.lastText()).toBe(
        'Уже переведён. Перенесённая Ольга в очереди в центре: Междуреченск, Центральная городская библиотека. Место в очереди: 1.\nЧеловеку отправлено сообщение в Телеграм.',
      );
      const audits = await AuditEntryModel.find({ action: 'waitlist.move-by-staff', target: `entry:${entry.id}` }).lean();
      expect(audits).toMatchObject([{ actorId: 9301, at: NOW, details: { from: FROM, to: TO, telegram: true } }]);
      expect((await WaitlistEntryModel.findById(entry.id).lean())!.staffMove).toBeUndefined();
      // The offers job later finds nothing owed: nothing twice.
      t.clock.advance(10 * 60_000);
      await runOffersJob(t.deps);
      await deliverAll(t);
      const olga = t.user({ id: 9302, first_name: 'Ольга', language_code: 'ru' });
      expect(olga.textsSince(0).filter((text) => text === NOTICE)).toHaveLength(1);
      expect(await AuditEntryModel.countDocuments({ action: 'waitlist.move-by-staff', target: `entry:${entry.id}` })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('a cut-off move nobody repeats is finished by the offers job, once', async () => {
      const t = setup();
      // Another course than the test above, so each one's place is 1 whichever runs first.
      const { entry } = await addToWaitlist(9402, { name: 'Забытая Инна', phone: '+79130009402', courseId: 'internet', centerId: FROM });
      await moveToCenter(9402, entry.id, TO, { by: COORDINATOR, from: FROM, at: t.clock.now() });
      await runOffersJob(t.deps); // at once: a move may still be running; left to itself
      expect(await AuditEntryModel.countDocuments({ target: `entry:${entry.id}` })).toBe(0);
      t.clock.advance(5 * 60_000);
      await runOffersJob(t.deps);
      await runOffersJob(t.deps);
      await deliverAll(t);
      const inna = t.user({ id: 9402, first_name: 'Инна', language_code: 'ru' });
      expect(inna.textsSince(0).filter((text) => text === NOTICE.replace('Основы компьютерной грамотности', 'Интернет и электронная почта'))).toHaveLength(1);
      expect(await AuditEntryModel.find({ action: 'waitlist.move-by-staff', target: `entry:${entry.id}` }).lean()).toMatchObject([
        { actorId: COORDINATOR, at: NOW, details: { from: FROM, to: TO, telegram: true } },
      ]);
      expect((await WaitlistEntryModel.findById(entry.id).lean())!.staffMove).toBeUndefined();
    });
  });

  describe('a librarian who is still staff is not answered "staff only" (probe s22 L3)', () => {
    it('her center taken from her before she confirms the move: "this person waits at a center you do not manage"', async () => {
      const t = setup();
      await librarian(9501, [FROM]);
      const { entry } = await addToWaitlist(9502, { name: 'Оставшаяся Юлия', phone: '+79130009502', centerId: FROM });
      const anna = t.user({ id: 9501, first_name: 'Анна', language_code: 'ru' });
      await upToConfirmation(anna, '+7 913 000-95-02');
      await StaffMemberModel.updateOne({ _id: 9501 }, { $set: { centerIds: ['belovo-central'] } });
      await anna.press('✅ Да, перевести');
      expect(anna.lastText()).toBe('Этот человек ждёт в центре, который вы не ведёте. Ничего не меняли.');
      expect(await WaitlistEntryModel.findById(entry.id).lean()).toMatchObject({ centerId: FROM });
      expect(t.errors).toEqual([]);
    });
  });
});

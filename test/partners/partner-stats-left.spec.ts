import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { acceptOffer, releaseSeat } from '../../src/domain/offers.js';
import { createTestBot, type TestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { partnerWithLink } from './fixtures.js';

describe('partner-stats-left', () => {
  const COORDINATOR = 3620;
  const LIBRARIAN = 3621;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Галина', centerIds: ['kemerovo-regional'], addedBy: COORDINATOR });
  });
  afterAll(() => done());

  /** The partner's line of «🤝 По организациям-партнёрам» under the coordinator's /stats. */
  const partnerLine = async (t: TestBot, name: string) => {
    const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
    await coordinator.text('/stats');
    await coordinator.press('🤝 По организациям-партнёрам');
    const text = coordinator.lastText();
    return text.slice(text.indexOf(name)).split('\n\n')[0];
  };

  describe('the partner breakdown counts an absence marked before the person left the group (walk30 W30-13, task31 fixF 1)', () => {
    it('fix31f 1: a referred person marked absent at lesson 1 who then gave up her seat and left still counts: «пропуски 50% (1 из 2)»', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      const partner = await partnerWithLink({ name: 'Центр занятости Ленинского района' });
      for (const [i, id] of [3622, 3623].entries()) await addToWaitlist(id, { at: new Date(Date.UTC(2026, 10, i + 20)), name: `Направленный ${id}`, partnerId: partner.id });
      await groupWithOffers(t.clock.now(), { capacity: 2, actorId: LIBRARIAN });
      for (const id of [3622, 3623]) await acceptOffer(id, String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id), t.clock.now());

      // Lesson 1 has begun: Галина marks 3622 present, 3623 absent.
      t.clock.current = new Date('2026-12-01T04:00:00Z');
      const galina = t.user({ id: LIBRARIAN, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/attendance');
      await galina.press(/^Основы компьютерной грамотности: /);
      await galina.press(/^1\. 1 декабря, вторник, 10:00/);
      await galina.press('Направленный 3622');
      await galina.press('💾 Сохранить');
      expect(galina.lastText()).toContain('пришли — 1, не пришли — 1');
      expect(await partnerLine(t, 'Центр занятости')).toBe('Центр занятости Ленинского района\nнаправлено 2, получили место в группе 2, окончили 0, пропуски 50% (1 из 2)');

      // 3623 gives up her seat and leaves the line: her absence stays the partner's, and so does the seat she took in the
      // period (as in /stats's «Зачислены»: walk35 finding 6).
      const zina = t.user({ id: 3623, first_name: 'Зинаида', language_code: 'ru' });
      await zina.text('🔢 Моё место в очереди');
      await zina.press('Отказаться от места: Основы компьютерной грамотности');
      await zina.press('Освободить и выйти из очереди');
      expect(zina.lastText()).toBe('Место освобождено. Вы больше не в очереди на этот курс.');
      expect(await partnerLine(t, 'Центр занятости')).toBe('Центр занятости Ленинского района\nнаправлено 2, получили место в группе 2 (потом отказались: 1), окончили 0, пропуски 50% (1 из 2)');
      expect(t.errors).toEqual([]);
    });
  });

  describe('the partner breakdown counts referrals by their day and people given a seat once (walk38 L2)', () => {
    it('walk38 L2: a referral whose place /import moved back months counts in the period; a seat given back and another taken is one person; who gave it back is said', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      const partner = await partnerWithLink({ name: 'Больница № 7' });
      for (const id of [3631, 3632, 3633]) await addToWaitlist(id, { at: t.clock.now(), name: `Направленный ${id}`, partnerId: partner.id });
      // Referred today; the paper list's import gave 3631 her place of 1 August (walk38: «Дата записи» 01.08).
      await WaitlistEntryModel.updateOne({ citizenId: 3631 }, { $set: { joinedAt: new Date('2026-08-01T03:00:00Z') } });
      await groupWithOffers(t.clock.now(), { capacity: 3, actorId: LIBRARIAN });
      const entryOf = async (id: number) => String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id);
      for (const id of [3631, 3632, 3633]) expect((await acceptOffer(id, await entryOf(id), t.clock.now())).ok).toBe(true);
      // 3632 gives the seat back and stays in line, then takes a seat in another group; 3633 gives hers back and leaves.
      expect(await releaseSeat(await entryOf(3632), t.clock.now(), testOffers())).toBe(true);
      expect(await releaseSeat(await entryOf(3633), t.clock.now(), { ...testOffers(), leave: true })).toBe(true);
      await groupWithOffers(t.clock.now(), { capacity: 1, actorId: LIBRARIAN, room: 'Зал 2' });
      expect((await acceptOffer(3632, await entryOf(3632), t.clock.now())).ok).toBe(true);
      expect(await partnerLine(t, 'Больница № 7')).toBe('Больница № 7\nнаправлено 3, получили место в группе 3 (потом отказались: 1), окончили 0, занятий ещё не было');
      expect(t.errors).toEqual([]);
    });
  });
});

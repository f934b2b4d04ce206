import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { StatsSnapshotModel } from '../../src/db/models/stats-snapshot.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { partnerWithLink } from '../partners/fixtures.js';

describe('stats-same-moment', () => {
  /**
   * Walk30 W30-15: /stats right after a partner's people were referred said «Всего ждут: 1» (the snapshot of a few
   * minutes before) while «🤝 По организациям-партнёрам» under it said «направлено 5». A region counted quickly is
   * counted for every /stats; a large one (its count takes seconds) is served from the snapshot, which then says how old
   * its total is beside the number.
   */
  const COORDINATOR = 3630;
  const NOW = new Date('2026-12-01T03:00:00Z');

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([WaitlistEntryModel.deleteMany({}), StatsSnapshotModel.deleteMany({})]);
  });

  const totalLine = (text: string) => /^Всего ждут[^\n]*/m.exec(text)?.[0];
  const asOfLine = (text: string) => /^Данные на [^\n]*/m.exec(text)?.[0];

  /** Five people referred by a new partner, now. */
  async function referFive(t: TestBot, name: string, firstId: number) {
    const partner = await partnerWithLink({ name });
    for (let i = 0; i < 5; i++) await addToWaitlist(firstId + i, { at: t.clock.now(), name: `Направленный ${firstId + i}`, partnerId: partner.id });
  }

  describe('/stats and its partner breakdown tell the same moment (walk30 W30-15)', () => {
    it('fix31f 2: a small region is counted for every /stats: five referred two minutes after the last /stats are in «Всего ждут»', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      expect(totalLine(olga.lastText())).toBe('Всего ждут: 0');

      t.clock.advance(2 * 60_000);
      await referFive(t, 'Центр занятости Заводского района', 3631);
      await olga.text('/stats');
      expect(totalLine(olga.lastText())).toBe('Всего ждут: 5');
      expect(asOfLine(olga.lastText())).toBe('Данные на 01.12, 10:02, посчитаны только что.');
      await olga.press('🤝 По организациям-партнёрам');
      expect(olga.lastText()).toContain('Центр занятости Заводского района\nнаправлено 5, получили место в группе 0, окончили 0, занятий ещё не было');
      expect(t.errors).toEqual([]);
    });

    it('fix31f 2: a large region is served its snapshot, whose total says its time and age beside the number (ru, en)', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      // As if counting took the region 20 seconds (bench:stats: 100,000 entries).
      await StatsSnapshotModel.updateOne({ _id: 'all' }, { $set: { buildMs: 20_000 } });

      t.clock.advance(3 * 60_000);
      await referFive(t, 'Социальная защита', 3641);
      await olga.text('/stats');
      expect(totalLine(olga.lastText())).toBe('Всего ждут на 01.12, 10:00 (3 минуты назад): 0');
      expect(asOfLine(olga.lastText())).toBe('Данные на 01.12, 10:00 (обновляются раз в 5 минут)');
      const emily = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await emily.text('/stats');
      expect(emily.lastText()).toContain('Waiting in all as of 01.12, 10:00 (3 minutes ago): 0');

      // Older than ten minutes: counted afresh (and the plain label again).
      t.clock.advance(8 * 60_000);
      await olga.text('/stats');
      expect(totalLine(olga.lastText())).toBe('Всего ждут: 5');
      expect(t.errors).toEqual([]);
    });
  });
});

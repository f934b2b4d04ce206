import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { statsChartSvg } from '../../src/charts/svg.js';
import { StatsSnapshotModel } from '../../src/db/models/stats-snapshot.js';
import { seedSampleData } from '../../src/db/seed.js';
import { refreshStatsSnapshot } from '../../src/domain/stats.js';
import { createAgenda } from '../../src/jobs/agenda.js';
import { defineAdminJobs, STATS_REFRESH_JOB, telegramProgressChannel } from '../../src/jobs/admin/index.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('stats-refresh-text', () => {
  /**
   * Walk s18 #12: /stats said figures refresh "every 10 minutes" while the
   * snapshot job ran every 5; an empty chart's y-axis read "0, 1, 1".
   */
  const NOW = new Date('2026-11-24T03:00:00Z');

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('/stats says what the code does', () => {
    it('names the interval the refresh job is scheduled with, in both languages', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const agenda = createAgenda(mongoose.connection.db!);
      await agenda.ready;
      await defineAdminJobs(agenda, t.deps, telegramProgressChannel(t.bot.api, t.i18n));
      const [job] = await mongoose.connection.db!.collection('agendaJobs').find({ name: STATS_REFRESH_JOB }).toArray();
      await agenda.stop();
      const minutes = /^(\d+) minutes$/.exec(String(job!.repeatInterval))![1];

      // The interval is told where /stats serves the job's snapshot: a region whose count takes seconds (fix31f: a quick
      // one is counted for every /stats).
      await refreshStatsSnapshot(NOW);
      await StatsSnapshotModel.updateOne({ _id: 'all' }, { $set: { buildMs: 20_000 } });
      const ru = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await ru.text('/stats');
      expect(ru.lastText()).toContain(`(обновляются раз в ${minutes} минут)`);
      const en = t.user({ id: 900, first_name: 'Olga', language_code: 'en' });
      await en.text('/stats');
      expect(en.lastText()).toContain(`(refreshed every ${minutes} minutes)`);
    });

    it('an empty chart has distinct y-axis ticks; a small one too', () => {
      const ticks = (values: number[]) => {
        const svg = statsChartSvg({ barsTitle: 'B', bars: [], linesTitle: 'L', weekLabels: ['01.11', '08.11', '15.11'], series: [{ label: 'a', color: '#000', values }] });
        return [...svg.matchAll(/text-anchor="end">(\d+)</g)].map((m) => m[1]);
      };
      expect(ticks([0, 0, 0])).toEqual(['0', '1']);
      expect(ticks([0, 3, 5])).toEqual(['0', '3', '5']);
      expect(ticks([0, 7, 2])).toEqual(['0', '5', '10']);
    });
  });
});

/**
 * npm run bench:stats: 100,000 waiting entries (plus 2,000 enrolled), then
 * times /stats for all centers: the domain computation, the chart render, and
 * the whole command through bot.handleUpdate. Goal ≤ 1 s. One JSON object last.
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { Types } from 'mongoose';
import { createBot } from '../src/bot/index.js';
import type { BotDeps } from '../src/bot/context.js';
import { statsChartInput } from '../src/bot/features/admin/stats-view.js';
import { svgToPng } from '../src/charts/render.js';
import { statsChartSvg } from '../src/charts/svg.js';
import { loadConfig } from '../src/config.js';
import { WaitlistEntryModel } from '../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../src/db/seed.js';
import { SAMPLE_CENTERS, SAMPLE_COURSES } from '../src/db/seed-data.js';
import { listCenters } from '../src/domain/catalog.js';
import { refreshStatsSnapshot, reportFrom } from '../src/domain/stats.js';
import { FakeTelegram, TEST_BOT_INFO } from '../test/helpers/fake-telegram.js';
import { TestUser } from '../test/helpers/test-user.js';
import { openBenchDatabase, peakRssMb, quantile } from './lib/database.js';
import { offerOptions } from '../src/domain/offer-options.js';

const WAITING = Number(process.env.BENCH_WAITING ?? 100_000);
const ENROLLED = 2_000;
const RUNS = 3;
const BATCH = 5_000;
const NOW = new Date('2026-11-24T03:00:00Z');
const DAY = 24 * 3600 * 1000;

const db = await openBenchDatabase('stats');
await seedSampleData();

const insertStarted = performance.now();
for (let start = 0; start < WAITING + ENROLLED; start += BATCH) {
  const docs = [];
  for (let i = start; i < Math.min(start + BATCH, WAITING + ENROLLED); i++) {
    const enrolled = i >= WAITING;
    const joinedAt = new Date(NOW.getTime() - ((i * 7919) % 365) * DAY - (i % 86_400) * 1000);
    docs.push({
      _id: new Types.ObjectId(),
      citizenId: 1_000_000 + i,
      courseId: SAMPLE_COURSES[i % SAMPLE_COURSES.length]!._id,
      centerId: SAMPLE_CENTERS[(i * 31) % SAMPLE_CENTERS.length]!._id,
      timeOfDay: 'any',
      status: enrolled ? 'enrolled' : 'waiting',
      activeKey: `${1_000_000 + i}:${SAMPLE_COURSES[i % SAMPLE_COURSES.length]!._id}`,
      joinedAt,
      ...(enrolled ? { enrolledAt: new Date(Math.min(NOW.getTime() - DAY, joinedAt.getTime() + ((i % 60) + 1) * DAY)) } : {}),
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  await WaitlistEntryModel.collection.insertMany(docs, { ordered: false });
}
const insertSeconds = (performance.now() - insertStarted) / 1000;
console.log(`inserted ${WAITING} waiting + ${ENROLLED} enrolled entries in ${insertSeconds.toFixed(1)} s (${db.engine})`);

const telegram = new FakeTelegram();
const config = loadConfig({ BOT_TOKEN: '123456:BENCH-token-abcdefghijklmnopqrstuvwxyz', MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent', ADMIN_IDS: '900' });
const errors: string[] = [];
const deps: BotDeps = { config, logger: pino({ level: 'warn' }, { write: (line: string) => void errors.push(line) }), now: () => NOW, offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } };
const { bot, i18n } = createBot(deps, { botInfo: TEST_BOT_INFO, client: { fetch: telegram.fetch } });
const coordinator = new TestUser({ id: 900, first_name: 'Ольга', language_code: 'ru' }, telegram, (u) => bot.handleUpdate(u));
const ru = { locale: 'ru' as const, t: (key: string, vars?: Record<string, string | number>) => i18n.t('ru', key, vars) };

const computeMs: number[] = [];
const renderMs: number[] = [];
const commandMs: number[] = [];
let totalWaiting = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const report = reportFrom(await refreshStatsSnapshot(NOW), {});
  const t1 = performance.now();
  await svgToPng(statsChartSvg(statsChartInput(ru, report, await listCenters())));
  const t2 = performance.now();
  await coordinator.text('/stats');
  const t3 = performance.now();
  computeMs.push(t1 - t0);
  renderMs.push(t2 - t1);
  commandMs.push(t3 - t2);
  totalWaiting = report.totalWaiting;
}
if (!coordinator.lastText().includes('Статистика') && telegram.callsOf('sendPhoto').length !== RUNS) throw new Error('no /stats answer');
for (const list of [computeMs, renderMs, commandMs]) list.sort((a, b) => a - b);
const ms = (list: number[]) => ({ first: +list[0]!.toFixed(1), median: +quantile(list, 0.5).toFixed(1), max: +list.at(-1)!.toFixed(1) });
const result = {
  bench: 'stats',
  engine: db.engine,
  entries: WAITING + ENROLLED,
  waitingCounted: totalWaiting,
  runs: RUNS,
  snapshotBuildMs: ms(computeMs),
  chartRenderMs: ms(renderMs),
  handleUpdateMs: ms(commandMs),
  goalMs: 1000,
  withinGoal: quantile(commandMs, 0.5) <= 1000,
  photosSent: telegram.callsOf('sendPhoto').length,
  peakRssMb: peakRssMb(),
  errors: errors.length,
};
console.log(`/stats over ${result.entries} entries: snapshot (background job) median ${result.snapshotBuildMs.median} ms, chart ${result.chartRenderMs.median} ms, whole command via handleUpdate median ${result.handleUpdateMs.median} ms (max ${result.handleUpdateMs.max})`);
await db.close();
console.log(JSON.stringify(result));

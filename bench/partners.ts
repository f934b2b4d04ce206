/**
 * npm run bench:partners: BENCH_WAITING (default 20,000) waiting entries, of
 * which BENCH_REFERRED (default 300) were referred by one partner, then times
 * what reads them live: /referrals through bot.handleUpdate (the
 * representative's first page), listReferrals alone, and the /stats partner
 * breakdown (partnerStats, 30 days). One JSON object last.
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { Types } from 'mongoose';
import { createBot } from '../src/bot/index.js';
import type { BotDeps } from '../src/bot/context.js';
import { loadConfig } from '../src/config.js';
import { CitizenModel } from '../src/db/models/citizen.js';
import { PartnerRepresentativeModel } from '../src/db/models/partner-representative.js';
import { WaitlistEntryModel } from '../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../src/db/seed.js';
import { SAMPLE_CENTERS, SAMPLE_COURSES } from '../src/db/seed-data.js';
import { createPartner } from '../src/domain/partners/partners.js';
import { partnerStats } from '../src/domain/partners/partner-stats.js';
import { listReferrals } from '../src/domain/partners/referrals.js';
import { FakeTelegram, TEST_BOT_INFO } from '../test/helpers/fake-telegram.js';
import { TestUser } from '../test/helpers/test-user.js';
import { openBenchDatabase, peakRssMb, quantile } from './lib/database.js';
import { offerOptions } from '../src/domain/offer-options.js';

const WAITING = Number(process.env.BENCH_WAITING ?? 20_000);
const REFERRED = Number(process.env.BENCH_REFERRED ?? 300);
const RUNS = 3;
const BATCH = 5_000;
const NOW = new Date('2026-11-24T03:00:00Z');
const DAY = 24 * 3600 * 1000;
const REP = 7001;

const db = await openBenchDatabase('partners');
await seedSampleData();
const partnerId = await createPartner(900, { name: 'Городская больница № 3', kind: 'hospital', contactName: 'Ольга', phone: '+79231234567', centerIds: [] }, NOW);
await PartnerRepresentativeModel.create({ _id: REP, partnerId, addedBy: 900, addedAt: NOW });

for (let start = 0; start < WAITING; start += BATCH) {
  const docs = [];
  const citizens = [];
  for (let i = start; i < Math.min(start + BATCH, WAITING); i++) {
    const referred = i % Math.max(1, Math.floor(WAITING / REFERRED)) === 0 && i / Math.floor(WAITING / REFERRED) < REFERRED;
    const courseId = SAMPLE_COURSES[i % SAMPLE_COURSES.length]!._id;
    docs.push({
      _id: new Types.ObjectId(),
      citizenId: 1_000_000 + i,
      courseId,
      centerId: SAMPLE_CENTERS[(i * 31) % SAMPLE_CENTERS.length]!._id,
      timeOfDay: 'any',
      status: 'waiting',
      activeKey: `${1_000_000 + i}:${courseId}`,
      joinedAt: new Date(NOW.getTime() - ((i * 7919) % 60) * DAY - (i % 86_400) * 1000),
      ...(referred ? { partnerId: new Types.ObjectId(partnerId) } : {}),
      createdAt: NOW,
      updatedAt: NOW,
    });
    if (referred) citizens.push({ _id: 1_000_000 + i, name: `Участник ${i}`, language: 'ru', reachable: true, consent: { version: 'bench', givenAt: NOW } });
  }
  await WaitlistEntryModel.collection.insertMany(docs, { ordered: false });
  if (citizens.length) await CitizenModel.collection.insertMany(citizens as never[], { ordered: false });
}
const referredCount = await WaitlistEntryModel.countDocuments({ partnerId });
console.log(`inserted ${WAITING} waiting entries, ${referredCount} referred (${db.engine})`);

const telegram = new FakeTelegram();
const config = loadConfig({ BOT_TOKEN: '123456:BENCH-token-abcdefghijklmnopqrstuvwxyz', MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent', ADMIN_IDS: '900' });
const errors: string[] = [];
const deps: BotDeps = { config, logger: pino({ level: 'warn' }, { write: (line: string) => void errors.push(line) }), now: () => NOW, offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } };
const { bot } = createBot(deps, { botInfo: TEST_BOT_INFO, client: { fetch: telegram.fetch } });
const rep = new TestUser({ id: REP, first_name: 'Ольга', language_code: 'ru' }, telegram, (u) => bot.handleUpdate(u));

const listMs: number[] = [];
const commandMs: number[] = [];
const statsMs: number[] = [];
let listed = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  listed = (await listReferrals(partnerId)).length;
  const t1 = performance.now();
  await rep.text('/referrals');
  const t2 = performance.now();
  await partnerStats(30, NOW);
  const t3 = performance.now();
  listMs.push(t1 - t0);
  commandMs.push(t2 - t1);
  statsMs.push(t3 - t2);
}
if (!rep.lastText().includes('Направленные организацией')) throw new Error(`no /referrals answer: ${rep.lastText()}`);
for (const list of [listMs, commandMs, statsMs]) list.sort((a, b) => a - b);
const ms = (list: number[]) => ({ first: +list[0]!.toFixed(1), median: +quantile(list, 0.5).toFixed(1), max: +list.at(-1)!.toFixed(1) });
const result = {
  bench: 'partners',
  engine: db.engine,
  entries: WAITING,
  referred: referredCount,
  listed,
  runs: RUNS,
  listReferralsMs: ms(listMs),
  referralsCommandMs: ms(commandMs),
  partnerStatsMs: ms(statsMs),
  peakRssMb: peakRssMb(),
  errors: errors.length,
};
console.log(`/referrals over ${WAITING} entries (${referredCount} referred): handleUpdate median ${result.referralsCommandMs.median} ms; partner stats median ${result.partnerStatsMs.median} ms`);
await db.close();
console.log(JSON.stringify(result));

/**
 * npm run bench:join: 500 simulated citizens, 100 at a time, walk the whole
 * join flow through bot.handleUpdate against a real MongoDB-compatible server.
 * Prints updates/s, handler latency p50/p99, database commands per update and
 * peak RSS, then one JSON object on the last line.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import type { Update } from 'grammy/types';
import { createBot } from '../src/bot/index.js';
import type { BotDeps } from '../src/bot/context.js';
import { loadConfig } from '../src/config.js';
import { WaitlistEntryModel } from '../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../src/db/seed.js';
import { FakeTelegram, TEST_BOT_INFO } from '../test/helpers/fake-telegram.js';
import { TestUser } from '../test/helpers/test-user.js';
import { openBenchDatabase, peakRssMb, quantile } from './lib/database.js';
import { offerOptions } from '../src/domain/offer-options.js';

const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
const WARMUP = 10;
/**
 * sequential: updates are handled one at a time in arrival order, as grammY's
 * long polling does (bot.start); concurrent: all in flight at once, as with a
 * webhook under load. Latency is the handler time either way.
 */
const MODE = process.env.BENCH_MODE === 'concurrent' ? 'concurrent' : 'sequential';
const TOWNS = ['Кемерово', 'Новокузнецк', 'Прокопьевск', 'Междуреченск', 'Юрга', 'Белово'];

const db = await openBenchDatabase('join');
await seedSampleData();

const telegram = new FakeTelegram();
const config = loadConfig({ BOT_TOKEN: '123456:BENCH-token-abcdefghijklmnopqrstuvwxyz', MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent' });
const errors: string[] = [];
const deps: BotDeps = { config, logger: pino({ level: 'warn' }, { write: (line: string) => void errors.push(line) }), now: () => new Date(), offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } };
const { bot } = createBot(deps, { botInfo: TEST_BOT_INFO, client: { fetch: telegram.fetch } });

// Each update runs in its own async context, so every driver command is attributed to the update that caused it.
const perUpdate = new AsyncLocalStorage<{ commands: number; dbMs: number }>();
db.onCommand(() => {
  const store = perUpdate.getStore();
  if (store) store.commands++;
});
db.onCommandDone((ms) => {
  const store = perUpdate.getStore();
  if (store) store.dbMs += ms;
});
const dbTimes: number[] = [];
const latencies: number[] = [];
const commandCounts: number[] = [];
let measuring = false;

let queue: Promise<unknown> = Promise.resolve();
const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
};

/** Per step of the flow, to show where the time goes. */
const bySteps = new Map<string, { latencies: number[]; commands: number[] }>();

async function deliver(update: Update, step: string) {
  if (MODE === 'sequential') return inTurn(() => handle(update, step));
  return handle(update, step);
}

async function handle(update: Update, step: string) {
  const store = { commands: 0, dbMs: 0 };
  const started = performance.now();
  await perUpdate.run(store, () => bot.handleUpdate(update));
  if (!measuring) return;
  latencies.push(performance.now() - started);
  commandCounts.push(store.commands);
  dbTimes.push(store.dbMs);
  const stats = bySteps.get(step) ?? { latencies: [], commands: [] };
  stats.latencies.push(performance.now() - started);
  stats.commands.push(store.commands);
  bySteps.set(step, stats);
}

/** One citizen, every step by pressing the buttons the bot sent. */
async function joinFlow(index: number) {
  const name = `Гражданин${index}`;
  let step = '';
  const user = new TestUser({ id: 500_000 + index, first_name: name, language_code: 'ru' }, telegram, (update) => deliver(update, step));
  const pick = index + WARMUP; // warm-up citizens have negative indexes
  const as = (label: string) => (step = label);
  as('/start');
  await user.text('/start');
  as('menu: join');
  await user.tap('📝 Записаться на курс');
  as('course');
  await user.press(user.buttonLabels()[pick % 5]!);
  as('town');
  await user.press(TOWNS[pick % TOWNS.length]!);
  as('center');
  // A town of one center takes it without a question (walk s22 W22-03).
  if (!user.buttonLabels().includes('Утром')) await user.press(user.buttonLabels()[0]!);
  as('time of day');
  await user.press('Утром');
  as('consent');
  await user.press('✓ Даю согласие');
  as('skip phone');
  await user.tap('Пропустить');
  as('confirm');
  await user.press('✓ Всё верно, записаться');
  if (!user.lastText().includes('Ваше место в очереди')) throw new Error(`citizen ${index} did not finish: ${user.lastText()}`);
}

async function runBatches(from: number, to: number) {
  for (let start = from; start < to; start += CONCURRENCY) {
    const batch = Array.from({ length: Math.min(CONCURRENCY, to - start) }, (_, i) =>
      joinFlow(start + i).catch((error: unknown) => {
        console.error(String(error), errors.slice(-3));
        throw error;
      }),
    );
    await Promise.all(batch);
  }
}

await runBatches(-WARMUP, 0); // warms the JIT, the catalog cache and the connection pool; not measured
measuring = true;
/** BENCH_BY_COMMAND=1: database time per command and collection (e.g. "update citizens"), to see what is slow. */
const byCommand = process.env.BENCH_BY_COMMAND ? db.timeByCommand() : undefined;
db.resetCommands();
const started = performance.now();
await runBatches(0, CITIZENS);
const seconds = (performance.now() - started) / 1000;
const totalCommands = db.commands();

const entries = await WaitlistEntryModel.countDocuments({ status: 'waiting' });
latencies.sort((a, b) => a - b);
commandCounts.sort((a, b) => a - b);
dbTimes.sort((a, b) => a - b);
const result = {
  bench: 'join',
  engine: db.engine,
  mode: MODE,
  citizens: CITIZENS,
  concurrency: CONCURRENCY,
  updates: latencies.length,
  entriesSaved: entries - WARMUP,
  seconds: +seconds.toFixed(2),
  updatesPerSecond: Math.round(latencies.length / seconds),
  latencyMs: { p50: +quantile(latencies, 0.5).toFixed(1), p99: +quantile(latencies, 0.99).toFixed(1), max: +latencies.at(-1)!.toFixed(1) },
  /** Of the latency, time spent waiting for the database (driver-measured). */
  dbMsPerUpdate: { p50: +quantile(dbTimes, 0.5).toFixed(1), p99: +quantile(dbTimes, 0.99).toFixed(1) },
  dbCommandsPerUpdate: {
    median: quantile(commandCounts, 0.5),
    p99: quantile(commandCounts, 0.99),
    mean: +(totalCommands / latencies.length).toFixed(2),
  },
  peakRssMb: peakRssMb(),
  errors: errors.length,
};
console.log(`join flow: ${CITIZENS} citizens, ${CONCURRENCY} at a time, ${result.updates} updates in ${result.seconds} s on ${db.engine}, ${MODE} handling`);
console.log(`  ${result.updatesPerSecond} updates/s; handler latency p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`);
console.log(`  of which database time: p50 ${result.dbMsPerUpdate.p50} ms, p99 ${result.dbMsPerUpdate.p99} ms`);
console.log(`  database commands per update: median ${result.dbCommandsPerUpdate.median}, p99 ${result.dbCommandsPerUpdate.p99}, mean ${result.dbCommandsPerUpdate.mean}`);
console.log('  per step: p50 / p99 ms, mean database commands');
for (const [step, stats] of bySteps) {
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const meanCommands = stats.commands.reduce((a, b) => a + b, 0) / stats.commands.length;
  console.log(`    ${step.padEnd(14)} ${quantile(sorted, 0.5).toFixed(1).padStart(6)} / ${quantile(sorted, 0.99).toFixed(1).padStart(6)}  ${meanCommands.toFixed(1)}`);
}
byCommand?.print();
console.log(`  peak RSS ${result.peakRssMb} MB; ${result.entriesSaved} entries saved; ${result.errors} errors logged`);
await db.close();
console.log(JSON.stringify(result));

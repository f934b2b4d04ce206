import pino from 'pino';
import { Types } from 'mongoose';
import { createBot } from '../../src/bot/index.js';
import type { BotDeps } from '../../src/bot/context.js';
import { createI18n } from '../../src/bot/i18n.js';
import { FloodGate } from '../../src/bot/flood-gate.js';
import { createTelegramNotifier } from '../../src/bot/notifier.js';
import { loadConfig } from '../../src/config.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { SAMPLE_CENTERS } from '../../src/db/seed-data.js';
import { createBroadcast } from '../../src/domain/broadcast.js';
import { telegramProgressChannel } from '../../src/jobs/admin/index.js';
import { startEmulator } from '../../src/simulator/index.js';
import { openBenchDatabase } from './database.js';
import { offerOptions } from '../../src/domain/offer-options.js';

/** The coordinator who sends the broadcast. */
export const AUTHOR = 900;
const INJECT_429_EVERY = 700;

export interface BroadcastBenchOptions {
  /** The benchmark's name (its database's). */
  name: string;
  token: string;
  /** Telegram ids of the waiting citizens start here. */
  firstId: number;
  recipients: number;
  /** Citizens not on the waiting list who get messages of their own during the broadcast (bench:mixed). */
  others?: number[];
}

/**
 * What bench:broadcast and bench:mixed both start from: `recipients` citizens
 * waiting (1% of them have blocked the bot), the emulator with Telegram's limits
 * and a 429 injected every 700th call, the bot, notifier and sender's deps built
 * as main.ts builds them (translations and the flood gate shared), and one
 * broadcast to everyone waiting, created as the conversation creates it on
 * Confirm, with the author's progress message. SEND_RATE_PER_SECOND is the
 * production default unless BENCH_RATE says otherwise.
 */
export async function setUpBroadcastBench(options: BroadcastBenchOptions) {
  const db = await openBenchDatabase(options.name);
  await seedSampleData();
  const now = () => new Date();
  const ids = Array.from({ length: options.recipients }, (_, i) => options.firstId + i);
  const others = options.others ?? [];
  const blocked = ids.filter((_, i) => i % 100 === 37); // 1%
  const citizen = (id: number) => ({ _id: id as never, language: 'ru', name: `Участник ${id}`, consent: { version: 'bench', givenAt: now() }, reachable: true });
  await CitizenModel.collection.insertMany([...ids, ...others].map(citizen));
  await WaitlistEntryModel.collection.insertMany(
    ids.map((id, i) => ({
      _id: new Types.ObjectId(), citizenId: id, courseId: 'basics', centerId: SAMPLE_CENTERS[i % SAMPLE_CENTERS.length]!._id,
      timeOfDay: 'any', status: 'waiting', activeKey: `${id}:basics`, joinedAt: now(), createdAt: now(), updatedAt: now(),
    })),
  );

  const emulator = await startEmulator({ faults: { blockedUserIds: blocked, inject429Every: INJECT_429_EVERY, injectedRetryAfter: 1 } });
  // Every recipient pressed Start once (a bot cannot write first).
  for (const id of [AUTHOR, ...ids, ...others]) emulator.state.addUser({ id, first_name: `U${id}` }).started = true;

  const config = loadConfig({
    BOT_TOKEN: options.token, MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent', ADMIN_IDS: String(AUTHOR), TELEGRAM_API_ROOT: emulator.apiRoot,
    ...(process.env.BENCH_RATE ? { SEND_RATE_PER_SECOND: process.env.BENCH_RATE } : {}),
  });
  const errors: string[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => void errors.push(line) });
  const i18n = createI18n(config.DEFAULT_LOCALE);
  const floodGate = new FloodGate();
  const notifier = createTelegramNotifier(config, i18n, { floodGate });
  const deps: BotDeps = { config, logger, now, offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } };
  const { bot } = createBot(deps, { floodGate, i18n });
  const senderDeps = { notifier, logger, now, ratePerSecond: config.SEND_RATE_PER_SECOND, adminIds: config.ADMIN_IDS, defaultLocale: config.DEFAULT_LOCALE };
  const channel = telegramProgressChannel(bot.api, i18n);

  const progressMessage = await bot.api.sendMessage(AUTHOR, i18n.t('ru', 'adm-bc-progress-start'));
  const created = await createBroadcast(
    {
      authorId: AUTHOR, authorLocale: 'ru', role: { kind: 'coordinator' }, audience: { kind: 'all-waiting' }, text: 'Библиотеки работают в праздники по обычному графику.',
      progress: { chatId: AUTHOR, messageId: progressMessage.message_id },
    },
    now(),
  );
  if (!created.ok) throw new Error(`broadcast not created: ${created.reason}`);
  return { db, now, ids, emulator, config, errors, logger, senderDeps, channel, broadcastId: created.id };
}

/**
 * Pictures for docs/: the real bot against the Bot API emulator on a scratch database, the chat rendered as
 * HTML in a Telegram-like layout, and a screenshot taken with headless Chromium (Debian's `chromium`).
 *
 *   npx tsx tools/docs-pictures.ts          (MONGODB_URI, or FerretDB started in a temporary folder)
 *
 * Writes docs/img/*.png. Not part of the tests: it needs chromium, which CI does not install.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { createBot } from '../src/bot/index.js';
import type { BotDeps } from '../src/bot/context.js';
import { setCommandsFor } from '../src/bot/commands.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedDatabase } from '../src/db/embedded.js';
import { seedSampleData } from '../src/db/seed.js';
import { createGroup } from '../src/domain/classes.js';
import { offerFreeSeats } from '../src/domain/offers.js';
import { enqueueDueReminders, reminderSettings } from '../src/domain/reminders.js';
import { joinWaitlist } from '../src/domain/waitlist.js';
import { refreshStatsSnapshot } from '../src/domain/stats.js';
import { drainOutbox, type SenderDeps } from '../src/outbox/index.js';
import { FloodGate } from '../src/bot/flood-gate.js';
import { createI18n } from '../src/bot/i18n.js';
import { createTelegramNotifier } from '../src/bot/notifier.js';
import { createLogger } from '../src/logger.js';
import { packageRoot } from '../src/paths.js';
import { startEmulator, type TgMessage } from '../src/simulator/index.js';
import { offerOptions } from '../src/domain/offer-options.js';

const TOKEN = '7100200399:DOCS-token-abcdefghijklmnopqrstuvwxyz';
const COORDINATOR = 900;
const CITIZEN = 5001;
const outDir = path.join(packageRoot, 'docs/img');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text with Telegram's pre/code and bold entities (offsets in UTF-16 units, as JavaScript strings count). */
function formatted(text: string, entities: Array<{ type: string; offset: number; length: number }>): string {
  let html = '';
  let at = 0;
  for (const e of [...entities].filter((e) => ['pre', 'code', 'bold'].includes(e.type)).sort((a, b) => a.offset - b.offset)) {
    if (e.offset < at) continue;
    html += escape(text.slice(at, e.offset));
    const inner = escape(text.slice(e.offset, e.offset + e.length));
    html += e.type === 'bold' ? `<b>${inner}</b>` : `<code>${inner}</code>`;
    at = e.offset + e.length;
  }
  html += escape(text.slice(at));
  // The emulator keeps only the visible text of parse_mode HTML: lines aligned with runs of spaces were a
  // <pre> table in the bot's message, so they are shown in a monospace font as Telegram does.
  return html
    .split('\n')
    .map((line) => (/\S {2,}\S/.test(line) || /^\S.* {3,}$/.test(line) ? `<code>${line}</code>` : line))
    .join('\n');
}

/** A phone-width chat: the bot's messages as bubbles, inline buttons under them. */
function chatHtml(title: string, messages: Array<TgMessage & { photoDataUrl?: string }>): string {
  const bubbles = messages.map((m) => {
    const keyboard = (m.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>> } | undefined)?.inline_keyboard ?? [];
    const rows = keyboard.map((row) => `<div class="row">${row.map((b) => `<div class="btn">${escape(b.text)}</div>`).join('')}</div>`).join('');
    const body = m.photoDataUrl ? `<img src="${m.photoDataUrl}">` : '';
    const text = m.text ?? m.caption ?? '';
    return `<div class="msg ${m.from?.is_bot ? 'bot' : 'me'}">${body}${text ? `<div class="text">${formatted(text, m.entities ?? m.caption_entities ?? [])}</div>` : ''}</div>${rows ? `<div class="kb">${rows}</div>` : ''}`;
  });
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: 420px; background: #d7e3ec; font: 15px/1.35 "Noto Sans", "DejaVu Sans", sans-serif; }
    header { background: #517da2; color: #fff; padding: 10px 14px; font-weight: 600; }
    main { padding: 10px; }
    .msg { background: #fff; border-radius: 12px; padding: 8px 10px; margin: 6px 40px 2px 0; white-space: pre-wrap; }
    .msg.me { background: #effdde; margin: 6px 0 2px 40px; }
    code { font: 13px/1.3 "DejaVu Sans Mono", monospace; }
    .msg img { width: 100%; border-radius: 8px; display: block; }
    .kb { margin: 0 40px 8px 0; }
    .row { display: flex; gap: 4px; margin-top: 4px; }
    .btn { flex: 1; background: rgba(81,125,162,.85); color: #fff; text-align: center; border-radius: 8px; padding: 7px 4px; font-size: 14px; }
  </style><header>${escape(title)}</header><main>${bubbles.join('')}</main>`;
}

function screenshot(name: string, html: string, height: number): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'docs-pic-'));
  const file = path.join(dir, 'page.html');
  writeFileSync(file, html);
  const png = path.join(outDir, `${name}.png`);
  // A tall window, then the page's own height: Chromium's --screenshot takes the window size.
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${png}`, `--window-size=420,${height}`, `file://${file}`], {
    stdio: 'ignore',
  });
  rmSync(dir, { recursive: true, force: true });
  console.log(`wrote ${path.relative(packageRoot, png)}`);
}

async function main() {
  const scratch = mkdtempSync(path.join(tmpdir(), 'docs-db-'));
  const embedded = process.env.MONGODB_URI ? undefined : await startEmbeddedDatabase({ dataDir: scratch, engine: 'ferretdb' });
  await mongoose.connect(process.env.MONGODB_URI ?? embedded!.uri, { dbName: `docs_pictures_${Date.now()}` });
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  await seedSampleData();
  const emulator = await startEmulator({ limits: { enabled: false } });
  let now = new Date('2026-12-01T03:00:00Z');
  const config = loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot, ADMIN_IDS: String(COORDINATOR), LOG_LEVEL: 'silent' });
  const i18n = createI18n(config.DEFAULT_LOCALE);
  const floodGate = new FloodGate();
  const notifier = createTelegramNotifier(config, i18n, { floodGate });
  const deps: BotDeps = { config, logger: createLogger('silent'), now: () => now, offers: offerOptions(config), jobs: { followBroadcast: () => Promise.resolve() } };
  const senderDeps: SenderDeps = { notifier, logger: deps.logger, now: () => now, ratePerSecond: config.SEND_RATE_PER_SECOND, adminIds: config.ADMIN_IDS, defaultLocale: config.DEFAULT_LOCALE };
  const { bot } = createBot(deps, { floodGate, i18n });
  await bot.init();
  void bot.start({ drop_pending_updates: true });
  try {
    const client = emulator.client;
    await client.createUser({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
    await client.createUser({ id: CITIZEN, first_name: 'Нина', last_name: 'Орлова', language_code: 'ru' });

    // The coordinator's command menu, as Telegram lists it.
    await setCommandsFor(bot.api, i18n, 'coordinator', COORDINATOR);
    const commands = await bot.api.getMyCommands({ scope: { type: 'chat', chat_id: COORDINATOR } });
    const menu = { message_id: 1, date: 0, chat: { id: COORDINATOR, type: 'private' }, from: { id: 1, is_bot: true, first_name: 'bot' } };
    screenshot('ru-coordinator-commands', chatHtml('Меню команд координатора', [{ ...menu, text: commands.map((c) => `/${c.command} — ${c.description}`).join('\n') } as TgMessage]), 470);

    // Нина opened the bot once (Telegram lets a bot write only to people who did).
    await client.sendCommand(CITIZEN, '/start');
    await client.waitForMessage(CITIZEN, { timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 1000));
    await client.skipPending(CITIZEN);

    // A seat offer: Нина waits for "basics" at the regional library; a group opens.
    await joinWaitlist(
      { citizenId: CITIZEN, language: 'ru', name: 'Нина Орлова', consentVersion: 'docs', courseId: 'basics', centerId: 'kemerovo-regional', timeOfDay: 'any' },
      new Date('2026-11-02T03:00:00Z'),
    );
    const groupId = await createGroup(
      COORDINATOR,
      {
        courseId: 'basics',
        centerId: 'kemerovo-regional',
        room: 'Зал 2, 1 этаж',
        capacity: 8,
        lessonStarts: [new Date('2026-12-03T03:00:00Z'), new Date('2026-12-05T03:00:00Z'), new Date('2026-12-08T03:00:00Z')],
        durationMinutes: 90,
      },
      now,
    );
    const offered = await offerFreeSeats(groupId, now, offerOptions(config));
    const drained = await drainOutbox(senderDeps);
    if (process.env.DEBUG) console.log({ offered, drained });
    const offer = await client.waitForMessage(CITIZEN, { timeoutMs: 10_000 });
    screenshot('ru-offer', chatHtml('Твой курс', [offer]), 450);

    // She accepts; the evening before the first lesson the reminder arrives.
    await client.pressInlineButton(CITIZEN, '✓ Приду', offer.message_id);
    await client.waitForMessage(CITIZEN, { timeoutMs: 10_000 });
    now = new Date('2026-12-02T10:55:00Z'); // 17:55 in Kemerovo
    await enqueueDueReminders(reminderSettings(config), now);
    now = new Date('2026-12-02T11:00:00Z');
    await drainOutbox(senderDeps);
    const reminder = await client.waitForMessage(CITIZEN, { timeoutMs: 10_000 });
    screenshot('ru-reminder', chatHtml('Твой курс', [reminder]), 290);

    // /stats for the coordinator: the text and the charts, over a made-up waiting list of 60 people.
    const centers = ['kemerovo-regional', 'kemerovo-gogol', 'novokuznetsk-central', 'yurga-central', 'belovo-central'];
    const courses = ['basics', 'internet', 'gosuslugi', 'safe-internet'];
    for (let i = 0; i < 60; i++) {
      await joinWaitlist(
        {
          citizenId: 7000 + i,
          language: 'ru',
          name: `Житель ${i}`,
          consentVersion: 'docs',
          courseId: courses[(i * 7) % courses.length]!,
          centerId: centers[(i * i) % centers.length]!,
          timeOfDay: 'any',
        },
        new Date(now.getTime() - ((i * 37) % 56) * 24 * 3600_000),
      );
    }
    await refreshStatsSnapshot(now);
    await client.skipPending(COORDINATOR);
    await client.sendCommand(COORDINATOR, '/stats');
    const stats: Array<TgMessage & { photoDataUrl?: string }> = [];
    for (;;) {
      const m = await client.waitForMessage(COORDINATOR, { timeoutMs: 4_000 }).catch(() => undefined);
      if (!m) break;
      const photo = m.photo?.at(-1);
      if (photo) stats.push({ ...m, photoDataUrl: `data:image/png;base64,${(await client.file(photo.file_id)).bytes.toString('base64')}` });
      else stats.push(m);
    }
    // The text, its buttons (one per center) left out, and the charts.
    screenshot('ru-stats', chatHtml('Твой курс — /stats', stats.map((m) => ({ ...m, reply_markup: undefined }))), 920);
  } finally {
    await bot.stop();
    await emulator.close();
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
    await embedded?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();

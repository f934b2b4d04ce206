import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { useTestDatabase } from '../helpers/test-db.js';

/**
 * The production build: `npm run build`'s compiler run (its emit), then `node <out>/main.js` (no tsx) in webhook mode
 * against the emulator. It must find locales/ at run time, log one ready line per start step, answer a
 * citizen, and serve /healthz, /readyz and /metrics on the webhook port.
 */
const TOKEN = '7100200301:DIST-token-abcdefghijklmnopqrstuvwxyz';
const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, '.test-data', `dist-${process.pid}`);

let done: () => Promise<void>;
let emulator: RunningEmulator;
let child: ChildProcess | undefined;
const log: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  done = await useTestDatabase();
  emulator = await startEmulator({ webhookRetryDelayMs: 200 });
  // The same files `npm run build` writes; the type check it also runs is CI's `npm run typecheck`.
  await promisify(execFile)(process.execPath, ['tools/build.mjs', outDir, '--no-check'], { cwd: root });
}, 180_000);
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(outDir, { recursive: true, force: true });
  await emulator.close();
  await done();
});

describe('the built bot (node dist/main.js)', () => {
  it('starts from the build, answers a citizen and serves health and metrics on the webhook port', async () => {
    const port = await freePort();
    const uri = new URL(process.env.MONGODB_URI!);
    uri.pathname = `/${mongoose.connection.name}`;
    child = spawn(process.execPath, [path.join(outDir, 'main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        MONGODB_URI: uri.toString(),
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dist-data-')),
        WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
        WEBHOOK_SECRET: 'dist-secret-0123456789',
        PORT: String(port),
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not start:\n${log.join('')}`)), 60_000);
      const onData = (chunk: Buffer) => {
        log.push(chunk.toString());
        if (log.join('').includes('bot started (webhook)')) { clearTimeout(timer); resolve(); }
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.once('exit', (code) => reject(new Error(`exited with ${code}:\n${log.join('')}`)));
    });

    // JSON lines, one "ready" line per start step, in order.
    const messages = log.join('').trim().split('\n').map((line) => (JSON.parse(line) as { msg: string }).msg);
    const ready = messages.filter((m) => m.startsWith('ready: ')).map((m) => m.split(/[ (;]/)[1]);
    expect(ready).toEqual(['database', 'seed', 'Bot', 'Agenda', 'outbox', 'bot']);

    await emulator.client.createUser({ id: 62001, first_name: 'Нина', language_code: 'ru' });
    await emulator.client.sendCommand(62001, '/start');
    const greeting = await emulator.client.waitForMessage(62001, { timeoutMs: 15_000 });
    expect(greeting.text).toContain('Здравствуйте, Нина!'); // locales/ found from the build

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const readyz = await fetch(`${base}/readyz`);
    expect(await readyz.json()).toMatchObject({ ok: true, checks: { database: { ok: true }, agenda: { ok: true }, outbox: { ok: true } } });
    // The update counts once its handling ends, after the greeting and the menu's prompt were sent: read until then.
    const handled = /^tvoy_kurs_updates_handled_total\{type="message"\} [1-9]/m;
    let metrics = '';
    for (let tries = 0; tries < 50 && !handled.test(metrics); tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      metrics = await (await fetch(`${base}/metrics`)).text();
    }
    expect(metrics).toMatch(handled);
    expect(metrics).toMatch(/^tvoy_kurs_messages_sent_total\{method="sendMessage"\} [1-9]/m);
    // The webhook itself still answers only Telegram (the secret is checked).
    expect((await fetch(`${base}/telegram`, { method: 'POST', body: '{}' })).status).toBe(401);
  }, 120_000);
});

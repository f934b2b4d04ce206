import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { useTestDatabase } from '../helpers/test-db.js';

/**
 * The first experience: the bot started where the Bot API cannot be reached. It must say so in a
 * plain line (not go quiet), keep trying, and say when it got through once the API is there.
 */
const TOKEN = '7100200302:START-token-abcdefghijklmnopqrstuvwxyz';
const root = path.resolve(import.meta.dirname, '../..');

let done: () => Promise<void>;
let emulator: RunningEmulator | undefined;
let child: ChildProcess | undefined;
beforeAll(async () => {
  done = await useTestDatabase();
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await emulator?.close();
  await done();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('start-up where the Bot API cannot be reached', () => {
  it('says what failed and what to check, retries, and says when it got through', async () => {
    const port = await freePort(); // nothing listens here yet
    const healthPort = await freePort();
    const uri = new URL(process.env.MONGODB_URI!);
    uri.pathname = `/${mongoose.connection.name}`;
    const output: string[] = [];
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
        MONGODB_URI: uri.toString(),
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'startup-data-')),
        LOG_FORMAT: 'pretty',
        HEALTH_PORT: String(healthPort),
        DOTENV_CONFIG_PATH: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const waiting = new Set<() => void>();
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString());
      for (const check of waiting) check();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const waitFor = (pattern: RegExp) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => (waiting.delete(check), reject(new Error(`no ${pattern} in:\n${output.join('')}`))), 60_000);
        const check = () => {
          const line = output.join('').split('\n').find((l) => pattern.test(l));
          if (line) clearTimeout(timer), waiting.delete(check), resolve(line);
        };
        waiting.add(check);
        check();
      });

    const complaint = await waitFor(/Cannot reach the Telegram Bot API/);
    expect(complaint).toContain(`http://127.0.0.1:${port}/bot<BOT_TOKEN>/getMe: connection refused.`);
    expect(complaint).toContain('Check the network, a firewall or proxy on the way, and TELEGRAM_API_ROOT.');
    expect(complaint).not.toContain('START-token');
    expect(complaint).not.toMatch(/^\{/); // a plain line in a terminal, not JSON

    emulator = await startEmulator({ port });
    expect(await waitFor(/Got through to the Bot API/)).toMatch(/on attempt \d+ \(bot @/);
    await waitFor(/ready: bot started \(long polling\)/);
    const ready = output.join('').split('\n').filter((l) => l.includes('ready: ')).map((l) => l.replace(/^.*ready: /, '').split(/[ (;]/)[0]);
    expect(ready).toEqual(['database', 'seed', 'Bot', 'Agenda', 'outbox', 'health', 'bot']);
    // Long polling: health and metrics on HEALTH_PORT.
    const readyz = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
    expect({ status: readyz.status, body: await readyz.json() }).toMatchObject({ status: 200, body: { ok: true } });
    expect(await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text()).toContain('tvoy_kurs_outbox_oldest_due_age_seconds');
  }, 120_000);
});

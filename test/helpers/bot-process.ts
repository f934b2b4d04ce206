import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';

/** The real bot process (what `npm start` runs), as the e2e tests run it. */
export interface BotProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  log: string[];
}

const root = path.resolve(import.meta.dirname, '../..');
export const E2E_TOKEN = '7100200300:E2E-token-abcdefghijklmnopqrstuvwxyz';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns the bot as `npm start` runs it (`tsx src/main.ts`) on this test file's database with the given
 * environment (BOT_TOKEN etc. added). It runs as one process, `node --import tsx`: npm and tsx's own
 * command line would each start another node process first (about half a second each).
 */
export function spawnBot(apiRoot: string, extraEnv: Record<string, string>): BotProcess {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  if (scripts.start !== 'tsx src/main.ts') throw new Error(`npm start now runs "${scripts.start}": start the bot here the same way`);
  const uri = new URL(process.env.MONGODB_URI!);
  uri.pathname = `/${mongoose.connection.name}`;
  const log: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    detached: true, // its own process group, so the whole tree can be stopped
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      BOT_TOKEN: E2E_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      MONGODB_URI: uri.toString(),
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'e2e-data-')),
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onData = (chunk: Buffer) => void log.push(chunk.toString());
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return { child, log };
}

/** Starts the bot (spawnBot); resolves once it says it started. */
export async function startBot(apiRoot: string, extraEnv: Record<string, string>): Promise<BotProcess> {
  const bot = spawnBot(apiRoot, extraEnv);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${bot.log.join('')}`)), 60_000);
    const check = () => {
      if (bot.log.join('').includes('bot started')) {
        clearTimeout(timer);
        resolve();
      }
    };
    bot.child.stdout!.on('data', check);
    bot.child.stderr!.on('data', check);
    bot.child.once('exit', (code) => reject(new Error(`bot exited with ${code}:\n${bot.log.join('')}`)));
  });
  return bot;
}

/** Resolves with the exit code once the process ends by itself. */
export function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** True while the process has not exited. */
export const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** SIGTERM to the process group (the bot and anything under it); resolves with the bot's whole log. */
export async function stopBot({ child, log }: BotProcess): Promise<string> {
  // 'close' comes after the exit and the end of its output, so the last log lines are in.
  const ended = !isRunning(child) && child.stdout!.readableEnded && child.stderr!.readableEnded;
  const closed = ended ? Promise.resolve() : new Promise((resolve) => child.once('close', resolve));
  if (isRunning(child)) process.kill(-child.pid!, 'SIGTERM');
  await closed;
  return log.join('');
}

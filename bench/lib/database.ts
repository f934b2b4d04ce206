import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';

export interface BenchDatabase {
  /** 'mongodb' when MONGODB_URI is set, otherwise 'ferretdb'. */
  engine: string;
  /** Database commands the driver started since the last reset (command monitoring). */
  commands(): number;
  resetCommands(): void;
  onCommand(listener: () => void): void;
  /** Called with each finished command's duration in ms (as the driver measured it). */
  onCommandDone(listener: (ms: number) => void): void;
  /**
   * Durations per command and collection (e.g. "update citizens") from now on,
   * to see what is slow; `print()` writes one line per command, slowest total first.
   */
  timeByCommand(): { print(): void };
  close(): Promise<void>;
}

/**
 * A fresh database for one benchmark run: MONGODB_URI when set, otherwise a
 * FerretDB server in a temporary directory. Counts driver commands.
 *
 * @example
 * const db = await openBenchDatabase('join');
 * ... db.commands() ...
 * await db.close();
 */
export async function openBenchDatabase(name: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `bench-${name}-`));
  const embedded = process.env.MONGODB_URI
    ? undefined
    : await startEmbeddedDatabase({ dataDir, engine: 'ferretdb', warn: (m) => console.error(m) });
  const uri = process.env.MONGODB_URI ?? embedded!.uri;
  await mongoose.connect(uri, { dbName: `bench_${name}_${Date.now()}`, monitorCommands: true });
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));

  let count = 0;
  const listeners: Array<() => void> = [];
  mongoose.connection.getClient().on('commandStarted', () => {
    count++;
    for (const listener of listeners) listener();
  });
  const doneListeners: Array<(ms: number) => void> = [];
  for (const event of ['commandSucceeded', 'commandFailed'] as const) {
    mongoose.connection.getClient().on(event, ({ duration }: { duration: number }) => {
      for (const listener of doneListeners) listener(duration);
    });
  }
  return {
    engine: embedded ? 'ferretdb' : 'mongodb',
    commands: () => count,
    resetCommands: () => void (count = 0),
    onCommand: (listener) => void listeners.push(listener),
    onCommandDone: (listener) => void doneListeners.push(listener),
    timeByCommand: () => timeByCommand(mongoose.connection.getClient()),
    close: async () => {
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
      await embedded?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function timeByCommand(client: ReturnType<typeof mongoose.connection.getClient>): { print(): void } {
  const byCommand = new Map<string, number[]>();
  const started = new Map<number, string>();
  client.on('commandStarted', (e) => started.set(e.requestId, `${e.commandName} ${String(e.command[e.commandName])}`));
  client.on('commandSucceeded', (e) => {
    const key = started.get(e.requestId) ?? '?';
    started.delete(e.requestId);
    const times = byCommand.get(key) ?? [];
    times.push(e.duration);
    byCommand.set(key, times);
  });
  return {
    print() {
      const rows = [...byCommand].map(([key, times]) => ({ key, times: times.sort((a, b) => a - b), total: times.reduce((a, b) => a + b, 0) }));
      for (const { key, times, total } of rows.sort((a, b) => b.total - a.total)) {
        console.log(`    ${key.padEnd(40)} n=${times.length} total ${(total / 1000).toFixed(1)} s; p50 ${quantile(times, 0.5).toFixed(1)} p99 ${quantile(times, 0.99).toFixed(1)} max ${times.at(-1)!.toFixed(1)} ms`);
      }
    },
  };
}

/** The value at quantile q (0..1) of already sorted numbers. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

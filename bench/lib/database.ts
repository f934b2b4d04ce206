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
    close: async () => {
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
      await embedded?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The value at quantile q (0..1) of already sorted numbers. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

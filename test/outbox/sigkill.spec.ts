import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mongoose from 'mongoose';
import { useTestDatabase } from '../helpers/test-db.js';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { batchProgress, enqueue } from '../../src/outbox/index.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { DeliveryModel } from '../../src/outbox/model.js';

describe('sigkill', () => {
  const childScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/sender-child.ts');
  /**
   * Few messages prove the point: the sender is killed mid-way (some sent, some not),
   * a second one takes over after the lease, everything arrives, at most one twice.
   * A slow rate keeps the kill in the middle of the batch.
   */
  const N = 20;
  const RATE = 20;
  const KILL_AFTER = 5;

  let done: () => Promise<void>;
  let emu: RunningEmulator;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    done = await useTestDatabase();
    emu = await startEmulator();
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await emu.close();
    await done();
  });

  function startChild(): Promise<ChildProcess> {
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
      env: {
        ...env,
        CHILD_MONGODB_URI: process.env.MONGODB_URI!,
        CHILD_DB_NAME: mongoose.connection.db!.databaseName,
        CHILD_API_ROOT: emu.apiRoot,
        CHILD_RATE: String(RATE),
        CHILD_LEASE_TTL_MS: '1000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (process.env.TEST_LOG) process.stderr.write(chunk);
        if (chunk.toString().includes('ready')) resolve(child);
      });
      child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
  }

  async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  describe('the outbox survives SIGKILL', () => {
    it('a killed sender is replaced; all reminders arrive, at most the one in flight twice', async () => {
      const now = new Date();
      const citizens = Array.from({ length: N }, (_, i) => 5_000_000 + i);
      for (const id of citizens) emu.state.addUser({ id, first_name: `U${id}` }).started = true;
      await CitizenModel.insertMany(citizens.map((id) => ({ _id: id, name: `U${id}`, language: 'ru', consent: { version: 't', givenAt: now } })));
      await enqueue(
        citizens.map((id) => ({ key: `rem:l1:2h:0:${id}`, citizenId: id, batchId: 'sigkill', priority: 'reminder' as const, message: { text: { key: 'btn-yes' } } })),
        now,
      );

      const first = await startChild();
      await waitUntil(() => emu.state.counters.snapshot().totalDelivered >= KILL_AFTER, 30_000);
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      const atKill = emu.state.counters.snapshot().totalDelivered;
      expect(atKill).toBeLessThan(N);
      expect(atKill).toBeGreaterThanOrEqual(KILL_AFTER);

      const second = await startChild();
      try {
        // Settled: in the ledger, or in the send journal the ledger catches up from when the sender is idle.
        await waitUntil(async () => (await batchProgress('sigkill')).delivered === N, 60_000);
      } catch (error) {
        const byStatus = await DeliveryModel.aggregate([{ $group: { _id: '$status', n: { $sum: 1 } } }]);
        const c = emu.state.counters.snapshot();
        throw new Error(`${String(error)}: ${JSON.stringify(byStatus)} delivered=${c.totalDelivered} 429=${c.tooManyRequests} 403=${c.forbidden} 400=${c.badRequests} atKill=${atKill}`, { cause: error });
      } finally {
        second.kill('SIGTERM');
        await new Promise((r) => second.once('exit', r));
      }

      const counts = emu.state.counters.snapshot();
      const perChat = citizens.map((id) => counts.deliveredPerChat[String(id)]?.length ?? 0);
      expect(perChat.every((n) => n >= 1)).toBe(true);
      expect(counts.totalDelivered - N).toBeLessThanOrEqual(1);
      expect(perChat.filter((n) => n > 1).length).toBeLessThanOrEqual(1);
      expect(counts.tooManyRequests).toBe(0);
    }, 120_000);
  });
});

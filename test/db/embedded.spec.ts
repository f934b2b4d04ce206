import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('embedded', () => {
  describe('test database', () => {
    it('is a real MongoDB-compatible server, one database per file', async () => {
      const done = await useTestDatabase();
      const things = mongoose.connection.collection('things');
      await things.insertOne({ name: 'a' });
      expect(await things.countDocuments()).toBe(1);
      expect(mongoose.connection.db?.databaseName).toMatch(/^test_/);
      await done();
    });
  });

  describe('the embedded database', () => {
    it('is started again when it dies, on the same port and data; a stop is not taken for a death', async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'embedded-restart-'));
      const warnings: string[] = [];
      const db = await startEmbeddedDatabase({ dataDir, engine: 'ferretdb', warn: (m) => warnings.push(m) });
      const client = new MongoClient(db.uri, { serverSelectionTimeoutMS: 20_000 });
      try {
        await client.db('t').collection('things').insertOne({ name: 'kept' });
        // The server's own process (its command line names the data directory), killed as the OOM killer would.
        execFileSync('pkill', ['-KILL', '-f', `sqlite-url=file:${dataDir}`]);
        // The driver waits for the server to be back (serverSelectionTimeoutMS), then reads what was stored before.
        expect(await client.db('t').collection('things').countDocuments({ name: 'kept' })).toBe(1);
        expect(warnings).toEqual([expect.stringContaining('The embedded database stopped (SIGKILL); starting it again in 1 s')]);
      } finally {
        await client.close();
        await db.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
      // Stopped on purpose: no second start, and no process left.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(warnings).toHaveLength(1);
      expect(() => execFileSync('pgrep', ['-f', `sqlite-url=file:${dataDir}`])).toThrow();
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import { BSON, MongoClient, type Db } from 'mongodb';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { seedSampleData } from '../../src/db/seed.js';
import { backupDatabase, restoreDatabase, RestoreRefusedError } from '../../src/ops/backup.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';

describe('backup', () => {
  const execFileAsync = promisify(execFile);
  /** The CLI as `npm run backup` runs it (tsx), without npm's and npx's start-up. */
  const cli = (args: string[], env: NodeJS.ProcessEnv) =>
    execFileAsync(process.execPath, ['--import', 'tsx', 'src/ops/backup-cli.ts', ...args], { env: { ...env, NODE_OPTIONS: '', DOTENV_CONFIG_PATH: '/nonexistent' } });
  const now = new Date('2026-11-20T03:00:00Z');

  /** Every document of every collection, in _id order, as canonical Extended JSON (types included). */
  async function contents(db: Db): Promise<Record<string, string[]>> {
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((n) => !n.startsWith('system.'));
    const out: Record<string, string[]> = {};
    for (const name of names.sort()) {
      const docs = await db.collection(name).find({}, { sort: { _id: 1 } }).toArray();
      out[name] = docs.map((d) => BSON.EJSON.stringify(d, { relaxed: false }));
    }
    return out;
  }

  describe('backup and restore', () => {
    let done: () => Promise<void>;
    let source: Db;
    let dir: string;
    const otherDbs: Db[] = [];
    const freshDb = () => {
      const db = mongoose.connection.getClient().db(`${source.databaseName}_r${otherDbs.length}`);
      otherDbs.push(db);
      return db;
    };

    beforeAll(async () => {
      done = await useTestDatabase();
      source = mongoose.connection.db!;
      dir = mkdtempSync(path.join(tmpdir(), 'tvoy-kurs-backup-'));
      await seedSampleData();
      for (const id of [101, 102, 103]) await addToWaitlist(id, { at: new Date(now.getTime() - id * 60_000) });
      await groupWithOffers(now);
    });
    afterAll(async () => {
      for (const db of otherDbs) await db.dropDatabase().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      await done();
    });

    it('restores every collection of a database with entries, groups, offers and outbox rows into a new one', async () => {
      // The fixture is what the test claims: the archive must carry all of these.
      expect(await WaitlistEntryModel.countDocuments()).toBe(3);
      expect(await ClassGroupModel.countDocuments()).toBe(1);
      expect(await SeatOfferModel.countDocuments()).toBe(2);
      expect(await DeliveryModel.countDocuments()).toBeGreaterThanOrEqual(2);

      const { file, manifest } = await backupDatabase(source, dir, now);
      expect(path.basename(file)).toBe('tvoy-kurs-20261120T030000Z.jsonl.gz');
      expect(manifest).toMatchObject({ waitlistentries: 3, classgroups: 1, seatoffers: 2, centers: expect.any(Number) });

      const target = freshDb();
      expect(await restoreDatabase(target, file)).toEqual(manifest);
      const [before, after] = await Promise.all([contents(source), contents(target)]);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const name of Object.keys(before)) expect({ name, docs: after[name] }).toEqual({ name, docs: before[name] });
      // Indexes come along (as this server reports them): the one-active-entry-per-course rule holds in the copy.
      const indexes = async (db: Db) => (await db.collection('waitlistentries').listIndexes().toArray()).map(({ ns: _ns, v: _v, ...i }) => i);
      expect(await indexes(target)).toEqual(await indexes(source));
      expect((await indexes(target)).find((i) => i.name === 'activeKey_1')).toMatchObject({ unique: true });
    });

    it('refuses a database that is not empty, and replaces it when told', async () => {
      const { file } = await backupDatabase(source, dir, new Date(now.getTime() + 1000));
      const target = freshDb();
      await target.collection('citizens').insertOne({ _id: 999 as never, name: 'someone else' });

      await expect(restoreDatabase(target, file)).rejects.toThrow(RestoreRefusedError);
      await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty \(citizens\).*--replace/);
      expect(await target.collection('citizens').countDocuments({ _id: 999 as never })).toBe(1);

      await restoreDatabase(target, file, { replace: true });
      expect(await contents(target)).toEqual(await contents(source));
    });

    it('refuses an archive that was cut short', async () => {
      const { file } = await backupDatabase(source, dir, new Date(now.getTime() + 2000));
      const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
      const cut = path.join(dir, 'cut.jsonl.gz');
      writeFileSync(cut, gzipSync(lines.slice(0, -1).join('\n') + '\n'));
      await expect(restoreDatabase(freshDb(), cut)).rejects.toThrow(/incomplete/);
    });

    it('npm run backup / restore work from the command line against MONGODB_URI', async () => {
      const base = process.env.MONGODB_URI!.replace(/\/?$/, '/');
      const backup = await cli(['backup', '--out', dir], { ...process.env, MONGODB_URI: base + source.databaseName });
      const file = /backup written: (\S+)/.exec(backup.stdout)?.[1];
      expect(file).toBeDefined();

      const target = freshDb();
      const restore = await cli(['restore', file!], { ...process.env, MONGODB_URI: base + target.databaseName });
      expect(restore.stdout).toMatch(/restored .* collections/);
      expect(await contents(target)).toEqual(await contents(source));

      const again = cli(['restore', file!], { ...process.env, MONGODB_URI: base + target.databaseName });
      await expect(again).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/is not empty/) });
    });

    it('works on the embedded database the bot is running (DATA_DIR, no MONGODB_URI)', async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'tvoy-kurs-embedded-'));
      const embedded = await startEmbeddedDatabase({ dataDir, engine: 'ferretdb' });
      const { MONGODB_URI: _unset, ...env } = process.env;
      const client = await new MongoClient(embedded.uri).connect();
      try {
        // What the running bot holds (src/db/connect.ts names the embedded database tvoy_kurs).
        const live = client.db('tvoy_kurs');
        await live.collection('citizens').insertMany([{ _id: 1 as never, name: 'A' }, { _id: 2 as never, name: 'B' }]);
        const backup = await cli(['backup', '--out', dir], { ...env, DATA_DIR: dataDir });
        const file = /backup written: (\S+)/.exec(backup.stdout)![1]!;
        expect(JSON.parse(backup.stdout.trim().split('\n').at(-1)!)).toEqual({ citizens: 2 });

        await live.dropDatabase();
        await cli(['restore', file], { ...env, DATA_DIR: dataDir });
        expect(await live.collection('citizens').find().sort({ _id: 1 }).toArray()).toEqual([
          { _id: 1, name: 'A' },
          { _id: 2, name: 'B' },
        ]);
      } finally {
        await client.close();
        await embedded.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});

/**
 * npm run backup [-- --out <dir>]          one archive of the whole database (BACKUP_DIR, default ./backups)
 * npm run restore -- <archive> [--replace]  into an empty database; --replace overwrites a non-empty one
 *
 * The database is MONGODB_URI, or the embedded one under DATA_DIR (the running bot's server when it runs,
 * otherwise one started for the command).
 */
import 'dotenv/config';
import { MongoClient } from 'mongodb';
import { runningEmbeddedUri, startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embedded.js';
import { backupDatabase, restoreDatabase, RestoreRefusedError } from './backup.js';

/** The embedded database's name (src/db/connect.ts). */
const EMBEDDED_DB_NAME = 'tvoy_kurs';

async function openDatabase(): Promise<{ client: MongoClient; dbName?: string; embedded?: EmbeddedDatabase }> {
  const uri = process.env.MONGODB_URI?.trim();
  if (uri) {
    if (!/^mongodb(\+srv)?:\/\//.test(uri)) throw new Error('MONGODB_URI: a MongoDB connection string starting with mongodb://');
    return { client: await new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 }).connect() };
  }
  const dataDir = process.env.DATA_DIR?.trim() || './data';
  const running = runningEmbeddedUri(dataDir);
  if (running) {
    const client = new MongoClient(running, { serverSelectionTimeoutMS: 1_500 });
    try {
      await client.db('admin').command({ ping: 1 });
      return { client, dbName: EMBEDDED_DB_NAME };
    } catch {
      await client.close(); // left by a bot that stopped without cleaning up
    }
  }
  const embedded = await startEmbeddedDatabase({ dataDir, warn: (m) => console.error(m) });
  return { client: await new MongoClient(embedded.uri).connect(), dbName: EMBEDDED_DB_NAME, embedded };
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flag = (name: string) => rest.includes(name);
  const value = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (command !== 'backup' && command !== 'restore') {
    console.error('usage: npm run backup [-- --out <dir>]  |  npm run restore -- <archive> [--replace]');
    return 2;
  }
  const archive = rest.find((a) => !a.startsWith('--'));
  if (command === 'restore' && !archive) {
    console.error('usage: npm run restore -- <archive> [--replace]');
    return 2;
  }
  const { client, dbName, embedded } = await openDatabase();
  try {
    const db = client.db(dbName);
    if (command === 'backup') {
      const out = value('--out') ?? process.env.BACKUP_DIR ?? './backups';
      const { file, manifest } = await backupDatabase(db, out, new Date());
      const total = Object.values(manifest).reduce((a, b) => a + b, 0);
      console.log(`backup written: ${file} (${Object.keys(manifest).length} collections, ${total} documents)`);
      console.log(JSON.stringify(manifest));
    } else {
      const manifest = await restoreDatabase(db, archive!, { replace: flag('--replace') });
      const total = Object.values(manifest).reduce((a, b) => a + b, 0);
      console.log(`restored ${archive} into "${db.databaseName}": ${Object.keys(manifest).length} collections, ${total} documents`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof RestoreRefusedError ? error.message : `failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await client.close();
    await embedded?.stop();
  }
}

process.exitCode = await run(process.argv.slice(2));

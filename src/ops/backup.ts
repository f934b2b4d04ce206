import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { BSON, type Db, type Document } from 'mongodb';

const { EJSON } = BSON;

/**
 * One backup archive: gzip of JSON lines, canonical Extended JSON (types survive: dates, ObjectIds, longs).
 *   {"format":"tvoy-kurs-backup","version":1,"createdAt":…}
 *   {"collection":"citizens","indexes":[…]}        once per collection, before its documents
 *   {"c":"citizens","d":{…}}                       one per document
 *   {"manifest":{"citizens":12,…}}                 last: the counts; an archive without it is incomplete
 */
export const BACKUP_FORMAT = 'tvoy-kurs-backup';

export type Manifest = Record<string, number>;

export interface BackupResult {
  file: string;
  manifest: Manifest;
}

/** Collections of the application (not the server's own). */
async function collectionNames(db: Db): Promise<string[]> {
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  return collections
    .filter((c) => !c.name.startsWith('system.') && (c.type === undefined || c.type === 'collection'))
    .map((c) => c.name)
    .sort();
}

/**
 * Writes every collection of `db` into one archive under `dir` and returns its path and counts.
 * The file appears under its final name only when complete.
 *
 * @example
 * const { file, manifest } = await backupDatabase(client.db('tvoy_kurs'), './backups', new Date());
 */
export async function backupDatabase(db: Db, dir: string, now: Date): Promise<BackupResult> {
  await mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const file = path.join(dir, `tvoy-kurs-${stamp}.jsonl.gz`);
  const partial = `${file}.partial`;
  const manifest: Manifest = {};

  async function* lines() {
    yield JSON.stringify({ format: BACKUP_FORMAT, version: 1, createdAt: now.toISOString(), database: db.databaseName }) + '\n';
    for (const name of await collectionNames(db)) {
      const collection = db.collection(name);
      const indexes = (await collection.listIndexes().toArray()).filter((i) => i.name !== '_id_').map(({ v: _v, ns: _ns, ...spec }) => spec);
      yield JSON.stringify({ collection: name, indexes: EJSON.serialize(indexes, { relaxed: false }) }) + '\n';
      let count = 0;
      for await (const doc of collection.find({}, { sort: { _id: 1 } })) {
        yield `{"c":${JSON.stringify(name)},"d":${EJSON.stringify(doc, { relaxed: false })}}\n`;
        count++;
      }
      manifest[name] = count;
    }
    yield JSON.stringify({ manifest }) + '\n';
  }

  try {
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file, manifest };
}

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/** Collections that hold documents now. */
export async function nonEmptyCollections(db: Db): Promise<string[]> {
  const names = await collectionNames(db);
  const counts = await Promise.all(names.map(async (n) => [n, await db.collection(n).estimatedDocumentCount()] as const));
  return counts.filter(([, n]) => n > 0).map(([name]) => name);
}

/**
 * Restores an archive into `db`. Refuses a database that already holds documents unless `replace`
 * is set; then the archive's collections are dropped and written anew. Checks the counts against
 * the manifest at the end.
 */
export async function restoreDatabase(db: Db, file: string, options: { replace?: boolean } = {}): Promise<Manifest> {
  const existing = await nonEmptyCollections(db);
  if (existing.length > 0 && !options.replace) {
    throw new RestoreRefusedError(
      `The database "${db.databaseName}" is not empty (${existing.join(', ')}). Restore into an empty database, ` +
        'or add --replace to drop these collections and replace them with the archive.',
    );
  }
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const restored: Manifest = {};
  let manifest: Manifest | undefined;
  let header = false;
  let batch: Document[] = [];
  let batchCollection = '';
  const flush = async () => {
    if (batch.length === 0) return;
    await db.collection(batchCollection).insertMany(batch, { ordered: true });
    restored[batchCollection] = (restored[batchCollection] ?? 0) + batch.length;
    batch = [];
  };

  for await (const line of input) {
    if (!line) continue;
    if (!header) {
      const head = JSON.parse(line) as { format?: string; version?: number };
      if (head.format !== BACKUP_FORMAT || head.version !== 1) throw new Error(`${file} is not a tvoy-kurs backup archive`);
      header = true;
      continue;
    }
    if (line.startsWith('{"c":')) {
      const { c, d } = JSON.parse(line) as { c: string; d: unknown };
      if (c !== batchCollection) await flush();
      batchCollection = c;
      batch.push(EJSON.deserialize(d as Document, { relaxed: false }) as Document);
      if (batch.length >= 500) await flush();
      continue;
    }
    await flush();
    const record = JSON.parse(line) as { collection?: string; indexes?: Document[]; manifest?: Manifest };
    if (record.collection) {
      if (options.replace) await db.collection(record.collection).drop().catch(() => undefined);
      await db.createCollection(record.collection).catch(() => undefined);
      const indexes = EJSON.deserialize(record.indexes ?? [], { relaxed: false }) as unknown as Array<{ key: Document; name: string } & Document>;
      if (indexes.length > 0) await db.collection(record.collection).createIndexes(indexes);
      restored[record.collection] = 0;
    } else if (record.manifest) {
      manifest = record.manifest;
    }
  }
  await flush();
  if (!header) throw new Error(`${file} is empty`);
  if (!manifest) throw new Error(`${file} is incomplete (no manifest at the end): the backup was cut short`);
  for (const [name, count] of Object.entries(manifest)) {
    if ((restored[name] ?? 0) !== count) throw new Error(`${name}: the archive lists ${count} documents, ${restored[name] ?? 0} were restored`);
  }
  return manifest;
}

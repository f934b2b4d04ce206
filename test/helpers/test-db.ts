import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import mongoose from 'mongoose';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';

/**
 * Connects mongoose to a fresh database of its own for one test file and
 * returns a function that drops it and disconnects.
 *
 * @example
 * let done: () => Promise<void>;
 * beforeAll(async () => { done = await useTestDatabase(); });
 * afterAll(() => done());
 */
export async function useTestDatabase(): Promise<() => Promise<void>> {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set: the jest globalSetup did not run');
  const dbName = `test_${randomBytes(6).toString('hex')}`;
  await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 5000 });
  await createCollectionsAndIndexes();
  // The centers and courses kept in memory (catalog.ts) were another database's: the part files of
  // test/helpers/specs.ts run many in one process.
  invalidateCatalog();
  return async () => {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  };
}

/**
 * Creates every model's collection and indexes (unique ones included) in the connected database. Not
 * `model.init()`: mongoose runs that once per model and process, and a part file (test/helpers/specs.ts) works in
 * many databases, one after another, in one process.
 */
export async function createCollectionsAndIndexes(): Promise<void> {
  await Promise.all(
    Object.values(mongoose.models).map(async (model) => {
      await model.createCollection();
      await model.createIndexes();
    }),
  );
}

/**
 * Empties every collection of this file's database (indexes stay), for a beforeEach that lets each
 * test start from the same state whatever ran before it; seed again after it where tests need it.
 */
export async function emptyTestDatabase(): Promise<void> {
  const collections = await mongoose.connection.db!.collections();
  await Promise.all(collections.map((collection) => collection.deleteMany({})));
  invalidateCatalog();
}

/**
 * The hooks of a test file whose every test starts from the sample data alone,
 * whatever ran before it (so each passes alone and in any order).
 *
 * @example
 * useSampleDataPerTest(); // at the top of the file, instead of beforeAll/beforeEach/afterAll
 */
export function useSampleDataPerTest(): void {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
}

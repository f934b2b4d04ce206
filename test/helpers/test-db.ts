import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';

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
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  return async () => {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  };
}

/**
 * Empties every collection of this file's database (indexes stay), for a beforeEach that lets each
 * test start from the same state whatever ran before it; seed again after it where tests need it.
 */
export async function emptyTestDatabase(): Promise<void> {
  const collections = await mongoose.connection.db!.collections();
  await Promise.all(collections.map((collection) => collection.deleteMany({})));
}

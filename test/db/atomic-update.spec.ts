import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { useTestDatabase } from '../helpers/test-db.js';

describe('atomic-update', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  /**
   * The bot's concurrency rests on conditional single-document updates being
   * atomic (claim an outbox item, accept a seat, take a lease). MongoDB
   * guarantees it; FerretDB 1.24 alone does not (query and write are separate
   * SQLite transactions), which tools/ferretdb's relay fixes. This checks the
   * server the tests run on.
   */
  describe('the database server', () => {
    it('lets exactly one of many concurrent conditional updates win', async () => {
      const items = mongoose.connection.collection('claims');
      for (let round = 0; round < 5; round++) {
        const { insertedId } = await items.insertOne({ status: 'pending', round });
        const attempts = await Promise.all(
          Array.from({ length: 40 }, (_, worker) =>
            items.findOneAndUpdate({ _id: insertedId, status: 'pending' }, { $set: { status: 'taken', worker } }),
          ),
        );
        expect(attempts.filter((result) => result !== null)).toHaveLength(1);
        const counters = await Promise.all(
          Array.from({ length: 40 }, () => items.updateOne({ _id: insertedId, status: 'taken' }, { $set: { status: 'done' } })),
        );
        expect(counters.reduce((sum, r) => sum + r.modifiedCount, 0)).toBe(1);
      }
    });
  });
});

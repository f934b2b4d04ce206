import { describe, it, expect, beforeAll, beforeEach, afterAll } from '@jest/globals';
import { useTestDatabase } from '../helpers/test-db.js';
import { enqueue } from '../../src/outbox/store.js';
import { batchProgress, countInBatches, runningBatchProgress } from '../../src/outbox/progress.js';
import { batchCounters, DeliveryModel, sentJournal } from '../../src/outbox/model.js';

describe('store', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  describe('outbox', () => {
    const now = new Date('2026-11-24T03:00:00Z');
    const item = (citizenId: number) => ({
      key: `bc:b1:${citizenId}`,
      citizenId,
      batchId: 'b1',
      priority: 'broadcast' as const,
      message: { text: { raw: 'Hello' }, buttons: [[{ text: { key: 'btn-yes' }, data: 'x:1' }]] },
    });

    beforeEach(async () => {
      await Promise.all([DeliveryModel.deleteMany({}), sentJournal().deleteMany({}), batchCounters().deleteMany({})]);
    });

    it('adds items once; repeated keys are ignored', async () => {
      expect(await enqueue([item(1), item(2)], now)).toEqual({ added: 2 });
      expect(await enqueue([item(2), item(3), item(1)], now)).toEqual({ added: 1 });
      expect(await DeliveryModel.countDocuments()).toBe(3);
      // The batch's total counts each item once: the refused repeats are not counted.
      expect(await batchCounters().findOne({ _id: 'b1' })).toMatchObject({ total: 3 });
      const stored = await DeliveryModel.findOne({ key: 'bc:b1:1' }).lean();
      expect(JSON.parse(stored!.message).buttons[0][0].data).toBe('x:1');
      expect(stored!.status).toBe('pending');
      expect(stored!.notBefore).toEqual(now);
    });

    /** Batch b1 of three: one delivered, one blocked, one pending. */
    async function seedBatch() {
      await enqueue([item(1), item(2), item(3)], now);
      await DeliveryModel.updateOne({ key: 'bc:b1:1' }, { $set: { status: 'delivered' } });
      await DeliveryModel.updateOne({ key: 'bc:b1:2' }, { $set: { status: 'blocked' } });
    }

    it('reports batch progress', async () => {
      await seedBatch();
      expect(await batchProgress('b1')).toEqual({ total: 3, pending: 1, delivered: 1, blocked: 1, failed: 0, skipped: 0 });
      expect(await batchProgress('none')).toEqual({ total: 0, pending: 0, delivered: 0, blocked: 0, failed: 0, skipped: 0 });
    });

    it('counts a message in the send journal as delivered before the ledger catches up', async () => {
      await seedBatch();
      const third = await DeliveryModel.findOne({ key: 'bc:b1:3' }).lean();
      await sentJournal().insertOne({ _id: third!._id, at: now });
      expect(await batchProgress('b1')).toEqual({ total: 3, pending: 0, delivered: 2, blocked: 1, failed: 0, skipped: 0 });
      await sentJournal().deleteMany({});
    });

    describe('while a batch is sent', () => {
      const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
      const items = (batchId: string) => [1, 2].map((id) => ({ ...item(id), key: `${batchId}:${id}`, batchId }));

      it('reads the counters while they move, and checks them against the ledger when they stop', async () => {
        await enqueue(items('lost'), now);
        expect(await batchCounters().findOne({ _id: 'lost' })).toMatchObject({ total: 2 });
        expect(await runningBatchProgress('lost', at(10))).toMatchObject({ total: 2, pending: 2 });
        // Both were sent, but a crash lost the count of one: the counters lag until they stop moving.
        await DeliveryModel.updateMany({ batchId: 'lost' }, { $set: { status: 'delivered' } });
        await countInBatches(new Map([['lost', { delivered: 1 }]]), at(20));
        expect(await runningBatchProgress('lost', at(25))).toMatchObject({ pending: 1, delivered: 1 });
        expect(await runningBatchProgress('lost', at(45))).toMatchObject({ pending: 1, delivered: 1 });
        expect(await runningBatchProgress('lost', at(50))).toEqual({ total: 2, pending: 0, delivered: 2, blocked: 0, failed: 0, skipped: 0 });
      });

      it('is finished only when the ledger says so, not when the counters do', async () => {
        await enqueue(items('early'), now);
        await countInBatches(new Map([['early', { delivered: 2 }]]), now);
        await DeliveryModel.updateOne({ key: 'early:1' }, { $set: { status: 'delivered' } });
        expect(await runningBatchProgress('early', at(1))).toMatchObject({ pending: 1, delivered: 1 });
      });
    });
  });
});

import { describe, it, expect, beforeAll, beforeEach, afterAll } from '@jest/globals';
import { useTestDatabase } from '../helpers/test-db.js';
import { enqueue } from '../../src/outbox/store.js';
import { Hand } from '../../src/outbox/hand.js';
import { batchCounters, DeliveryModel, sentJournal } from '../../src/outbox/model.js';

describe('hand', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  /**
   * The sender's hand reads the store on from the last item it took. Items it sent stay in hand
   * (and pending in the ledger) until the ledger catches up, which happens only when the sender is
   * idle; seen in bench:mixed, a read filled with them returned just the few new rows among them,
   * and the broadcast crawled at a few messages a second for 25 s.
   */
  describe('outbox hand', () => {
    const createdAt = new Date('2026-11-24T03:00:00Z');
    const broadcast = (citizenId: number) => ({
      key: `bc:b1:${citizenId}`, citizenId, batchId: 'b1', priority: 'broadcast' as const, message: { text: { raw: 'Hello' } },
    });

    beforeEach(async () => {
      await Promise.all([DeliveryModel.deleteMany({}), sentJournal().deleteMany({}), batchCounters().deleteMany({})]);
    });

    it('a read filled by items in hand reads on until the batch is full', async () => {
      await enqueue(Array.from({ length: 40 }, (_, i) => broadcast(100 + i)), createdAt);
      const hand = new Hand(10);
      // Two batches taken while the broadcast is new (the reading does not move over items due a moment ago).
      const first = await hand.take(createdAt);
      const second = await hand.take(createdAt);
      expect([first.length, second.length]).toEqual([10, 10]);
      // A minute later, a reminder falls due; the 20 broadcast items taken are still in hand.
      const later = new Date(createdAt.getTime() + 60_000);
      await enqueue([{ key: 'rem:1', citizenId: 1, priority: 'reminder', message: { text: { raw: 'Class today' } }, notBefore: later }], later);

      const third = await hand.take(later);

      expect(third.map((item) => item.key)).toEqual(['rem:1', ...Array.from({ length: 9 }, (_, i) => `bc:b1:${120 + i}`)]);
    });

    it('returns what is left when the store has fewer due items than a batch', async () => {
      await enqueue(Array.from({ length: 14 }, (_, i) => broadcast(100 + i)), createdAt);
      const hand = new Hand(10);
      const later = new Date(createdAt.getTime() + 60_000);
      expect(await hand.take(later)).toHaveLength(10);
      expect((await hand.take(later)).map((item) => item.key)).toEqual(['bc:b1:110', 'bc:b1:111', 'bc:b1:112', 'bc:b1:113']);
      expect(await hand.take(later)).toEqual([]);
    });
  });
});

import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import mongoose from 'mongoose';
import { useTestDatabase } from '../helpers/test-db.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { deliverAll, VirtualTimer } from '../helpers/outbox.js';
import { cancelPending, drainOutbox, enqueue, startSender, type OutboxItem, type SenderDeps } from '../../src/outbox/index.js';
import { batchProgress } from '../../src/outbox/progress.js';
import { batchCounters, DeliveryModel } from '../../src/outbox/model.js';
import { SenderLease } from '../../src/outbox/lease.js';
import { toldByOwnAnswer, unlinkChatInOutbox } from '../../src/outbox/unlink.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { setReachable } from '../../src/domain/citizens.js';
import type { OutgoingMessage, Recipient } from '../../src/notify/notifier.js';

describe('sender', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  let t: TestBot;
  beforeEach(async () => {
    await Promise.all([DeliveryModel.deleteMany({}), CitizenModel.deleteMany({}), mongoose.connection.collection('outbox_sent').deleteMany({})]);
    t = createTestBot();
    for (const [id, language] of [[1, 'ru'], [2, 'en'], [3, 'ru']] as const) {
      await CitizenModel.create({ _id: id, name: `C${id}`, language, consent: { version: 't', givenAt: t.clock.now() } });
    }
  });

  /** The sender's deps with a notifier that tells `onSend` each message before sending it. */
  function recording(deps: SenderDeps, onSend: (recipient: Recipient, message: OutgoingMessage) => void | Promise<void>): SenderDeps {
    const { notifier } = deps;
    return { ...deps, notifier: { sendToCitizen: async (r, m) => (await onSend(r, m), notifier.sendToCitizen(r, m)) } };
  }

  /** Waits (up to 5 s, then fails) for something the worker does in the background. */
  async function until(condition: () => boolean): Promise<void> {
    for (let waited = 0; !condition(); waited += 20) {
      if (waited > 5000) throw new Error('timed out waiting for the worker');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const item = (citizenId: number, key = `test:${citizenId}`): OutboxItem => ({
    key,
    citizenId,
    priority: 'personal',
    message: { text: { key: 'btn-yes' }, buttons: [[{ text: { key: 'btn-no' }, data: 'x:no' }]] },
  });

  /** A broadcast to 40 citizens (2000…2039) waiting in the outbox. */
  async function pendingBroadcast(): Promise<void> {
    const ids = Array.from({ length: 40 }, (_, i) => 2000 + i);
    await CitizenModel.insertMany(ids.map((id) => ({ _id: id, name: `C${id}`, language: 'ru', consent: { version: 't', givenAt: t.clock.now() } })));
    await enqueue(ids.map((id) => ({ ...item(id, `bc:${id}`), priority: 'broadcast' as const })), t.clock.now());
  }

  describe('outbox sender', () => {
    it('sends each item once in the recipient language, with buttons; repeated keys are ignored', async () => {
      await enqueue([item(1), item(2)], t.clock.now());
      await enqueue([item(1), item(2)], t.clock.now());
      const report = await deliverAll(t);
      expect(report.delivered).toBe(2);
      const to1 = t.telegram.messagesTo(1);
      const to2 = t.telegram.messagesTo(2);
      expect(to1).toHaveLength(1);
      expect(to1[0]!.text).toBe(t.i18n.t('ru', 'btn-yes'));
      expect(to2[0]!.text).toBe(t.i18n.t('en', 'btn-yes'));
      expect(to1[0]!.reply_markup?.inline_keyboard[0]![0]).toMatchObject({ text: t.i18n.t('ru', 'btn-no'), callback_data: 'x:no' });
      expect((await deliverAll(t)).delivered).toBe(0);
      expect(await DeliveryModel.countDocuments({ status: 'delivered' })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('waits for notBefore', async () => {
      await enqueue([{ ...item(1), notBefore: new Date(t.clock.now().getTime() + 60_000) }], t.clock.now());
      expect((await deliverAll(t)).delivered).toBe(0);
      t.clock.advance(60_000);
      expect((await deliverAll(t)).delivered).toBe(1);
    });

    it('honours 429: pauses all sending for retry_after and retries the same item without counting a failure', async () => {
      await enqueue([item(1), item(2)], t.clock.now());
      t.telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } });
      const timer = new VirtualTimer();
      const report = await deliverAll(t, { timer });
      expect(report).toMatchObject({ delivered: 2, rateLimited: 1, pausedSeconds: 7, failed: 0 });
      expect(timer.current).toBeGreaterThanOrEqual(7000); // waited out the retry_after (in steps that renew the lease)
      expect(t.telegram.messagesTo(1)).toHaveLength(1);
      const first = await DeliveryModel.findOne({ key: 'test:1' }).lean();
      expect(first!.attempts).toBe(0);
    });

    it('a retry_after longer than the lock lease keeps the lease, so no other process takes over and sends twice', async () => {
      await enqueue([item(1)], t.clock.now());
      t.telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 60', parameters: { retry_after: 60 } });
      const otherProcess = new SenderLease('other-process', t.clock.now, 15_000);
      const triesDuringSleeps: string[] = [];
      const timer = {
        now: () => t.clock.now().getTime(),
        sleep: async (ms: number) => {
          t.clock.advance(ms);
          triesDuringSleeps.push(await otherProcess.acquire());
        },
      };
      expect(await drainOutbox(t.senderDeps, { timer })).toMatchObject({ delivered: 1, rateLimited: 1, pausedSeconds: 60 });
      expect(triesDuringSleeps.length).toBeGreaterThan(3);
      expect(triesDuringSleeps.every((result) => result === 'busy')).toBe(true);
      expect(t.telegram.messagesTo(1)).toHaveLength(1);
    });

    it('a lease another process took meanwhile is lost, even when that process has let it go since (fix41d)', async () => {
      const ours = new SenderLease('ours', t.clock.now, 15_000);
      expect(await ours.acquire()).not.toBe('busy');
      t.clock.advance(20_000); // stalled past the lease (a long database blip)
      const other = new SenderLease('other-process', t.clock.now, 15_000);
      expect(await other.acquire()).toBe('taken');
      await other.release();
      expect(await ours.keep()).toBe(false);
      await ours.release();
    });

    it('an unlink\'s farewell a librarian\'s run enqueues after the owner\'s own answer told him is never sent (probe38 L1, the late run)', async () => {
      const chat = 5151;
      const now = t.clock.now();
      const startedAt = new Date(now.getTime() - 1000);
      // His run finished first (his button's answer told him); hers had checked he was there and enqueues now.
      await toldByOwnAnswer(-5151, 'ru', startedAt, now);
      await unlinkChatInOutbox(chat, -5151, { language: 'ru', farewell: 'unlink-told', startedAt, now });
      await deliverAll(t);
      expect(t.telegram.messagesTo(chat)).toHaveLength(0);
    });

    it('paces sends: at most the rate overall and about one per second into one chat', async () => {
      await enqueue([item(1, 'a'), item(1, 'b'), item(1, 'c'), item(2), item(3)], t.clock.now());
      const timer = new VirtualTimer();
      const sentAt: Array<{ chat: number; at: number }> = [];
      const deps = recording(t.senderDeps, (r) => void sentAt.push({ chat: r.citizenId, at: timer.now() }));
      await drainOutbox({ ...deps, ratePerSecond: 10 }, { timer, burst: 1 });
      expect(sentAt).toHaveLength(5);
      for (let i = 1; i < sentAt.length; i++) expect(sentAt[i]!.at - sentAt[i - 1]!.at).toBeGreaterThanOrEqual(100 - 1e-6);
      const chat1 = sentAt.filter((s) => s.chat === 1).map((s) => s.at);
      expect(chat1[1]! - chat1[0]!).toBeGreaterThanOrEqual(1000);
      expect(chat1[2]! - chat1[1]!).toBeGreaterThanOrEqual(1000);
      // Others were not held up behind chat 1.
      expect(sentAt.slice(0, 3).map((s) => s.chat).sort()).toEqual([1, 2, 3]);
    });

    it('403 marks the citizen unreachable; later sends to them are skipped', async () => {
      await enqueue([item(1, 'first')], t.clock.now());
      t.telegram.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' }, { chatId: 1 });
      expect((await deliverAll(t)).blocked).toBe(1);
      expect((await CitizenModel.findById(1).lean())!.reachable).toBe(false);
      await enqueue([item(1, 'second'), item(2)], t.clock.now());
      const report = await deliverAll(t);
      expect(report).toMatchObject({ delivered: 1, skipped: 1 });
      expect((await DeliveryModel.findOne({ key: 'second' }).lean())!.status).toBe('skipped');
      expect(t.telegram.messagesTo(1)).toHaveLength(0);
    });

    it('a forgotten citizen is skipped', async () => {
      await CitizenModel.deleteOne({ _id: 3 });
      await enqueue([item(3)], t.clock.now());
      expect((await deliverAll(t)).skipped).toBe(1);
    });

    it('retries network errors with backoff, then gives up after 5 attempts', async () => {
      await enqueue([item(1)], t.clock.now());
      t.telegram.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, { times: 10 });
      expect((await deliverAll(t)).retried).toBe(1);
      let row = await DeliveryModel.findOne({ key: 'test:1' }).lean();
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row!.notBefore.getTime()).toBeGreaterThan(t.clock.now().getTime());
      for (let i = 0; i < 4; i++) {
        t.clock.advance(60_000);
        await deliverAll(t);
      }
      row = await DeliveryModel.findOne({ key: 'test:1' }).lean();
      expect(row).toMatchObject({ status: 'failed', attempts: 5 });
    });

    it('a network error followed by success delivers once', async () => {
      await enqueue([item(2)], t.clock.now());
      t.telegram.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' });
      await deliverAll(t);
      t.clock.advance(10_000);
      expect((await deliverAll(t)).delivered).toBe(1);
      expect(t.telegram.messagesTo(2)).toHaveLength(1);
    });

    it('an item a crashed sender journalled as sent is recorded delivered, not sent again', async () => {
      await enqueue([item(1), item(2)], t.clock.now());
      const first = await DeliveryModel.findOne({ key: 'test:1' }).lean();
      await mongoose.connection.collection('outbox_sent').insertOne({ _id: first!._id, at: t.clock.now() });
      await new SenderLease('dead', () => new Date(t.clock.now().getTime() - 3_600_000), 15_000).acquire();
      const report = await deliverAll(t);
      expect(report.delivered).toBe(1);
      expect(t.telegram.messagesTo(1)).toHaveLength(0);
      expect(t.telegram.messagesTo(2)).toHaveLength(1);
      expect(await DeliveryModel.countDocuments({ status: 'delivered' })).toBe(2);
      expect(await mongoose.connection.collection('outbox_sent').countDocuments()).toBe(0);
    });

    it('fix40b: a reminder a dead sender claimed but never sent can still be withdrawn: the next sender does not send it', async () => {
      await enqueue([1, 2, 3].map((id) => ({ ...item(id, `rem:${id}`), priority: 'reminder' as const })), t.clock.now());
      // The first sender claims the three reminders, then hangs for good in its first send (the process died there).
      let inFlight!: () => void;
      const sending = new Promise<void>((resolve) => (inFlight = resolve));
      const hung: SenderDeps = { ...t.senderDeps, notifier: { sendToCitizen: () => (inFlight(), new Promise<never>(() => undefined)) } };
      void drainOutbox(hung, { timer: new VirtualTimer(), workerId: 'dead' }).catch(() => undefined);
      await sending;
      expect(await DeliveryModel.countDocuments({ claimedAt: { $exists: true } })).toBe(3);
      // Her lesson moved: its reminder is withdrawn while the dead sender's lease runs out.
      await cancelPending('rem:2', 'the lesson moved');
      t.clock.advance(60_000);
      await deliverAll(t);
      expect(t.telegram.messagesTo(2)).toHaveLength(0);
      expect(await DeliveryModel.findOne({ key: 'rem:2' }).lean()).toMatchObject({ status: 'skipped', lastError: 'the lesson moved' });
      // The others go: the one in flight when it died again (at most that one twice), the unsent one once.
      expect([1, 3].map((id) => t.telegram.messagesTo(id).length)).toEqual([1, 1]);
      expect(await DeliveryModel.countDocuments({ status: 'delivered' })).toBe(2);
    });

    it('fix40b: the sender taking over lets the dead one\'s claims go: a reminder withdrawn before it claims them again is not sent', async () => {
      await enqueue([{ ...item(1, 'rem:1'), priority: 'reminder' }], t.clock.now());
      let inFlight!: () => void;
      const sending = new Promise<void>((resolve) => (inFlight = resolve));
      const hung: SenderDeps = { ...t.senderDeps, notifier: { sendToCitizen: () => (inFlight(), new Promise<never>(() => undefined)) } };
      void drainOutbox(hung, { timer: new VirtualTimer(), workerId: 'dead' }).catch(() => undefined);
      await sending;
      // 31 offers came meanwhile: the new sender claims a chunk of 30 of them first, and the reminder with the next chunk.
      await pendingBroadcast();
      await DeliveryModel.updateMany({ key: /^bc:/ }, { $set: { priority: 0 } });
      await DeliveryModel.deleteMany({ key: { $in: Array.from({ length: 9 }, (_, i) => `bc:${2031 + i}`) } });
      t.clock.advance(60_000);
      // Her lesson moves while the new sender sends the first offer: after it took the lease, before it claims the reminder.
      let withdrawn = false;
      await deliverAll({
        senderDeps: recording(t.senderDeps, async () => {
          if (!withdrawn) await cancelPending('rem:1', 'the lesson moved');
          withdrawn = true;
        }),
      });
      expect(t.telegram.messagesTo(2000)).toHaveLength(1);
      expect(t.telegram.messagesTo(1)).toHaveLength(0);
      expect(await DeliveryModel.findOne({ key: 'rem:1' }).lean()).toMatchObject({ status: 'skipped', lastError: 'the lesson moved' });
    });

    it('fix41d (probe40 L1): a reminder claimed beside one that met a 429 and withdrawn during the 30 s pause is not sent after it', async () => {
      await enqueue([1, 2].map((id) => ({ ...item(id, `rem:${id}`), priority: 'reminder' as const })), t.clock.now());
      t.telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 30', parameters: { retry_after: 30 } });
      // Her lesson moves while the sender waits out the pause, holding both claims.
      const timer = new VirtualTimer();
      let withdrawn = false;
      const sleep = timer.sleep;
      timer.sleep = async (ms: number) => {
        if (!withdrawn) {
          withdrawn = true;
          expect(await DeliveryModel.countDocuments({ claimedAt: { $exists: true } })).toBe(2);
          await cancelPending('rem:2', 'the lesson moved');
        }
        return sleep(ms);
      };
      const report = await deliverAll(t, { timer });
      expect(withdrawn).toBe(true);
      expect(report).toMatchObject({ delivered: 1, skipped: 1, rateLimited: 1, pausedSeconds: 30 });
      expect(t.telegram.messagesTo(1)).toHaveLength(1);
      expect(t.telegram.messagesTo(2)).toHaveLength(0);
      expect(await DeliveryModel.findOne({ key: 'rem:2' }).lean()).toMatchObject({ status: 'skipped', lastError: 'the lesson moved' });
    });

    it('fix41d (probe40 L1): a reminder withdrawn while another call\'s 429 holds the outbox is not sent after the hold', async () => {
      await enqueue([1, 2, 3].map((id) => ({ ...item(id, `rem:${id}`), priority: 'reminder' as const })), t.clock.now());
      // A reply met a 429 just as the first reminder went: the other two, claimed with it, wait out the hold.
      let held = 0;
      const deps: SenderDeps = {
        ...t.senderDeps,
        notifier: { sendToCitizen: (r, m) => t.senderDeps.notifier.sendToCitizen(r, m), holdMs: () => (t.telegram.messagesTo(1).length > 0 && held++ === 0 ? 30_000 : 0) },
      };
      const timer = new VirtualTimer();
      let withdrawn = false;
      const sleep = timer.sleep;
      timer.sleep = async (ms: number) => {
        if (!withdrawn && held > 0) {
          withdrawn = true;
          await cancelPending('rem:3', 'the lesson moved');
        }
        return sleep(ms);
      };
      await drainOutbox(deps, { timer });
      expect(withdrawn).toBe(true);
      expect([1, 2, 3].map((id) => t.telegram.messagesTo(id).length)).toEqual([1, 1, 0]);
      expect(await DeliveryModel.findOne({ key: 'rem:3' }).lean()).toMatchObject({ status: 'skipped', lastError: 'the lesson moved' });
    });

    it('fix41d (probe40 L1): claims kept through a stop or a lost lease in a 429 pause: a withdraw meanwhile still wins', async () => {
      await enqueue([1, 2, 3].map((id) => ({ ...item(id, `rem:${id}`), priority: 'reminder' as const })), t.clock.now());
      // A clean stop in the pause: the claims stay on the rows; she withdraws after the stop.
      t.telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 30', parameters: { retry_after: 30 } });
      const timer = new VirtualTimer();
      let stopped: Promise<void> | undefined;
      const sleep = timer.sleep;
      timer.sleep = (ms: number) => ((stopped ??= worker.stop()), sleep(ms));
      const worker = startSender(t.senderDeps, { pollMs: 60_000, timer, lookaheadMs: 0 });
      await until(() => stopped !== undefined);
      await stopped;
      expect(await DeliveryModel.countDocuments({ claimedAt: { $exists: true } })).toBe(3);
      await cancelPending('rem:2', 'the lesson moved');
      // The lease is lost in the next sender's pause: another process takes over; the third is withdrawn meanwhile.
      t.telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 30', parameters: { retry_after: 30 } });
      const other = new SenderLease('other-process', t.clock.now, 15_000);
      const lost = new VirtualTimer();
      let takenOver = false;
      lost.sleep = async (ms: number) => {
        if (!takenOver) {
          takenOver = true;
          t.clock.advance(60_000);
          expect(await other.acquire()).toBe('taken');
          await cancelPending('rem:3', 'the lesson moved');
        }
        lost.current += ms;
      };
      await expect(deliverAll(t, { timer: lost })).rejects.toThrow('lease was lost');
      await other.release();
      await deliverAll(t);
      expect([1, 2, 3].map((id) => t.telegram.messagesTo(id).length)).toEqual([1, 0, 0]);
      expect(await DeliveryModel.find({ key: { $in: ['rem:2', 'rem:3'] } }).lean()).toMatchObject([{ status: 'skipped' }, { status: 'skipped' }]);
    });

    it('counts each batch\'s outcomes as it sends, matching the ledger', async () => {
      await CitizenModel.deleteOne({ _id: 3 });
      await enqueue([1, 2, 3].map((id) => ({ ...item(id), batchId: 'counted' })), t.clock.now());
      t.telegram.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' }, { chatId: 1 });
      await deliverAll(t);
      const counters = await batchCounters().findOne({ _id: 'counted' });
      expect(counters).toMatchObject({ total: 3, delivered: 1, blocked: 1, skipped: 1 });
      expect(await batchProgress('counted')).toEqual({ total: 3, pending: 0, delivered: 1, blocked: 1, failed: 0, skipped: 1 });
    });

    it('a blocked outcome a crashed sender journalled reaches the ledger and the citizen, unless they came back since', async () => {
      await enqueue([item(1), item(2)], t.clock.now());
      const rows = await DeliveryModel.find({}, { _id: 1, citizenId: 1 }).sort({ citizenId: 1 }).lean();
      const blockedAt = t.clock.now();
      await mongoose.connection.collection('outbox_sent').insertMany(rows.map((r) => ({ _id: r._id, at: blockedAt, status: 'blocked', citizenId: r.citizenId })));
      // Citizen 2 unblocked the bot after that 403 (my_chat_member "member"), before the journal was caught up.
      t.clock.advance(60_000);
      await setReachable(2, true, t.clock.now());
      await new SenderLease('dead', () => new Date(t.clock.now().getTime() - 3_600_000), 15_000).acquire();
      await deliverAll(t);
      expect(t.telegram.messagesTo(1)).toHaveLength(0);
      expect(await DeliveryModel.countDocuments({ status: 'blocked' })).toBe(2);
      expect((await CitizenModel.findById(1).lean())!.reachable).toBe(false);
      expect((await CitizenModel.findById(2).lean())!.reachable).toBe(true);
    });

    it('progress read while the ledger catches up with the journal never shows a settled item as pending', async () => {
      const ids = Array.from({ length: 60 }, (_, i) => 1000 + i);
      await enqueue(ids.map((id) => ({ ...item(id), batchId: 'catch-up' })), t.clock.now());
      const rows = await DeliveryModel.find({ batchId: 'catch-up' }, { _id: 1 }).lean();
      // A crashed sender journalled every send; the next one moves them into the ledger.
      await mongoose.connection.collection('outbox_sent').insertMany(rows.map((r) => ({ _id: r._id, at: t.clock.now() })));
      let catchingUp = true;
      const drained = deliverAll(t).finally(() => (catchingUp = false));
      const seen: number[] = [];
      while (catchingUp) seen.push((await batchProgress('catch-up')).pending);
      await drained;
      expect(seen.length).toBeGreaterThan(3);
      expect(seen.every((pending) => pending === 0)).toBe(true);
      expect(await DeliveryModel.countDocuments({ batchId: 'catch-up', status: 'delivered' })).toBe(60);
    });

    it('an idle worker wakes when something is enqueued and when a waiting item falls due, not only on its poll', async () => {
      const worker = startSender(t.senderDeps, { pollMs: 60_000, timer: new VirtualTimer(), lookaheadMs: 0 });
      try {
        await enqueue([item(1)], t.clock.now());
        await until(() => t.telegram.messagesTo(1).length === 1);
        await enqueue([{ ...item(2), notBefore: new Date(t.clock.now().getTime() + 200) }], t.clock.now());
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(t.telegram.messagesTo(2)).toHaveLength(0);
        t.clock.advance(200);
        await until(() => t.telegram.messagesTo(2).length === 1);
      } finally {
        await worker.stop();
      }
    });

    it('sends personal notices and offers first, reminders next, broadcasts last', async () => {
      await enqueue([1, 2, 3].map((id) => ({ ...item(id, `bc:${id}`), priority: 'broadcast' as const })), t.clock.now());
      await enqueue([{ ...item(2, 'rem:2'), priority: 'reminder' }], t.clock.now());
      await enqueue([{ ...item(3, 'offer:3'), priority: 'personal' }], t.clock.now());
      const keys: string[] = [];
      const deps = recording(t.senderDeps, (_r, m) => void keys.push(JSON.stringify(m)));
      await drainOutbox(deps, { timer: new VirtualTimer() });
      expect(keys).toHaveLength(5);
      const byChat = t.telegram.callsOf('sendMessage').map((c) => c.payload.chat_id);
      // The offer (chat 3) and the reminder (chat 2) before the broadcast's three.
      expect(byChat.slice(0, 2)).toEqual([3, 2]);
      expect(byChat.slice(2).sort()).toEqual([1, 2, 3]);
    });

    it('an offer enqueued while a broadcast is being sent goes next, not after the broadcast', async () => {
      await pendingBroadcast();
      const sent: number[] = [];
      const deps = recording(t.senderDeps, async (r) => {
        sent.push(r.citizenId);
        if (sent.length === 5) await enqueue([{ ...item(1, 'offer:1'), priority: 'personal' }], t.clock.now());
      });
      const worker = startSender(deps, { pollMs: 60_000, timer: new VirtualTimer(), batchSize: 100, lookaheadMs: 0 });
      try {
        await until(() => sent.length === 41);
      } finally {
        await worker.stop();
      }
      expect(sent.indexOf(1)).toBe(5); // right after the message in flight
      expect(new Set(sent).size).toBe(41); // nobody twice, nobody lost
    });

    it('an offer enqueued in this process during a broadcast goes from the hand: no read of the store for it', async () => {
      await pendingBroadcast();
      const sent: number[] = [];
      let readsSinceEnqueue: number | undefined;
      let readsBeforeOffer: number | undefined;
      // Every read of the outbox's store after the offer was enqueued (a sender's read is a find on 'deliveries').
      mongoose.set('debug', (collection: string, method: string) => {
        if (readsSinceEnqueue !== undefined && collection === 'deliveries' && method === 'find') readsSinceEnqueue++;
      });
      const deps = recording(t.senderDeps, async (r) => {
        if (r.citizenId === 1) readsBeforeOffer = readsSinceEnqueue;
        sent.push(r.citizenId);
        if (sent.length === 5) {
          await enqueue([{ ...item(1, 'offer:1'), priority: 'personal' }], t.clock.now());
          readsSinceEnqueue = 0;
        }
      });
      const worker = startSender(deps, { pollMs: 60_000, timer: new VirtualTimer(), batchSize: 100, lookaheadMs: 30_000 });
      try {
        await until(() => sent.length === 41);
      } finally {
        await worker.stop();
        mongoose.set('debug', false);
      }
      expect(sent.indexOf(1)).toBe(5);
      expect(readsBeforeOffer).toBe(0);
      expect(new Set(sent).size).toBe(41);
    });

    it('an offer another process enqueued during a broadcast goes as soon as a read finds it, not a batch later', async () => {
      await pendingBroadcast();
      const sent: number[] = [];
      const deps = recording(t.senderDeps, async (r) => {
        sent.push(r.citizenId);
        // Written straight to the store, as another bot process's enqueue is: this process hears nothing of it.
        if (sent.length === 3) {
          await DeliveryModel.collection.insertOne({
            key: 'offer:other-process', citizenId: 1, message: JSON.stringify(item(1).message), priority: 0, status: 'pending', attempts: 0, notBefore: t.clock.now(), createdAt: t.clock.now(),
          });
        }
      });
      const worker = startSender(deps, { pollMs: 60_000, timer: new VirtualTimer(), batchSize: 10, lookaheadMs: 0 });
      try {
        await until(() => sent.length === 41);
      } finally {
        await worker.stop();
      }
      // The read for the third batch (issued as the second begins, after send 10) finds it; it goes then, not after send 20.
      expect(sent.indexOf(1)).toBeGreaterThanOrEqual(10);
      expect(sent.indexOf(1)).toBeLessThan(20);
    });

    it('a reminder falling due while a broadcast is being sent goes next (read ahead)', async () => {
      await pendingBroadcast();
      const dueAt = t.clock.now().getTime() + 1000;
      await enqueue([{ ...item(1, 'rem:1'), priority: 'reminder', notBefore: new Date(dueAt) }], t.clock.now());
      const sent: Array<{ chat: number; at: number }> = [];
      // Each send takes 100 ms of the clock: the reminder falls due after the tenth.
      const deps = recording(t.senderDeps, (r) => {
        sent.push({ chat: r.citizenId, at: t.clock.now().getTime() });
        t.clock.advance(100);
      });
      await drainOutbox(deps, { timer: new VirtualTimer(), batchSize: 100, lookaheadMs: 10_000 });
      const reminder = sent.findIndex((s) => s.chat === 1);
      expect(sent).toHaveLength(41);
      expect(sent[reminder]!.at).toBeGreaterThanOrEqual(dueAt);
      expect(sent[reminder - 1]!.at).toBeLessThan(dueAt + 100); // the first send after it fell due
    });

    it('a reminder enqueued for later while a broadcast is being sent goes the moment it falls due (without read-ahead)', async () => {
      await pendingBroadcast();
      const dueAt = t.clock.now().getTime() + 1000;
      const sent: Array<{ chat: number; at: number }> = [];
      // Each send takes 100 ms of the clock; the reminder is enqueued during the second, due after the tenth.
      const deps = recording(t.senderDeps, async (r) => {
        sent.push({ chat: r.citizenId, at: t.clock.now().getTime() });
        if (sent.length === 2) await enqueue([{ ...item(1, 'rem:1'), priority: 'reminder', notBefore: new Date(dueAt) }], t.clock.now());
        t.clock.advance(100);
      });
      const worker = startSender(deps, { pollMs: 60_000, timer: new VirtualTimer(), batchSize: 100, lookaheadMs: 0 });
      try {
        await until(() => sent.length === 41);
      } finally {
        await worker.stop();
      }
      const reminder = sent.findIndex((s) => s.chat === 1);
      expect(sent[reminder]!.at).toBeGreaterThanOrEqual(dueAt);
      expect(sent[reminder - 1]!.at).toBeLessThan(dueAt + 100); // the first send after it fell due
    });

    it('a reminder read ahead by an offer\'s read is sent when it falls due, to its recipient (not skipped as unknown)', async () => {
      await pendingBroadcast();
      // Beyond the first read's look-ahead (10 s), within the offer's read: only that read brings it in.
      const dueAt = t.clock.now().getTime() + 12_000;
      await enqueue([{ ...item(1, 'rem:1'), priority: 'reminder', notBefore: new Date(dueAt) }], t.clock.now());
      const sent: number[] = [];
      const deps = recording(t.senderDeps, async (r) => {
        sent.push(r.citizenId);
        if (sent.length === 25) await enqueue([{ ...item(2, 'offer:2'), priority: 'personal' }], t.clock.now());
        t.clock.advance(100);
      });
      // The sender's waits move the bot's clock too, so the reminder falls due while it waits.
      const timer = new VirtualTimer();
      const sleep = timer.sleep;
      timer.sleep = (ms) => (t.clock.advance(ms), sleep(ms));
      const worker = startSender(deps, { pollMs: 60_000, timer, batchSize: 100, lookaheadMs: 10_000 });
      try {
        await until(() => sent.length === 42);
      } finally {
        await worker.stop();
      }
      expect(sent.filter((chat) => chat === 1)).toHaveLength(1);
      expect(await DeliveryModel.countDocuments({ key: 'rem:1', citizenId: 1 })).toBe(1);
    });

    it('after a database error the long-running sender starts again from the store: nothing lost, nothing twice', async () => {
      const ids = [1, 2, 3];
      await enqueue(ids.map((id) => item(id)), t.clock.now());
      let failures = 0;
      // The journal write after the second send fails once, as when the database goes away.
      const journal = mongoose.connection.collection('outbox_sent');
      const insertOne = journal.insertOne.bind(journal);
      let inserts = 0;
      journal.insertOne = (async (...args: Parameters<typeof insertOne>) => {
        if (++inserts === 2 && failures++ === 0) throw new Error('connection closed');
        return insertOne(...args);
      });
      const worker = startSender(t.senderDeps, { pollMs: 60_000, timer: new VirtualTimer(), retryDelayMs: 10, lookaheadMs: 0 });
      try {
        await until(() => ids.every((id) => t.telegram.messagesTo(id).length >= 1));
        expect(worker.report.restarts).toBe(1);
        // The idle sender's catch-up brings the ledger up to date.
        for (let waited = 0; (await DeliveryModel.countDocuments({ status: 'delivered' })) < 3; waited += 50) {
          if (waited > 5000) throw new Error('the ledger did not catch up');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await worker.stop();
        journal.insertOne = insertOne;
      }
      // The message whose outcome could not be written is recorded once the store answers, not sent again (probe s17b F1).
      expect(ids.map((id) => t.telegram.messagesTo(id).length)).toEqual([1, 1, 1]);
      expect(await DeliveryModel.countDocuments({ status: 'delivered' })).toBe(3);
    });

    it('only the lease holder sends: a second process finds the lease busy', async () => {
      await enqueue([item(1)], t.clock.now());
      const other = new SenderLease('other-process', t.clock.now, 15_000);
      expect(await other.acquire()).toBe('taken');
      expect(await deliverAll(t)).toMatchObject({ leaseBusy: true, delivered: 0 });
      expect(await new SenderLease('third', t.clock.now, 15_000).acquire()).toBe('busy');
      await other.release();
      expect((await deliverAll(t)).delivered).toBe(1);
    });
  });
});

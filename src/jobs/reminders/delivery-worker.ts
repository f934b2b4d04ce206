import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import mongoose, { type Types } from 'mongoose';
import type { BotDeps } from '../../bot/context.js';
import { CitizenModel } from '../../db/models/citizen.js';
import { forgetRecipientInOutbox } from '../../domain/forget-outbox.js';
import { DeliveryModel, sentJournal, type FinishedStatus } from '../../db/models/delivery.js';
import { StaffMemberModel } from '../../db/models/staff-member.js';
import { setReachable } from '../../domain/citizens.js';
import { countInBatches, outboxEvents, parseMessage, type BatchCounts } from '../../domain/outbox.js';
import type { DeliveryResult, Locale, Notifier } from '../../notify/notifier.js';
import { SenderLock } from './sender-lock.js';

/** Real waiting by default; tests pass a virtual timer so nothing actually sleeps. */
export interface Timer {
  /** Monotonic milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface DeliveryOptions {
  /** Identifies this process in the lock. */
  workerId?: string;
  /** Overall messages per second (default config.SEND_RATE_PER_SECOND). */
  ratePerSecond?: number;
  /** Gap between two messages into one chat (default 1000 ms, Telegram's ~1/s). */
  perChatIntervalMs?: number;
  /** Sender lock lease (default 15 s; renewed every third of it). */
  lockTtlMs?: number;
  /** Network-error attempts before an item is 'failed' (default 5). */
  maxAttempts?: number;
  /** Due items read at once (default 1,000: on FerretDB each read scans the whole ledger, ~0.5 s at 5,000 rows). */
  batchSize?: number;
  timer?: Timer;
}

export interface DrainReport {
  delivered: number;
  blocked: number;
  skipped: number;
  failed: number;
  /** Network errors that will be retried later. */
  retried: number;
  /** 429 answers honoured (all sending paused for retry_after). */
  rateLimited: number;
  /** Seconds paused for 429s. */
  pausedSeconds: number;
  /** Another process holds the sender lock: nothing was sent. */
  lockBusy: boolean;
}

interface Batch {
  items: ClaimedItem[];
  recipients: Map<number, { language: Locale; reachable: boolean }>;
}

interface ClaimedItem {
  _id: Types.ObjectId;
  notBefore: Date;
  key: string;
  citizenId: number;
  message: string;
  attempts: number;
  batchId?: string;
}

/**
 * The ledger catches up with the journal when the sender is idle, or after this
 * many sends: on the test server a ledger write costs ~25 ms (it grows with the
 * collection), so during a bunch it would take most of the database's time.
 */
const FLUSH_EVERY = 5000;
const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
const emptyReport = (): DrainReport => ({
  delivered: 0, blocked: 0, skipped: 0, failed: 0, retried: 0, rateLimited: 0, pausedSeconds: 0, lockBusy: false,
});

/**
 * The single sender of the outbox (one process at a time: the lock). Takes due items,
 * sends them one at a time through the notifier at a bounded rate, and records
 * the outcome at once, so a crash repeats at most the message in flight.
 */
class Sender {
  readonly lock: SenderLock;
  private readonly timer: Timer;
  private readonly rate: number;
  private readonly perChatMs: number;
  private readonly maxAttempts: number;
  private readonly batchSize: number;
  private readonly notifier: Notifier;
  /** Earliest instant (timer ms) of the next send: advanced by one interval per send, so timer jitter does not slow the rate. */
  private nextSlot = -Infinity;
  private readonly lastSendToChat = new Map<number, number>();
  /** Items taken by this sender and not yet recorded in the ledger (in a batch, or journalled). */
  private readonly inHand = new Set<string>();
  /**
   * The last item taken, in (notBefore, _id) order. Every item in hand is at or
   * before it, so reading past it leaves them out cheaply (a `$nin` of thousands
   * of ids costs seconds on FerretDB). Items are enqueued with notBefore ≥ now
   * and retried with a later one, so nothing new lands before it.
   */
  private readPast: { notBefore: Date; _id: Types.ObjectId } | undefined;
  /** When the first pending item not yet due falls due (as of the last read); the idle worker sleeps until then. */
  nextDueAt: Date | undefined;
  /** Sends journalled since the last flush. */
  private journalled = 0;
  /** Outcomes not yet added to their batch's counters: written about once a second, not per send. */
  private readonly uncounted = new Map<string, BatchCounts>();
  private countedAt = -Infinity;
  report = emptyReport();

  constructor(
    private readonly deps: BotDeps,
    options: DeliveryOptions,
  ) {
    if (!deps.notifier) throw new Error('delivery worker: deps.notifier is not set');
    this.notifier = deps.notifier;
    this.timer = options.timer ?? realTimer;
    this.rate = options.ratePerSecond ?? deps.config.SEND_RATE_PER_SECOND;
    this.perChatMs = options.perChatIntervalMs ?? 1000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.batchSize = options.batchSize ?? 1000;
    this.lock = new SenderLock(options.workerId ?? newWorkerId(), deps.now, options.lockTtlMs ?? 15_000);
  }

  /** Takes or renews the lock; on taking it over, items a previous owner left 'sending' go back to pending. */
  async holdLock(): Promise<boolean> {
    const state = await this.lock.acquire();
    if (state === 'busy') return false;
    if (state === 'taken') {
      await this.flushSent();
      const { modifiedCount } = await DeliveryModel.updateMany({ status: 'sending' }, { $set: { status: 'pending' } });
      if (modifiedCount > 0) this.deps.logger.warn({ items: modifiedCount }, 'outbox: resuming items a stopped sender left');
    }
    return true;
  }

  /** Sends until nothing is due (or the lock is lost / `shouldStop` says so). */
  async runUntilIdle(shouldStop: () => boolean = () => false): Promise<void> {
    let upcoming: Promise<Batch> | undefined = this.nextBatch();
    try {
      while (!shouldStop()) {
        const batch = await upcoming!;
        upcoming = undefined;
        if (batch.items.length === 0) {
          // Idle: the ledger catches up with the journal.
          this.flushInBackground();
          return;
        }
        // Claim the following batch while this one is sent: database time hides in the pauses between sends.
        upcoming = this.nextBatch();
        if (!(await this.sendBatch(batch, shouldStop))) return;
      }
    } finally {
      const unsent = await upcoming?.catch(() => undefined);
      if (unsent) await this.release(unsent.items);
      await this.writeCounts({ now: true });
    }
  }

  private async nextBatch(): Promise<Batch> {
    const items = await this.claimBatch();
    return { items, recipients: items.length > 0 ? await this.recipients(items) : new Map() };
  }

  /**
   * Takes the next due items, oldest first, into this sender's hands. No write
   * per item: only the lock holder sends, and on the test server every write of
   * the big ledger costs ~10 ms per document. What was sent is known from the
   * journal (`outbox_sent`), so a crash repeats at most the message in flight.
   */
  private async claimBatch(): Promise<ClaimedItem[]> {
    const now = this.deps.now();
    // Taken before the read: an item recorded (and let go) while the read runs may still come back as pending.
    const taken = new Set(this.inHand);
    if (taken.size === 0) this.readPast = undefined;
    // Items not due yet are read too (the same scan on FerretDB): the first of them says when to look again.
    const next = await DeliveryModel.find({ status: 'pending', ...this.notInHand(taken) }, { key: 1, citizenId: 1, message: 1, attempts: 1, notBefore: 1, batchId: 1 })
      .sort({ notBefore: 1, _id: 1 })
      .limit(this.batchSize)
      .lean<ClaimedItem[]>();
    const due = next.filter((item) => item.notBefore <= now);
    this.nextDueAt = next.find((item) => item.notBefore > now)?.notBefore;
    const items = due.filter((d) => !taken.has(String(d._id)) && !this.inHand.has(String(d._id)));
    const last = due.at(-1);
    if (last) this.readPast = { notBefore: last.notBefore, _id: last._id };
    for (const item of items) this.inHand.add(String(item._id));
    return items;
  }

  /** The filter that leaves out the items in hand. */
  private notInHand(taken: Set<string>): object {
    const past = this.readPast;
    if (past) return { $or: [{ notBefore: { $gt: past.notBefore } }, { notBefore: past.notBefore, _id: { $gt: past._id } }] };
    return taken.size > 0 ? { _id: { $nin: [...taken].map((id) => new mongoose.Types.ObjectId(id)) } } : {};
  }

  /** Returns false when the lock was lost (stop at once: another process sends now). */
  private async sendBatch(batch: Batch, shouldStop: () => boolean): Promise<boolean> {
    const citizens = batch.recipients;
    const queue = [...batch.items];
    while (queue.length > 0) {
      if (shouldStop() || !(await this.lock.keep())) {
        this.flushInBackground();
        await this.release(queue);
        return false;
      }
      const index = this.nextReadyIndex(queue);
      if (index < 0) {
        await this.timer.sleep(this.msUntilSomeChatReady(queue));
        continue;
      }
      const [item] = queue.splice(index, 1);
      const citizen = citizens.get(item!.citizenId);
      if (!citizen || !citizen.reachable) {
        await this.journal(item!, 'skipped');
        this.report.skipped++;
        // Nobody we know (a citizen who used /forget after a job had read them): the item must not keep their id.
        if (!citizen && item!.citizenId !== undefined) await forgetRecipientInOutbox({ chatId: item!.citizenId, entryIds: [] });
        continue;
      }
      const result = await this.sendPaced(item!, citizen.language);
      if (!result) {
        // The lease ran out during a long 429 pause: another process may send now.
        await this.release([item!, ...queue]);
        return false;
      }
      await this.record(item!, result);
      if (!result.ok && result.reason === 'blocked') citizen.reachable = false;
      await this.writeCounts();
    }
    if (this.journalled >= FLUSH_EVERY) this.flushInBackground();
    return true;
  }

  private flushing: Promise<void> | undefined;

  /**
   * The ledger catches up with the journal while sending goes on (the journal
   * already holds the truth). One catch-up at a time; items journalled meanwhile
   * wait for the next.
   */
  private flushInBackground(): void {
    this.flushing ??= this.flushSent()
      .catch((error: unknown) => this.deps.logger.error({ err: { message: String(error) } }, 'outbox: journal flush failed'))
      .finally(() => (this.flushing = undefined));
  }

  /** Waits until the ledger has caught up (drainOutbox: tests and one-off runs). */
  async settle(): Promise<void> {
    await this.flushing;
    await this.flushSent();
  }

  private catchUpStopped = false;

  /** On shutdown: the catch-up stops after its current write; whoever takes the lock next finishes it. */
  async stopCatchUp(): Promise<void> {
    this.catchUpStopped = true;
    await this.flushing;
  }

  /**
   * Language and reachability of each recipient, read now (the current language).
   * Staff (librarians, coordinators) get notices too: not citizens, so the default language.
   */
  private async recipients(batch: ClaimedItem[]): Promise<Map<number, { language: Locale; reachable: boolean }>> {
    const ids = [...new Set(batch.map((i) => i.citizenId))];
    const found = await CitizenModel.find({ _id: { $in: ids } }, { language: 1, reachable: 1 }).lean();
    const map = new Map(found.map((c) => [c._id, { language: c.language as Locale, reachable: c.reachable }]));
    const others = ids.filter((id) => !map.has(id));
    if (others.length > 0) {
      const staff = await StaffMemberModel.find({ _id: { $in: others } }, { _id: 1 }).lean();
      const staffIds = new Set([...staff.map((s) => s._id), ...this.deps.config.ADMIN_IDS]);
      for (const id of others) if (staffIds.has(id)) map.set(id, { language: this.deps.config.DEFAULT_LOCALE, reachable: true });
    }
    return map;
  }

  /**
   * Sends one item, waiting for the global rate; a 429 pauses everything and
   * the item is tried again. Undefined: the lock was lost while pausing (nothing sent).
   */
  private async sendPaced(item: ClaimedItem, language: Locale): Promise<DeliveryResult | undefined> {
    for (let tries = 0; ; tries++) {
      const interval = 1000 / this.rate;
      if (this.nextSlot === -Infinity) this.nextSlot = this.timer.now();
      const wait = this.nextSlot - this.timer.now();
      if (wait > 0) await this.timer.sleep(wait);
      // A 429 a reply or a progress edit met holds the outbox too (asked last: it may have come during the wait).
      const hold = this.notifier.holdMs?.() ?? 0;
      if (hold > 0 && !(await this.pauseHoldingLock(hold))) return undefined;
      const sentAt = this.timer.now();
      // Up to ten intervals of lag are made up (a slow write, a late timer): well inside Telegram's burst; a long pause gives no burst.
      this.nextSlot = Math.max(this.nextSlot, sentAt - 10 * interval) + interval;
      this.lastSendToChat.set(item.citizenId, sentAt);
      let result: DeliveryResult;
      try {
        result = await this.notifier.sendToCitizen({ citizenId: item.citizenId, language }, parseMessage(item.message));
      } catch (error) {
        result = { ok: false, reason: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
      if (result.ok || result.reason !== 'rate_limited' || tries >= 20) return result;
      this.report.rateLimited++;
      this.report.pausedSeconds += result.retryAfterSeconds;
      this.deps.logger.warn({ retry_after: result.retryAfterSeconds }, 'outbox: 429, pausing all sends');
      if (!(await this.pauseHoldingLock(result.retryAfterSeconds * 1000))) return undefined;
    }
  }

  /** Sleeps, renewing the lock meanwhile (a retry_after can outlast the lease); false if it was lost. */
  private async pauseHoldingLock(ms: number): Promise<boolean> {
    const step = this.lock.ttlMs / 3;
    for (let left = ms; left > 0; left -= step) {
      await this.timer.sleep(Math.min(left, step));
      if (!(await this.lock.keep())) return false;
    }
    return true;
  }

  private nextReadyIndex(queue: ClaimedItem[]): number {
    const now = this.timer.now();
    return queue.findIndex((item) => (this.lastSendToChat.get(item.citizenId) ?? -Infinity) + this.perChatMs <= now);
  }

  private msUntilSomeChatReady(queue: ClaimedItem[]): number {
    const now = this.timer.now();
    const readyAt = Math.min(...queue.map((item) => (this.lastSendToChat.get(item.citizenId) ?? -Infinity) + this.perChatMs));
    return Math.max(1, readyAt - now);
  }

  private async record(item: ClaimedItem, result: DeliveryResult): Promise<void> {
    if (result.ok) {
      this.report.delivered++;
      return this.journal(item, 'delivered');
    }
    if (result.reason === 'blocked') {
      this.report.blocked++;
      // The catch-up marks the citizen unreachable: a citizen update costs ~200 ms on FerretDB, too long between two sends.
      return this.journal(item, 'blocked');
    }
    const error = result.reason === 'failed' ? result.error : 'rate limited too often';
    const attempts = item.attempts + 1;
    this.deps.logger.warn({ key: item.key, attempts, error }, 'outbox: send failed');
    if (attempts >= this.maxAttempts) {
      this.report.failed++;
      return this.fail(item, { attempts, lastError: error });
    }
    this.report.retried++;
    const backoffMs = 2000 * 2 ** (attempts - 1);
    await DeliveryModel.updateOne(
      { _id: item._id, status: { $in: ['pending', 'sending'] } },
      {
        $set: { status: 'pending', attempts, lastError: error, notBefore: new Date(this.deps.now().getTime() + backoffMs) },
        $unset: { claimedAt: 1, claimedBy: 1 },
      },
    );
    this.inHand.delete(String(item._id));
  }

  /** Gave up after maxAttempts network errors (rare: written to the ledger at once). */
  private async fail(item: ClaimedItem, details: { attempts: number; lastError: string }) {
    const { modifiedCount } = await DeliveryModel.updateOne(
      { _id: item._id, status: { $in: ['pending', 'sending'] } },
      { $set: { status: 'failed', doneAt: this.deps.now(), ...details } },
    );
    this.inHand.delete(String(item._id));
    if (modifiedCount > 0) this.count(item, 'failed');
  }

  private count(item: ClaimedItem, status: FinishedStatus): void {
    if (!item.batchId) return;
    const counts = this.uncounted.get(item.batchId) ?? {};
    counts[status] = (counts[status] ?? 0) + 1;
    this.uncounted.set(item.batchId, counts);
  }

  /**
   * Adds the outcomes to the batches' counters, at most once a second unless
   * `now`: the author's progress message reads them. A crash loses at most
   * that second's counts, and the progress check against the ledger corrects it.
   */
  private async writeCounts(options: { now?: boolean } = {}): Promise<void> {
    if (this.uncounted.size === 0 || (!options.now && this.timer.now() - this.countedAt < 1000)) return;
    const counts = new Map(this.uncounted);
    this.uncounted.clear();
    this.countedAt = this.timer.now();
    await countInBatches(counts, this.deps.now());
  }

  /**
   * The outcome is recorded at once in a small journal (`outbox_sent`): on the
   * test server an insert into a tiny collection costs a few ms, an update of
   * the big ledger tens of ms, and one write must finish before the next send
   * so a crash repeats at most the message in flight. The ledger catches up later.
   */
  private async journal(item: ClaimedItem, status: 'delivered' | 'blocked' | 'skipped'): Promise<void> {
    this.journalled++;
    try {
      const outcome = status === 'delivered' ? {} : status === 'blocked' ? { status, citizenId: item.citizenId } : { status };
      await sentJournal().insertOne({ _id: item._id, at: this.deps.now(), ...outcome });
      this.count(item, status);
    } catch (error) {
      // Already journalled: the message in flight when a sender stopped, sent again (and counted then).
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }

  /**
   * Journal → ledger: every journalled item gets its outcome (also those of a
   * crashed sender). Run when idle, every FLUSH_EVERY sends, and on taking the lock.
   */
  private async flushSent(): Promise<void> {
    const journal = await sentJournal().find({}).toArray();
    this.journalled = 0;
    // One short write per item: the test server runs one command at a time, so a long updateMany would hold up the sends.
    for (const { _id, at, status, citizenId } of journal) {
      if (this.catchUpStopped) return;
      await DeliveryModel.updateOne({ _id, status: { $in: ['pending', 'sending'] } }, { $set: { status: status ?? 'delivered', doneAt: at } });
      if (status === 'blocked' && citizenId !== undefined) await setReachable(citizenId, false, at);
      await sentJournal().deleteOne({ _id });
      this.inHand.delete(String(_id));
    }
  }

  /** Taken but not sent (stopping, or the lock was lost): still pending in the ledger, for whoever sends next. */
  private async release(queue: ClaimedItem[]): Promise<void> {
    for (const item of queue) this.inHand.delete(String(item._id));
    // Let go items lie before readPast: read from the start again (excluding what is still in hand).
    if (queue.length > 0) this.readPast = undefined;
  }
}

/**
 * Sends every due outbox item, then returns. Does nothing if another process
 * holds the sender lock (report.lockBusy).
 *
 * @example
 * const report = await drainOutbox(deps);           // in tests: deliverAll(t)
 */
export async function drainOutbox(deps: BotDeps, options: DeliveryOptions = {}): Promise<DrainReport> {
  const sender = new Sender(deps, options);
  if (!(await sender.holdLock())) return { ...emptyReport(), lockBusy: true };
  try {
    await sender.runUntilIdle();
    await sender.settle();
  } finally {
    await sender.lock.release();
  }
  return sender.report;
}

export interface RunningWorker {
  /** Finishes the message in flight, releases the lock. */
  stop(): Promise<void>;
  readonly report: DrainReport;
}

/**
 * The long-running sender for main.ts. While idle it sleeps until the next
 * item falls due, something is enqueued in this process, or `pollMs` (default
 * 5 s) has passed (items another process enqueued; taking over the lock of a
 * stopped one). On FerretDB each look for due items scans the whole ledger, so
 * it does not look every half second.
 */
export function startDeliveryWorker(deps: BotDeps, options: DeliveryOptions & { pollMs?: number } = {}): RunningWorker {
  const sender = new Sender(deps, options);
  const pollMs = options.pollMs ?? 5000;
  let stopping = false;
  let woken = false;
  let wake: (() => void) | undefined;
  const onEnqueued = () => {
    woken = true;
    wake?.();
  };
  outboxEvents.on('enqueued', onEnqueued);
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopping) return resolve();
      const timeout = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timeout);
        resolve();
      };
    });
  const loop = (async () => {
    while (!stopping) {
      woken = false;
      try {
        if (await sender.holdLock()) await sender.runUntilIdle(() => stopping);
      } catch (error) {
        deps.logger.error({ err: { message: String(error) } }, 'outbox: delivery loop error');
      }
      if (stopping) break;
      const untilDue = sender.nextDueAt ? sender.nextDueAt.getTime() - deps.now().getTime() : Infinity;
      await idle(Math.max(0, Math.min(pollMs, untilDue)));
    }
    outboxEvents.off('enqueued', onEnqueued);
    await sender.stopCatchUp();
    await sender.lock.release().catch(() => undefined);
  })();
  return {
    get report() {
      return sender.report;
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}

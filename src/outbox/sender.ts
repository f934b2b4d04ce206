import type { DeliveryResult } from '../notify/notifier.js';
import { Claims, releaseClaims, sendItem } from './claim.js';
import { Arrivals } from './arrivals.js';
import { chatOf, handled, merge, takeMoreUrgent, type Batch } from './batch.js';
import { Hand, type TakenItem } from './hand.js';
import { LeaseLost, SenderLease } from './lease.js';
import { Pacer } from './pacer.js';
import { BatchTally } from './progress.js';
import { lookupRecipients, type RecipientState } from './recipients.js';
import { emptyReport, newWorkerId, realTimer, type SenderDeps, type SenderOptions, type Timer } from './sender-options.js';
import { forgetSentToFormerAccount, forgetSkippedRecipient } from './unlink.js';
import { OutcomeRecorder, type Outcome } from './outcomes.js';
import { catchUp, nextDueAt, recordFailure, type Enqueued } from './store.js';

/**
 * The loop: under the lease, take due items (hand.ts); for each, wait for the pacer, claim it (claim.ts), send it
 * through the notifier, record the outcome; nothing due: catch the ledger up, sleep until the next item is due or
 * something is enqueued. After any error, start again from the store. One process sends at a time (the lease), so the
 * bot's rate is kept.
 */
export type { SenderDeps, SenderOptions, SenderReport, Timer } from './sender-options.js';

/** `untilOnlyLaterItems`: return once only items not due yet are left; `ahead`: the read ahead, once it arrived. */
type SendBatchOptions = { untilOnlyLaterItems: boolean; ahead?: () => Batch | undefined };

/** A sender waiting for an item in hand to fall due looks this often for anything more urgent enqueued meanwhile. */
const WAKE_MS = 250;

/** One sender's state: its lease, pacer and hand; `loop.ts` runs it once (drain) or for good (startSender). */
export class Sender {
  readonly report = emptyReport();
  readonly lease: SenderLease;
  private readonly hand: Hand;
  private readonly pacer: Pacer;
  private readonly tally = new BatchTally();
  private readonly timer: Timer;
  private readonly maxAttempts: number;
  private readonly lookaheadMs: number;
  /** Set after an error or a change of owner: the next pass starts again from the store. */
  private fresh = true;
  /** What this process enqueued and the store must be read for (see arrivals.ts). */
  private readonly arrivals = new Arrivals();
  private catchingUp: Promise<void> | undefined;
  private stopCatchUp = false;
  private readonly outcomes: OutcomeRecorder;

  constructor(
    private readonly deps: SenderDeps,
    options: SenderOptions,
  ) {
    this.timer = options.timer ?? realTimer;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.lookaheadMs = options.lookaheadMs ?? 0;
    this.hand = new Hand(options.batchSize ?? 150);
    this.pacer = new Pacer(
      { ratePerSecond: deps.ratePerSecond, burst: options.burst ?? Math.max(1, Math.floor((deps.ratePerSecond * 2) / 3)), perChatMs: options.perChatIntervalMs },
      () => this.timer.now(),
    );
    this.outcomes = new OutcomeRecorder(this.tally, this.report, deps.now);
    this.lease = new SenderLease(options.workerId ?? newWorkerId(), deps.now, options.leaseTtlMs ?? 15_000);
  }

  noticeEnqueued(enqueued: Enqueued): void {
    // A few urgent items due now or soon (an offer, a notice): into the hand as they are, no read of the store; only
    // while this sender is the one sending (fresh: it is not, or it starts again from the store anyway).
    const soon = this.deps.now().getTime() + this.lookaheadMs;
    if (!this.fresh && enqueued.items?.every((item) => item.notBefore.getTime() <= soon)) return this.hand.handOver(enqueued.items);
    this.arrivals.notice(enqueued, this.deps.now());
  }

  /** Sends until nothing is due. 'busy': another process holds the lease. */
  async sendDue(shouldStop: () => boolean): Promise<'idle' | 'busy' | 'stopped'> {
    await this.outcomes.writePending();
    const lease = await this.lease.acquire();
    if (lease === 'busy') {
      this.fresh = true;
      return 'busy';
    }
    if (lease === 'taken') this.fresh = true;
    if (this.fresh) {
      await this.catchingUp;
      await releaseClaims(await this.hand.restart());
      this.fresh = false;
    }
    /** The read ahead, once it has arrived (its urgent items join the batch being sent at once). */
    let arrived: Batch | undefined;
    const readAhead = () => {
      arrived = undefined;
      const read = handled(this.takeBatch());
      void read.then((batch) => (arrived = next === read ? batch : arrived), () => undefined);
      return read;
    };
    let next: Promise<Batch> | undefined = readAhead();
    let prefetched = false;
    /** Items in hand not due yet (a reminder due in a few seconds): sent with the next batch. */
    let carried: Batch = { items: [], recipients: new Map() };
    try {
      for (;;) {
        const read = await next;
        next = undefined;
        if (read.items.length === 0 && carried.items.length === 0) {
          // Read while the last batch was sent: look once more before calling it a day.
          if (!prefetched) {
            // The broadcast's progress must not wait for the next send to learn its last counts.
            await this.tally.write(this.timer.now(), this.deps.now(), { force: true });
            return 'idle';
          }
          prefetched = false;
          next = readAhead();
          continue;
        }
        const batch = merge(carried, read);
        // The next batch is read while this one is sent: database time hides in the pauses between sends.
        next = readAhead();
        prefetched = true;
        // With nothing new read, wait here for the carried items to fall due.
        // What is left keeps the recipients of everything read meanwhile (a pressing read's among them).
        carried = await this.sendBatch(batch, shouldStop, { untilOnlyLaterItems: (read.found ?? read.items.length) > 0, ahead: () => arrived });
        const rest = carried.items;
        if (!shouldStop()) continue;
        // Stopping: what was not sent goes back to the store.
        const unread = await next.catch(() => undefined);
        next = undefined;
        this.hand.release([...rest, ...(unread?.items ?? [])]);
        return 'stopped';
      }
    } finally {
      // An error: the next pass starts again from the store anyway; do not leave a read unawaited.
      void next?.catch(() => undefined);
    }
  }

  /** The next items due now or within the look-ahead, with their recipients. */
  private async takeBatch(options: { morePressingThan?: number } = {}): Promise<Batch> {
    if (options.morePressingThan === undefined) this.arrivals.read();
    const now = this.deps.now();
    const urgentUntil = new Date(now.getTime() + this.lookaheadMs);
    const items = [...this.hand.takeHandedOver(), ...(await this.hand.take(now, { urgentUntil, ...options }))];
    return { ...(await this.withRecipients(items)), found: items.length };
  }

  private async withRecipients(items: TakenItem[]): Promise<Batch> {
    if (items.length === 0) return { items, recipients: new Map() };
    return { items, recipients: await lookupRecipients(items.map(chatOf), this.deps) };
  }

  /**
   * Sends the batch, most urgent first; something more urgent enqueued
   * meanwhile is read and put in front. Returns what it did not send: stopping,
   * or (`untilOnlyLaterItems`) only items not due yet are left.
   */
  private async sendBatch(batch: Batch, shouldStop: () => boolean, options: SendBatchOptions): Promise<Batch> {
    let { recipients } = batch;
    let queue = [...batch.items];
    let rateLimitedInARow = 0;
    let heldForOthers = false;
    const claims = new Claims(() => this.timer.now());
    while (queue.length > 0) {
      if (shouldStop()) return { items: [...queue, ...this.hand.takeHandedOver()], recipients };
      // Items this process enqueued meanwhile (an offer): they take their place in the queue by priority.
      const handedOver = this.hand.takeHandedOver();
      if (handedOver.length > 0) {
        ({ items: queue, recipients } = merge({ items: queue, recipients }, await this.withRecipients(handedOver)));
        continue;
      }
      // The read ahead arrived with something more urgent than this batch (an offer enqueued as it was read): it goes now, not after the batch.
      const urgent = takeMoreUrgent(options.ahead?.(), queue.at(-1)!.priority);
      if (urgent) {
        ({ items: queue, recipients } = merge({ items: queue, recipients }, urgent));
        continue;
      }
      if (this.arrivals.moreUrgentThan(queue.at(-1)!.priority, this.deps.now())) {
        ({ items: queue, recipients } = merge({ items: queue, recipients }, await this.takeBatch({ morePressingThan: queue.at(-1)!.priority })));
        continue;
      }
      if (!(await this.lease.keep())) throw new LeaseLost();
      const now = this.deps.now();
      if (options.untilOnlyLaterItems && queue.every((item) => item.notBefore > now)) return { items: queue, recipients };
      // The queue keeps its order; a chat that had a message less than a second ago, or an item not due yet, waits while others go.
      const index = this.nextReady(queue, now);
      if (index < 0) {
        // Waiting for a reminder in hand to fall due: look up now and then for something enqueued meanwhile.
        await this.waitUntil(Math.min(this.timer.now() + WAKE_MS, ...queue.map((item) => this.readyAt(item, now))));
        continue;
      }
      const item = queue[index]!;
      const to = recipients.get(chatOf(item));
      // A person without Telegram (registered at the desk or imported: never reachable here) is skipped too: the domain
      // serves them by phone instead (offers: call tasks for librarians; lessons: the daily call list, src/domain/call-*.ts).
      // So is a message too late to be true (a reminder whose lesson began while the bot was down: probe s21 M2), and one to a former account but its farewell.
      if (!to?.reachable || !item.key.startsWith(to.only ?? '') || (item.notAfter && item.notAfter <= now)) {
        queue.splice(index, 1);
        await this.settle(item, 'skipped');
        // Nobody we know (a citizen who used /forget after a job had read them), or a former account: the item must not keep their id.
        await forgetSkippedRecipient(item, to, this.deps.now());
        continue;
      }
      // A bot-wide 429 another call of this process met (a reply, a progress edit) holds the outbox too: waited out once,
      // then the send goes. A per-chat one (holdMs without a chat) does not: it holds only that person's replies.
      const hold = heldForOthers ? 0 : (this.deps.notifier.holdMs?.() ?? 0);
      if (hold > 0) {
        this.pacer.holdFor(hold);
        heldForOthers = true;
        continue;
      }
      // Withdrawn while in hand (she moved, the lesson changed: claim.ts): the row says so already, nothing is sent.
      // Claimed before a pause (a 429's): the rows are read again, a withdraw meanwhile marked them (probe40 L1).
      if (!claims.has(item) || claims.stale(item)) {
        const ready = (other: TakenItem) => this.nextReady([other], now) === 0;
        const looked = claims.has(item) ? await claims.lookAgain(queue) : await claims.claim(item, queue, ready, this.deps.now());
        queue = looked.queue;
        for (const id of looked.gone) this.hand.settled(id);
        continue;
      }
      this.pacer.sent(chatOf(item));
      heldForOthers = false;
      const result = await sendItem(this.deps.notifier, item, to.language);
      if (!result.ok && result.reason === 'rate_limited' && rateLimitedInARow++ < 20) {
        this.report.rateLimited++;
        this.report.pausedSeconds += result.retryAfterSeconds;
        this.deps.logger.warn({ retry_after: result.retryAfterSeconds }, 'outbox: 429, pausing');
        this.pacer.rateLimited(result.retryAfterSeconds * 1000);
        continue;
      }
      rateLimitedInARow = 0;
      queue.splice(index, 1);
      await this.record(item, result, to);
      if (to.only && (result.ok || result.reason === 'blocked')) await forgetSentToFormerAccount(item);
    }
    return { items: [], recipients };
  }

  private nextReady(queue: TakenItem[], now: Date): number {
    const clock = this.timer.now();
    return queue.findIndex((item) => item.notBefore <= now && this.pacer.readyAt(chatOf(item)) <= clock);
  }

  /** When (timer ms) the item may go: its chat and the bucket allow it, and it is due. */
  private readyAt(item: TakenItem, now: Date): number {
    return Math.max(this.pacer.readyAt(chatOf(item)), this.timer.now() + item.notBefore.getTime() - now.getTime());
  }
  /** Sleeps until `at` (timer ms), renewing the lease meanwhile (a retry_after can outlast it). */
  private async waitUntil(at: number): Promise<void> {
    const step = this.lease.ttlMs / 3;
    for (let left = at - this.timer.now(); left > 0; left = at - this.timer.now()) {
      await this.timer.sleep(Math.min(left, step));
      if (!(await this.lease.keep())) throw new LeaseLost();
    }
  }

  private async record(item: TakenItem, result: DeliveryResult, recipient: RecipientState): Promise<void> {
    if (result.ok) return this.settle(item, 'delivered', result.messageId);
    if (result.reason === 'blocked') {
      // Later items to this chat are skipped; the citizen is marked unreachable when the ledger catches up.
      recipient.reachable = false;
      return this.settle(item, 'blocked');
    }
    const error = result.reason === 'failed' ? result.error : 'rate limited too often';
    this.deps.logger.warn({ key: item.key, attempts: item.attempts + 1, error }, 'outbox: send failed');
    const outcome = await recordFailure(item, error, this.maxAttempts, this.deps.now());
    this.hand.settled(String(item._id));
    if (outcome === 'failed') {
      this.report.failed++;
      this.tally.add(item.batchId, 'failed');
    } else this.report.retried++;
  }

  private async settle(item: TakenItem, status: Outcome['status'], messageId?: number): Promise<void> {
    await this.outcomes.record({ item, status, messageId });
    await this.tally.write(this.timer.now(), this.deps.now());
  }

  /** The ledger catches up with the journal in the background (one catch-up at a time). */
  catchUpInBackground(): void {
    this.catchingUp ??= catchUp(() => this.stopCatchUp || this.fresh, (id) => this.hand.settled(id), this.deps.blocked)
      .catch((error: unknown) => this.deps.logger.error({ err: { message: String(error) } }, 'outbox: ledger catch-up failed'))
      .finally(() => (this.catchingUp = undefined));
  }

  /** Waits for the catch-up to finish (drainOutbox), or stops it after its current write (shutdown). */
  async settleLedger(options: { stop?: boolean } = {}): Promise<void> {
    if (options.stop) this.stopCatchUp = true;
    await this.tally.write(this.timer.now(), this.deps.now(), { force: true }).catch(() => undefined);
    await this.catchingUp;
    if (!options.stop) await catchUp(() => false, (id) => this.hand.settled(id), this.deps.blocked);
  }

  /** After an error: nothing in hand is trusted; the next pass reads the store again. */
  startAgain(): void {
    this.fresh = true;
    this.report.restarts++;
  }

  /** When the idle sender should look again (ms from now, at most pollMs). */
  async idleMs(pollMs: number): Promise<number> {
    const now = this.deps.now();
    const due = await nextDueAt(now);
    return Math.max(0, Math.min(pollMs, due ? due.getTime() - now.getTime() : Infinity));
  }
}

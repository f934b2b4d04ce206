import { outboxEvents, type Enqueued } from './store.js';
import { Sender, type SenderDeps, type SenderOptions, type SenderReport } from './sender.js';

/**
 * Sends every due outbox item, then returns (tests and one-off runs). Does
 * nothing if another process holds the lease (report.leaseBusy). Errors are thrown.
 *
 * @example
 * const report = await drainOutbox(deps);           // in tests: deliverAll(t)
 */
export async function drainOutbox(deps: SenderDeps, options: SenderOptions = {}): Promise<SenderReport> {
  const sender = new Sender(deps, options);
  try {
    if ((await sender.sendDue(() => false)) === 'busy') return { ...sender.report, leaseBusy: true };
    await sender.settleLedger();
  } finally {
    await sender.lease.release();
  }
  return sender.report;
}

export interface RunningSender {
  /** Finishes the message in flight, then lets the lease go. */
  stop(): Promise<void>;
  readonly report: SenderReport;
}

/**
 * The long-running sender for main.ts. Idle, it sleeps until the next item
 * falls due, something is enqueued in this process, or `pollMs` has passed
 * (items other processes enqueued; a stopped process's lease to take over).
 * After any error (the database went away, the lease was lost) it logs, waits a
 * little and starts again from the store: no restart of the process is needed.
 */
export function startSender(deps: SenderDeps, options: SenderOptions = {}): RunningSender {
  const sender = new Sender(deps, { lookaheadMs: 30_000, ...options });
  const pollMs = options.pollMs ?? 5000;
  const firstRetryMs = options.retryDelayMs ?? 1000;
  let stopping = false;
  let woken = false;
  let wake: (() => void) | undefined;
  const onEnqueued = (enqueued: Enqueued) => {
    sender.noticeEnqueued(enqueued);
    woken = true;
    wake?.();
  };
  outboxEvents.on('enqueued', onEnqueued);
  // Real time, not the (possibly virtual) timer: an idle or failing sender must not spin.
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopping) return resolve();
      const timeout = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timeout);
        resolve();
      };
    });
  const loop = (async () => {
    let retryMs = firstRetryMs;
    while (!stopping) {
      woken = false;
      let waitMs = pollMs;
      try {
        const state = await sender.sendDue(() => stopping);
        if (state === 'idle') {
          sender.catchUpInBackground();
          waitMs = await sender.idleMs(pollMs);
        }
        retryMs = firstRetryMs;
      } catch (error) {
        deps.logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'outbox: sender error; starting again from the store');
        sender.startAgain();
        waitMs = retryMs;
        retryMs = Math.min(5000, retryMs * 2);
      }
      if (!stopping) await pause(waitMs);
    }
    outboxEvents.off('enqueued', onEnqueued);
    await sender.settleLedger({ stop: true });
    await sender.lease.release().catch(() => undefined);
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

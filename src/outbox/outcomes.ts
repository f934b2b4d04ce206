import type { TakenItem } from './hand.js';
import type { BatchTally } from './progress.js';
import type { SenderReport } from './sender-options.js';
import { recordOutcome } from './store.js';

/** What became of one item: sent (with the message's id in its chat), refused with 403, or skipped. */
export interface Outcome {
  item: TakenItem;
  status: 'delivered' | 'blocked' | 'skipped';
  messageId?: number;
}

/**
 * Writes each outcome to the send journal before the next send, and counts it. An outcome the store
 * could not take (the database went away between the send and its record) stays here and is written
 * first once the store answers again, so the message is not sent a second time (probe s17b F1).
 */
export class OutcomeRecorder {
  private readonly unwritten: Outcome[] = [];

  constructor(
    private readonly tally: BatchTally,
    private readonly report: SenderReport,
    private readonly now: () => Date,
  ) {}

  async record(outcome: Outcome): Promise<void> {
    this.unwritten.push(outcome);
    await this.writePending();
  }

  /** Oldest first; an outcome leaves the list only once the journal has it. */
  async writePending(): Promise<void> {
    while (this.unwritten.length > 0) {
      const { item, status, messageId } = this.unwritten[0]!;
      // Already recorded: the message in flight when a sender stopped, sent again (and counted then).
      if (await recordOutcome(item, status, this.now(), messageId)) this.tally.add(item.batchId, status);
      this.report[status]++;
      this.unwritten.shift();
    }
  }
}

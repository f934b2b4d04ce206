import mongoose, { Schema, model, type InferSchemaType, type Types } from 'mongoose';

/**
 * pending ─send─> delivered | blocked | failed | skipped
 *    ^              │ network error (retry later)
 *    └──────────────┘
 * One process sends at a time (the sender lock). Each outcome but 'failed' is
 * journalled in `outbox_sent` before the next send, and the ledger catches up
 * from it, so a crash repeats at most the message in flight. 'sending' is only left by older
 * versions; taking the lock over resets it to pending.
 */
export const DELIVERY_STATUSES = ['pending', 'sending', 'delivered', 'blocked', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** How a message ended. */
export type FinishedStatus = Exclude<DeliveryStatus, 'pending' | 'sending'>;

/**
 * The outbox and ledger of every outgoing citizen message (reminders, change
 * notices, offers, broadcasts). One row per message; its unique `key` makes a
 * repeated enqueue harmless and a restart resume where it stopped.
 */
const deliverySchema = new Schema(
  {
    /** e.g. `rem:<lessonId>:<kind>:<startsAtMs>:<citizenId>`, `bc:<broadcastId>:<citizenId>`. */
    key: { type: String, required: true },
    citizenId: { type: Number, required: true },
    /** OutgoingMessage as JSON text: button rows are nested arrays, which FerretDB cannot store. */
    message: { type: String, required: true },
    batchId: { type: String },
    status: { type: String, enum: DELIVERY_STATUSES, required: true, default: 'pending' },
    /** Failed attempts (network errors); 429s do not count. */
    attempts: { type: Number, required: true, default: 0 },
    /** Not sent before this instant (scheduled, or backing off after an error). */
    notBefore: { type: Date, required: true },
    claimedAt: { type: Date },
    claimedBy: { type: String },
    createdAt: { type: Date, required: true },
    doneAt: { type: Date },
    lastError: { type: String },
  },
  { versionKey: false },
);
deliverySchema.index({ key: 1 }, { unique: true });
deliverySchema.index({ status: 1, notBefore: 1 });
deliverySchema.index({ batchId: 1 }, { sparse: true });

export type DeliveryDoc = InferSchemaType<typeof deliverySchema>;
export const DeliveryModel = model('Delivery', deliverySchema, 'deliveries');

export interface JournalRow {
  /** The ledger row's _id. */
  _id: Types.ObjectId;
  at: Date;
  /** Absent: delivered. */
  status?: 'blocked' | 'skipped';
  /** 'blocked' only: the citizen the catch-up marks unreachable. */
  citizenId?: number;
}

/**
 * The send journal: one small row per message settled (sent, or found blocked)
 * and not yet recorded in the ledger above (an insert here is cheap; a ledger
 * write is not, on FerretDB).
 */
export const sentJournal = () => mongoose.connection.collection<JournalRow>('outbox_sent');

/** Outcomes of one batch (a broadcast) as counted while it is sent: one small row per batch. */
export interface BatchCounters {
  _id: string;
  /** Items enqueued. */
  total?: number;
  delivered?: number;
  blocked?: number;
  failed?: number;
  skipped?: number;
  /** When the counters were last added to, and last checked against the ledger. */
  countedAt?: Date;
  checkedAt?: Date;
}

/**
 * Cheap progress for the author's progress message: reading the ledger rows of a
 * 5,000-recipient batch takes ~0.5 s on FerretDB; this row, one lookup by `_id`.
 */
export const batchCounters = () => mongoose.connection.collection<BatchCounters>('outbox_batches');

import mongoose, { Schema, model, type InferSchemaType, type Types } from 'mongoose';

/**
 * An item's life:
 *
 *   pending ──claimed by the sender (under the sender lease)──> sending ──> delivered | blocked | skipped
 *      ^                                                          │
 *      └────────── network error: retried later (notBefore) ──────┘──> failed (after maxAttempts)
 *
 * "sending" is not a status: the item is in the hand of the one sender that
 * holds the lease (lease.ts); right before a send, all but broadcasts are
 * claimed (`claimedAt`, claim.ts), so a withdraw meanwhile wins or loses whole.
 * Each outcome is written to the small journal below before the next send, so a
 * crash repeats at most the message in flight; the ledger row catches up from
 * the journal when the sender is idle.
 */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'blocked', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** How a message ended ('skipped': the recipient was already unreachable or forgotten; nothing was sent). */
export type FinishedStatus = Exclude<DeliveryStatus, 'pending'>;

/**
 * Who goes first. Lower is sooner: a seat offer or a personal notice is not
 * held up by a 5,000-recipient broadcast.
 */
export const PRIORITIES = { personal: 0, reminder: 1, broadcast: 2 } as const;
export type Priority = keyof typeof PRIORITIES;

/**
 * The outbox and ledger of every outgoing message (offers, notices, reminders,
 * broadcasts). One row per message; its unique `key` makes a repeated enqueue
 * harmless and a restart resume where it stopped.
 */
const deliverySchema = new Schema(
  {
    /** Unique per message, e.g. `bc:<broadcastId>:<citizenId>`. */
    key: { type: String, required: true },
    /** The chat it goes to (a citizen, or a librarian for staff notices); removed when the recipient is forgotten. */
    citizenId: { type: Number },
    /** The citizen a message to someone else is about (a librarian's "can't come" notice), so /forget finds it. */
    aboutCitizenId: { type: Number },
    /** OutgoingMessage as JSON text: button rows are nested arrays, which FerretDB cannot store. */
    message: { type: String, required: true },
    batchId: { type: String },
    /** PRIORITIES value: lower is sent first. */
    priority: { type: Number, required: true, default: PRIORITIES.broadcast },
    status: { type: String, enum: DELIVERY_STATUSES, required: true, default: 'pending' },
    /** Failed attempts (network errors); 429s do not count. */
    attempts: { type: Number, required: true, default: 0 },
    /** Not sent before this instant (scheduled, or backing off after an error). */
    notBefore: { type: Date, required: true },
    /** Pointless from this instant (a lesson's reminder once the lesson began): skipped, not sent late after an outage. */
    notAfter: { type: Date },
    createdAt: { type: Date, required: true },
    doneAt: { type: Date },
    /** Delivered: the message's id in its chat, so a notice about someone who is later forgotten can be edited (forget.ts). */
    messageId: { type: Number },
    lastError: { type: String },
    /** Taken by the sender to be sent now (claim.ts): a withdraw no longer skips it. Let go when the next sender starts from the store. */
    claimedAt: { type: Date },
  },
  { versionKey: false },
);
deliverySchema.index({ key: 1 }, { unique: true });
deliverySchema.index({ status: 1, priority: 1, notBefore: 1 });
deliverySchema.index({ batchId: 1 }, { sparse: true });
deliverySchema.index({ citizenId: 1 });

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
  /** Delivered: the message's id in its chat (kept in the ledger, see `messageId` there). */
  messageId?: number;
}

/**
 * The send journal: one small row per message settled and not yet recorded in
 * the ledger. Why a journal: on the test database (FerretDB) every write to a
 * collection costs time in proportion to its size (≈ 30 ms per update at 5,000
 * rows, measured), while an insert into a small one costs ≈ 1 ms; at 30
 * messages a second there are 33 ms per message. On MongoDB both are ≈ 1 ms.
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

/** Cheap progress for the author's progress message: one lookup by `_id` instead of reading the batch's rows. */
export const batchCounters = () => mongoose.connection.collection<BatchCounters>('outbox_batches');

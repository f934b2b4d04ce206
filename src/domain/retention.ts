import { CitizenModel } from '../db/models/citizen.js';
import { DeliveryModel, type FinishedStatus } from '../outbox/model.js';
import { deleteExpiredChatState } from '../db/repositories/kv-storage.js';
import { ACTIVE_STATUSES, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { forgetCitizen } from './citizens.js';
import type { OfferSettings } from './offer-options.js';
import { pruneShownViews } from './shown-views.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionPeriods {
  /** Personal data of people with nothing active (left, finished) and no activity for this long. */
  personalDays: number;
  /** Finished outbox rows (sent, blocked, failed, skipped). */
  outboxDays: number;
  /** Sessions and conversation state after their last write (SESSION_TTL_DAYS, CONVERSATION_TTL_HOURS). */
  chatStateTtlMs: { sessions: number; conversations: number };
  /** For /forget's hand-over of a held seat to the next person. */
  offers: OfferSettings;
}

export interface RetentionResult {
  citizensForgotten: number;
  outboxRowsDeleted: number;
  /** Offer messages kept for /stats's "offers made" but emptied of their text and recipient. */
  offerRowsAnonymized: number;
  /** Sessions and abandoned conversations past their time (most go earlier, by the privacy job or a TTL index). */
  chatStateExpired: number;
}

/** Audit rows of the retention run carry this actor id: the bot itself, not a person. */
export const SYSTEM_ACTOR_ID = 0;

/**
 * Keeps personal data no longer than needed (152-FZ): forgets people who left the list or finished a course
 * more than `personalDays` ago (the same deletion as /forget: anonymous entries stay for the counts),
 * deletes finished outbox rows older than `outboxDays`, and expires abandoned conversations and idle sessions.
 * Writes the numbers, and nothing else, to the audit log.
 *
 * @example
 * await applyRetention({ personalDays: 180, outboxDays: 30, chatStateTtlMs: { sessions: 30 * DAY_MS, conversations: 24 * HOUR_MS } }, new Date());
 */
export async function applyRetention(periods: RetentionPeriods, now: Date): Promise<RetentionResult> {
  const personalCutoff = new Date(now.getTime() - periods.personalDays * DAY_MS);
  const outboxCutoff = new Date(now.getTime() - periods.outboxDays * DAY_MS);

  let citizensForgotten = 0;
  for (const citizenId of await citizensPastRetention(personalCutoff)) {
    // Nobody asked: the period ran out. The staff's notices about her say her data was deleted (fix34a's words).
    if (await forgetCitizen(citizenId, now, { ...periods.offers, reason: 'deleted' })) citizensForgotten++;
  }
  const outbox = await pruneFinishedOutbox(outboxCutoff);
  await pruneShownViews(outboxCutoff);
  const chatStateExpired = await deleteExpiredChatState(now, periods.chatStateTtlMs);

  const result: RetentionResult = {
    citizensForgotten,
    outboxRowsDeleted: outbox.deleted,
    offerRowsAnonymized: outbox.anonymized,
    chatStateExpired,
  };
  const settings = { personalDays: periods.personalDays, outboxDays: periods.outboxDays };
  await audit({ actorId: SYSTEM_ACTOR_ID, action: 'retention.run', target: 'database', details: { ...result, ...settings } }, now);
  return result;
}

/**
 * Citizens with no active entry (waiting, offered, enrolled) whose profile and entries have not changed since
 * the cutoff: they left or finished (or never joined) longer ago than the retention period.
 */
async function citizensPastRetention(cutoff: Date): Promise<number[]> {
  const candidates = await CitizenModel.find({ updatedAt: { $lt: cutoff } }, { _id: 1 }).lean();
  if (candidates.length === 0) return [];
  const stillInvolved = new Set(
    await WaitlistEntryModel.distinct('citizenId', {
      citizenId: { $exists: true },
      $or: [{ status: { $in: ACTIVE_STATUSES } }, { updatedAt: { $gte: cutoff } }],
    }),
  );
  return candidates.map((c) => c._id).filter((id) => !stillInvolved.has(id));
}

/**
 * Deletes finished outbox rows older than the cutoff. Seat-offer messages are what /stats counts as
 * "offers made", so they stay as empty rows (no text, no recipient). Adapt here when the outbox changes.
 */
export async function pruneFinishedOutbox(cutoff: Date): Promise<{ deleted: number; anonymized: number }> {
  const finished: FinishedStatus[] = ['delivered', 'blocked', 'failed', 'skipped'];
  const finishedBefore = { status: { $in: finished }, doneAt: { $lt: cutoff } };
  const anonymized = await DeliveryModel.updateMany(
    { ...finishedBefore, key: /^offer:/, citizenId: { $ne: 0 } },
    { $set: { citizenId: 0, message: '{}' }, $unset: { lastError: 1 } },
  );
  const deleted = await DeliveryModel.deleteMany({ ...finishedBefore, key: { $not: /^offer:/ } });
  return { deleted: deleted.deletedCount, anonymized: anonymized.modifiedCount };
}

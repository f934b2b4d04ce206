import { AuditEntryModel } from '../db/models/audit-entry.js';

export interface AuditRecord {
  actorId: number;
  action: string;
  target: string;
  details?: Record<string, unknown>;
  /**
   * Written once per key: an action two runs may both finish (a race whose loser cannot tell the winner will not
   * crash first) has each run write its line under the same key, and the first one stays.
   */
  key?: string;
}

/**
 * Records a staff action. Call it after the action succeeded.
 *
 * @example
 * await audit({ actorId: ctx.from.id, action: 'group.create', target: `group:${id}`, details: { capacity } }, now);
 */
export async function audit(record: AuditRecord, now: Date): Promise<void> {
  if (record.key === undefined) return void (await AuditEntryModel.create({ ...record, at: now }));
  try {
    await AuditEntryModel.updateOne({ key: record.key }, { $setOnInsert: { ...record, at: now } }, { upsert: true });
  } catch (error) {
    // The other run's upsert inserted it at the same moment (the unique index refused the second).
    if ((error as { code?: number }).code !== 11000) throw error;
  }
}

export async function recentAudit(limit = 20) {
  return AuditEntryModel.find().sort({ at: -1 }).limit(limit).lean();
}

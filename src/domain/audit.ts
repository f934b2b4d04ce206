import { AuditEntryModel } from '../db/models/audit-entry.js';

export interface AuditRecord {
  actorId: number;
  action: string;
  target: string;
  details?: Record<string, unknown>;
}

/**
 * Records a staff action. Call it after the action succeeded.
 *
 * @example
 * await audit({ actorId: ctx.from.id, action: 'group.create', target: `group:${id}`, details: { capacity } }, now);
 */
export async function audit(record: AuditRecord, now: Date): Promise<void> {
  await AuditEntryModel.create({ ...record, at: now });
}

export async function recentAudit(limit = 20) {
  return AuditEntryModel.find().sort({ at: -1 }).limit(limit).lean();
}

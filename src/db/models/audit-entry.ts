import { Schema, model, type InferSchemaType } from 'mongoose';

/** One staff action: who did what, when, on what. Never personal data of citizens. */
const auditEntrySchema = new Schema(
  {
    at: { type: Date, required: true },
    /** Telegram user id of the librarian or coordinator. */
    actorId: { type: Number, required: true },
    /** e.g. 'group.create', 'lesson.cancel', 'staff.grant', 'broadcast.send', 'center.update', 'export'. */
    action: { type: String, required: true },
    /** What it was done to, e.g. 'group:6750…', 'center:yurga-central', 'user:12345'. */
    target: { type: String, required: true },
    /** Small, non-personal details (counts, ids, changed field names). */
    details: { type: Schema.Types.Mixed },
    /** One line per key: two runs of the same action (two people pressing at once) write it once (audit.ts). */
    key: { type: String },
  },
  { versionKey: false },
);
auditEntrySchema.index({ at: -1 });
auditEntrySchema.index({ actorId: 1, at: -1 });
auditEntrySchema.index({ key: 1 }, { unique: true, sparse: true });

export type AuditEntryDoc = InferSchemaType<typeof auditEntrySchema>;
export const AuditEntryModel = model('AuditEntry', auditEntrySchema);

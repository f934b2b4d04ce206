import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A one-time invite for a partner's representative: t.me/<bot>?start=rep-<code>
 * makes whoever opens it first (before expiresAt, unless withdrawn) a
 * representative of `partnerId`. Kept apart from staff invites (invite.ts) so
 * that no staff screen or code path can ever hand out a partner role or the reverse.
 */
const partnerInviteSchema = new Schema(
  {
    _id: { type: String, required: true },
    partnerId: { type: Schema.Types.ObjectId, required: true },
    createdBy: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedBy: { type: Number },
    usedAt: { type: Date },
    withdrawnAt: { type: Date },
    withdrawnBy: { type: Number },
  },
  { versionKey: false },
);
partnerInviteSchema.index({ partnerId: 1 });

export type PartnerInviteDoc = InferSchemaType<typeof partnerInviteSchema>;
export const PartnerInviteModel = model('PartnerInvite', partnerInviteSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';
import { oneTimeInviteSchema } from './one-time-invite.js';

/**
 * A one-time invite for a partner's representative: t.me/<bot>?start=rep-<code>
 * makes whoever opens it first (before expiresAt, unless withdrawn) a
 * representative of `partnerId`.
 */
const partnerInviteSchema = oneTimeInviteSchema({ partnerId: { type: Schema.Types.ObjectId, required: true } });
partnerInviteSchema.index({ partnerId: 1 });

export type PartnerInviteDoc = InferSchemaType<typeof partnerInviteSchema>;
export const PartnerInviteModel = model('PartnerInvite', partnerInviteSchema);

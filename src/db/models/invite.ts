import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A one-time staff invite: the link t.me/<bot>?start=staff-<code> makes whoever
 * opens it first (before expiresAt, unless withdrawn) a librarian of `centerIds`.
 * Used once: redeeming sets `usedBy` with a conditional update.
 */
const inviteSchema = new Schema(
  {
    /** Random url-safe code. */
    _id: { type: String, required: true },
    centerIds: { type: [String], required: true },
    createdBy: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedBy: { type: Number },
    usedAt: { type: Date },
    /** Set when a coordinator withdrew it before anyone opened it: it then opens nothing. */
    withdrawnAt: { type: Date },
    withdrawnBy: { type: Number },
  },
  { versionKey: false },
);

export type InviteDoc = InferSchemaType<typeof inviteSchema>;
export const InviteModel = model('Invite', inviteSchema);

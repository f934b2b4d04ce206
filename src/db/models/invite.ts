import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A one-time staff invite: the link t.me/<bot>?start=staff-<code> makes whoever
 * opens it first (before expiresAt) a librarian of `centerIds`. Used once:
 * redeeming sets `usedBy` with a conditional update.
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
  },
  { versionKey: false },
);

export type InviteDoc = InferSchemaType<typeof inviteSchema>;
export const InviteModel = model('Invite', inviteSchema);

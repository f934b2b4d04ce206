import { model, type InferSchemaType } from 'mongoose';
import { oneTimeInviteSchema } from './one-time-invite.js';

/**
 * A one-time staff invite: the link t.me/<bot>?start=staff-<code> makes whoever
 * opens it first (before expiresAt, unless withdrawn) a librarian of `centerIds`.
 */
const inviteSchema = oneTimeInviteSchema({ centerIds: { type: [String], required: true } });

export type InviteDoc = InferSchemaType<typeof inviteSchema>;
export const InviteModel = model('Invite', inviteSchema);

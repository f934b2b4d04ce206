import { Schema, type SchemaDefinition } from 'mongoose';

/**
 * The shape both one-time invites share (invite.ts for librarians,
 * partner-invite.ts for a partner's representatives): a random url-safe code
 * as the id, who made it and when, until when it opens anything, who opened it
 * (set once, by a conditional update) and whether it was withdrawn first.
 * `grants` is what opening it gives: centers, or a partner. The two stay
 * separate collections on purpose: no staff screen or code path can ever hand
 * out a partner role or the reverse.
 */
export function oneTimeInviteSchema<T extends SchemaDefinition>(grants: T) {
  return new Schema(
    {
      /** Random url-safe code. */
      _id: { type: String, required: true },
      ...grants,
      createdBy: { type: Number, required: true },
      createdAt: { type: Date, required: true },
      expiresAt: { type: Date, required: true },
      usedBy: { type: Number },
      usedAt: { type: Date },
      /** Set when it was withdrawn before anyone opened it: it then opens nothing. */
      withdrawnAt: { type: Date },
      withdrawnBy: { type: Number },
    },
    { versionKey: false },
  );
}

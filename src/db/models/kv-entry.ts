import { Schema, model } from 'mongoose';

/**
 * Key-value rows for grammY sessions and conversation state (they survive
 * restarts). The value is stored as JSON text: conversation state holds nested
 * arrays (inline keyboards), which FerretDB cannot store as documents.
 * `_id` is the chat id as text (see chatStorageKey); a row is gone after
 * `expiresAt` (an abandoned flow, a person who stopped writing).
 */
const kvSchema = new Schema(
  {
    _id: { type: String, required: true },
    json: { type: String, required: true },
    /** Set on every write to the writer's clock + the store's time to live; expired rows read as absent. */
    expiresAt: { type: Date },
  },
  { timestamps: { createdAt: false, updatedAt: true }, versionKey: false, minimize: false },
);

export const SessionModel = model('Session', kvSchema, 'sessions');
export const ConversationStateModel = model('ConversationState', kvSchema, 'conversation_states');

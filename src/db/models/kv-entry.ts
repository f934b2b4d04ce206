import { Schema, model } from 'mongoose';

/**
 * Key-value rows for grammY sessions and conversation state (they survive
 * restarts). The value is stored as JSON text: conversation state holds nested
 * arrays (inline keyboards), which FerretDB cannot store as documents.
 */
const kvSchema = new Schema(
  {
    _id: { type: String, required: true },
    json: { type: String, required: true },
  },
  { timestamps: { createdAt: false, updatedAt: true }, versionKey: false, minimize: false },
);

export const SessionModel = model('Session', kvSchema, 'sessions');
export const ConversationStateModel = model('ConversationState', kvSchema, 'conversation_states');

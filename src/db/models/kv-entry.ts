import { Schema, model } from 'mongoose';
import { jsonTextField } from '../json-text.js';

/**
 * Key-value rows for grammY sessions and conversation state (they survive
 * restarts). The value is JSON text (src/db/json-text.ts): conversation state
 * holds inline keyboards, arrays of rows.
 */
const kvSchema = new Schema(
  {
    _id: { type: String, required: true },
    json: jsonTextField,
  },
  { timestamps: { createdAt: false, updatedAt: true }, versionKey: false, minimize: false },
);

export const SessionModel = model('Session', kvSchema, 'sessions');
export const ConversationStateModel = model('ConversationState', kvSchema, 'conversation_states');

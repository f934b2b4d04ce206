import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A citizen who gave consent to the processing of personal data. Nothing
 * personal is stored before consent; /forget deletes this document.
 * `_id` is the Telegram user id (private chats share it as chat id).
 */
const citizenSchema = new Schema(
  {
    _id: { type: Number, required: true },
    language: { type: String, enum: ['ru', 'en'], required: true, default: 'ru' },
    name: { type: String, required: true, maxlength: 100 },
    phone: { type: String, maxlength: 32 },
    consent: {
      version: { type: String, required: true },
      givenAt: { type: Date, required: true },
    },
    /** False after the citizen blocked the bot (403 or my_chat_member "kicked"); skipped by sends. */
    reachable: { type: Boolean, required: true, default: true },
    unreachableSince: { type: Date },
    /** When `reachable` last changed: an older report (a 403 the outbox records later) does not undo a newer one. */
    reachabilityChangedAt: { type: Date },
  },
  { timestamps: true, versionKey: false },
);
citizenSchema.index({ reachable: 1 });

export type CitizenDoc = InferSchemaType<typeof citizenSchema>;
export const CitizenModel = model('Citizen', citizenSchema);

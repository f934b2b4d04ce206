import { Schema, model } from 'mongoose';

/** How long an update_id is remembered: Telegram keeps an undelivered update for at most 24 hours. */
export const RECEIVED_UPDATE_TTL_SECONDS = 3 * 24 * 60 * 60;

/**
 * One Telegram update the bot received, keyed by its update_id (unique by
 * being the _id), so that a redelivery is recognised even after a restart.
 *
 * `json` holds the update itself only while it waits to be handled (a webhook
 * answers Telegram first and handles after), and `answerTo` its chat only
 * while it is handled; both are removed once handled, so no name, message text
 * or chat id stays here. Stored as text: updates carry nested arrays
 * (inline keyboards), which FerretDB cannot store as documents.
 */
const receivedUpdateSchema = new Schema(
  {
    _id: { type: Number, required: true },
    json: { type: String },
    /** Set when a process starts handling it: the update is then never handled again. */
    claimedAt: { type: Date },
    /** The process that claimed it (a random id per process start). */
    claimedBy: { type: String },
    /**
     * While the update is being handled only: the chat to tell if the process
     * stops before it is answered (interrupted-updates.ts), and in which language.
     */
    answerTo: { type: Number },
    language: { type: String },
    // Not a TTL index: FerretDB (tests, the embedded database) has none; forgetOldUpdates() sweeps instead.
    receivedAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);

export const ReceivedUpdateModel = model('ReceivedUpdate', receivedUpdateSchema, 'received_updates');

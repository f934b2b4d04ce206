import { Schema, model } from 'mongoose';

/** How long an update_id is remembered: Telegram keeps an undelivered update for at most 24 hours. */
export const RECEIVED_UPDATE_TTL_SECONDS = 3 * 24 * 60 * 60;

/**
 * One Telegram update the bot received, keyed by its update_id (unique by
 * being the _id), so that a redelivery is recognised even after a restart.
 *
 * `json` holds the update itself only while it waits to be handled (a webhook
 * answers Telegram first and handles after); it is removed once handled, so no
 * name or message text stays here. Stored as text: updates carry nested arrays
 * (inline keyboards), which FerretDB cannot store as documents.
 */
const receivedUpdateSchema = new Schema(
  {
    _id: { type: Number, required: true },
    json: { type: String },
    /** Set when a process starts handling it: the update is then never handled again. */
    claimedAt: { type: Date },
    // Not a TTL index: FerretDB (tests, the embedded database) has none; forgetOldUpdates() sweeps instead.
    receivedAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);

export const ReceivedUpdateModel = model('ReceivedUpdate', receivedUpdateSchema, 'received_updates');

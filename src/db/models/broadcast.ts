import { Schema, model, type InferSchemaType } from 'mongoose';

export const AUDIENCE_KINDS = ['group', 'center-enrolled', 'center-waiting', 'all-waiting'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/**
 * A message a librarian or coordinator sent to many citizens. The messages
 * themselves are outbox items (batchId = this id, key `bc:<id>:<citizenId>`);
 * this document holds who, to whom, what, and where the author's progress
 * message is. sending ─all items finished─> done.
 */
const broadcastSchema = new Schema(
  {
    authorId: { type: Number, required: true },
    authorLocale: { type: String, enum: ['ru', 'en'], required: true, default: 'ru' },
    audience: {
      kind: { type: String, enum: AUDIENCE_KINDS, required: true },
      centerId: { type: String },
      courseId: { type: String },
      groupId: { type: String },
    },
    text: { type: String, required: true, maxlength: 4096 },
    status: { type: String, enum: ['sending', 'done'], required: true, default: 'sending' },
    /**
     * Citizens in the audience; `unreachable` of them had blocked the bot and got no item;
     * `noTelegram` of them were registered at the desk (no chat: the library calls them), also no item.
     */
    recipients: { type: Number, required: true },
    unreachable: { type: Number, required: true, default: 0 },
    noTelegram: { type: Number, default: 0 },
    /** The author's progress message, edited every few seconds. */
    progressChatId: { type: Number },
    progressMessageId: { type: Number },
    lastProgressText: { type: String },
    createdAt: { type: Date, required: true },
    finishedAt: { type: Date },
    final: { delivered: Number, blocked: Number, failed: Number, skipped: Number },
  },
  { versionKey: false },
);
broadcastSchema.index({ status: 1 });

export type BroadcastDoc = InferSchemaType<typeof broadcastSchema>;
export const BroadcastModel = model('Broadcast', broadcastSchema);

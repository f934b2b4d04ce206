import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A staff screen in someone's chat that names people (a roster, attendance
 * ticks, a call list): which chat and message, and whom it names, by citizen
 * id only. When one of them is forgotten, the message is edited to say so
 * (src/domain/shown-views.ts); a screen that no longer names anyone has no row.
 */
const shownViewSchema = new Schema(
  {
    chatId: { type: Number, required: true },
    messageId: { type: Number, required: true },
    citizenIds: { type: [Number], required: true },
    /** The command that opens the screen again ("/classes"), said in the edited message. */
    reopen: { type: String, required: true },
    shownAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'shown_views' },
);
shownViewSchema.index({ chatId: 1, messageId: 1 }, { unique: true });
shownViewSchema.index({ citizenIds: 1 });

export type ShownViewDoc = InferSchemaType<typeof shownViewSchema>;
export const ShownViewModel = model('ShownView', shownViewSchema);

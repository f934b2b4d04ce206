import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A staff screen in someone's chat that names people (a roster, attendance
 * ticks, a call list): which chat and message, and whom it names, by citizen
 * id only. When one of them is forgotten, the message is edited to say so
 * (src/domain/shown-views.ts); a screen that no longer names anyone has no row, unless it is redrawn on a change
 * (`key`: the /calls screen, task28 fixF).
 */
const shownViewSchema = new Schema(
  {
    chatId: { type: Number, required: true },
    messageId: { type: Number, required: true },
    citizenIds: { type: [Number], required: true },
    /** The command that opens the screen again ("/classes"), said in the edited message. */
    reopen: { type: String, required: true },
    shownAt: { type: Date, required: true },
    /** What the screen shows, when other messages of it are redrawn on a change ("cz:<listId>": one call list). */
    key: { type: String },
    /** With `key` or `menu`: the screen's own state (its page), so a redraw keeps it. */
    payload: { type: String },
    /** The menu that drew it (its id): a forgetting redraws the screen without the person instead of closing it (fix34e). */
    menu: { type: String },
    /** A person's card (a flow's question) closed when the person was forgotten: the flow waiting on it ends (task28 fixF). */
    closedAt: { type: Date },
  },
  { versionKey: false, collection: 'shown_views' },
);
shownViewSchema.index({ chatId: 1, messageId: 1 }, { unique: true });
shownViewSchema.index({ citizenIds: 1 });
shownViewSchema.index({ key: 1 }, { sparse: true });

export type ShownViewDoc = InferSchemaType<typeof shownViewSchema>;
export const ShownViewModel = model('ShownView', shownViewSchema);

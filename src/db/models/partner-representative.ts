import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A partner's representative: a Telegram user who sees only that partner's
 * referrals and requests (no staff tools). `_id` is the Telegram user id.
 * Removing the role deletes the document.
 */
const partnerRepresentativeSchema = new Schema(
  {
    _id: { type: Number, required: true },
    partnerId: { type: Schema.Types.ObjectId, required: true },
    displayName: { type: String, maxlength: 100 },
    /** The language they chose in the bot (/language): their notices come in it. */
    language: { type: String, enum: ['ru', 'en'] },
    /** Their Telegram app's language (noted on the invite and on their commands): their notices come in it until they choose one. */
    telegramLanguage: { type: String, enum: ['ru', 'en'] },
    addedBy: { type: Number, required: true },
    addedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
partnerRepresentativeSchema.index({ partnerId: 1 });

export type PartnerRepresentativeDoc = InferSchemaType<typeof partnerRepresentativeSchema>;
export const PartnerRepresentativeModel = model('PartnerRepresentative', partnerRepresentativeSchema);

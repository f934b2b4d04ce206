import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A librarian: a Telegram user who runs groups at one or more centers.
 * Coordinators are not stored here: they are the ADMIN_IDS of the config.
 * `_id` is the Telegram user id. Revoking the role empties `centerIds`.
 */
const staffMemberSchema = new Schema(
  {
    _id: { type: Number, required: true },
    /** Shown to participants as the librarian's contact (e.g. "Анна Петровна, +7 …"). */
    displayName: { type: String, maxlength: 100 },
    centerIds: { type: [String], default: [] },
    /** The language they chose in the bot (/language): their notices (call tasks, call lists) come in it. */
    language: { type: String, enum: ['ru', 'en'] },
    /** Their Telegram app's language when it is one of ours: their notices use it until they choose with /language. */
    telegramLanguage: { type: String, enum: ['ru', 'en'] },
    addedBy: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false },
);
staffMemberSchema.index({ centerIds: 1 });

export type StaffMemberDoc = InferSchemaType<typeof staffMemberSchema>;
export const StaffMemberModel = model('StaffMember', staffMemberSchema);

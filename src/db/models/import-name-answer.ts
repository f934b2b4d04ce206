import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * What a staff member said an informal name of her paper lists is («ЦГБ Юрга» is the Юрга central library), so
 * /import does not ask her again on the next file (walk38 L6). Per importer: a colleague's list may use the same words
 * for another place. Only a name told to be a center or course is kept, never «skip these rows». A name, not a person.
 */
const importNameAnswerSchema = new Schema(
  {
    staffId: { type: Number, required: true },
    kind: { type: String, enum: ['center', 'course'], required: true },
    /** The name as the file wrote it, lower case, «ё» as «е», spaces collapsed (rememberedText). */
    text: { type: String, required: true, maxlength: 200 },
    /** The catalog id it was said to be. */
    id: { type: String, required: true },
    answeredAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'import_name_answers' },
);
importNameAnswerSchema.index({ staffId: 1, kind: 1, text: 1 }, { unique: true });

export type ImportNameAnswerDoc = InferSchemaType<typeof importNameAnswerSchema>;
export const ImportNameAnswerModel = model('ImportNameAnswer', importNameAnswerSchema);

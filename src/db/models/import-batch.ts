import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * One import of a paper waiting list (issue 11): which file, by whom, when,
 * and what it did. The file itself is not kept; its SHA-256 says which it was.
 */
const importBatchSchema = new Schema(
  {
    /** The file name as sent (staff chose it; it names a list, not a person). */
    fileName: { type: String, required: true, maxlength: 256 },
    fileHash: { type: String, required: true },
    /** Telegram id of the librarian or coordinator who confirmed it. */
    importedBy: { type: Number, required: true },
    importedAt: { type: Date, required: true },
    rows: { type: Number, required: true },
    added: { type: Number, required: true },
    already: { type: Number, required: true },
    rejected: { type: Number, required: true },
  },
  { versionKey: false },
);
importBatchSchema.index({ fileHash: 1, importedAt: -1 });

export type ImportBatchDoc = InferSchemaType<typeof importBatchSchema>;
export const ImportBatchModel = model('ImportBatch', importBatchSchema);

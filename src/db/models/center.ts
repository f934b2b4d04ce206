import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A library center where classes run. `_id` is a short slug ("kemerovo-regional"):
 * it keeps callback data short and makes seeding idempotent.
 */
const centerSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    town: { type: String, required: true },
    address: { type: String, required: true },
    /** WGS84 degrees; distances are computed in code (no $geoNear on the test database: docs/test-database.md). */
    latitude: { type: Number, required: true, min: -90, max: 90 },
    longitude: { type: Number, required: true, min: -180, max: 180 },
    phone: { type: String, required: true },
    hours: { type: String, required: true },
    timeZone: { type: String, required: true, default: 'Asia/Novokuznetsk' },
    /**
     * What English speakers read: the name, the town and the address transliterated,
     * the opening hours in English. Optional: a field left empty is shown as
     * transliterated Russian (src/domain/center-names.ts), never in Cyrillic.
     */
    en: {
      name: { type: String },
      town: { type: String },
      address: { type: String },
      hours: { type: String },
    },
    active: { type: Boolean, required: true, default: true },
    /**
     * A hidden center's planned day to take people again ('YYYY-MM-DD' at the center), when the coordinator gave
     * one: said to the people waiting there, and the coordinator is reminded that day (src/domain/planned-reopening.ts).
     */
    reopensOn: { type: String, match: /^\d{4}-\d{2}-\d{2}$/ },
    /**
     * A new center's first day ('YYYY-MM-DD' at the center), when it is added before it opens (walk34 W34-10): people
     * may join its line already and are told the day (src/domain/planned-reopening.ts openingAhead).
     */
    opensOn: { type: String, match: /^\d{4}-\d{2}-\d{2}$/ },
  },
  { timestamps: true, versionKey: false },
);
centerSchema.index({ active: 1, town: 1 });

export type CenterDoc = InferSchemaType<typeof centerSchema>;
export const CenterModel = model('Center', centerSchema);

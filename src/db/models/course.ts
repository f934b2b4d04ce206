import { Schema, model, type InferSchemaType } from 'mongoose';

const localized = { ru: { type: String, required: true }, en: { type: String, required: true } };

/** A course of the program. `_id` is a short slug ("basics"). */
const courseSchema = new Schema(
  {
    _id: { type: String, required: true },
    title: localized,
    /** One or two words for staff lists ("Основы"); the title where there is none. */
    short: { ru: String, en: String },
    description: localized,
    /** Display order in menus. */
    order: { type: Number, required: true, default: 0 },
    active: { type: Boolean, required: true, default: true },
    /** A stopped course: the day ('YYYY-MM-DD', the region's time) the coordinator plans to offer it again, if she gave one (walk34 W34-09). */
    resumesOn: { type: String, match: /^\d{4}-\d{2}-\d{2}$/ },
    /**
     * A stop or start not yet finished (its people told, its calls opened): set with `active` in one write, unset when
     * done; a repeated press or the offers job finishes one cut off by a restart (course-state.ts, probe s23 M1).
     */
    stateChange: { type: new Schema({ active: Boolean, at: Date, by: Number }, { _id: false }), default: undefined },
  },
  { timestamps: true, versionKey: false },
);

export type CourseDoc = InferSchemaType<typeof courseSchema>;
export const CourseModel = model('Course', courseSchema);

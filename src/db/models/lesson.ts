import { Schema, model, type InferSchemaType } from 'mongoose';

export const LESSON_STATUSES = ['scheduled', 'cancelled'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

/** One lesson of a class group. `startsAt` is UTC; show it in the center's time zone. */
const lessonSchema = new Schema(
  {
    groupId: { type: Schema.Types.ObjectId, required: true, ref: 'ClassGroup' },
    /** 1..n in date order. */
    index: { type: Number, required: true, min: 1 },
    startsAt: { type: Date, required: true },
    durationMinutes: { type: Number, required: true, min: 1 },
    status: { type: String, enum: LESSON_STATUSES, required: true, default: 'scheduled' },
    /** Citizen ids marked present. */
    attendedIds: { type: [Number], default: [] },
    /** Citizen ids marked absent, kept when they leave the group later: /stats counts the absence (walk30 W30-13). */
    missedIds: { type: [Number], default: [] },
    /** When attendance was last saved. */
    markedAt: { type: Date },
  },
  { versionKey: false },
);
lessonSchema.index({ groupId: 1, index: 1 }, { unique: true });
lessonSchema.index({ startsAt: 1 });

export type LessonDoc = InferSchemaType<typeof lessonSchema>;
export const LessonModel = model('Lesson', lessonSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';
import { GROUP_TIMES_OF_DAY } from './class-group.js';

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * A partner's request for a closed group for its people (a hospital's nurses):
 * pending → accepted (a group was opened for it: `groupId`) | declined (with a
 * reason). Each moves by one conditional update from `pending`, so two staff
 * members cannot both accept, or accept and decline.
 */
const groupRequestSchema = new Schema(
  {
    partnerId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: String, required: true },
    people: { type: Number, required: true, min: 1, max: 50 },
    centerIds: { type: [String], required: true },
    /** Preferred weekdays, 0 = Monday … 6 = Sunday (time.ts weekdayOf). */
    weekdays: { type: [Number], default: [] },
    timesOfDay: { type: [String], enum: GROUP_TIMES_OF_DAY, default: [] },
    note: { type: String, maxlength: 500 },
    status: { type: String, enum: REQUEST_STATUSES, required: true, default: 'pending' },
    /** The representative who asked: told of the answer. */
    requestedBy: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    decidedBy: { type: Number },
    decidedAt: { type: Date },
    declineReason: { type: String, maxlength: 500 },
    groupId: { type: Schema.Types.ObjectId },
  },
  { versionKey: false },
);
groupRequestSchema.index({ status: 1, createdAt: 1 });
groupRequestSchema.index({ partnerId: 1, createdAt: -1 });

export type GroupRequestDoc = InferSchemaType<typeof groupRequestSchema>;
export const GroupRequestModel = model('GroupRequest', groupRequestSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';

export const GROUP_TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type GroupTimeOfDay = (typeof GROUP_TIMES_OF_DAY)[number];

export const GROUP_STATUSES = ['open', 'cancelled', 'finished'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/**
 * A class group: one course at one center, a fixed set of lessons (see lesson.ts).
 * Participants are WaitlistEntry documents with {groupId, status: 'enrolled' | 'completed'}.
 * `enrolledCount` counts taken seats, `freeSeats` the seats nobody holds (see below).
 */
const classGroupSchema = new Schema(
  {
    courseId: { type: String, required: true, ref: 'Course' },
    centerId: { type: String, required: true, ref: 'Center' },
    room: { type: String, required: true, maxlength: 100 },
    /** The room in English words, given in /newclass for a center with English readers; they read it instead of roomWords. */
    roomEn: { type: String, maxlength: 100 },
    capacity: { type: Number, required: true, min: 1 },
    /** Of the first lesson, in the center's time zone; matched against waiting entries' preference. */
    timeOfDay: { type: String, enum: GROUP_TIMES_OF_DAY, required: true },
    /** Telegram id of the librarian (or coordinator) who created it. */
    librarianId: { type: Number, required: true },
    status: { type: String, enum: GROUP_STATUSES, required: true, default: 'open' },
    /** Seats taken (enrolled participants). */
    enrolledCount: { type: Number, required: true, default: 0, min: 0 },
    /**
     * Seats neither taken nor held by a pending offer. An offer reserves a seat by
     * decrementing it with `freeSeats > 0` in the filter (no $expr needed), so
     * enrolled + offered never exceeds capacity. Decline/expiry/release gives it back.
     */
    freeSeats: { type: Number, min: 0 },
    /**
     * The seat recount's last look at a group whose counters disagreed with its entries (seat-recount.ts): the
     * counters then, what the entries said, and when. Set right only when seen the same a minute or more later.
     */
    seatCheck: {
      type: new Schema({ freeSeats: Number, enrolledCount: Number, free: Number, enrolled: Number, seenAt: Date }, { _id: false }),
      default: undefined,
    },
    createdAt: { type: Date, required: true },
    /**
     * A closed group opened for a partner's request (group-request.ts): its seats
     * are offered only to that partner's referred people (offers.ts). Unset when
     * a librarian releases the free seats to the general queue.
     */
    partnerId: { type: Schema.Types.ObjectId },
    requestId: { type: Schema.Types.ObjectId },
    /** /newclass's own id for one "Create" (createGroup): a Create repeated after a restart finds this group, not a new one. */
    createKey: { type: String },
  },
  { versionKey: false },
);
// A group created without freeSeats starts with every seat free.
classGroupSchema.pre('validate', function () {
  if (this.freeSeats === undefined || this.freeSeats === null) this.freeSeats = Math.max(0, this.capacity - (this.enrolledCount ?? 0));
});
classGroupSchema.index({ centerId: 1, status: 1 });
classGroupSchema.index({ createKey: 1 }, { unique: true, sparse: true });
classGroupSchema.index({ courseId: 1, centerId: 1, status: 1 });

export type ClassGroupDoc = InferSchemaType<typeof classGroupSchema>;
export const ClassGroupModel = model('ClassGroup', classGroupSchema);

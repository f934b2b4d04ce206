import { Schema, model, type InferSchemaType } from 'mongoose';
import { GROUP_TIMES_OF_DAY } from './class-group.js';

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'any'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/**
 * waiting ─offer─> offered ─accept─> enrolled ─last lesson─> completed
 *    ^               │ decline/expire (keep place)              
 *    └───────────────┘                  any active state ─leave─> left
 * /forget: active entries become `forgotten`; every entry of the citizen loses
 * citizenId (the rest keep their status, so completions are still counted).
 */
export const ENTRY_STATUSES = ['waiting', 'offered', 'enrolled', 'completed', 'left', 'forgotten'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ACTIVE_STATUSES: readonly EntryStatus[] = ['waiting', 'offered', 'enrolled'];

const waitlistEntrySchema = new Schema(
  {
    citizenId: { type: Number },
    courseId: { type: String, required: true, ref: 'Course' },
    centerId: { type: String, required: true, ref: 'Center' },
    timeOfDay: { type: String, enum: TIMES_OF_DAY, required: true, default: 'any' },
    status: { type: String, enum: ENTRY_STATUSES, required: true, default: 'waiting' },
    /**
     * activeKeyOf(citizenId, courseId) while the entry is active, unset when it leaves
     * the active states: its unique sparse index keeps one active entry per citizen per
     * course (instead of a partial unique index: docs/test-database.md).
     */
    activeKey: { type: String },
    /** Place in line is by joinedAt; it is kept when a citizen returns to the list. */
    joinedAt: { type: Date, required: true },
    /** Seat offer while status is `offered` (issue: classes). */
    offer: {
      groupId: { type: Schema.Types.ObjectId },
      offeredAt: { type: Date },
      expiresAt: { type: Date },
      remindedAt: { type: Date },
    },
    groupId: { type: Schema.Types.ObjectId },
    /**
     * Set by /forget on an entry that stays in a group's history (a completed
     * course): a random negative number that replaces the citizen id in that
     * group's lessons' `attendedIds`, so attendance counts survive. Derived from
     * nothing; it links the anonymous entry to its anonymous attendance only.
     */
    anonymousId: { type: Number },
    /**
     * Set on an entry imported from a paper list (issue 11). `key` is a hash of
     * phone, course and join date, unique: importing the same row again (the same
     * file twice, or a later version of the list) adds nothing. /forget removes it all: the import and the line would
     * lead from the anonymous entry back to the person's row of the file (fix29c).
     */
    imported: {
      batchId: { type: Schema.Types.ObjectId },
      line: { type: Number },
      key: { type: String },
    },
    /**
     * The partner organization that referred this person (its referral link or a
     * representative's registration). /forget removes it with the citizen id, so a
     * forgotten person leaves the partner's view and counts.
     */
    partnerId: { type: Schema.Types.ObjectId },
    /**
     * When the partner referred them (the entry made with `partnerId`): /stats counts referrals by it, as /import may move
     * `joinedAt` months back to the paper list's day (walk38 L2). Entries made before it count by `joinedAt`.
     */
    referredAt: { type: Date },
    /**
     * A staff move (/find) whose follow-ups are owed: set in the same update that moves the entry, unset once the
     * person's notice, the audit and the call ticks are written. A move cut off by a restart is finished by the
     * repeated press or by the offers job (src/domain/desk-move.ts, probe s22 M2). `at` is the move's time.
     */
    staffMove: {
      by: { type: Number },
      from: { type: String },
      at: { type: Date },
    },
    /**
     * The center whose line the person waited in, kept while they hold a seat in a group at another center (a
     * partner's closed group: the entry moves to the group's center on enrolment). Giving the seat back (or the group
     * being cancelled) returns the entry to this center and unsets it (probe25 M6): "back in line at the same place".
     */
    lineCenterId: { type: String },
    enrolledAt: { type: Date },
    /**
     * Someone in a group asked to be moved to a group of the course at this time of day and none had a seat (fix35a,
     * src/domain/group-time-wish.ts): the librarians see her where they fill seats, and a seat freed at that time goes
     * to her first while she waited longer than the line. Unset when she moves, gives the seat back or withdraws the wish.
     */
    wantsTime: { type: String, enum: GROUP_TIMES_OF_DAY },
    /** When she asked for `wantsTime` (kept when she asks again for the same time): /calls says since when (fix36c). */
    wantsTimeAt: { type: Date },
    /** When the person was told in Telegram that the seat they accepted is theirs (src/domain/accept-notice.ts). */
    acceptToldAt: { type: Date },
    completedAt: { type: Date },
    leftAt: { type: Date },
    /**
     * The Telegram account held this entry before it was linked to a desk record (a grandson's own course, from before
     * he linked his grandmother's record): unlinking moves her entries back to her record and leaves this one his
     * (probe40 L2). Set by linkTelegram on the account's entries as it starts.
     */
    ownBeforeLink: { type: Boolean },
  },
  { timestamps: true, versionKey: false },
);
waitlistEntrySchema.index({ activeKey: 1 }, { unique: true, sparse: true });

/** The `activeKey` of an active entry (the one place its format is written). */
export const activeKeyOf = (citizenId: number, courseId: string) => `${citizenId}:${courseId}`;
waitlistEntrySchema.index({ courseId: 1, centerId: 1, status: 1, joinedAt: 1 });
waitlistEntrySchema.index({ citizenId: 1, status: 1 });
waitlistEntrySchema.index({ groupId: 1, status: 1 });
// A group's offers: withdrawn, settled and counted by the seat recount (13 queries filter on it).
waitlistEntrySchema.index({ 'offer.groupId': 1, status: 1 });
waitlistEntrySchema.index({ partnerId: 1, status: 1 });
waitlistEntrySchema.index({ 'imported.key': 1 }, { unique: true, sparse: true });

export type WaitlistEntryDoc = InferSchemaType<typeof waitlistEntrySchema>;
export const WaitlistEntryModel = model('WaitlistEntry', waitlistEntrySchema);

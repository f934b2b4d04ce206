import { Schema, model, type InferSchemaType } from 'mongoose';

export const CALL_TASK_KINDS = ['offer', 'lesson', 'change'] as const;
export type CallTaskKind = (typeof CALL_TASK_KINDS)[number];

/**
 * open ─Accepted─> accepted     (the seat is theirs: the same acceptOffer as a Telegram press)
 *   │ ─Declined──> declined     (declineOffer: the seat goes to the next person)
 *   │ ─offer expired / withdrawn─> expired / released   (closed by offers.ts with the seat offer)
 *   └ ─the person linked Telegram─> cancelled           (the offer goes on in Telegram)
 * "No answer" leaves it open (counted). One conditional update moves it out
 * of `open`: the first librarian's answer wins.
 */
export const CALL_TASK_STATUSES = ['open', 'accepted', 'declined', 'expired', 'released', 'cancelled'] as const;
export type CallTaskStatus = (typeof CALL_TASK_STATUSES)[number];

/**
 * A phone call a librarian makes for a person without Telegram (issue 11.3).
 * - kind 'offer': a seat was offered to them; the center's librarians get it
 *   through the outbox and record the answer (Accepted / Declined / No answer).
 * - kind 'lesson': a "call before tomorrow's lesson" mark of the daily call
 *   list; the list itself is computed from enrolments, only "done" is stored.
 * - kind 'change': a call about a schedule change (changes.ts) to one of
 *   several people without Telegram; listed under the change's digest
 *   (call-digests.ts) and ticked off there (`done`). A broadcast's people
 *   without Telegram get the same kind, keyed by the broadcast's id
 *   (broadcast.ts, broadcastCallNotices); `groupId` only for a group's audience.
 * Holds the citizen's (negative) id, never their name or phone: those are
 * read from the citizen when a message or list is built. /forget deletes the
 * citizen's call marks and strips their id from offer tasks; linking Telegram
 * moves them to the Telegram id.
 */
const callTaskSchema = new Schema(
  {
    kind: { type: String, enum: CALL_TASK_KINDS, required: true },
    /** `offer:<entryId>:<offeredAt ms>`, `lesson:<lessonId>:<citizenId>` or `change:<changeId>:<citizenId>`: a repeat adds nothing. */
    key: { type: String, required: true },
    /** Absent once the person was forgotten: an offer's task stays as an anonymous row (/stats counts offers). */
    citizenId: { type: Number },
    centerId: { type: String, required: true },
    status: { type: String, enum: CALL_TASK_STATUSES, required: true, default: 'open' },
    // kind 'offer'
    entryId: { type: Schema.Types.ObjectId },
    groupId: { type: Schema.Types.ObjectId },
    offeredAt: { type: Date },
    expiresAt: { type: Date },
    noAnswerCount: { type: Number, default: 0 },
    lastNoAnswerAt: { type: Date },
    /** Who recorded the answer (staff id and the name shown to colleagues), and when. */
    answeredBy: { type: Number },
    answeredByName: { type: String, maxlength: 100 },
    answeredAt: { type: Date },
    /** The person answered the offer in Telegram herself (back after blocking the bot): her cards say so (fix34e). */
    answeredInTelegram: { type: Boolean },
    closedAt: { type: Date },
    /**
     * Who opened its card last (from /calls or /find) and when, while it is open: a colleague opening it within ten
     * minutes is told, so two librarians do not phone the same person (walk29 W29-07). The staff member's id and the
     * name colleagues see (as answeredByName); unset when the call closes (OPENED_UNSET).
     */
    openedBy: { type: Number },
    openedByName: { type: String, maxlength: 100 },
    openedAt: { type: Date },
    /** Cards of it a librarian opened from /calls (plain replies, not outbox messages): edited when it closes (W22-13). */
    cards: { type: [{ chatId: { type: Number, required: true }, messageId: { type: Number, required: true }, _id: false }], default: undefined },
    // kind 'lesson'
    lessonId: { type: Schema.Types.ObjectId },
    done: { type: Boolean },
    /**
     * kind 'change' about something other than a schedule change: a center that stopped taking people, or took them
     * again; a course no longer offered, or offered again (then `courseId` says which); a person put into a group who
     * cannot be written to ('putin', staff-enrolment.ts; `courseId` too).
     */
    topic: { type: String, enum: ['closure', 'reopen', 'close-days', 'course-pause', 'course-resume', 'putin'] },
    courseId: { type: String },
    doneBy: { type: Number },
    doneAt: { type: Date },
    /** The name colleagues see of whoever ticked it on a list (walk28 W28-10); absent when ticked by a flow (a move). */
    doneByName: { type: String },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
callTaskSchema.index({ key: 1 }, { unique: true });
callTaskSchema.index({ kind: 1, status: 1, centerId: 1 });
callTaskSchema.index({ citizenId: 1 });
callTaskSchema.index({ entryId: 1 });

/** The key of a listed call (kind 'change'): one per action (`listId`: hex) and person. The one place its format is written. */
export const listedCallKey = (listId: string, citizenId: number) => `change:${listId}:${citizenId}`;
/** A key filter for every listed call of one action; `listId` is hex (a change's or group's id, a hash), so nothing to escape. */
export const listedCallsOf = (listId: string) => ({ $regex: `^change:${listId}:` });

/** Who opened a call's card is kept only while the call is open: every update that closes one unsets it with this. */
export const OPENED_UNSET = { openedBy: 1, openedByName: 1, openedAt: 1 } as const;

export type CallTaskDoc = InferSchemaType<typeof callTaskSchema>;
export const CallTaskModel = model('CallTask', callTaskSchema);

import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A citizen who gave consent to the processing of personal data. Nothing
 * personal is stored before consent; /forget deletes this document.
 * `_id` is the Telegram user id (private chats share it as chat id). A person
 * without Telegram (imported from a paper list, issue 11) has a random negative
 * `_id` (see hasTelegram) and `phoneKey`; they are `reachable: false`, so every
 * Telegram send skips them. Linking their Telegram later (issue 11.4) moves their
 * entries to the Telegram id found by phone (and name) and deletes this record;
 * unlinking it (a relative's account) moves them back to a new record of this kind.
 */
const citizenSchema = new Schema(
  {
    _id: { type: Number, required: true },
    language: { type: String, enum: ['ru', 'en'], required: true, default: 'ru' },
    name: { type: String, required: true, maxlength: 100 },
    phone: { type: String, maxlength: 32 },
    consent: {
      version: { type: String, required: true },
      givenAt: { type: Date, required: true },
      /** 'paper': signed at the center and recorded by staff (an import); absent: given in Telegram. */
      method: { type: String, enum: ['telegram', 'paper'] },
      /** For 'paper': the center that holds the signed form, the staff member who recorded it, and when. */
      centerId: { type: String },
      recordedBy: { type: Number },
      recordedAt: { type: Date },
    },
    /** A person without Telegram: E.164 phone, "|" and their name's key (personKey in domain/person-names.ts; older records: the phone). */
    phoneKey: { type: String, maxlength: 160 },
    /** Notes from the paper list (staff only); deleted with the record. */
    notes: { type: String, maxlength: 500 },
    /**
     * The account reads for another person: a relative linked her desk record («Это мой родственник», walk36 L2), so
     * messages about her lessons say whose record it is (whose-record.ts). Deleted with the record (/forget, unlink).
     */
    readsFor: { type: Boolean },
    /** False after the citizen blocked the bot (403 or my_chat_member "kicked"); skipped by sends. */
    reachable: { type: Boolean, required: true, default: true },
    unreachableSince: { type: Date },
    /** When `reachable` last changed: an older report (a 403 the outbox records later) does not undo a newer one. */
    reachabilityChangedAt: { type: Date },
    /** A /forget (or the retention job) began: if the process stopped half-way, the privacy job finishes it (citizens.ts). */
    forgetStartedAt: { type: Date },
    /** A link of the record without Telegram with this id began (link-telegram.ts): a repeat after a crash finishes it. */
    linkingFrom: { type: Number },
    /**
     * An unlink of this Telegram account from its desk record began (unlink-telegram.ts): the new record's id, and the
     * phone key it takes over (unset here first, the key being unique), and when: a repeat after a crash finishes it, and
     * so does the privacy job a minute on (a mark without the time is from before it was kept: cut off).
     */
    unlinkingTo: { type: Number },
    unlinkingPhoneKey: { type: String, maxlength: 160 },
    unlinkStartedAt: { type: Date },
  },
  { timestamps: true, versionKey: false },
);
citizenSchema.index({ reachable: 1 });
citizenSchema.index({ phoneKey: 1 }, { unique: true, sparse: true });
citizenSchema.index({ phone: 1 });

export type CitizenDoc = InferSchemaType<typeof citizenSchema>;
export const CitizenModel = model('Citizen', citizenSchema);

/** Telegram user ids are positive; people registered by staff have negative ids and no chat. */
export const hasTelegram = (citizenId: number): boolean => citizenId > 0;

import { Schema, model, type InferSchemaType } from 'mongoose';

export const OFFER_OUTCOMES = ['pending', 'accepted', 'declined', 'expired', 'released'] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];

/**
 * One seat offer of one group to one waiting entry (history of the classes area).
 * Unique per {entryId, groupId}: a person who declined, let an offer expire or
 * gave a seat back is not offered the same group again.
 */
const seatOfferSchema = new Schema(
  {
    entryId: { type: Schema.Types.ObjectId, required: true },
    groupId: { type: Schema.Types.ObjectId, required: true },
    offeredAt: { type: Date, required: true },
    outcome: { type: String, enum: OFFER_OUTCOMES, required: true, default: 'pending' },
    closedAt: { type: Date },
    /**
     * When the offer was accepted (walk35 finding 6): kept when the seat is given back later, whose outcome
     * 'released' is also a cancelled group's, a time-of-day move's and an offer closed by a direct enrolment.
     */
    acceptedAt: { type: Date },
    /** When the seat given back (or lost with its cancelled group) was taken: /stats's «Зачислены» keeps that week. */
    seatedAt: { type: Date },
  },
  { versionKey: false },
);
seatOfferSchema.index({ entryId: 1, groupId: 1 }, { unique: true });
seatOfferSchema.index({ groupId: 1 });

export type SeatOfferDoc = InferSchemaType<typeof seatOfferSchema>;
export const SeatOfferModel = model('SeatOffer', seatOfferSchema);

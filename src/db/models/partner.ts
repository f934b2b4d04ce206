import { Schema, model, type InferSchemaType } from 'mongoose';

export const PARTNER_KINDS = ['hospital', 'social', 'employment', 'disability', 'school', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * A partner organization that sends people to the classes (a hospital, a
 * social service, the employment center…). Coordinators add and edit it in
 * /partners; its representatives (partner-representative.ts) see only its
 * own referrals. Deactivating keeps its people's entries and history: only
 * its referral link and its representatives stop working.
 */
const partnerSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 150 },
    kind: { type: String, enum: PARTNER_KINDS, required: true },
    contactName: { type: String, maxlength: 100 },
    phone: { type: String, maxlength: 32 },
    /** Library centers it works with (its group requests start from these). */
    centerIds: { type: [String], default: [] },
    active: { type: Boolean, required: true, default: true },
    /**
     * The code of its referral link t.me/<bot>?start=<code>: random, unique;
     * replaced when it leaks (the old one then opens the plain join flow).
     */
    referralCode: { type: String },
    createdBy: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
partnerSchema.index({ referralCode: 1 }, { unique: true, sparse: true });

export type PartnerDoc = InferSchemaType<typeof partnerSchema>;
export const PartnerModel = model('Partner', partnerSchema);

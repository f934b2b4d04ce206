import { PartnerModel } from '../../db/models/partner.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { isObjectId } from '../ids.js';

/**
 * A partner's link opened in a chat is kept there for a day (walk30 W30-12): a join begun again after /start, /cancel
 * or a later open of the bot is still the partner's («Вас направила организация», /referrals, its group offered).
 */
export const REFERRAL_KEPT_MS = 24 * 60 * 60 * 1000;

export interface KeptReferral {
  partnerId: string;
  /** When the link was opened, ms by the bot's clock. */
  at: number;
}

/**
 * The join's partner (and its one center) for a referral kept in the chat: none when it is older than a day, the
 * partner is gone or inactive, or the person has joined with it already (a later join is their own).
 */
export async function keptReferralFor(kept: KeptReferral | undefined, citizenId: number, now: Date): Promise<{ partnerId: string; centerId?: string } | undefined> {
  if (!kept || !isObjectId(kept.partnerId) || now.getTime() - kept.at >= REFERRAL_KEPT_MS || now.getTime() < kept.at) return undefined;
  const partner = await PartnerModel.findOne({ _id: kept.partnerId, active: true }, { centerIds: 1 }).lean();
  if (!partner || (await WaitlistEntryModel.exists({ citizenId, partnerId: kept.partnerId }))) return undefined;
  const centers = partner.centerIds ?? [];
  return { partnerId: kept.partnerId, ...(centers.length === 1 ? { centerId: centers[0]! } : {}) };
}

import { randomBytes } from 'node:crypto';
import { PartnerModel } from '../../db/models/partner.js';
import { audit } from '../audit.js';
import { isObjectId } from '../ids.js';
import { transliterate } from '../transliterate.js';
import type { Locale } from '../../notify/notifier.js';

/**
 * A partner's referral link: t.me/<bot>?start=<code>. The code is 16 random
 * bytes (128 bits, base64url, "r" in front so it can never be mistaken for a
 * staff or representative invite), so it cannot be guessed; one per partner.
 * Replacing it makes the old link open the plain join flow, without a partner.
 */
const PREFIX = 'r';
const CODE = /^r[\w-]{22}$/;

/** What a /start payload looks like when it may be a referral code. */
export const looksLikeReferralCode = (payload: string) => CODE.test(payload);

const newCode = () => `${PREFIX}${randomBytes(16).toString('base64url')}`;

/** The partner's current code, made on first use; undefined for a partner gone or inactive. */
export async function referralCodeOf(actorId: number, partnerId: string, now: Date): Promise<string | undefined> {
  if (!isObjectId(partnerId)) return undefined;
  const partner = await PartnerModel.findOne({ _id: partnerId, active: true }, { referralCode: 1 }).lean();
  if (!partner) return undefined;
  if (partner.referralCode) return partner.referralCode;
  const made = await PartnerModel.findOneAndUpdate(
    { _id: partnerId, active: true, referralCode: { $exists: false } },
    { $set: { referralCode: newCode() } },
    { returnDocument: 'after' },
  ).lean();
  // Two presses at once: the loser reads the winner's code.
  const code = made?.referralCode ?? (await PartnerModel.findById(partnerId, { referralCode: 1 }).lean())?.referralCode ?? undefined;
  if (made) await audit({ actorId, action: 'partner.link-create', target: `partner:${partnerId}` }, now);
  return code;
}

/** A new code for a leaked link; the old one stops referring at once. */
export async function replaceReferralCode(actorId: number, partnerId: string, now: Date): Promise<string | undefined> {
  if (!isObjectId(partnerId)) return undefined;
  const replaced = await PartnerModel.findOneAndUpdate({ _id: partnerId, active: true }, { $set: { referralCode: newCode() } }, { returnDocument: 'after' }).lean();
  if (!replaced) return undefined;
  await audit({ actorId, action: 'partner.link-replace', target: `partner:${partnerId}` }, now);
  return replaced.referralCode ?? undefined;
}

/**
 * The active partner a code refers to, or undefined (unknown, replaced, or the partner deactivated);
 * `centerIds`: the centers it works with (one is where its people join, without being asked).
 */
export async function partnerByReferralCode(code: string): Promise<{ id: string; name: string; centerIds: string[] } | undefined> {
  if (!looksLikeReferralCode(code)) return undefined;
  const partner = await PartnerModel.findOne({ referralCode: code, active: true }, { name: 1, centerIds: 1 }).lean();
  return partner ? { id: String(partner._id), name: partner.name, centerIds: partner.centerIds ?? [] } : undefined;
}

/** An active partner's name in the reader's language, for the join summary; undefined when it is gone or inactive. */
export async function activePartnerName(partnerId: string, locale: Locale = 'ru'): Promise<string | undefined> {
  if (!isObjectId(partnerId)) return undefined;
  const name = (await PartnerModel.findOne({ _id: partnerId, active: true }, { name: 1 }).lean())?.name;
  // An organization's name is typed in Russian only: English readers get it in Latin letters, as centers' names.
  return name !== undefined && locale !== 'ru' ? transliterate(name) : name;
}

/** The link a person opens (or scans as a QR code). */
export const referralLink = (botUsername: string, code: string) => `https://t.me/${botUsername}?start=${code}`;

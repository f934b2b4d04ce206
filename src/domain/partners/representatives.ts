import { PartnerModel } from '../../db/models/partner.js';
import { PartnerInviteModel, type PartnerInviteDoc } from '../../db/models/partner-invite.js';
import { PartnerRepresentativeModel } from '../../db/models/partner-representative.js';
import { audit } from '../audit.js';
import type { Registrar } from '../desk-registration.js';
import { representativeOf } from '../roles.js';
import { inviteLifetime, isOpenInvite as isOpen, newInviteCode, openInvite, tellInviter, INVITE_CODE, type InviteRefusal } from '../one-time-invites.js';
import { singleLine } from '../text.js';
import { isObjectId } from '../ids.js';
import type { Locale } from '../../notify/notifier.js';

/**
 * Representatives of a partner join by a one-time link, as librarians do
 * (src/domain/staff.ts): valid 7 days, used once, withdrawable before use.
 */

export interface OpenPartnerInvite {
  code: string;
  expiresAt: Date;
}

export interface RepresentativeView {
  id: number;
  displayName?: string;
}


/** A new one-time invite for an active partner; undefined when the partner is gone or inactive. */
export async function createPartnerInvite(actorId: number, partnerId: string, now: Date): Promise<string | undefined> {
  if (!isObjectId(partnerId) || !(await PartnerModel.exists({ _id: partnerId, active: true }))) return undefined;
  const code = newInviteCode();
  await PartnerInviteModel.create({ _id: code, partnerId, ...inviteLifetime(actorId, now) });
  await audit({ actorId, action: 'partner.invite', target: `partner:${partnerId}`, details: { invite: code.slice(0, 4) } }, now);
  return code;
}

export async function listOpenPartnerInvites(partnerId: string, now: Date): Promise<OpenPartnerInvite[]> {
  if (!isObjectId(partnerId)) return [];
  const rows = await PartnerInviteModel.find({ partnerId, ...isOpen(now) }).sort({ createdAt: 1 }).lean();
  return rows.map((r) => ({ code: r._id, expiresAt: r.expiresAt }));
}

/** Withdraws an invite of this partner nobody opened yet; false when used, withdrawn, expired or another partner's. */
export async function withdrawPartnerInvite(actorId: number, partnerId: string, code: string, now: Date): Promise<boolean> {
  if (!INVITE_CODE.test(code) || !isObjectId(partnerId)) return false;
  const done = await PartnerInviteModel.findOneAndUpdate({ _id: code, partnerId, ...isOpen(now) }, { $set: { withdrawnAt: now, withdrawnBy: actorId } }).lean();
  if (!done) return false;
  await audit({ actorId, action: 'partner.invite-withdraw', target: `partner:${partnerId}`, details: { invite: code.slice(0, 4) } }, now);
  return true;
}

export type PartnerRedeemResult = { ok: true; partnerName: string } | { ok: false; reason: InviteRefusal };

/** Opens an invite: only the first opener before expiry becomes the representative. */
export async function redeemPartnerInvite(code: string, userId: number, displayName: string, now: Date, telegramLanguage?: Locale): Promise<PartnerRedeemResult> {
  const opened = await openInvite<PartnerInviteDoc>(PartnerInviteModel, code, userId, now);
  if (!opened.ok) return opened;
  const { invite } = opened;
  const partner = await PartnerModel.findOne({ _id: invite.partnerId, active: true }, { name: 1 }).lean();
  if (!partner) return { ok: false, reason: 'withdrawn' };
  const name = singleLine(displayName).slice(0, 100);
  await PartnerRepresentativeModel.updateOne(
    { _id: userId },
    { $set: { partnerId: invite.partnerId, addedBy: invite.createdBy, addedAt: now, ...(name ? { displayName: name } : {}), ...(telegramLanguage ? { telegramLanguage } : {}) } },
    { upsert: true },
  );
  await audit({ actorId: userId, action: 'partner.join', target: `partner:${String(invite.partnerId)}`, details: { invitedBy: invite.createdBy } }, now);
  await tellInviter('rep', invite.createdBy, userId, { name: name || String(userId), partner: partner.name }, now);
  return { ok: true, partnerName: partner.name };
}

export async function listRepresentatives(partnerId: string): Promise<RepresentativeView[]> {
  if (!isObjectId(partnerId)) return [];
  const rows = await PartnerRepresentativeModel.find({ partnerId }).sort({ addedAt: 1 }).lean();
  return rows.map((r) => ({ id: r._id, ...(r.displayName ? { displayName: r.displayName } : {}) }));
}

/** Takes the role away from a representative of this partner; true if they had it. */
export async function removeRepresentative(actorId: number, partnerId: string, userId: number, now: Date): Promise<boolean> {
  if (!isObjectId(partnerId)) return false;
  const removed = await PartnerRepresentativeModel.deleteOne({ _id: userId, partnerId });
  if (removed.deletedCount === 0) return false;
  await audit({ actorId, action: 'partner.rep-remove', target: `user:${userId}`, details: { partnerId } }, now);
  return true;
}

/**
 * A representative registers people as /add does (scenes/desk/add-person.ts,
 * the same paper-consent rule): at their partner's centers (every center when
 * it named none), each new entry recorded as referred by the partner. Null for
 * anyone who is not a representative of an active partner (checked on entry and on Confirm).
 */
export async function partnerRegistrar(userId: number): Promise<Registrar | null> {
  const role = await representativeOf(userId);
  if (!role) return null;
  const partner = await PartnerModel.findById(role.partnerId, { centerIds: 1 }).lean();
  if (!partner) return null;
  return { centers: partner.centerIds.length > 0 ? partner.centerIds : 'all', partnerId: role.partnerId };
}

/**
 * Notes a representative's Telegram language, as staff-language.ts does for staff: a representative who never used
 * /language gets notices in it, not in Russian by default (walk38: an English-speaking one read "request accepted" in
 * Russian). Writes only when it changed.
 */
export async function noteRepresentativeTelegramLanguage(userId: number, telegramLanguage: Locale | undefined): Promise<void> {
  if (!telegramLanguage) return;
  await PartnerRepresentativeModel.updateOne({ _id: userId, telegramLanguage: { $ne: telegramLanguage } }, { $set: { telegramLanguage } });
}

/** A representative's notice language: the one chosen with /language, else their Telegram app's, else Russian. */
export function representativeLanguage(rep: { language?: string | null; telegramLanguage?: string | null } | null | undefined): Locale {
  return (rep?.language ?? rep?.telegramLanguage) === 'en' ? 'en' : 'ru';
}

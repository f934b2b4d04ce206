import { InviteModel, type InviteDoc } from '../db/models/invite.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { audit } from './audit.js';
import { enqueue } from '../outbox/index.js';
import { inviteLifetime, isOpenInvite as isOpen, newInviteCode, openInvite, tellInviter, INVITE_CODE, type InviteRefusal } from './one-time-invites.js';
import { singleLine } from './text.js';
import { listEveryCenter } from './catalog.js';
import { centerPlace } from './center-names.js';
import { staffLanguages } from './staff-language.js';

export interface StaffView {
  id: number;
  displayName?: string;
  centerIds: string[];
}

/** Librarians who still have at least one center. */
export async function listLibrarians(): Promise<StaffView[]> {
  const rows = await StaffMemberModel.find({ 'centerIds.0': { $exists: true } }).sort({ _id: 1 }).lean();
  return rows.map((r) => ({ id: r._id, ...(r.displayName ? { displayName: r.displayName } : {}), centerIds: r.centerIds }));
}

/** A one-time invite code for these centers, valid 7 days. */
export async function createInvite(actorId: number, centerIds: string[], now: Date): Promise<string> {
  const code = newInviteCode();
  await InviteModel.create({ _id: code, centerIds, ...inviteLifetime(actorId, now) });
  await audit({ actorId, action: 'staff.invite', target: `invite:${code.slice(0, 4)}`, details: { centerIds } }, now);
  return code;
}

export type RedeemResult = { ok: true; centerIds: string[] } | { ok: false; reason: InviteRefusal };

export interface OpenInvite {
  code: string;
  centerIds: string[];
  expiresAt: Date;
}

/** Invites nobody has opened yet and that still work, oldest first. */
export async function listOpenInvites(now: Date): Promise<OpenInvite[]> {
  const rows = await InviteModel.find(isOpen(now)).sort({ createdAt: 1 }).lean();
  return rows.map((r) => ({ code: r._id, centerIds: r.centerIds, expiresAt: r.expiresAt }));
}

/**
 * Withdraws an invite nobody has opened yet (sent to the wrong person, say):
 * the link then opens nothing. False when it was already used, withdrawn or expired.
 */
export async function withdrawInvite(actorId: number, code: string, now: Date): Promise<boolean> {
  if (!INVITE_CODE.test(code)) return false;
  const withdrawn = await InviteModel.findOneAndUpdate({ _id: code, ...isOpen(now) }, { $set: { withdrawnAt: now, withdrawnBy: actorId } }).lean();
  if (!withdrawn) return false;
  await audit({ actorId, action: 'staff.invite-withdraw', target: `invite:${code.slice(0, 4)}`, details: { centerIds: withdrawn.centerIds } }, now);
  return true;
}

/** Opens an invite for `userId`: only the first opener before expiry gets the role. */
export async function redeemInvite(code: string, userId: number, displayName: string, now: Date): Promise<RedeemResult> {
  const opened = await openInvite<InviteDoc>(InviteModel, code, userId, now);
  if (!opened.ok) return opened;
  const { invite } = opened;
  await grantCenters(invite.createdBy, userId, invite.centerIds, now, displayName);
  await audit({ actorId: userId, action: 'staff.join', target: `user:${userId}`, details: { invitedBy: invite.createdBy, centerIds: invite.centerIds } }, now);
  await tellInviter('staff', invite.createdBy, userId, { name: singleLine(displayName).slice(0, 100) || String(userId) }, now);
  return { ok: true, centerIds: invite.centerIds };
}

/** Makes `userId` a librarian of these centers (added to any they have). */
export async function grantCenters(actorId: number, userId: number, centerIds: string[], now: Date, displayName?: string, options: { exactly?: boolean } = {}): Promise<void> {
  await StaffMemberModel.updateOne(
    { _id: userId },
    {
      // `exactly`: the coordinator edited the whole set (their current centers were ticked in the picker).
      ...(options.exactly ? { $set: { centerIds } } : { $addToSet: { centerIds: { $each: centerIds } } }),
      $setOnInsert: { addedBy: actorId },
      ...(displayName && singleLine(displayName) ? { $set: { ...(options.exactly ? { centerIds } : {}), displayName: singleLine(displayName).slice(0, 100) } } : {}),
    },
    { upsert: true },
  );
  await audit({ actorId, action: 'staff.grant', target: `user:${userId}`, details: { centerIds } }, now);
}

/** Takes the librarian role away (centers emptied); true if they had it. */
export async function revokeLibrarian(actorId: number, userId: number, now: Date): Promise<boolean> {
  const result = await StaffMemberModel.updateOne({ _id: userId, 'centerIds.0': { $exists: true } }, { $set: { centerIds: [] } });
  if (result.modifiedCount === 0) return false;
  await audit({ actorId, action: 'staff.revoke', target: `user:${userId}` }, now);
  return true;
}

/**
 * A person made a librarian by Telegram id learns it from the bot (through the
 * outbox, in their language), with where to find their commands. Someone who
 * never opened the bot cannot be written to: the outbox gives up on them quietly.
 */
export async function tellNewLibrarian(userId: number, centerIds: string[], now: Date): Promise<void> {
  // Every center of theirs, not only the ones just added, in their own language (walk s20 #42).
  const language = (await staffLanguages([userId])).get(userId) ?? 'ru';
  const centers = (await listEveryCenter()).filter((c) => centerIds.includes(c.id)).map((c) => centerPlace(c, language)).join('; ');
  await enqueue([{ key: `staff-granted:${userId}:${now.getTime()}`, citizenId: userId, priority: 'personal', message: { text: { key: 'cls-staff-you-are-librarian', vars: { centers } } } }], now);
}

/** A librarian added by her Telegram number has no name until she opens the bot: her Telegram name then (W22-30). */
export async function nameLibrarianOnce(userId: number, name: string): Promise<void> {
  const line = singleLine(name).slice(0, 100);
  if (line) await StaffMemberModel.updateOne({ _id: userId, displayName: { $in: [null, ''] } }, { $set: { displayName: line } });
}

/** The centers a staff member works at now (none for someone who is not one). */
export async function centersOfStaff(userId: number): Promise<string[]> {
  return (await StaffMemberModel.findById(userId, { centerIds: 1 }).lean())?.centerIds ?? [];
}

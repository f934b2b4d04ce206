import { randomBytes } from 'node:crypto';
import { enqueue } from '../outbox/index.js';

/**
 * What a librarian's invite (staff.ts) and a partner representative's
 * (partners/representatives.ts) share: a random code valid 7 days, opened once
 * by one conditional update (the loser of a race sees why it cannot open),
 * withdrawable before that. The models share their shape
 * (src/db/models/one-time-invite.ts) and stay two collections.
 */

export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

/** How a code looks: a forged or mistyped one is refused before any query. */
export const INVITE_CODE = /^[\w-]{4,32}$/;

export const newInviteCode = () => randomBytes(9).toString('base64url');

/** The invite's first days: created now, open until a week from now. */
export const inviteLifetime = (actorId: number, now: Date) => ({ createdBy: actorId, createdAt: now, expiresAt: new Date(now.getTime() + INVITE_TTL_MS) });

/** Not opened, not withdrawn, not expired. */
export const isOpenInvite = (now: Date) => ({ usedBy: { $exists: false }, withdrawnAt: { $exists: false }, expiresAt: { $gt: now } });

export type InviteRefusal = 'invalid' | 'expired' | 'used' | 'withdrawn';

interface Openable {
  usedBy?: number | null;
  withdrawnAt?: Date | null;
}

/** The two calls openInvite makes on an invite model (InviteModel, PartnerInviteModel). */
interface InviteStore<T> {
  findOneAndUpdate(filter: object, update: object, options: { returnDocument: 'after' }): { lean(): PromiseLike<T | null> };
  findById(id: string): { lean(): PromiseLike<T | null> };
}

/**
 * Opens invite `code` for `userId`: only the first opener before expiry gets
 * it (the stored invite, now used); everyone else learns why not.
 */
export async function openInvite<T extends Openable>(model: InviteStore<T>, code: string, userId: number, now: Date): Promise<{ ok: true; invite: T } | { ok: false; reason: InviteRefusal }> {
  if (!INVITE_CODE.test(code)) return { ok: false, reason: 'invalid' };
  const invite = await model.findOneAndUpdate({ _id: code, ...isOpenInvite(now) }, { $set: { usedBy: userId, usedAt: now } }, { returnDocument: 'after' }).lean();
  if (invite) return { ok: true, invite };
  const existing = await model.findById(code).lean();
  if (!existing) return { ok: false, reason: 'invalid' };
  if (existing.usedBy !== undefined && existing.usedBy !== null) return { ok: false, reason: 'used' };
  return { ok: false, reason: existing.withdrawnAt ? 'withdrawn' : 'expired' };
}

/**
 * Whoever sent an invite learns when it is opened, and by whom: they forwarded
 * a link and would otherwise not know it worked. A notice through the outbox,
 * in the inviter's language; `kind` names the role the invite gave.
 */
export async function tellInviter(kind: 'staff' | 'rep', invitedBy: number, userId: number, vars: { name: string; partner?: string }, now: Date): Promise<void> {
  const key = kind === 'staff' ? 'cls-staff-invite-opened' : 'prt-rep-invite-opened';
  await enqueue([{ key: `${kind}-joined:${userId}:${now.getTime()}`, citizenId: invitedBy, priority: 'personal', message: { text: { key, vars } } }], now);
}

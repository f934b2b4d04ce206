import { StaffMemberModel } from '../db/models/staff-member.js';
import { PartnerModel } from '../db/models/partner.js';
import { PartnerRepresentativeModel } from '../db/models/partner-representative.js';

/** What a user may do. Coordinators see every center; librarians only theirs. */
export type Role = { kind: 'coordinator' } | { kind: 'librarian'; centerIds: string[] };

/** Looked up on every staff command and callback: a revoked role stops working at once. */
export async function roleOf(userId: number, adminIds: readonly number[]): Promise<Role | null> {
  if (adminIds.includes(userId)) return { kind: 'coordinator' };
  const staff = await StaffMemberModel.findById(userId, { centerIds: 1 }).lean();
  return staff && staff.centerIds.length > 0 ? { kind: 'librarian', centerIds: staff.centerIds } : null;
}

export function canManageCenter(role: Role, centerId: string): boolean {
  return role.kind === 'coordinator' || role.centerIds.includes(centerId);
}

/** A query filter on `centerId` limited to what the role may see. */
export function centerScope(role: Role): Record<string, unknown> {
  return role.kind === 'coordinator' ? {} : { centerId: { $in: role.centerIds } };
}

/**
 * A partner organization's representative: sees only that partner's people and
 * requests, and no staff tools. Kept apart from `Role` on purpose, so that no
 * staff guard (requireStaff, roleOf) can ever let a representative in.
 */
export interface PartnerRole {
  kind: 'representative';
  partnerId: string;
}

/** Looked up on every representative command and callback: a removed role or a deactivated partner stops at once. */
export async function representativeOf(userId: number): Promise<PartnerRole | null> {
  const rep = await PartnerRepresentativeModel.findById(userId, { partnerId: 1 }).lean();
  if (!rep) return null;
  const active = await PartnerModel.exists({ _id: rep.partnerId, active: true });
  return active ? { kind: 'representative', partnerId: String(rep.partnerId) } : null;
}

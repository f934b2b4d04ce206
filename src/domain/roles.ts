import { StaffMemberModel } from '../db/models/staff-member.js';

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

import { CallTaskModel } from '../db/models/call-task.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { enqueue } from '../outbox/index.js';
import { audit } from './audit.js';
import { groupLines, type HandedGroup, type Say } from './staff-centers.js';
import { staffLanguages } from './staff-language.js';

/**
 * A librarian whose rights are taken away (/staff, walk s22 W22-27): what she leaves, asked before, and whom it goes
 * to after. Call tasks belong to a center, not a person: her center's other librarians already see them in /calls,
 * and a center left with none shows them to the coordinators. Her open groups (the contact citizens read, the
 * "can't come" notices) go to another librarian of the group's center, or to the coordinator who revoked her.
 */
export interface LeavingSummary {
  /** Open groups she runs. */
  groups: number;
  /** Open offer calls at her centers (waiting for someone to phone). */
  calls: number;
  /** Her centers that have no other librarian. */
  aloneAt: string[];
}

async function othersAt(centerId: string, userId: number): Promise<Array<{ _id: number; displayName?: string | null }>> {
  return StaffMemberModel.find({ centerIds: centerId, _id: { $ne: userId } }, { displayName: 1 }).sort({ _id: 1 }).lean();
}

export async function whatLibrarianLeaves(userId: number, now: Date): Promise<LeavingSummary> {
  const centerIds = (await StaffMemberModel.findById(userId, { centerIds: 1 }).lean())?.centerIds ?? [];
  const [groups, calls, alone] = await Promise.all([
    ClassGroupModel.countDocuments({ librarianId: userId, status: 'open' }),
    CallTaskModel.countDocuments({ kind: 'offer', status: 'open', expiresAt: { $gt: now }, centerId: { $in: centerIds } }),
    Promise.all(centerIds.map(async (c) => ((await othersAt(c, userId)).length === 0 ? c : null))),
  ]);
  return { groups, calls, aloneAt: alone.filter((c): c is string => c !== null) };
}

/** Someone her groups could go to: a librarian (with the name colleagues see) or the coordinator who revokes her. */
export interface HandOverChoice {
  id: number;
  name?: string;
}

/**
 * Whom her open groups go to when nobody chooses (each center's first other librarian, else the coordinator
 * `actorId`), and who could take them all instead: every librarian of each center where she runs an open group,
 * those of the default first (walk s22 leftovers: the coordinator picks, the default still first).
 */
export async function handOverChoices(actorId: number, userId: number, at?: string[]): Promise<{ defaults: HandOverChoice[]; candidates: HandOverChoice[]; groups: number }> {
  // `at`: only her groups at these centers (the ones unticked in /staff while she keeps others).
  const mine = { librarianId: userId, status: 'open' as const, ...(at ? { centerId: { $in: at } } : {}) };
  const centers: string[] = await ClassGroupModel.distinct('centerId', mine);
  if (centers.length === 0) return { defaults: [], candidates: [], groups: 0 };
  const groups = await ClassGroupModel.countDocuments(mine);
  const ids = [...new Set(await Promise.all(centers.map(async (c) => (await othersAt(c, userId))[0]?._id ?? actorId)))];
  const all = await StaffMemberModel.find({ _id: { $ne: userId }, centerIds: { $all: centers } }, { displayName: 1 }).sort({ _id: 1 }).lean();
  const named = new Map((await StaffMemberModel.find({ _id: { $in: ids } }, { displayName: 1 }).lean()).map((s) => [s._id, s.displayName]));
  const choice = (id: number, name?: string | null): HandOverChoice => ({ id, ...(name ? { name } : {}) });
  return {
    defaults: ids.map((id) => choice(id, named.get(id))),
    candidates: [...all.filter((s) => ids.includes(s._id)), ...all.filter((s) => !ids.includes(s._id))].map((s) => choice(s._id, s.displayName)),
    groups,
  };
}

/**
 * The one chosen to take her groups at these centers can no longer take them all (she lost one of those centers
 * while the coordinator was choosing, probe25 L9): her name ('' unknown); undefined when she still can.
 */
export async function chosenLost(actorId: number, userId: number, to: number, at: string[]): Promise<string | undefined> {
  if (to === actorId) return undefined;
  const centers: string[] = await ClassGroupModel.distinct('centerId', { librarianId: userId, status: 'open', centerId: { $in: at } });
  if (to !== userId && (await StaffMemberModel.exists({ _id: to, centerIds: { $all: centers } }))) return undefined;
  return (await StaffMemberModel.findById(to, { displayName: 1 }).lean())?.displayName ?? '';
}

/**
 * Her open groups at centers she does not manage (any more: revoked, or her centers re-ticked in /staff; probe s23
 * H1) go to `to` where the coordinator chose someone (the coordinator `actorId`, or a librarian of the group's
 * center), else to the first other librarian of the group's center, else to the coordinator; the librarians who
 * got groups are told. Returns how many groups moved. Groups follow the center, not the person.
 */
export async function handOverGroups(actorId: number, userId: number, now: Date, leaving?: 'all' | string[], to?: number, say?: Say): Promise<number> {
  return (await handOverGroupList(actorId, userId, now, leaving, to, say)).length;
}

/**
 * handOverGroups, returning which groups went to whom. With `say` (the bot's translator) the ones who got groups are
 * told which (course, center, next lesson: walk28 W28-16), in their language; without it (the repair job), how many.
 */
export async function handOverGroupList(actorId: number, userId: number, now: Date, leaving?: 'all' | string[], to?: number, say?: Say): Promise<HandedGroup[]> {
  // `leaving`: called before her centers change (so a kill in between leaves nothing with her); else after it.
  const kept = (await StaffMemberModel.findById(userId, { centerIds: 1 }).lean())?.centerIds ?? [];
  const at = leaving === 'all' ? {} : { centerId: leaving ? { $in: leaving } : { $nin: kept } };
  const groups = await ClassGroupModel.find({ librarianId: userId, status: 'open', ...at }, { centerId: 1, courseId: 1 }).lean();
  if (groups.length === 0) return [];
  const handed: HandedGroup[] = [];
  for (const group of groups) {
    // The one chosen, while they may run a group of this center (a librarian unticked from it meanwhile may not).
    const chosen = to !== undefined && to !== userId && (to === actorId || (await StaffMemberModel.exists({ _id: to, centerIds: group.centerId }))) ? to : undefined;
    const next = chosen ?? (await othersAt(group.centerId, userId))[0]?._id ?? actorId;
    await ClassGroupModel.updateOne({ _id: group._id, librarianId: userId }, { $set: { librarianId: next } });
    handed.push({ id: String(group._id), courseId: group.courseId, centerId: group.centerId, to: next });
  }
  await audit({ actorId, action: 'staff.handover', target: `user:${userId}`, details: { groups: groups.length, ...(to === undefined ? {} : { to }) } }, now);
  // Her name when the bot knows it; never a bare Telegram id.
  const name = (await StaffMemberModel.findById(userId, { displayName: 1 }).lean())?.displayName;
  const given = [...new Set(handed.map((g) => g.to))].filter((id) => id !== actorId);
  const languages = await staffLanguages(given);
  const told = async (staffId: number) => {
    const theirs = handed.filter((g) => g.to === staffId);
    if (!say) return { key: name ? 'staff-revoke-groups-given' : 'staff-groups-given-unnamed', vars: { name: name ?? '', count: theirs.length } };
    const language = languages.get(staffId) ?? 'ru';
    const head = say(language, name ? 'staff-centers-given' : 'staff-centers-given-unnamed', { name: name ?? '', count: theirs.length });
    return { raw: [head, ...(await groupLines(theirs, language, say, now)), say(language, 'staff-centers-given-where')].join('\n') };
  };
  await enqueue(
    await Promise.all(given.map(async (staffId) => ({
      key: `handover:${userId}:${staffId}:${now.getTime()}`,
      citizenId: staffId,
      priority: 'personal' as const,
      message: { text: await told(staffId) },
    }))),
    now,
  );
  return handed;
}

/**
 * The repair a kill between "her centers changed" and the hand-over needs (probe s23 H1 b): every open group whose
 * librarian no longer manages its center is handed over, to the first coordinator when the center has no librarian.
 * Coordinators' own groups stay theirs. Run by the offers job; `librarianId` limits it to one person's groups.
 */
export async function handOverStrayGroups(coordinatorIds: readonly number[], now: Date, librarianId?: number): Promise<number> {
  const [fallback] = coordinatorIds;
  if (fallback === undefined) return 0;
  const owners = (await ClassGroupModel.distinct('librarianId', { status: 'open', ...(librarianId === undefined ? {} : { librarianId }) }))
    .filter((id): id is number => typeof id === 'number' && !coordinatorIds.includes(id));
  let moved = 0;
  for (const owner of owners) moved += await handOverGroups(fallback, owner, now);
  return moved;
}

/** Who is told about this group now: its librarian, after handing it over if she no longer manages its center. */
export async function groupKeeper(groupId: string, librarianId: number, coordinatorIds: readonly number[], now: Date): Promise<number> {
  if (await handOverStrayGroups(coordinatorIds, now, librarianId)) {
    return (await ClassGroupModel.findById(groupId, { librarianId: 1 }).lean())?.librarianId ?? librarianId;
  }
  return librarianId;
}

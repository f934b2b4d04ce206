import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ACTIVE_STATUSES, WaitlistEntryModel, type EntryStatus } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { forgetCitizen } from './citizens.js';
import type { OfferOptions } from './offers.js';
import { isNear, mayBeNear, nearPattern } from './near-names.js';
import { normalizePhone } from './phone.js';
import { canManageCenter, type Role } from './roles.js';
import { positionOf } from './waitlist.js';

/**
 * Staff forget a person on request (issue 11.5): the person asked at the desk
 * or by phone. Found by phone or part of the name, among the people a staff
 * member may see (a librarian: people with an active entry at one of their
 * centers; a coordinator: everyone), then the same deletion as /forget (forgetCitizen),
 * for people with and without Telegram alike. The audit log gets counts only:
 * after the deletion nothing may lead back to the person.
 */

export interface PersonEntry {
  id: string;
  courseId: string;
  centerId: string;
  status: EntryStatus;
  position: number;
}

/** One person found: plain data, safe to return from conversation.external(). */
export interface PersonMatch {
  id: number;
  name: string;
  phone?: string;
  /** A paper list's note about the person ("приходит сам", "звонить после 18:00"): shown on their /find card. */
  notes?: string;
  telegram: boolean;
  entries: PersonEntry[];
  /** Found with a slip in the name typed (near-names.ts), listed after the exact matches as «Похожие» (walk34 W34-14). */
  near?: true;
}

export type PeopleSearch =
  | { by: 'phone' | 'name'; people: PersonMatch[]; /** More matched than are listed: type more of the name. */ more: boolean }
  /** Digits that are no phone number, or fewer than two letters. */
  | { by: 'unreadable' };

/** At most this many are listed; more matches ask for more of the name. */
export const MAX_MATCHES = 30;
/** Names read for one search, at most (a region has a few thousand people). */
const MAX_NAME_READS = 500;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Семёнова" is often typed "Семенова", and the other way round. */
const yoInsensitive = (text: string) => escapeRegExp(text).replace(/[её]/gi, '[её]');

/**
 * The people a role may see among these: all for coordinators; for librarians, those with an ACTIVE entry
 * (waiting, offered a seat, in a group) at one of their centers (probe s22 H3: any old entry counted, so a
 * person who once left a group here, and now waits at another center, was found with that center's place and
 * could be deleted from it). A completed course does not count, not even a recent one: what a library does for
 * those who finished (attendance, a certificate) goes through the group in /classes, which keeps its names;
 * /find and /forgetperson act on the person's current places, and those are another center's business.
 */
async function inScope(role: Role, ids: number[]): Promise<Set<number>> {
  if (role.kind === 'coordinator') return new Set(ids);
  const entries = await WaitlistEntryModel.find(
    { citizenId: { $in: ids }, centerId: { $in: role.centerIds }, status: { $in: ACTIVE_STATUSES } },
    { citizenId: 1 },
  ).lean();
  return new Set(entries.map((e) => e.citizenId!));
}

/** A person's active entries at centers the role does not manage (none for a coordinator). */
export function entriesElsewhere(role: Role, person: Pick<PersonMatch, 'entries'>): PersonEntry[] {
  return person.entries.filter((e) => !canManageCenter(role, e.centerId));
}

export async function findPeople(role: Role, query: string): Promise<PeopleSearch> {
  const text = query.trim();
  const digits = text.replace(/\D/g, '');
  let by: 'phone' | 'name';
  let found: Array<{ _id: number; name: string; phone?: string | null; notes?: string | null; near?: true }>;
  if (digits.length >= 5) {
    const phone = normalizePhone(text);
    if (!phone) return { by: 'unreadable' };
    by = 'phone';
    found = await CitizenModel.find({ $or: [{ phone }, { phoneKey: phone }] }, { name: 1, phone: 1, notes: 1 }).lean();
  } else {
    const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.join('').length < 2 || digits.length > 0) return { by: 'unreadable' };
    by = 'name';
    // Every word somewhere in the name: "Иванова Мария" finds "Иванова Мария Петровна" and "Мария Иванова".
    found = await CitizenModel.find({ $and: words.map((w) => ({ name: { $regex: yoInsensitive(w), $options: 'i' } })) }, { name: 1, phone: 1, notes: 1 })
      .limit(MAX_NAME_READS)
      .lean();
    found = [...found.sort(byName), ...(await nearNames(words, found.map((c) => c._id))).sort(byName)];
  }
  const visible = await inScope(role, found.map((c) => c._id));
  // Exact matches by name, then those with a slip by name (walk34 W34-14); by phone, by name.
  const people = found.filter((c) => visible.has(c._id));
  if (by === 'phone') people.sort(byName);
  const listed = people.slice(0, MAX_MATCHES);
  const entries = await entriesOf(listed.map((c) => c._id));
  return {
    by,
    more: people.length > MAX_MATCHES,
    people: listed.map((c) => ({
      id: c._id, name: c.name, ...(c.phone ? { phone: c.phone } : {}), ...(c.notes ? { notes: c.notes } : {}), telegram: hasTelegram(c._id), entries: entries.get(c._id) ?? [],
      ...(c.near ? { near: true as const } : {}),
    })),
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'ru');

/**
 * People whose name holds the search's long words with one slip each (near-names.ts), not found exactly (`exact`):
 * read by a regular expression, as the exact search, within the same limit; short words stay exact.
 */
async function nearNames(words: string[], exact: number[]) {
  if (!words.some(mayBeNear)) return [];
  const read = await CitizenModel.find(
    { _id: { $nin: exact }, $and: words.map((w) => ({ name: { $regex: mayBeNear(w) ? nearPattern(w) : yoInsensitive(w), $options: 'i' } })) },
    { name: 1, phone: 1, notes: 1 },
  ).limit(MAX_NAME_READS).lean();
  return read.filter((c) => words.every((w) => !mayBeNear(w) || isNear(w, c.name))).map((c) => ({ ...c, near: true as const }));
}

/** Active entries (with the place in line) of these people. */
async function entriesOf(ids: number[]): Promise<Map<number, PersonEntry[]>> {
  const byPerson = new Map<number, PersonEntry[]>();
  const entries = await WaitlistEntryModel.find({ citizenId: { $in: ids }, activeKey: { $exists: true } }).sort({ joinedAt: 1 }).lean();
  for (const e of entries) {
    const list = byPerson.get(e.citizenId!) ?? [];
    list.push({ id: String(e._id), courseId: e.courseId, centerId: e.centerId, status: e.status, position: await positionOf(e) });
    byPerson.set(e.citizenId!, list);
  }
  return byPerson;
}

/** One person by id, as findPeople lists them, if the role may see them (a card opened from a call list); null otherwise. */
export async function personFor(role: Role, citizenId: number): Promise<PersonMatch | null> {
  if (!Number.isSafeInteger(citizenId) || !(await inScope(role, [citizenId])).has(citizenId)) return null;
  const c = await CitizenModel.findById(citizenId, { name: 1, phone: 1, notes: 1 }).lean();
  if (!c) return null;
  const entries = await entriesOf([c._id]);
  return { id: c._id, name: c.name, ...(c.phone ? { phone: c.phone } : {}), ...(c.notes ? { notes: c.notes } : {}), telegram: hasTelegram(c._id), entries: entries.get(c._id) ?? [] };
}

/** How the person was found: typed phone or name, or a call list's button. */
export type FoundBy = 'phone' | 'name' | 'list';

/**
 * `not-allowed`: no active entry at the role's centers (any more); `elsewhere`: a librarian's person who also has
 * active entries at centers she does not manage: their places there are not hers to delete, and a person's data
 * cannot be deleted in part (the places hang on it), so the coordinator does it.
 */
export type StaffForgetResult = 'forgotten' | 'not-allowed' | 'elsewhere' | 'gone';

/**
 * Forgets one person for a staff member, after checking again that they may
 * see this person (a forged or stale choice is refused). Audited with counts
 * only: no name, phone, or id of the person.
 */
export async function forgetPersonForStaff(
  role: Role,
  actorId: number,
  citizenId: number,
  foundBy: FoundBy,
  now: Date,
  options: OfferOptions,
): Promise<StaffForgetResult> {
  if (!(await CitizenModel.exists({ _id: citizenId }))) return 'gone';
  if (!(await inScope(role, [citizenId])).has(citizenId)) return 'not-allowed';
  if (role.kind !== 'coordinator' && (await WaitlistEntryModel.exists({ citizenId, status: { $in: ACTIVE_STATUSES }, centerId: { $nin: role.centerIds } }))) {
    return 'elsewhere';
  }
  const entries = await WaitlistEntryModel.countDocuments({ citizenId });
  const telegram = hasTelegram(citizenId);
  // Deleted for them: the librarians' notices say «данные удалены», not that the person asked (probe31 L3).
  await forgetCitizen(citizenId, now, { ...options, reason: 'deleted' });
  await audit({ actorId, action: 'citizen.forget-by-staff', target: 'citizen', details: { entries, telegram, foundBy } }, now);
  return 'forgotten';
}

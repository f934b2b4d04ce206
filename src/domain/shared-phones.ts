import { CitizenModel } from '../db/models/citizen.js';
import { oneOf, WHOLE_LIST_BATCH } from '../db/one-of.js';
import { WaitlistEntryModel, type EntryStatus } from '../db/models/waitlist-entry.js';
import { identityKey, isNoPhoneKey, nameKey, namesakeKey, phoneOfKey, sameName, withNamesakes } from './person-names.js';
import { isDuplicateKey } from '../db/duplicates.js';
import { normalizePhone } from './phone.js';
import { positionOf } from './waitlist.js';

/**
 * One phone, several people (a couple's landline, a mother on her daughter's number: walk s21 W21-03, fixH).
 * Whoever looks people up by phone reads them here and tells them apart by name.
 */

export interface PhonePerson {
  id: number;
  name: string;
}

/** Up to this many phones are asked for by their keys; more read every key. */
const FEW = 20;

/** A phone's `phoneKey`s of both forms: the bare phone (older records) and `phone|name` (personKey). */
const keysOf = (phone: string) => [{ phoneKey: phone }, { phoneKey: { $gt: `${phone}|`, $lt: `${phone}}` } }];

/** People without Telegram registered with these phones (and Telegram users who linked such a record), oldest first: phone → people. */
export async function paperPeopleByPhone(phones: string[]): Promise<Map<string, PhonePerson[]>> {
  const wanted = new Set(phones);
  const byPhone = new Map<string, PhonePerson[]>();
  // By phoneKey too: a Telegram user who linked a desk record keeps its key even after changing their phone. A few
  // phones ask for their keys of both forms; more read every key (as oneOf does: the test database scans anyway).
  const keyed = phones.length > FEW ? [{ phoneKey: { $exists: true } }] : phones.flatMap(keysOf);
  const found = await CitizenModel.find({ $or: [oneOf('phone', phones), ...keyed] }, { phoneKey: 1, name: 1, createdAt: 1 }).batchSize(WHOLE_LIST_BATCH).lean();
  for (const c of found.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const phone = c.phoneKey ? phoneOfKey(c.phoneKey) : undefined;
    if (phone === undefined || !wanted.has(phone)) continue;
    byPhone.set(phone, [...(byPhone.get(phone) ?? []), { id: c._id, name: c.name }]);
  }
  return byPhone;
}

/** The people without Telegram on one phone (E.164), oldest first. */
export const paperPeopleOn = async (phone: string): Promise<PhonePerson[]> => (await paperPeopleByPhone([phone])).get(phone) ?? [];

/**
 * Those of them a staff member may see by name: a librarian, the people with an active entry at her centers (as /find:
 * desk-forget.ts); a coordinator, all. Typing phones into /add must not read out other centers' people (probe s23 H2).
 */
export async function paperPeopleSeenOn(phone: string, centers: 'all' | string[]): Promise<PhonePerson[]> {
  const people = await paperPeopleOn(phone);
  if (centers === 'all' || people.length === 0) return people;
  const mine = await WaitlistEntryModel.find(
    { citizenId: { $in: people.map((p) => p.id) }, centerId: { $in: centers }, status: { $in: ['waiting', 'offered', 'enrolled'] } },
    { citizenId: 1 },
  ).lean();
  const seen = new Set(mine.map((e) => e.citizenId));
  return people.filter((p) => seen.has(p.id));
}

/** Where a person already stands for a course. */
export interface OnList {
  entryId: string;
  centerId: string;
  status: EntryStatus;
  /** Place among waiting entries; 0 when offered or enrolled. */
  position: number;
  /** The partner that referred the entry, if any. */
  partnerId?: string;
}

/** Who, on a phone: the person of this name, or the one staff chose. */
export type OnPhone = { name: string } | { citizenId: number };

/**
 * The active entry for this course of the person with this phone and name (or
 * the chosen one): someone registered by staff (phoneKey) or a Telegram user who
 * gave it (phone). Another name on the phone is another person.
 */
export async function findOnList(phone: string, courseId: string, who: OnPhone): Promise<OnList | undefined> {
  const e164 = normalizePhone(phone);
  if (!e164) return undefined;
  const people = await CitizenModel.find({ $or: [{ phone: e164 }, ...keysOf(e164)] }, { _id: 1, name: 1 }).lean();
  const ids = people.filter((c) => ('citizenId' in who ? c._id === who.citizenId : sameName(c.name, who.name))).map((c) => c._id);
  return activeEntryOf(ids, courseId);
}

/** People without a phone, by their identity keys (identityKey: name at a center): key → citizen id. */
export async function noPhonePeopleByKey(keys: string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const found = await CitizenModel.find(oneOf('phoneKey', keys), { phoneKey: 1 }).batchSize(WHOLE_LIST_BATCH).lean();
  const wanted = new Set(keys);
  return new Map(found.flatMap((c) => (c.phoneKey && wanted.has(c.phoneKey) ? [[c.phoneKey, c._id] as const] : [])));
}

/** A person without a phone is the same name at the same center (identityKey): their active entry for this course. */
export async function findNoPhoneOnList(name: string, centerId: string, courseId: string): Promise<OnList | undefined> {
  const person = await CitizenModel.findOne({ phoneKey: identityKey({ name, centerId }) }, { _id: 1 }).lean();
  return person ? activeEntryOf([person._id], courseId) : undefined;
}

/** The person staff chose (/add's «Да, тот же человек»): their active entry for this course. */
export const personOnList = (citizenId: number, courseId: string): Promise<OnList | undefined> => activeEntryOf([citizenId], courseId);

/** A person of this name at a center, with the courses they are on the list for (active entries; with a phone, at that center). */
export interface Namesake extends PhonePerson {
  courseIds: string[];
  /** A person registered with a phone (probe30 L2); absent: without one. */
  phone?: string;
}

/**
 * People registered under this name at this center, oldest first: those without a phone (identityKey and its
 * namesakeKeys, probe29 M1), then those registered by staff with a phone who are on a list of this center now (probe30
 * L2: «Смирнов Олег, +7 913 000-40-01»). /add asks whether the person at the desk is one of them, as it does for a
 * shared phone; /import's namesakes note names them.
 */
export async function noPhoneNamesakes(name: string, centerId: string): Promise<Namesake[]> {
  const people = await CitizenModel.find(withNamesakes(identityKey({ name, centerId })), { name: 1, createdAt: 1 }).lean();
  const entries = people.length === 0 ? [] : await WaitlistEntryModel.find({ citizenId: { $in: people.map((p) => p._id) }, activeKey: { $exists: true } }, { citizenId: 1, courseId: 1 }).sort({ joinedAt: 1 }).lean();
  const withoutPhone = people
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((p) => ({ id: p._id, name: p.name, courseIds: entries.filter((e) => e.citizenId === p._id).map((e) => e.courseId) }));
  return [...withoutPhone, ...(await phoneNamesakes([name], centerId)).get(nameKey(name)) ?? []];
}

/**
 * People registered by staff with a phone (no Telegram: a negative id) who are on a list of this center now, whose
 * name is one of `names`: nameKey → them, oldest first, each with their courses at this center (probe30 L2).
 */
export async function phoneNamesakes(names: string[], centerId: string): Promise<Map<string, Namesake[]>> {
  const wanted = new Set(names.map(nameKey));
  const here = await WaitlistEntryModel.find({ centerId, citizenId: { $lt: 0 }, activeKey: { $exists: true } }, { citizenId: 1, courseId: 1 }).sort({ joinedAt: 1 }).batchSize(WHOLE_LIST_BATCH).lean();
  const found = new Map<string, Namesake[]>();
  if (here.length === 0 || wanted.size === 0) return found;
  const ids = new Set(here.map((e) => e.citizenId!));
  const people = await CitizenModel.find({ ...oneOf('_id', [...ids]), phone: { $exists: true } }, { name: 1, phone: 1, createdAt: 1 }).batchSize(WHOLE_LIST_BATCH).lean();
  for (const p of people.filter((c) => ids.has(c._id) && c.phone && wanted.has(nameKey(c.name))).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const person = { id: p._id, name: p.name, phone: p.phone!, courseIds: here.filter((e) => e.citizenId === p._id).map((e) => e.courseId) };
    found.set(nameKey(p.name), [...(found.get(nameKey(p.name)) ?? []), person]);
  }
  return found;
}

/** The key of one more namesake without a phone at this center (namesakeKey): the next free number, from 2. */
export async function nextNamesakeKey(name: string, centerId: string): Promise<string> {
  const key = identityKey({ name, centerId });
  const taken = await CitizenModel.find(withNamesakes(key), { phoneKey: 1 }).lean();
  const numbers = taken.map((c) => Number(c.phoneKey?.slice(key.length + 1) || 1)).filter((n) => Number.isInteger(n));
  return namesakeKey(key, Math.max(1, ...numbers) + 1);
}

async function activeEntryOf(ids: number[], courseId: string): Promise<OnList | undefined> {
  if (ids.length === 0) return undefined;
  const entry = await WaitlistEntryModel.findOne({ citizenId: { $in: ids }, courseId, activeKey: { $exists: true } }).lean();
  if (!entry) return undefined;
  return {
    entryId: String(entry._id), centerId: entry.centerId, status: entry.status, position: await positionOf(entry),
    ...(entry.partnerId ? { partnerId: String(entry.partnerId) } : {}),
  };
}

/** Someone who joined in Telegram gave this phone (typed or shared): their account is theirs to add courses to. */
export async function usedInTelegram(phone: string): Promise<boolean> {
  const e164 = normalizePhone(phone);
  return e164 !== undefined && (await CitizenModel.exists({ phone: e164, _id: { $gt: 0 } })) !== null;
}

/**
 * A person without a phone moved by staff to another center (/find): they come in there now, so they are their name
 * at that center (identityKey), unless they still wait at the old one for another course, or a namesake without a
 * phone is registered there already (then they stay two records, as two people with two phones would).
 */
export async function followNoPhoneIdentity(citizenId: number, centerId: string): Promise<void> {
  const person = await CitizenModel.findById(citizenId, { name: 1, phone: 1, phoneKey: 1 }).lean();
  if (!person || person.phone || !isNoPhoneKey(person.phoneKey)) return;
  const key = identityKey({ name: person.name, centerId });
  if (key === person.phoneKey) return;
  const elsewhere = await WaitlistEntryModel.exists({ citizenId, centerId: { $ne: centerId }, activeKey: { $exists: true } });
  if (elsewhere) return;
  try {
    await CitizenModel.updateOne({ _id: citizenId, phoneKey: person.phoneKey }, { $set: { phoneKey: key } });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

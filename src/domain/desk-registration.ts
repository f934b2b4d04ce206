import { randomInt } from 'node:crypto';
import { Types } from 'mongoose';
import { CenterModel } from '../db/models/center.js';
import { CitizenModel } from '../db/models/citizen.js';
import { isBulkOfDuplicates } from '../db/duplicates.js';
import { activeKeyOf, WaitlistEntryModel, type TimeOfDay } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { findOpenCourse } from './catalog.js';
import { identityKey, sameName } from './person-names.js';
import { normalizePhone } from './phone.js';
import { singleLine } from './text.js';
import { roleOf } from './roles.js';
import { findNoPhoneOnList, findOnList, nextNamesakeKey, noPhonePeopleByKey, paperPeopleByPhone, personOnList, type OnList } from './shared-phones.js';
import { positionOf } from './waitlist.js';

export { findNoPhoneOnList, findOnList, noPhoneNamesakes, personOnList, usedInTelegram, type Namesake, type OnList } from './shared-phones.js';

/**
 * People without Telegram, registered by staff (issue 11): one person who
 * called or walked in (/add), or every row of a paper list (/import). Both
 * write through registerWithoutTelegram, so such a person looks the same
 * whichever way they came: a citizen with a random negative id, `phoneKey`,
 * `reachable: false` and consent "paper" (the form signed at the center), and
 * an ordinary waiting-list entry that takes its place by `joinedAt`.
 */

/** Paper consent forms carry no version of our Telegram text. */
export const PAPER_CONSENT_VERSION = 'paper';

export interface PaperPerson {
  /** One clean line (singleLine), 2 to 100 characters. */
  name: string;
  /** E.164 (normalizePhone); absent: the person has no phone, and is their name at `centerId` (identityKey). */
  phone?: string;
  courseId: string;
  centerId: string;
  timeOfDay: TimeOfDay;
  /** The paper list's date (an import) or now (/add): the place in line. */
  joinedAt: Date;
  /** Notes from a paper list, for staff. */
  notes?: string;
  /** /add: the person already registered with this phone whom staff said this is (under another name), or without a phone the namesake at this center staff said this is. */
  citizenId?: number;
  /** Without a phone, another person than the namesakes at this center (/add's «Нет, другой человек», probe29 M1): their own key (namesakeKey). */
  identity?: string;
  /** An imported row: which import, which line, and its unique key (the same row twice adds nothing). */
  imported?: { batchId: Types.ObjectId; line: number; key: string };
}

/** Who registers, and how; one options object, so that other ways in add their fields here. */
export interface RegisteredBy {
  /** The staff member (or, issue 12, the partner representative) who recorded the paper form. */
  actorId: number;
  now: Date;
  /**
   * Issue 12: the partner organization whose representative registered the
   * person (an ObjectId as text); stored on each new entry as `partnerId`.
   */
  partnerId?: string;
}

export type Registration =
  /** A new entry; `newPerson` is false when the phone belonged to someone registered before (the course was added to them). */
  | { outcome: 'added'; entryId: string; citizenId: number; newPerson: boolean }
  /** The person already has an active entry for this course (or this imported row was written before): nothing written. */
  | { outcome: 'already'; citizenId?: number };


/** Random negative ids, far below the anonymous stand-ins of /forget (-1 … -2^47): never a Telegram id. */
export const newPaperCitizenId = () => -(2 ** 49 + randomInt(0, 2 ** 47));

/**
 * Puts people without Telegram on the waiting list: a person is a phone AND a
 * name (sameName), so a couple sharing a landline are two people; the same
 * phone and name registered before keeps its person, who gets the new course
 * (or `citizenId`, the person staff said it is). One entry per person per
 * course. Returns one Registration per person, in order. Safe to repeat and to
 * race: unique `phoneKey` (personKey), `activeKey` and `imported.key` indexes;
 * the loser of a race is told `already`. Bulk writes (insert, then read back),
 * so a list of thousands takes seconds on the test database too.
 *
 * Only people registered this way are matched by phone: a Telegram user's
 * phone was typed by them, not checked, so their account is never changed here
 * (the callers check whether that phone is on the list already).
 */
export async function registerWithoutTelegram(people: PaperPerson[], by: RegisteredBy): Promise<Registration[]> {
  const { actorId, now } = by;
  // 1. One citizen per phone and name: those not there yet are inserted, then every phone is read back.
  const phones = [...new Set(people.flatMap((p) => (p.phone ? [p.phone] : [])))];
  const keyOf = (p: PaperPerson) => p.identity ?? identityKey(p);
  const noPhoneKeys = [...new Set(people.flatMap((p) => (p.phone || p.citizenId !== undefined ? [] : [keyOf(p)])))];
  const read = () => Promise.all([phones.length > 0 ? paperPeopleByPhone(phones) : new Map<string, never[]>(), noPhonePeopleByKey(noPhoneKeys)]);
  let [known, keyed] = await read();
  const citizenOf = (p: PaperPerson): { id: number } | undefined => {
    if (!p.phone) {
      // The namesake staff chose (registerAtDesk checked the record is there).
      if (p.citizenId !== undefined) return { id: p.citizenId };
      const id = keyed.get(keyOf(p));
      return id === undefined ? undefined : { id };
    }
    const there = known.get(p.phone) ?? [];
    return (p.citizenId !== undefined ? there.find((c) => c.id === p.citizenId) : undefined) ?? there.find((c) => sameName(c.name, p.name));
  };
  const firstOf = new Map<string, PaperPerson>();
  for (const p of people) if (!citizenOf(p) && !firstOf.has(keyOf(p))) firstOf.set(keyOf(p), p);
  const newCitizens = [...firstOf.entries()].map(([key, p]) => ({
    _id: newPaperCitizenId(),
    language: 'ru',
    name: p.name,
    ...(p.phone ? { phone: p.phone } : {}),
    phoneKey: key,
    consent: { version: PAPER_CONSENT_VERSION, givenAt: p.joinedAt, method: 'paper', centerId: p.centerId, recordedBy: actorId, recordedAt: now },
    reachable: false,
    ...(p.notes ? { notes: p.notes } : {}),
    createdAt: now,
    updatedAt: now,
  }));
  if (newCitizens.length > 0) {
    try {
      await CitizenModel.collection.insertMany(newCitizens as never[], { ordered: false });
    } catch (error) {
      // Another registration inserted the same phone and name meanwhile: theirs is read back below.
      if (!isBulkOfDuplicates(error)) throw error;
    }
    [known, keyed] = await read();
  }
  const ours = new Set(newCitizens.map((c) => c._id));

  // 2. The entries, in the given order (ObjectIds ascend, so equal join dates keep that order).
  const entries: Array<Record<string, unknown> & { _id: Types.ObjectId; citizenId: number }> = [];
  const entryOf = new Map<number, number>(); // person index → entry index
  people.forEach((p, i) => {
    const citizenId = citizenOf(p)?.id;
    if (citizenId === undefined) return;
    entryOf.set(i, entries.length);
    entries.push({
      _id: new Types.ObjectId(),
      citizenId,
      courseId: p.courseId,
      centerId: p.centerId,
      timeOfDay: p.timeOfDay,
      status: 'waiting',
      activeKey: activeKeyOf(citizenId, p.courseId),
      joinedAt: p.joinedAt,
      ...(p.imported ? { imported: p.imported } : {}),
      ...(by.partnerId ? { partnerId: new Types.ObjectId(by.partnerId) } : {}),
      createdAt: now,
      updatedAt: now,
    });
  });
  const failed = new Set<number>();
  if (entries.length > 0) {
    try {
      await WaitlistEntryModel.collection.insertMany(entries, { ordered: false });
    } catch (error) {
      if (!isBulkOfDuplicates(error)) throw error;
      for (const index of await failedIndexes(error, entries)) failed.add(index);
    }
  }
  const counted = new Set<number>();
  return people.map((_, i): Registration => {
    const index = entryOf.get(i);
    const entry = index === undefined ? undefined : entries[index];
    if (index === undefined || !entry || failed.has(index)) return { outcome: 'already', ...(entry ? { citizenId: entry.citizenId } : {}) };
    // A person on several rows of one list (several courses) is new on the first of them only.
    const newPerson = ours.has(entry.citizenId) && !counted.has(entry.citizenId);
    counted.add(entry.citizenId);
    return { outcome: 'added', entryId: String(entry._id), citizenId: entry.citizenId, newPerson };
  });
}

/** Which documents of an unordered insert failed: as the server says, else those not there now. */
async function failedIndexes(error: unknown, documents: Array<{ _id: Types.ObjectId }>): Promise<number[]> {
  const e = error as { writeErrors?: Array<{ index?: number }> | { index?: number } };
  const list = Array.isArray(e?.writeErrors) ? e.writeErrors : e?.writeErrors ? [e.writeErrors] : [];
  const indexes = list.flatMap((w) => (typeof w.index === 'number' ? [w.index] : []));
  if (indexes.length === list.length && indexes.length > 0) return indexes;
  const there = new Set((await WaitlistEntryModel.find({ _id: { $in: documents.map((d) => d._id) } }, { _id: 1 }).lean()).map((d) => String(d._id)));
  return documents.flatMap((d, i) => (there.has(String(d._id)) ? [] : [i]));
}

// ---- One person at the desk (/add; issue 12's representatives the same way).

export interface DeskRequest {
  name: string;
  /** As typed: normalized here. Absent: the person has no phone (identified by name and center: identityKey). */
  phone?: string;
  courseId: string;
  centerId: string;
  timeOfDay: TimeOfDay;
  /** The explicit "the form is signed" answer: without it nothing is stored. */
  consentSignedOnPaper: true;
  /** Staff said this is the person registered with this phone under another name (that citizen's id), or without a phone the namesake at this center. */
  samePersonAs?: number;
  /** Without a phone: staff said this is another person than the namesakes at this center (probe29 M1). */
  anotherPerson?: true;
  /** Typed beside the phone («(дочь)», walk34 W34-03): kept on a new person's card, as a paper list's notes. */
  notes?: string;
}

export type DeskResult =
  | { outcome: 'added'; entryId: string; citizenId: number; position: number; newPerson: boolean }
  | ({ outcome: 'already' } & OnList)
  /** The center was deactivated or the course withdrawn while staff were asking: nothing stored. */
  | { outcome: 'closed' };

/**
 * Registers one person who called or walked in, after the paper form was
 * signed: the same person (phone and name, or the one staff chose) already on
 * the list for this course is answered with its place and nothing is written;
 * a person registered before for another course gets this course added.
 * Another name on a known phone is another person. Audited with ids only.
 * Role checks are the caller's (a scene re-checks them on Confirm).
 */
export async function registerAtDesk(request: DeskRequest, by: RegisteredBy): Promise<DeskResult> {
  if (request.consentSignedOnPaper !== true) throw new Error('registerAtDesk: no paper consent');
  const phone = request.phone === undefined ? undefined : normalizePhone(request.phone);
  const name = singleLine(request.name);
  if (request.phone !== undefined && !phone) throw new Error('registerAtDesk: not a valid phone number');
  if (name.length < 2 || name.length > 100) throw new Error('registerAtDesk: bad name');
  const open = (await CenterModel.exists({ _id: request.centerId, active: true })) !== null && (await findOpenCourse(request.courseId)) !== undefined;
  if (!open) return { outcome: 'closed' };
  // Without a phone, the namesake staff chose must still be there (forgotten meanwhile: registered as a new person).
  const chosen = request.samePersonAs !== undefined && (phone || (await CitizenModel.exists({ _id: request.samePersonAs }))) ? request.samePersonAs : undefined;
  const who = chosen !== undefined ? { citizenId: chosen } : { name };
  const onList = async () => {
    if (phone) return findOnList(phone, request.courseId, who);
    if (chosen !== undefined) return personOnList(chosen, request.courseId);
    return request.anotherPerson ? undefined : findNoPhoneOnList(name, request.centerId, request.courseId);
  };
  const before = await onList();
  if (before) return { outcome: 'already', ...before };
  const another = !phone && chosen === undefined && request.anotherPerson;
  const person: PaperPerson = {
    name, ...(phone ? { phone } : {}), courseId: request.courseId, centerId: request.centerId, timeOfDay: request.timeOfDay, joinedAt: by.now,
    ...(chosen !== undefined ? { citizenId: chosen } : {}),
    ...(another ? { identity: await nextNamesakeKey(name, request.centerId) } : {}),
    ...(request.notes ? { notes: singleLine(request.notes).slice(0, 500) } : {}),
  };
  const [result] = await registerWithoutTelegram([person], by);
  if (result?.outcome !== 'added') {
    // Someone else registered this person for this course a moment ago.
    const raced = await onList();
    if (raced) return { outcome: 'already', ...raced };
    throw new Error('registerAtDesk: entry neither written nor found');
  }
  const entry = await WaitlistEntryModel.findById(result.entryId).lean();
  await audit(
    {
      actorId: by.actorId,
      action: 'waitlist.add-by-staff',
      target: `entry:${result.entryId}`,
      details: { centerId: request.centerId, courseId: request.courseId, newPerson: result.newPerson, ...(by.partnerId ? { partnerId: by.partnerId } : {}) },
    },
    by.now,
  );
  return { outcome: 'added', entryId: result.entryId, citizenId: result.citizenId, position: entry ? await positionOf(entry) : 0, newPerson: result.newPerson };
}

// ---- Who may register people at the desk, and at which centers.

/** Staff register at the centers their role manages; issue 12 gives its representatives their partner's centers and `partnerId`. */
export interface Registrar {
  centers: 'all' | string[];
  partnerId?: string;
}

/** The registrar for staff: coordinators everywhere, librarians at their own centers; null for anyone else. */
export const staffRegistrar = (adminIds: readonly number[]) => async (userId: number): Promise<Registrar | null> => {
  const role = await roleOf(userId, adminIds);
  if (!role) return null;
  return { centers: role.kind === 'coordinator' ? 'all' : role.centerIds };
};

export const mayRegisterAt = (registrar: Registrar, centerId: string) => registrar.centers === 'all' || registrar.centers.includes(centerId);

/**
 * Whether the registrar may read where a phone already on the list stands (center, place): only on their own
 * centers, and for a partner's representative only for their own referrals. Anyone else learns that it is on the
 * list, not where: typing phones into /add must not tell an outside organization where anyone waits (walk s20 #40).
 */
export const maySeeWhere = (registrar: Registrar, onList: OnList) =>
  mayRegisterAt(registrar, onList.centerId) && (registrar.partnerId === undefined || onList.partnerId === registrar.partnerId);

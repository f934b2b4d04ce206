import { canManageCenter, type Role } from '../roles.js';
import { fromLocal } from '../time.js';
import type { PreparedImport, ReadRow, RejectedRow } from './prepare.js';
import { identityKey, nameKey, sameName } from '../person-names.js';
import { legacyRowKey, rowKey } from './prepare.js';

/** A name in the file matched to a catalog item by similarity: staff confirm it once for all its rows. */
export interface MatchToConfirm {
  /** `center:<text>` or `course:<text>`: what a decision is recorded under. */
  key: string;
  kind: 'center' | 'course';
  text: string;
  id: string;
  label: string;
  rows: number;
  /** Other courses that fit the name as well (walk s22 W22-09): offered as buttons next to the guess. */
  also?: Array<{ id: string; label: string }>;
  /**
   * A name the catalog does not know at all («компьютер для начинающих», walk30 W30-01): no guess (`id` and `label`
   * are ''), staff pick the course or center from the list, or skip its rows (then they are refused as unknown).
   */
  unknown?: true;
}

export interface RowToAdd extends ReadRow {
  courseId: string;
  centerId: string;
  joinedAt: Date;
  key: string;
  /** Another person (another name) on the phone of this earlier line: added, and said in the details file. */
  sharesPhoneWith?: number;
  /**
   * Without a phone, the name of someone at this center (probe29 M1): 'known', registered before; a number, the
   * earlier line of the file. The course goes to that person: said in the details file and by name before the preview.
   */
  namesakeOf?: 'known' | number;
  /**
   * Without a phone, people of this name at this center registered with a phone (probe30 L2): one, the row goes on
   * their card (`citizenId`); several, it is added on its own. Either way said, by name and phone.
   */
  phoneNamesakes?: Array<{ id: number; name: string; phone?: string }>;
  /** The person registered with a phone this row goes to (the one phoneNamesake). */
  citizenId?: number;
}

export interface AlreadyRow {
  line: number;
  /**
   * 'on-list-earlier': waiting since a later day than the file says; Confirm moves the join day back to the file's.
   * The same phone under another name is another person (a mother and son sharing a phone, probe s21 L4, walk s21
   * W21-03): added, not here.
   */
  reason: 'on-list' | 'on-list-earlier' | 'imported-before' | 'duplicate-in-file';
  /** Without a phone: on the list as someone of this name at this center (probe29 M1), perhaps another person. */
  byName?: true;
  /** With byName: that center (the person is their name there: identityKey), so the note naming them is found by /forget. */
  centerId?: string;
  /** For duplicate-in-file: the earlier line. */
  of?: number;
  /** For on-list-earlier: the waiting entry, its day now (`from`) and the file's day; the file's name, for the preview. */
  earlier?: { entryId: string; joinedAt: Date; from: Date; centerId: string; name: string };
}

export interface ImportPreview {
  toAdd: RowToAdd[];
  already: AlreadyRow[];
  rejected: RejectedRow[];
  /** Matches not yet accepted or declined; their rows are in none of the lists above. */
  toConfirm: MatchToConfirm[];
  waitingForConfirmation: number;
}

/** Informal names guessed as the same center or course, asked about in one question: their texts, keys and rows together. */
export interface SameGuess {
  kind: 'center' | 'course';
  id: string;
  label: string;
  also?: Array<{ id: string; label: string }>;
  /** No guess: which one it is, from the list (MatchToConfirm.unknown). */
  unknown?: true;
  texts: string[];
  keys: string[];
  rows: number;
}

export function sameGuesses(matches: MatchToConfirm[]): SameGuess[] {
  const byGuess = new Map<string, SameGuess>();
  for (const m of matches) {
    // Guesses with other fits, and names with no guess, are asked about one name at a time (the fits differ from name to name).
    const group = m.also || m.unknown ? `${m.kind}:${m.id}:${m.key}` : `${m.kind}:${m.id}`;
    const guess = byGuess.get(group) ?? { kind: m.kind, id: m.id, label: m.label, ...(m.also ? { also: m.also } : {}), ...(m.unknown ? { unknown: m.unknown } : {}), texts: [], keys: [], rows: 0 };
    guess.texts.push(m.text);
    guess.keys.push(m.key);
    guess.rows += m.rows;
    byGuess.set(group, guess);
  }
  return [...byGuess.values()];
}

/** Matches by MatchToConfirm.key: the guess accepted, declined (rows skipped), or another course or center chosen. */
export type Decision = 'accept' | 'decline' | { id: string };
export type Decisions = Record<string, Decision>;

const DAY_MS = 24 * 3600_000;

/**
 * The oldest join day a paper list may give, in years before today (probe s22 H1). The place in line counts from
 * that day, so an old date puts a person ahead of everyone waiting: "01.01.2000" put anyone first. People on a
 * center's paper list wait months, not years (the courses start every few weeks); a date older than this is a typo
 * or a jump ahead, and the row is rejected as such: the librarian checks it and writes the real date.
 */
export const OLDEST_JOIN_YEARS = 3;

/** The oldest join day a row may have at `now` (OLDEST_JOIN_YEARS). */
export function oldestJoinDay(now: Date): Date {
  const day = new Date(now);
  day.setUTCFullYear(day.getUTCFullYear() - OLDEST_JOIN_YEARS);
  return day;
}

export const matchKey = (kind: 'center' | 'course', text: string) => `${kind}:${text}`;

/**
 * Sorts every read row into add / already / rejected / waiting for a
 * confirmation. Pure: runs again after each tap on a match. `final` treats
 * undecided matches as declined (what Confirm writes).
 */
export function classify(p: PreparedImport, role: Role, decisions: Decisions, now: Date, final = false): ImportPreview {
  const toAdd: RowToAdd[] = [];
  const already: AlreadyRow[] = [];
  // A name picked from the list for other rows is not called unknown on an unreadable row (walk30 W30-01).
  const picked = (kind: 'center' | 'course', text: string | undefined) => text !== undefined && typeof decisions[matchKey(kind, text)] === 'object';
  const rejected: RejectedRow[] = p.unreadable.map((r) => {
    if (!r.unknownTexts || !r.also) return r;
    const also = r.also.filter((x) => !(x === 'unknown-course' && picked('course', r.unknownTexts!.course)) && !(x === 'unknown-center' && picked('center', r.unknownTexts!.center)));
    const { also: _, ...rest } = r;
    return also.length ? { ...rest, also } : rest;
  });
  const pending = new Map<string, MatchToConfirm>();
  const onList = new Set(p.onList);
  const noPhoneKnown = new Set(p.noPhoneKnown ?? []);
  /** The first line of each person without a phone (identityKey): a later line of that name there goes to them. */
  const noPhoneLine = new Map<string, number>();
  const importedKeys = new Set(p.importedKeys);
  const firstLine = new Map<string, number>();
  /** The first line of each phone, and the names on it so far. */
  const onPhone = new Map<string, { line: number; name: string; names: Set<string> }>();
  let waiting = 0;
  const oldest = oldestJoinDay(now);

  const resolve = (kind: 'center' | 'course', text: string): { id?: string; undecided?: MatchToConfirm; declined?: boolean } => {
    const match = (kind === 'center' ? p.centerMatches : p.courseMatches)[text];
    if (!match) return {};
    if (match.kind === 'exact') return { id: match.id };
    const key = matchKey(kind, text);
    const decision = decisions[key] ?? (final ? 'decline' : undefined);
    if (match.kind === 'none') {
      // Not known at all (walk30 W30-01): asked which one it is; skipped, its rows are refused as unknown, as before.
      // An empty cell, and a course no longer offered, are not asked about.
      if (text.trim() === '' || (kind === 'course' && p.stoppedCourseTexts?.includes(text))) return {};
      if (decision && decision !== 'accept' && decision !== 'decline') return (kind === 'center' ? p.centerLabels : p.courseLabels)[decision.id] !== undefined ? { id: decision.id } : {};
      if (decision) return {};
      const item = pending.get(key) ?? { key, kind, text, id: '', label: '', rows: 0, unknown: true as const };
      pending.set(key, item);
      return { undecided: item };
    }
    if (decision === 'accept') return { id: match.id };
    if (decision === 'decline') return { declined: true };
    if (decision) return (kind === 'center' ? p.centerLabels : p.courseLabels)[decision.id] !== undefined ? { id: decision.id } : { declined: true };
    const label = (kind === 'center' ? p.centerLabels : p.courseLabels)[match.id] ?? match.id;
    const labels = kind === 'center' ? p.centerLabels : p.courseLabels;
    const also = (match.also ?? []).map((id) => ({ id, label: labels[id] ?? id }));
    const item = pending.get(key) ?? { key, kind, text, id: match.id, label, rows: 0, ...(also.length ? { also } : {}) };
    pending.set(key, item);
    return { undecided: item };
  };

  // A librarian's row whose center (or every center its name may be) is not hers is set aside first: no question about
  // its course or center for a row refused anyway (walk29 W29-05).
  const otherCenterOnly = (text: string) => {
    const match = role.kind === 'librarian' && p.soleCenterId === undefined ? p.centerMatches[text] : undefined;
    return match !== undefined && match.kind !== 'none' && ![match.id, ...('also' in match ? (match.also ?? []) : [])].some((id) => canManageCenter(role, id));
  };

  for (const row of p.rows) {
    if (otherCenterOnly(row.centerText)) { rejected.push({ line: row.line, reason: 'other-center', value: row.centerText }); continue; }
    const course = resolve('course', row.courseText);
    const center = p.soleCenterId !== undefined ? { id: p.soleCenterId } : resolve('center', row.centerText);
    if (course.declined) { rejected.push({ line: row.line, reason: 'match-declined', value: row.courseText }); continue; }
    if (center.declined) { rejected.push({ line: row.line, reason: 'match-declined', value: row.centerText }); continue; }
    if (!course.id && !course.undecided) {
      rejected.push({ line: row.line, reason: p.stoppedCourseTexts?.includes(row.courseText) ? 'stopped-course' : 'unknown-course', value: row.courseText });
      continue;
    }
    if (!center.id && !center.undecided) { rejected.push({ line: row.line, reason: 'unknown-center', value: row.centerText }); continue; }
    if (course.undecided || center.undecided) {
      if (course.undecided) course.undecided.rows++;
      if (center.undecided) center.undecided.rows++;
      waiting++;
      continue;
    }
    const centerId = center.id!;
    const courseId = course.id!;
    if (role.kind === 'librarian' && !role.centerIds.includes(centerId)) {
      rejected.push({ line: row.line, reason: 'other-center', value: row.centerText });
      continue;
    }
    const timeZone = p.centerTimeZones[centerId] ?? 'Asia/Novokuznetsk';
    // Midnight of the join day at the center: a paper list has no time, and ties keep the file's order (by _id).
    const joinedAt = fromLocal(row.joinedOn, 0, 0, timeZone);
    const dateText = `${row.joinedOn.day}.${row.joinedOn.month}.${row.joinedOn.year}`;
    if (joinedAt > now) { rejected.push({ line: row.line, reason: 'future-date', value: dateText }); continue; }
    if (joinedAt < oldest) { rejected.push({ line: row.line, reason: 'old-date', value: dateText }); continue; }
    // A person is a phone and a name: another name on the phone is another person (sameName forgives case, ё, order).
    // Without a phone: their name at this center (identityKey, fix28d).
    const identity = identityKey({ phone: row.phone, name: row.name, centerId });
    const person = `${identity}:${courseId}`;
    const earlier = firstLine.get(person);
    if (earlier !== undefined) {
      already.push({ line: row.line, reason: 'duplicate-in-file', of: earlier });
      continue;
    }
    firstLine.set(person, row.line);
    const phone = row.phone ? (onPhone.get(row.phone) ?? { line: row.line, name: row.name, names: new Set<string>() }) : undefined;
    if (row.phone && phone) onPhone.set(row.phone, phone);
    const sharesPhoneWith = phone && !phone.names.has(nameKey(row.name)) && !sameName(phone.name, row.name) ? phone.line : undefined;
    phone?.names.add(nameKey(row.name));
    const key = rowKey(row.phone ?? identityKey({ name: row.name, centerId }), row.name, courseId, row.joinedOn);
    const legacy = row.phone ? legacyRowKey(row.phone, courseId, row.joinedOn) : undefined;
    if (importedKeys.has(key) || (legacy && (importedKeys.has(`${legacy}|${nameKey(row.name)}`) || importedKeys.has(`${legacy}|?`)))) {
      already.push({ line: row.line, reason: 'imported-before' });
      continue;
    }
    if (onList.has(person)) {
      // Registered at the desk today, on the paper list since November: the place counts from the paper's day
      // (walk s20 #25). Only a waiting entry, and only at a center this person manages; only the same person (`person`
      // is phone and name: another name on the phone is not moved, probe s22 H1), and the preview names each one.
      const since = p.waitingSince[person];
      // A day or more: the paper has no time, so the same day is no earlier.
      const earlier = since && since.joinedAt.getTime() - joinedAt.getTime() >= DAY_MS && canManageCenter(role, since.centerId);
      const byName = row.phone ? {} : { byName: true as const, centerId };
      already.push(earlier ? { line: row.line, reason: 'on-list-earlier', earlier: { entryId: since.entryId, joinedAt, from: since.joinedAt, centerId: since.centerId, name: row.name }, ...byName } : { line: row.line, reason: 'on-list', ...byName });
      continue;
    }
    // Nobody without a phone of this name here, but someone with one (probe30 L2): one of them, the row is theirs.
    const mates = row.phone || noPhoneKnown.has(identity) ? undefined : p.phoneNamesakes?.[identity];
    const mate = mates?.length === 1 ? mates[0] : undefined;
    if (mate?.courseIds.includes(courseId)) {
      already.push({ line: row.line, reason: 'on-list', byName: true });
      continue;
    }
    const phoneMates = mates ? { phoneNamesakes: mates.map(({ id, name, phone }) => ({ id, name, ...(phone ? { phone } : {}) })), ...(mate ? { citizenId: mate.id } : {}) } : {};
    const namesakeOf = row.phone ? undefined : noPhoneKnown.has(identity) ? 'known' : noPhoneLine.get(identity);
    if (!row.phone && !noPhoneLine.has(identity)) noPhoneLine.set(identity, row.line);
    toAdd.push({ ...row, courseId, centerId, joinedAt, key, ...phoneMates, ...(sharesPhoneWith !== undefined ? { sharesPhoneWith } : {}), ...(namesakeOf !== undefined ? { namesakeOf } : {}) });
  }
  rejected.sort((a, b) => a.line - b.line);
  already.sort((a, b) => a.line - b.line);
  return { toAdd, already, rejected, toConfirm: [...pending.values()], waitingForConfirmation: waiting };
}

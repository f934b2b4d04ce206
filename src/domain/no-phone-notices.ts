import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import type { Locale } from '../notify/notifier.js';
import type { OutboxItem } from '../outbox/index.js';
import { recipientsWithWords } from './call-tasks.js';
import { singleLine } from './text.js';

/**
 * People with neither Telegram nor a phone (fix28d): nothing to send and nothing to dial. A lesson reminder or a
 * schedule change is not a call for them; the librarians are told in one line to tell them in person
 * (by name while they are few, else how many).
 */

/** Up to this many are named; more are counted. */
export const NAMED_IN_PERSON = 3;

/** Of these citizens, those without Telegram and without a phone (by name), and the rest. */
export async function withoutPhone(citizenIds: number[]): Promise<{ others: number[]; inPerson: Array<{ id: number; name: string }> }> {
  const paper = citizenIds.filter((id) => !hasTelegram(id));
  const found = paper.length ? await CitizenModel.find({ _id: { $in: paper } }, { name: 1, phone: 1 }).lean() : [];
  const none = found.filter((c) => !c.phone).map((c) => ({ id: c._id, name: singleLine(c.name) }));
  const ids = new Set(none.map((p) => p.id));
  return { others: citizenIds.filter((id) => !ids.has(id)), inPerson: none.sort((a, b) => a.name.localeCompare(b.name, 'ru')) };
}

/**
 * The vars of the one line (no-phone-remind, no-phone-tell): their names while few, else how many (`people`: not
 * `count`, which a change's words use for its lessons, walk29 W29-14).
 */
export const inPersonVars = (names: string[]) => ({ named: names.length <= NAMED_IN_PERSON ? 'yes' : 'no', names: names.join(', '), people: names.length });

/**
 * A schedule change for people without a phone: each of the center's librarians gets one message (no call, no
 * list), "📌 tell them in person" and what changed (`no-phone-change-<kind>`, the change's variables).
 */
export async function inPersonChangeNotices(
  change: { id: string; kind: string; centerId: string; actorId: number },
  inPerson: Array<{ id: number; name: string }>,
  describe: (language: Locale) => Promise<Record<string, string | number>>,
): Promise<OutboxItem[]> {
  if (inPerson.length === 0) return [];
  const { staffIds, languages, wordsIn: varsIn } = await recipientsWithWords(change.centerId, change.actorId, describe);
  const who = inPersonVars(inPerson.map((p) => p.name));
  // Named people's ids are in the key: when one of them is forgotten, the message loses its text (outbox/forget.ts).
  const named = who.named === 'yes' ? `:${inPerson.map((p) => p.id).join(':')}` : '';
  return staffIds.map((staffId): OutboxItem => ({
    key: `chg:${change.id}:in-person${named}:${staffId}`,
    citizenId: staffId,
    priority: 'personal',
    message: { text: { key: `no-phone-change-${change.kind}`, vars: { ...varsIn.get(languages.get(staffId)!)!, ...who } } },
  }));
}

/**
 * A call digest's numbers (calls-digest-whom, walk29 W29-04): `count` people to call, `inPerson` with no phone to tell
 * when met, `mix` which of the two there are; `away` for a center that stopped taking people ("if you meet them").
 */
export async function digestCounts(citizenIds: number[], away = false) {
  const inPerson = (await withoutPhone(citizenIds)).inPerson.length;
  const count = citizenIds.length - inPerson;
  return { count, inPerson, mix: inPerson === 0 ? 'calls' : count === 0 ? 'told' : 'both', away: away ? 'yes' : 'no' };
}

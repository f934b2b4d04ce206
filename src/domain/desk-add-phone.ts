import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { isDuplicateKey } from '../db/duplicates.js';
import { LessonModel } from '../db/models/lesson.js';
import { activeKeyOf, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { CallTaskModel } from '../db/models/call-task.js';
import { reassignAboutCitizen } from '../outbox/index.js';
import { audit } from './audit.js';
import { reassignShownViews } from './shown-views.js';
import { personFor } from './desk-forget.js';
import { isNoPhoneKey, personKey, sameName } from './person-names.js';
import { normalizePhone } from './phone.js';
import { singleLine } from './text.js';
import type { Role } from './roles.js';
import { paperPeopleOn, paperPeopleSeenOn, usedInTelegram, type PhonePerson } from './shared-phones.js';
import { moveMissedMarks } from './missed-marks.js';

/** The card's notes are at most this long (the citizen model's limit). */
const MAX_NOTES = 500;

export type AddPhoneResult =
  | { outcome: 'added'; phone: string }
  /** That phone had a record without Telegram of the same name: by /add's rule the same person, this card joined to it. */
  | { outcome: 'joined'; phone: string; name: string; citizenId: number }
  /** Forgotten, linked to Telegram, or no longer at the role's centers. */
  | { outcome: 'gone' }
  /** Someone gave the card a phone meanwhile (or changed the one being changed). */
  | { outcome: 'has-phone' }
  /** The phone typed to change the card's is the one it has (probe30 L4). */
  | { outcome: 'same-phone' }
  /** That record and this one are both on the list for one course: which place stays is for staff to decide. */
  | { outcome: 'same-name'; name: string }
  /** Someone in Telegram has this phone and name already (a desk record they linked): the same person, nothing changed. */
  | { outcome: 'in-telegram'; name: string };

/** Who has this phone already, as staff are told before it goes on a card (fix30c). */
export interface PhoneTaken {
  /** Someone who joined in Telegram gave it, or linked a desk record with it. */
  telegram: boolean;
  /** People without Telegram under another name at the role's centers (a coordinator: anywhere), oldest first. */
  others: PhonePerson[];
}

/**
 * Before a phone goes on a no-phone card: is it someone's in Telegram (the person herself, who then needs no second
 * record, or a relative), or another person's at her centers (one phone for two)? Staff are told and asked; nothing
 * is merged or shared unasked. People at other centers are not named (as /add: probe s23 H2); the same name on a
 * record without Telegram is the same person, joined as before (addPhoneForStaff).
 */
export async function phoneTakenBy(role: Role, citizenId: number, phone: string): Promise<PhoneTaken> {
  const person = await CitizenModel.findById(citizenId, { name: 1 }).lean();
  const seen = await paperPeopleSeenOn(phone, role.kind === 'coordinator' ? 'all' : role.centerIds);
  const telegram = (await usedInTelegram(phone)) || seen.some((p) => hasTelegram(p.id));
  const others = seen.filter((p) => p.id !== citizenId && !hasTelegram(p.id) && !(person && sameName(p.name, person.name)));
  return { telegram, others };
}

/**
 * A phone for a person registered without one (walk29 W29-02): staff type it on the /find card, perhaps a relative's,
 * so that «Меня уже записали в библиотеке» with that phone finds the record and links it. Who they are moves from
 * their name at their center (identityKey) to the phone and name (personKey), as if /add had been given the phone.
 * A record already on that phone under the same name is, by /add's rule, the same person: this card's entries go to
 * it (joinRecords) and this card goes, unless both are on the list for one course (then nothing changes and staff are
 * told: which place stays is theirs to decide). Audited with ids only. `was`: the phone shown on the card, to be put
 * right (probe30 L4: a mistyped one); it is changed only while the card still has it, by the same rules. `note`: words
 * typed with the phone («дочь»), added to the card's notes as /add keeps them (fix35g); not to a record it is joined to.
 */
export async function addPhoneForStaff(role: Role, actorId: number, citizenId: number, typed: string, now: Date, was?: string, note?: string): Promise<AddPhoneResult> {
  const phone = normalizePhone(typed);
  if (!phone) throw new Error('addPhoneForStaff: not a valid phone number');
  const seen = await personFor(role, citizenId);
  if (!seen) return { outcome: 'gone' };
  const action = was ? 'citizen.phone-changed-by-staff' : 'citizen.phone-added-by-staff';
  return putPhoneOn(actorId, citizenId, phone, now, { action, entryIds: seen.entries.map((e) => e.id) }, was, note);
}

/**
 * The change itself, once who may make it is checked (addPhoneForStaff: a staff role's person; addPhoneForPartner:
 * a partner's person without a phone and Telegram, fix34f): the rules above, audited as `audited.action` with the
 * entry ids of the one who made it.
 */
export async function putPhoneOn(actorId: number, citizenId: number, phone: string, now: Date, audited: { action: string; entryIds: string[] }, was?: string, note?: string): Promise<AddPhoneResult> {
  const person = await CitizenModel.findById(citizenId, { name: 1, phone: 1, phoneKey: 1, notes: 1 }).lean();
  if (!person || citizenId > 0) return { outcome: 'gone' };
  if (was ? person.phone !== was : person.phone || !isNoPhoneKey(person.phoneKey)) return { outcome: 'has-phone' };
  if (was === phone) return { outcome: 'same-phone' };
  // A record without Telegram only: someone in Telegram on this phone was asked about first (phoneTakenBy), never joined.
  const namesake = (await paperPeopleOn(phone)).find((p) => p.id !== citizenId && !hasTelegram(p.id) && sameName(p.name, person.name));
  if (namesake) return joinRecords(actorId, citizenId, namesake, phone, now);
  // Someone who linked a desk record of this name and phone in Telegram holds its key: that is this person (fix30c).
  if (await CitizenModel.exists({ phoneKey: personKey(phone, person.name), _id: { $gt: 0 } })) return { outcome: 'in-telegram', name: person.name };
  try {
    const still = was ? { phone: was } : { phone: { $exists: false } };
    // A note after the card's own (a paper list's «пенсионерка»), never over it, and not twice (a phone put right again).
    const had = person.notes ? person.notes.split('; ') : [];
    const notes = note && !had.includes(singleLine(note)) ? { notes: [...had, singleLine(note)].join('; ').slice(0, MAX_NOTES) } : {};
    const done = await CitizenModel.updateOne({ _id: citizenId, phoneKey: person.phoneKey, ...still }, { $set: { phone, phoneKey: personKey(phone, person.name), ...notes, updatedAt: now } });
    if (done.modifiedCount === 0) return { outcome: 'has-phone' };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return { outcome: 'same-name', name: person.name };
  }
  // Entry ids, not the person's: the entries stay anonymous rows after a /forget (as link-telegram's audit).
  await audit({ actorId, action: audited.action, target: `entries:${audited.entryIds.length}`, details: { entryIds: audited.entryIds } }, now);
  return { outcome: 'added', phone };
}

/**
 * The card's entries, attendance, call tasks, outbox references and open staff screens go to the record of the same
 * phone and name (as linkTelegram moves a record to a Telegram id, without cancelling calls: still no Telegram), and
 * the card is deleted. Refused when both are on the list for one course. Safe to repeat after a crash (it moves what
 * is still under the card's id).
 */
async function joinRecords(actorId: number, fromId: number, to: { id: number; name: string }, phone: string, now: Date): Promise<AddPhoneResult> {
  const entries = await WaitlistEntryModel.find({ citizenId: fromId }).lean();
  const active = entries.filter((e) => e.activeKey).map((e) => e.courseId);
  if (active.length > 0 && (await WaitlistEntryModel.exists({ citizenId: to.id, courseId: { $in: active }, activeKey: { $exists: true } }))) {
    return { outcome: 'same-name', name: to.name };
  }
  for (const e of entries) {
    await WaitlistEntryModel.updateOne({ _id: e._id, citizenId: fromId }, { $set: { citizenId: to.id, ...(e.activeKey ? { activeKey: activeKeyOf(to.id, e.courseId) } : {}) } });
  }
  await LessonModel.updateMany({ attendedIds: fromId }, { $addToSet: { attendedIds: to.id } });
  await LessonModel.updateMany({ attendedIds: fromId }, { $pull: { attendedIds: fromId } });
  await moveMissedMarks(fromId, to.id);
  await CallTaskModel.updateMany({ citizenId: fromId }, { $set: { citizenId: to.id } });
  await reassignAboutCitizen(fromId, to.id);
  await reassignShownViews(fromId, to.id);
  await CitizenModel.deleteOne({ _id: fromId });
  await audit({ actorId, action: 'citizen.joined-by-staff', target: `entries:${entries.length}`, details: { entryIds: entries.map((e) => String(e._id)) } }, now);
  return { outcome: 'joined', phone, name: to.name, citizenId: to.id };
}

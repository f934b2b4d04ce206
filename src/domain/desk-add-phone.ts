import { CitizenModel } from '../db/models/citizen.js';
import { isDuplicateKey } from '../db/duplicates.js';
import { audit } from './audit.js';
import { personFor } from './desk-forget.js';
import { isNoPhoneKey, personKey, sameName } from './person-names.js';
import { normalizePhone } from './phone.js';
import type { Role } from './roles.js';
import { paperPeopleOn } from './shared-phones.js';

export type AddPhoneResult =
  | { outcome: 'added'; phone: string }
  /** Forgotten, linked to Telegram, or no longer at the role's centers. */
  | { outcome: 'gone' }
  /** Someone gave the card a phone meanwhile. */
  | { outcome: 'has-phone' }
  /** Another record without Telegram has this phone and this name: by /add's rule the same person; staff sort it out. */
  | { outcome: 'same-name'; name: string };

/**
 * A phone for a person registered without one (walk29 W29-02): staff type it on the /find card, perhaps a relative's,
 * so that «Меня уже записали в библиотеке» with that phone finds the record and links it. Who they are moves from
 * their name at their center (identityKey) to the phone and name (personKey), as if /add had been given the phone.
 * A record already on that phone under the same name is, by /add's rule, the same person: nothing is changed and
 * staff are told, since joining two records is theirs to decide. Audited with ids only.
 */
export async function addPhoneForStaff(role: Role, actorId: number, citizenId: number, typed: string, now: Date): Promise<AddPhoneResult> {
  const phone = normalizePhone(typed);
  if (!phone) throw new Error('addPhoneForStaff: not a valid phone number');
  const seen = await personFor(role, citizenId);
  if (!seen) return { outcome: 'gone' };
  const person = await CitizenModel.findById(citizenId, { name: 1, phone: 1, phoneKey: 1 }).lean();
  if (!person || citizenId > 0) return { outcome: 'gone' };
  if (person.phone || !isNoPhoneKey(person.phoneKey)) return { outcome: 'has-phone' };
  const namesake = (await paperPeopleOn(phone)).find((p) => p.id !== citizenId && sameName(p.name, person.name));
  if (namesake) return { outcome: 'same-name', name: namesake.name };
  try {
    const done = await CitizenModel.updateOne({ _id: citizenId, phoneKey: person.phoneKey, phone: { $exists: false } }, { $set: { phone, phoneKey: personKey(phone, person.name), updatedAt: now } });
    if (done.modifiedCount === 0) return { outcome: 'has-phone' };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return { outcome: 'same-name', name: person.name };
  }
  // Entry ids, not the person's: the entries stay anonymous rows after a /forget (as link-telegram's audit).
  await audit({ actorId, action: 'citizen.phone-added-by-staff', target: `entries:${seen.entries.length}`, details: { entryIds: seen.entries.map((e) => e.id) } }, now);
  return { outcome: 'added', phone };
}

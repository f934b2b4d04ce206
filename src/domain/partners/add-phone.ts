import { CitizenModel, hasTelegram } from '../../db/models/citizen.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { putPhoneOn, type AddPhoneResult } from '../desk-add-phone.js';
import { isObjectId } from '../ids.js';
import { isNoPhoneKey, sameName } from '../person-names.js';
import { normalizePhone } from '../phone.js';
import { paperPeopleOn, usedInTelegram } from '../shared-phones.js';

/**
 * A partner adds a phone to a person it referred without one (walk31 W31-05): a hospital's social worker whose
 * patient had «Нет телефона» and now has one, so that «Меня уже записали в библиотеке» with it finds the record
 * (as a librarian's /find → «📞 Добавить телефон», addPhoneForStaff, whose change this shares). Only for a person of
 * hers (an entry with her partner id) without Telegram and without a phone. The partner is told nobody else's name.
 */

/** Whom the partner may give a phone: her person's name, or why not. */
export type PartnerPhonePerson = { ok: true; name: string } | { ok: false; why: 'not-yours' | 'has-phone' };

export async function partnerPhonePerson(partnerId: string, citizenId: number): Promise<PartnerPhonePerson> {
  if (!isObjectId(partnerId) || !Number.isSafeInteger(citizenId)) return { ok: false, why: 'not-yours' };
  const [person, hers] = await Promise.all([
    CitizenModel.findById(citizenId, { name: 1, phone: 1, phoneKey: 1 }).lean(),
    WaitlistEntryModel.exists({ citizenId, partnerId }),
  ]);
  if (!person || !hers) return { ok: false, why: 'not-yours' };
  if (hasTelegram(citizenId) || person.phone || !isNoPhoneKey(person.phoneKey)) return { ok: false, why: 'has-phone' };
  return { ok: true, name: person.name };
}

/**
 * Is this phone someone else's already (in Telegram, or another person's record without Telegram under another
 * name)? The partner is asked whether to add it all the same (one phone for two, a relative's), told no name.
 */
export async function phoneIsOthers(citizenId: number, phone: string): Promise<boolean> {
  const person = await CitizenModel.findById(citizenId, { name: 1 }).lean();
  if (await usedInTelegram(phone)) return true;
  return (await paperPeopleOn(phone)).some((p) => p.id !== citizenId && !hasTelegram(p.id) && !(person && sameName(p.name, person.name)));
}

export type PartnerAddPhoneResult = AddPhoneResult | { outcome: 'not-yours' };

/** Checked again, then the same change as staff's (a namesake's record on that phone joined, as /add's rule). */
export async function addPhoneForPartner(partnerId: string, actorId: number, citizenId: number, typed: string, now: Date): Promise<PartnerAddPhoneResult> {
  const phone = normalizePhone(typed);
  if (!phone) throw new Error('addPhoneForPartner: not a valid phone number');
  const may = await partnerPhonePerson(partnerId, citizenId);
  if (!may.ok) return { outcome: may.why };
  const entries = await WaitlistEntryModel.find({ citizenId, partnerId }, { _id: 1 }).lean();
  return putPhoneOn(actorId, citizenId, phone, now, { action: 'citizen.phone-added-by-partner', entryIds: entries.map((e) => String(e._id)) });
}

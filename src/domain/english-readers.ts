import { CitizenModel } from '../db/models/citizen.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { staffLanguages } from './staff-language.js';

/**
 * Whether anyone at this center reads the bot in English: a person waiting, offered a seat or in a group there, or
 * one of its librarians. /newclass then asks for the room in English words too (walk s28 W28-23).
 */
export async function englishReadersAt(centerId: string): Promise<boolean> {
  const librarians = await StaffMemberModel.find({ centerIds: centerId }, { _id: 1 }).lean();
  const languages = await staffLanguages(librarians.map((l) => l._id));
  if ([...languages.values()].includes('en')) return true;
  const ids = await WaitlistEntryModel.distinct('citizenId', { centerId, status: { $in: ['waiting', 'offered', 'enrolled'] }, citizenId: { $exists: true } });
  return ids.length > 0 && (await CitizenModel.exists({ _id: { $in: ids }, language: 'en' })) !== null;
}

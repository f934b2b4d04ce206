import { CitizenModel } from '../db/models/citizen.js';
import { WaitlistEntryModel, type TimeOfDay } from '../db/models/waitlist-entry.js';

/**
 * What a citizen changes about themselves after joining, without losing their place (walk s22 W22-05: a job seeker
 * who found work wants evenings, and has a new number): the time of day that suits them, and their phone.
 */

/** Entries still in line: waiting, or holding an offer (the time of day is theirs too: probe s23 M5). */
const IN_LINE: Array<'waiting' | 'offered'> = ['waiting', 'offered'];

/** An entry still in line, with the time of day asked on it. */
export interface LineTime {
  entryId: string;
  courseId: string;
  timeOfDay: TimeOfDay;
}

/** What the change screen shows: the time of day of each entry still in line (oldest first), and the phone. */
export async function myDetails(citizenId: number): Promise<{ waiting: number; lines: LineTime[]; timeOfDay?: TimeOfDay; phone?: string }> {
  const [entries, citizen] = await Promise.all([
    WaitlistEntryModel.find({ citizenId, status: { $in: IN_LINE } }, { timeOfDay: 1, courseId: 1 }).sort({ joinedAt: 1 }).lean(),
    CitizenModel.findById(citizenId, { phone: 1 }).lean(),
  ]);
  const lines = entries.map((e) => ({ entryId: String(e._id), courseId: e.courseId, timeOfDay: e.timeOfDay }));
  return {
    waiting: entries.length,
    lines,
    ...(entries[0] ? { timeOfDay: entries[0].timeOfDay } : {}),
    ...(citizen?.phone ? { phone: citizen.phone } : {}),
  };
}

/**
 * The time of day that suits the person: on one entry of theirs still in line (`entryId`: one course at another
 * time, walk s28 W28-03), or on every one. Their place (joinedAt) stays. Returns how many entries changed.
 */
export async function setTimeOfDay(citizenId: number, timeOfDay: TimeOfDay, entryId?: string): Promise<number> {
  const filter = { citizenId, status: { $in: IN_LINE }, ...(entryId ? { _id: entryId } : {}) };
  const result = await WaitlistEntryModel.updateMany(filter, { $set: { timeOfDay } });
  return result.modifiedCount;
}

/** A new phone (E.164), or none: the library then writes to them in Telegram only. Only a person who joined (consented). */
export async function setOwnPhone(citizenId: number, phone: string | null): Promise<boolean> {
  const filter = { _id: citizenId, consent: { $exists: true } };
  const result = await CitizenModel.updateOne(filter, phone ? { $set: { phone } } : { $unset: { phone: 1 } });
  return result.matchedCount > 0;
}

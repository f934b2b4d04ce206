import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { isDuplicateKey } from '../db/duplicates.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { ACTIVE_STATUSES, activeKeyOf, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue } from '../outbox/index.js';
import { singleLine } from './text.js';

/**
 * Step 2 of unlinkTelegram (unlink-telegram.ts): the record without Telegram her places go to. Step 1 freed the phone
 * key; a librarian's /add of the same phone and name before the unlink finished (a crash between the steps, the
 * privacy job 1–15 minutes later: probe38 L6) made a record with it, so the upsert would hit the unique index on every
 * retry. By /add's rule that record is the same person: her places join it, as /add joins a card of the same name.
 * When it is on the list for one of her courses (one active entry per course), which place stays is for staff to
 * decide: she gets her own record without the phone key, and her centers' librarians are told in both cases.
 */

interface Marked {
  _id: number;
  unlinkingTo?: number | null;
  unlinkingPhoneKey?: string | null;
  name: string;
  language: string;
  consent?: unknown;
  phone?: string | null;
  notes?: string | null;
}

export type PhoneTaken = 'joined' | 'apart';

/** The record's id, and what became of the phone key when another record had taken it. */
export async function deskRecordFor(marked: Marked & { unlinkingTo: number }, now: Date): Promise<{ recordId: number; phoneTaken?: PhoneTaken }> {
  const fields = {
    name: marked.name, language: marked.language, consent: marked.consent, reachable: false,
    ...(marked.phone ? { phone: marked.phone } : {}), ...(marked.notes ? { notes: marked.notes } : {}),
  };
  try {
    await CitizenModel.updateOne({ _id: marked.unlinkingTo }, { $setOnInsert: { ...fields, ...(marked.unlinkingPhoneKey ? { phoneKey: marked.unlinkingPhoneKey } : {}) } }, { upsert: true });
    return { recordId: marked.unlinkingTo };
  } catch (error) {
    if (!isDuplicateKey(error) || !marked.unlinkingPhoneKey) throw error;
  }
  const other = await CitizenModel.findOne({ phoneKey: marked.unlinkingPhoneKey }, { _id: 1 }).lean();
  const courses: string[] = await WaitlistEntryModel.distinct('courseId', { citizenId: marked._id, status: { $in: ACTIVE_STATUSES } });
  const clash = other ? await WaitlistEntryModel.exists({ activeKey: { $in: courses.map((c) => activeKeyOf(other._id, c)) } }) : null;
  let phoneTaken: PhoneTaken = 'apart';
  let recordId = marked.unlinkingTo;
  if (other && !hasTelegram(other._id) && !clash) {
    // The mark names it from now on: a repeat after another crash goes on with it.
    await CitizenModel.updateOne({ _id: marked._id }, { $set: { unlinkingTo: other._id } });
    [phoneTaken, recordId] = ['joined', other._id];
  } else {
    await CitizenModel.updateOne({ _id: recordId }, { $setOnInsert: fields }, { upsert: true });
  }
  await tellPhoneTaken(marked._id, recordId, marked.name, phoneTaken, now);
  return { recordId, phoneTaken };
}

/** Her centers' librarians (of her active entries, still under the Telegram id here) hear it once. */
async function tellPhoneTaken(telegramId: number, recordId: number, name: string, how: PhoneTaken, now: Date) {
  const centers: string[] = await WaitlistEntryModel.distinct('centerId', { citizenId: { $in: [telegramId, recordId] }, status: { $in: ACTIVE_STATUSES } });
  const staff = await StaffMemberModel.find({ centerIds: { $in: centers } }, { _id: 1 }).sort({ _id: 1 }).lean();
  const items = staff.map((s) => ({
    key: `unlink-phone-taken:${recordId}:${s._id}`, citizenId: s._id, aboutCitizenId: recordId, priority: 'personal' as const,
    message: { text: { key: 'unlink-phone-taken', vars: { name: singleLine(name), how } } },
  }));
  await enqueue(items, now);
}

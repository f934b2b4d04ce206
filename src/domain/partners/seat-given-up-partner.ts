import { CitizenModel } from '../../db/models/citizen.js';
import { PartnerRepresentativeModel } from '../../db/models/partner-representative.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { enqueue } from '../../outbox/index.js';
import { findCourse } from '../catalog.js';
import { joiningLesson } from '../joining-lesson.js';
import { singleLine } from '../text.js';
import { representativeLanguage } from './representatives.js';

/**
 * A partner's person gave up her seat (walk31 W31-15): each of the partner's representatives gets one line, as the
 * group's librarian does (seat-given-up.ts), not only a changed row in /referrals; when the group takes nobody new,
 * that too (their people still waiting need another group: /request). Named, so about the person (/forget finds it).
 */
export async function tellPartnerSeatGivenUp(partnerId: string, citizenId: number, group: { id: string; courseId: string }, leave: boolean, now: Date): Promise<void> {
  const joining = await joiningLesson(group.id, now);
  await tellPartnerOfPerson(partnerId, citizenId, group.courseId, { key: 'partner-seat-given-up', vars: { leave: leave ? 'yes' : 'no', closed: joining ? 'no' : 'yes' }, tag: `seat-given-up-prt:${group.id}` }, now);
}

/**
 * The same family (fix35f): a partner's person says no to the seat offered to her (in Telegram, or to the librarians on
 * the phone), staying in line or leaving it; or leaves the line without a seat.
 */
export async function tellPartnerOfferDeclined(partnerId: string, citizenId: number, group: { id: string; courseId: string }, leave: boolean, now: Date): Promise<void> {
  await tellPartnerOfPerson(partnerId, citizenId, group.courseId, { key: 'partner-declined', vars: { leave: leave ? 'yes' : 'no' }, tag: `offer-declined-prt:${group.id}` }, now);
}

/** The same family (walk38 L4): a partner's person takes the seat offered (in Telegram, or on the phone); `except` did it. */
export async function tellPartnerSeatTaken(entryId: string, citizenId: number, groupId: string, now: Date, except?: number): Promise<void> {
  const entry = await WaitlistEntryModel.findById(entryId, { partnerId: 1, courseId: 1 }).lean();
  if (!entry?.partnerId) return;
  await tellPartnerOfPerson(String(entry.partnerId), citizenId, entry.courseId, { key: 'partner-seat-taken', vars: {}, tag: `seat-taken-prt:${groupId}` }, now, except);
}

export async function tellPartnerLeftLine(partnerId: string, citizenId: number, courseId: string, now: Date): Promise<void> {
  await tellPartnerOfPerson(partnerId, citizenId, courseId, { key: 'partner-left', vars: {}, tag: `left-line-prt:${courseId}` }, now);
}

/** One line to each of the partner's representatives, in their language, naming only their own person and the course. */
async function tellPartnerOfPerson(
  partnerId: string,
  citizenId: number,
  courseId: string,
  notice: { key: string; vars: Record<string, string>; tag: string },
  now: Date,
  except?: number,
): Promise<void> {
  const reps = (await PartnerRepresentativeModel.find({ partnerId }, { language: 1, telegramLanguage: 1 }).lean()).filter((r) => r._id !== except);
  if (reps.length === 0) return;
  const [person, citizens, course] = await Promise.all([
    CitizenModel.findById(citizenId, { name: 1 }).lean(),
    CitizenModel.find({ _id: { $in: reps.map((r) => r._id) } }, { language: 1 }).lean(),
    findCourse(courseId),
  ]);
  // Forgotten between two reads: nobody to name, and /forget keeps nothing of her (fix40b): no Telegram id for a name.
  if (!person) return;
  const items = reps.map((rep) => {
    // A representative's language: the citizen's when they are one too, else the one they chose (no-phone-offers.ts).
    const citizen = citizens.find((c) => c._id === rep._id);
    const language = citizen ? (citizen.language === 'en' ? 'en' : 'ru') : representativeLanguage(rep);
    const vars = { name: singleLine(person.name), course: course?.title[language] ?? courseId, ...notice.vars };
    return { key: `${notice.tag}:${citizenId}:${rep._id}:${now.getTime()}`, citizenId: rep._id, aboutCitizenId: citizenId, priority: 'personal' as const, message: { text: { key: notice.key, vars } } };
  });
  await enqueue(items, now);
}

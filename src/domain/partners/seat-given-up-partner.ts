import { CitizenModel } from '../../db/models/citizen.js';
import { PartnerRepresentativeModel } from '../../db/models/partner-representative.js';
import { enqueue } from '../../outbox/index.js';
import { findCourse } from '../catalog.js';
import { joiningLesson } from '../joining-lesson.js';
import { singleLine } from '../text.js';

/**
 * A partner's person gave up her seat (walk31 W31-15): each of the partner's representatives gets one line, as the
 * group's librarian does (seat-given-up.ts), not only a changed row in /referrals; when the group takes nobody new,
 * that too (their people still waiting need another group: /request). Named, so about the person (/forget finds it).
 */
export async function tellPartnerSeatGivenUp(partnerId: string, citizenId: number, group: { id: string; courseId: string }, leave: boolean, now: Date): Promise<void> {
  const reps = await PartnerRepresentativeModel.find({ partnerId }, { language: 1 }).lean();
  if (reps.length === 0) return;
  const [person, citizens, course, joining] = await Promise.all([
    CitizenModel.findById(citizenId, { name: 1 }).lean(),
    CitizenModel.find({ _id: { $in: reps.map((r) => r._id) } }, { language: 1 }).lean(),
    findCourse(group.courseId),
    joiningLesson(group.id, now),
  ]);
  const items = reps.map((rep) => {
    // A representative's language: the citizen's when they are one too, else the one they chose (no-phone-offers.ts).
    const language = (citizens.find((c) => c._id === rep._id)?.language ?? rep.language) === 'en' ? 'en' : 'ru';
    const vars = { name: singleLine(person?.name ?? String(citizenId)), course: course?.title[language] ?? group.courseId, leave: leave ? 'yes' : 'no', closed: joining ? 'no' : 'yes' };
    return { key: `seat-given-up-prt:${group.id}:${citizenId}:${rep._id}:${now.getTime()}`, citizenId: rep._id, aboutCitizenId: citizenId, priority: 'personal' as const, message: { text: { key: 'fix31i-partner-seat-given-up', vars } } };
  });
  await enqueue(items, now);
}

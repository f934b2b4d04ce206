import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { enqueue } from '../outbox/index.js';
import { findCourse } from './catalog.js';
import { isObjectId } from './ids.js';
import { joiningLesson } from './joining-lesson.js';
import { nextForSeat } from './offer-line.js';
import { tellPartnerSeatGivenUp } from './partners/seat-given-up-partner.js';
import { staffLanguages } from './staff-language.js';
import { groupKeeper } from './staff-leaving.js';
import { singleLine } from './text.js';
import { releaseSeat, type OfferOptions } from './offers.js';

export interface GiveUpOptions extends OfferOptions {
  leave: boolean;
}

/** A member gives up her seat (releaseSeat), and the group's librarian is told (below). False: no seat to give up. */
export async function giveUpSeat(entryId: string, now: Date, options: GiveUpOptions): Promise<boolean> {
  const held = isObjectId(entryId) ? await WaitlistEntryModel.findOne({ _id: entryId, status: 'enrolled' }, { groupId: 1, citizenId: 1, partnerId: 1, courseId: 1 }).lean() : null;
  if (!held?.groupId || !(await releaseSeat(entryId, now, options))) return false;
  if (typeof held.citizenId !== 'number') return true;
  await tellLibrarianSeatGivenUp(held.citizenId, String(held.groupId), options.leave, options.coordinatorIds, now, options.defaultLocale);
  // A partner's person: the partner is told too (walk31 W31-15).
  if (held.partnerId) await tellPartnerSeatGivenUp(String(held.partnerId), held.citizenId, { id: String(held.groupId), courseId: held.courseId }, options.leave, now);
  return true;
}

export type SeatFate = 'offered-on' | 'nobody-waits' | 'none-can-take' | 'stays';

/**
 * What a seat given up now in this entry's group becomes: free for good when the group takes nobody new
 * (joining-lesson.ts, walk31 W31-15), free while nobody is in line for it (walk34 W34-15) or while those in line cannot
 * take it (walk38 L7: each declined this group, or is out of reach), or offered to the next person.
 */
export async function seatFateOf(entryId: string, now: Date): Promise<SeatFate> {
  const held = isObjectId(entryId) ? await WaitlistEntryModel.findOne({ _id: entryId }, { groupId: 1 }).lean() : null;
  if (!held?.groupId) return 'offered-on';
  if (!(await joiningLesson(held.groupId, now))) return 'stays';
  const next = await nextForSeat(String(held.groupId), entryId, now);
  return next === 'someone' ? 'offered-on' : next === 'none-can-take' ? 'none-can-take' : 'nobody-waits';
}

/**
 * A member gave up her seat (from «Моё место» or a reminder's «Не смогу»), staying in line or leaving it (walk30
 * W30-14): the group's librarian gets one line, as for «Не смогу» (tellLibrarianAbsent), with what became of the seat:
 * offered on (to whom), or free with nobody to offer it to, or free in a group that no longer takes newcomers.
 * Called right after releaseSeat(…, now): the offers its offerFreeSeats made carry that same `now`.
 */
export async function tellLibrarianSeatGivenUp(
  citizenId: number,
  groupId: string,
  leave: boolean,
  coordinatorIds: readonly number[],
  now: Date,
  defaultLocale: Locale,
): Promise<void> {
  if (!isObjectId(groupId)) return;
  const group = await ClassGroupModel.findById(groupId, { librarianId: 1, courseId: 1 }).lean();
  if (!group) return;
  const librarianId = await groupKeeper(groupId, group.librarianId, coordinatorIds, now);
  const [citizen, languages, offered] = await Promise.all([
    CitizenModel.findById(citizenId, { name: 1 }).lean(),
    staffLanguages([librarianId], defaultLocale),
    WaitlistEntryModel.find({ status: 'offered', 'offer.groupId': group._id, 'offer.offeredAt': now }, { citizenId: 1 }).sort({ joinedAt: 1 }).lean(),
  ]);
  // Forgotten between two reads: nobody to name, and /forget keeps nothing of her (fix40b): no Telegram id for a name.
  if (!citizen) return;
  const language = languages.get(librarianId) ?? defaultLocale;
  // Nobody offered it: it may have gone to someone of another group who asked for this time (group-time-wish.ts).
  const movedIn = offered.length > 0 ? [] : await WaitlistEntryModel.find({ status: 'enrolled', groupId: group._id, enrolledAt: now }, { citizenId: 1 }).lean();
  const named = offered.length > 0 ? offered : movedIn;
  const others = await CitizenModel.find({ _id: { $in: named.flatMap((e) => (typeof e.citizenId === 'number' ? [e.citizenId] : [])) } }, { name: 1 }).lean();
  const next = offered.length > 0 && others.length > 0 ? 'offered' : others.length > 0 ? 'moved' : (await joiningLesson(group._id, now)) ? 'none' : 'closed';
  await enqueue(
    [{
      key: `seat-given-up:${groupId}:${citizenId}`,
      citizenId: librarianId,
      aboutCitizenId: citizenId,
      priority: 'personal',
      message: {
        text: {
          key: 'seat-given-up-notice',
          vars: {
            name: singleLine(citizen.name),
            course: (await findCourse(group.courseId))?.title[language] ?? group.courseId,
            leave: leave ? 'yes' : 'no',
            next,
            others: others.map((c) => singleLine(c.name)).join(', '),
          },
        },
      },
    }],
    now,
  );
}

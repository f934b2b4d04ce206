import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel, type GroupTimeOfDay } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { enqueue } from '../outbox/index.js';
import { callListsChanged } from './call-list-changes.js';
import { describeCenter, findCourse } from './catalog.js';
import { isObjectId } from './ids.js';
import { joiningLesson } from './joining-lesson.js';
import { phoneToRead } from './phone.js';
import { staffLanguages } from './staff-language.js';
import { groupKeeper } from './staff-leaving.js';
import { singleLine } from './text.js';
import { formatLessonTime } from './time.js';
import type { OfferSettings } from './offer-options.js';

/**
 * What the librarians hear when someone in a group wants another time of day (walk34 W34-08, group-time-move.ts):
 * she moved herself into a group with a free seat (both groups' librarians, one line each, as for a seat given up),
 * or there was none and she asks to be moved (the librarians of her center). Named, so about her (/forget finds them).
 */

/**
 * She moved from group `from` to `to`: each group's librarian (once if the same) hears it and who got the old seat;
 * not `except`, the librarian who moved her herself. `byBot`: the bot moved her (a seat freed at the time she wished):
 * when it cannot write to her (no Telegram, as after an unlink, or the bot blocked: probe38 L3, L4), the notice says
 * so, with her phone to call, since nobody else will tell her.
 */
export async function tellGroupMoved(
  citizenId: number,
  groups: { from: string; to: string },
  coordinatorIds: readonly number[],
  now: Date,
  defaultLocale: Locale,
  { except, byBot = false }: { except?: number; byBot?: boolean } = {},
): Promise<void> {
  const [from, to] = await Promise.all([groups.from, groups.to].map((id) => ClassGroupModel.findById(id, { librarianId: 1, courseId: 1, centerId: 1, timeOfDay: 1 }).lean()));
  if (!from || !to) return;
  const keepers = [...new Set([await groupKeeper(groups.from, from.librarianId, coordinatorIds, now), await groupKeeper(groups.to, to.librarianId, coordinatorIds, now)])].filter((k) => k !== except);
  if (keepers.length === 0) return;
  const [citizen, languages, offered, course, center, first] = await Promise.all([
    CitizenModel.findById(citizenId, { name: 1, phone: 1, reachable: 1 }).lean(),
    staffLanguages(keepers, defaultLocale),
    WaitlistEntryModel.find({ status: 'offered', 'offer.groupId': from._id, 'offer.offeredAt': now }, { citizenId: 1 }).sort({ joinedAt: 1 }).lean(),
    findCourse(to.courseId),
    describeCenter(to.centerId),
    LessonModel.findOne({ groupId: to._id, status: 'scheduled', startsAt: { $gt: now } }, { startsAt: 1 }).sort({ startsAt: 1 }).lean(),
  ]);
  // Forgotten meanwhile (the retention job): nobody to name, and nothing of hers is kept (probe38 L5: never her Telegram id).
  if (!citizen) return;
  const others = await CitizenModel.find({ _id: { $in: offered.flatMap((e) => (typeof e.citizenId === 'number' ? [e.citizenId] : [])) } }, { name: 1 }).lean();
  const next = others.length > 0 ? 'offered' : (await joiningLesson(from._id, now)) ? 'none' : 'closed';
  const untold = byBot && (!hasTelegram(citizenId) || citizen.reachable === false);
  const items = keepers.map((keeper) => {
    const language = languages.get(keeper) ?? defaultLocale;
    const vars = {
      name: singleLine(citizen.name),
      course: course?.title[language] ?? to.courseId,
      from: from.timeOfDay,
      to: to.timeOfDay,
      start: first ? formatLessonTime(first.startsAt, center?.timeZone ?? 'Asia/Novokuznetsk', language) : '',
      next,
      others: others.map((c) => singleLine(c.name)).join(', '),
      untold: !untold ? 'no' : citizen.phone ? 'phone' : 'none',
      call: citizen.phone ? phoneToRead(citizen.phone) : '',
    };
    return { key: `group-moved:${groups.to}:${citizenId}:${keeper}`, citizenId: keeper, aboutCitizenId: citizenId, priority: 'personal' as const, message: { text: { key: 'group-time-moved-notice', vars } } };
  });
  await enqueue(items, now);
}

/**
 * No group at `time` had a seat: she keeps hers and asks to be moved. Her group's librarian and every librarian of
 * its center hear it once per time asked (a repeat adds nothing), with her phone to call. False: no such seat of hers.
 */
export async function askToMoveGroup(
  citizenId: number,
  entryId: string,
  time: GroupTimeOfDay,
  now: Date,
  options: Pick<OfferSettings, 'coordinatorIds' | 'defaultLocale'>,
): Promise<boolean> {
  if (!isObjectId(entryId)) return false;
  const seat = await WaitlistEntryModel.findOne({ _id: entryId, citizenId, status: 'enrolled' }, { groupId: 1 }).lean();
  const group = seat?.groupId ? await ClassGroupModel.findById(seat.groupId, { librarianId: 1, courseId: 1, centerId: 1, timeOfDay: 1, status: 1 }).lean() : null;
  // Already in a group at that time (a freed seat moved her while the question was open: probe37), or her group gone: nothing to ask.
  if (!group || group.status !== 'open' || group.timeOfDay === time) return false;
  // Forgotten meanwhile (the retention job): no wish, and no notice naming her (probe38 L5: never her Telegram id).
  const citizen = await CitizenModel.findById(citizenId, { name: 1, phone: 1 }).lean();
  if (!citizen) return false;
  // The wish is kept on her entry: the librarians see it where they fill seats, and a seat freed then goes to her first
  // while she waited longer than the line (group-time-wish.ts).
  // Since when: the day of her first request for this time, not of a repeat (/calls says it, open-move-wishes.ts).
  const inGroup = { _id: entryId, citizenId, status: 'enrolled' as const, groupId: group._id };
  await WaitlistEntryModel.updateOne({ ...inGroup, wantsTime: { $ne: time } }, { $set: { wantsTimeAt: now } });
  if ((await WaitlistEntryModel.updateOne(inGroup, { $set: { wantsTime: time } })).matchedCount === 0) return false;
  // The /calls screens open at her center show the request (open-move-wishes.ts).
  callListsChanged([group.centerId]);
  const defaultLocale = options.defaultLocale ?? 'ru';
  const keeper = await groupKeeper(String(group._id), group.librarianId, options.coordinatorIds, now);
  const staff = await StaffMemberModel.find({ centerIds: group.centerId }, { _id: 1 }).sort({ _id: 1 }).lean();
  const to = [...new Set([keeper, ...staff.map((s) => s._id)])];
  const [languages, course] = await Promise.all([staffLanguages(to, defaultLocale), findCourse(group.courseId)]);
  const items = to.map((librarian) => {
    const language = languages.get(librarian) ?? defaultLocale;
    const vars = {
      name: singleLine(citizen.name),
      course: course?.title[language] ?? group.courseId,
      from: group.timeOfDay,
      to: time,
      phone: citizen.phone ? phoneToRead(citizen.phone) : 'none',
    };
    return { key: `group-time-wish:${entryId}:${time}:${librarian}`, citizenId: librarian, aboutCitizenId: citizenId, priority: 'personal' as const, message: { text: { key: 'group-time-move-request', vars } } };
  });
  await enqueue(items, now);
  return true;
}

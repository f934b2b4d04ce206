import { Types } from 'mongoose';
import { ClassGroupModel } from '../../db/models/class-group.js';
import { LessonModel } from '../../db/models/lesson.js';
import { GroupRequestModel, type RequestStatus } from '../../db/models/group-request.js';
import { CitizenModel } from '../../db/models/citizen.js';
import { PartnerModel } from '../../db/models/partner.js';
import { PartnerRepresentativeModel } from '../../db/models/partner-representative.js';
import { StaffMemberModel } from '../../db/models/staff-member.js';
import type { GroupTimeOfDay } from '../../db/models/class-group.js';
import type { Locale } from '../../notify/notifier.js';
import { enqueue } from '../../outbox/index.js';
import { audit } from '../audit.js';
import { defineCallbackData, OBJECT_ID } from '../callback-data.js';
import { offerFreeSeats, type OfferOptions } from '../offers.js';
import { phoneToRead } from '../phone.js';
import { findCenter, findCourse } from '../catalog.js';
import { centerPlace } from '../center-names.js';
import { canManageCenter, type Role } from '../roles.js';
import { multiLine, singleLine } from '../text.js';
import { isObjectId } from '../ids.js';
import { joiningLesson } from '../joining-lesson.js';
import { formatLessonTime } from '../time.js';
import { representativeLanguage } from './representatives.js';

/**
 * Group bookings: a representative asks for a closed group for their people;
 * coordinators and the librarians of the preferred centers see it in
 * /requests, accept it by opening a group (/newclass with the request) or
 * decline it with a reason; the representative is told through the outbox.
 */

export interface NewGroupRequest {
  courseId: string;
  people: number;
  centerIds: string[];
  weekdays: number[];
  timesOfDay: GroupTimeOfDay[];
  note?: string;
}

/** A plain view, safe to return from conversation.external(). */
export interface GroupRequestView extends NewGroupRequest {
  id: string;
  partnerId: string;
  partnerName: string;
  /** The partner's contact person and phone as staff read them ("Ольга Иванова, +7 3842 11-22-33"), or '—'. */
  partnerContact: string;
  status: RequestStatus;
  createdAt: string;
}

type Row = {
  _id: Types.ObjectId; partnerId: Types.ObjectId; courseId: string; people: number; centerIds: string[]; weekdays: number[]; timesOfDay: string[];
  note?: string | null; status: RequestStatus; createdAt: Date;
};

const view = (r: Row, partnerName: string, partnerContact: string): GroupRequestView => ({
  id: String(r._id),
  partnerId: String(r.partnerId),
  partnerName,
  partnerContact,
  courseId: r.courseId,
  people: r.people,
  centerIds: r.centerIds,
  weekdays: r.weekdays,
  timesOfDay: r.timesOfDay as GroupTimeOfDay[],
  ...(r.note ? { note: r.note } : {}),
  status: r.status,
  createdAt: r.createdAt.toISOString(),
});

/** Whether a staff role sees this request: coordinators all, librarians those for one of their centers. */
const visibleTo = (role: Role, r: { centerIds: string[] }) => r.centerIds.some((c) => canManageCenter(role, c));

/** The new-request notice's button, `req:open:<request>`: opens that request's card (src/bot/features/partners/requests.ts). */
export const requestNoticeData = defineCallbackData('req', ['open'], OBJECT_ID);

/** Stores a representative's request and tells the coordinators and the centers' librarians. Undefined when the partner is inactive. */
export async function createGroupRequest(
  actorId: number, partnerId: string, input: NewGroupRequest, now: Date, coordinatorIds: readonly number[],
): Promise<string | undefined> {
  if (!isObjectId(partnerId)) return undefined;
  const partner = await PartnerModel.findOne({ _id: partnerId, active: true }, { name: 1 }).lean();
  if (!partner) return undefined;
  const note = input.note ? multiLine(input.note).slice(0, 500) : undefined;
  const created = await GroupRequestModel.create({ ...input, ...(note ? { note } : { note: undefined }), partnerId, status: 'pending', requestedBy: actorId, createdAt: now });
  const id = String(created._id);
  await audit({ actorId, action: 'request.create', target: `request:${id}`, details: { partnerId, courseId: input.courseId, people: input.people, centers: input.centerIds.length } }, now);
  const librarians = await StaffMemberModel.find({ centerIds: { $in: input.centerIds } }, { _id: 1 }).lean();
  const staff = [...new Set([...coordinatorIds, ...librarians.map((l) => l._id)])];
  await enqueue(
    staff.map((userId) => ({
      key: `req-new:${id}:${userId}`,
      citizenId: userId,
      priority: 'personal' as const,
      message: {
        text: { key: 'prt-req-new-staff', vars: { partner: partner.name, people: input.people } },
        buttons: [[{ text: { key: 'prt-req-btn-open' }, data: requestNoticeData.pack('open', id) }]],
      },
    })),
    now,
  );
  return id;
}

async function withPartnerNames(rows: Row[]): Promise<GroupRequestView[]> {
  const partners = await PartnerModel.find({ _id: { $in: rows.map((r) => r.partnerId) } }, { name: 1, contactName: 1, phone: 1 }).lean();
  return rows.map((r) => {
    const p = partners.find((x) => String(x._id) === String(r.partnerId));
    // Whom to call about the request (walk s20 #23: the card had no contact).
    const contact = [p?.contactName, p?.phone ? phoneToRead(p.phone) : undefined].filter(Boolean).join(', ');
    return view(r, p?.name ?? '—', contact || '—');
  });
}

/** Pending requests this staff role sees, oldest first. */
export async function listPendingRequests(role: Role): Promise<GroupRequestView[]> {
  const rows = (await GroupRequestModel.find({ status: 'pending' }).sort({ createdAt: 1, _id: 1 }).lean()) as Row[];
  return withPartnerNames(rows.filter((r) => visibleTo(role, r)));
}

/** A pending request, if this staff role may handle it. */
export async function pendingRequestFor(role: Role, requestId: string): Promise<GroupRequestView | null> {
  if (!isObjectId(requestId)) return null;
  const row = (await GroupRequestModel.findOne({ _id: requestId, status: 'pending' }).lean()) as Row | null;
  if (!row || !visibleTo(role, row)) return null;
  return (await withPartnerNames([row]))[0]!;
}

/**
 * Takes a pending request for a group about to be opened (pending → accepted);
 * null when it was handled meanwhile or is not this role's. The group id is
 * recorded by `requestGroupOpened` once the group exists.
 */
export async function claimRequest(actorId: number, role: Role, requestId: string, now: Date): Promise<GroupRequestView | null> {
  const pending = await pendingRequestFor(role, requestId);
  if (!pending) return null;
  const claimed = await GroupRequestModel.findOneAndUpdate({ _id: requestId, status: 'pending' }, { $set: { status: 'accepted', decidedBy: actorId, decidedAt: now } }).lean();
  return claimed ? pending : null;
}

/**
 * The course and center of a request's answer in its representative's language (the outbox sends the text in it:
 * the citizen's language when they are one too, else the one they chose with /language): English words for an
 * English reader (fixR's note), and their language for the first lesson's day.
 */
async function wordsFor(repId: number, courseId: string, centerId?: string) {
  const [citizen, rep, course, center] = await Promise.all([
    CitizenModel.findById(repId, { language: 1 }).lean(),
    PartnerRepresentativeModel.findById(repId, { language: 1, telegramLanguage: 1 }).lean(),
    findCourse(courseId),
    centerId ? findCenter(centerId) : undefined,
  ]);
  const language: Locale = citizen ? (citizen.language === 'en' ? 'en' : 'ru') : representativeLanguage(rep);
  return { language, center, vars: { course: course?.title[language] ?? courseId, center: center ? centerPlace(center, language) : (centerId ?? '') } };
}

/** Records the group opened for a claimed request and tells the representative (course, center, first lesson in their language). */
export async function requestGroupOpened(actorId: number, requestId: string, groupId: string, now: Date, group: { courseId: string; centerId: string; start: Date; offered?: number }): Promise<void> {
  const request = await GroupRequestModel.findOneAndUpdate({ _id: requestId, status: 'accepted' }, { $set: { groupId: new Types.ObjectId(groupId) } }).lean();
  if (!request) return;
  await audit({ actorId, action: 'request.accept', target: `request:${requestId}`, details: { groupId, partnerId: String(request.partnerId) } }, now);
  const { language, center, vars } = await wordsFor(request.requestedBy, group.courseId, group.centerId);
  const start = formatLessonTime(group.start, center?.timeZone ?? 'Asia/Novokuznetsk', language);
  // Seats offered at once to its people already in line are said, not only how to put people in (walk29 W29-13).
  const text = group.offered ? { key: 'req-accepted-offered', vars: { ...vars, start, offered: group.offered } } : { key: 'req-accepted', vars: { ...vars, start } };
  await enqueue([{ key: `req-accepted:${requestId}`, citizenId: request.requestedBy, priority: 'personal', message: { text } }], now);
}

/** A claimed request whose group could not be opened goes back to pending. */
export async function unclaimRequest(requestId: string): Promise<void> {
  await GroupRequestModel.updateOne({ _id: requestId, status: 'accepted', groupId: { $exists: false } }, { $set: { status: 'pending' }, $unset: { decidedBy: 1, decidedAt: 1 } });
}

/** Declines a pending request with a reason and tells the representative; false when handled meanwhile or not this role's. */
export async function declineRequest(actorId: number, role: Role, requestId: string, reason: string, now: Date): Promise<boolean> {
  const pending = await pendingRequestFor(role, requestId);
  if (!pending) return false;
  const text = singleLine(reason).slice(0, 500);
  const declined = await GroupRequestModel.findOneAndUpdate(
    { _id: requestId, status: 'pending' },
    { $set: { status: 'declined', decidedBy: actorId, decidedAt: now, declineReason: text } },
  ).lean();
  if (!declined) return false;
  await audit({ actorId, action: 'request.decline', target: `request:${requestId}`, details: { partnerId: String(declined.partnerId) } }, now);
  const { course } = (await wordsFor(declined.requestedBy, declined.courseId)).vars;
  await enqueue([{ key: `req-declined:${requestId}`, citizenId: declined.requestedBy, priority: 'personal', message: { text: { key: 'prt-req-declined', vars: { course, reason: text } } } }], now);
  return true;
}

/**
 * Opens a closed group's free seats to the general queue of its center (a
 * librarian, when the partner's people did not fill it). Returns the offers
 * made and whether it has begun and takes no newcomers any more (then the bot offers no seats:
 * joining-lesson.ts; staff add people themselves), or null when the group is not a
 * closed one of this role's centers.
 */
export async function releaseClosedSeats(
  actorId: number, role: Role, groupId: string, now: Date, options: OfferOptions,
): Promise<{ offered: number; started: boolean } | null> {
  if (!isObjectId(groupId)) return null;
  const group = await ClassGroupModel.findOne({ _id: groupId, status: 'open', partnerId: { $exists: true } }, { centerId: 1, partnerId: 1, courseId: 1 }).lean();
  if (!group || !canManageCenter(role, group.centerId)) return null;
  const released = await ClassGroupModel.findOneAndUpdate({ _id: groupId, partnerId: group.partnerId }, { $unset: { partnerId: 1 } }).lean();
  if (!released) return null;
  await audit({ actorId, action: 'group.release-seats', target: `group:${groupId}`, details: { partnerId: String(group.partnerId) } }, now);
  await tellReleased(groupId, group, now);
  // Begun and too far along for a newcomer (joining-lesson.ts): the bot offers its seats to nobody.
  const started = (await LessonModel.exists({ groupId, status: 'scheduled', startsAt: { $lte: now } })) !== null && !(await joiningLesson(groupId, now));
  return { offered: await offerFreeSeats(groupId, now, options), started };
}

/** The representative who asked for the group learns it is open to everyone now (walk s20 #44), in the words of the request's answer. */
async function tellReleased(groupId: string, group: { courseId: string; centerId: string }, now: Date): Promise<void> {
  const request = await GroupRequestModel.findOne({ groupId }, { requestedBy: 1 }).lean();
  if (!request) return;
  const { vars } = await wordsFor(request.requestedBy, group.courseId, group.centerId);
  await enqueue([{ key: `req-released:${groupId}`, citizenId: request.requestedBy, priority: 'personal', message: { text: { key: 'prt-released-rep', vars } } }], now);
}

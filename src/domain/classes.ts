import { Types } from 'mongoose';
import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel, type GroupStatus } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { findCenter } from './catalog.js';
import { centerScope, type Role } from './roles.js';
import { timeOfDayAt } from './time.js';
import { singleLine } from './text.js';
import { isObjectId } from './ids.js';
import { onRoster } from './joining-lesson.js';

export interface NewGroup {
  courseId: string;
  centerId: string;
  room: string;
  /** The room in English words, for English readers (/newclass asks for it where they are). */
  roomEn?: string;
  capacity: number;
  /** UTC instants, in order. */
  lessonStarts: Date[];
  durationMinutes: number;
  /** A closed group for a partner's request: seats only for that partner's people (src/domain/partners/requests.ts). */
  closedFor?: { partnerId: string; requestId: string };
  /** The flow's id for this one Create: the same key again (pressed after a restart) returns the group made the first time. */
  key?: string;
}

/** The group one Create made, if it did (its lessons too, should the first try have stopped between the two writes). */
export async function groupCreatedWith(key: string, input: NewGroup): Promise<string | undefined> {
  const group = await ClassGroupModel.findOne({ createKey: key }, { _id: 1 }).lean();
  if (!group) return undefined;
  if (!(await LessonModel.exists({ groupId: group._id }))) await LessonModel.insertMany(lessonsOf(group._id, input));
  return String(group._id);
}

const lessonsOf = (groupId: Types.ObjectId, input: NewGroup) =>
  input.lessonStarts.map((startsAt, i) => ({ groupId, index: i + 1, startsAt, durationMinutes: input.durationMinutes, status: 'scheduled', attendedIds: [] }));

export interface GroupSummary {
  id: string;
  courseId: string;
  centerId: string;
  room: string;
  capacity: number;
  enrolled: number;
  offered: number;
  status: GroupStatus;
  firstLessonAt?: string;
  lessons: number;
}

export interface LessonView {
  id: string;
  index: number;
  startsAt: string;
  durationMinutes: number;
  status: 'scheduled' | 'cancelled';
  attendedIds: number[];
  marked: boolean;
}

/** True when every lesson starts after `now`: a new group cannot have lessons that already happened. */
export function lessonsAhead(lessonStarts: Date[], now: Date): boolean {
  return lessonStarts.length > 0 && lessonStarts.every((startsAt) => startsAt.getTime() > now.getTime());
}

/**
 * Creates the group and its lessons; the caller then offers the seats
 * (offers.ts). Refuses lessons in the past (check with lessonsAhead first).
 */
export async function createGroup(actorId: number, input: NewGroup, now: Date): Promise<string> {
  const center = await findCenter(input.centerId);
  if (!center) throw new Error(`unknown center ${input.centerId}`);
  const first = input.lessonStarts[0];
  if (!first) throw new Error('a group needs at least one lesson');
  if (!lessonsAhead(input.lessonStarts, now)) throw new Error('a new group cannot have lessons in the past');
  const group = await ClassGroupModel.create({
    courseId: input.courseId,
    centerId: input.centerId,
    room: singleLine(input.room), // shown to citizens in offers and reminders
    ...(input.roomEn ? { roomEn: singleLine(input.roomEn) } : {}),
    capacity: input.capacity,
    freeSeats: input.capacity,
    timeOfDay: timeOfDayAt(first, center.timeZone),
    librarianId: actorId,
    status: 'open',
    createdAt: now,
    ...(input.closedFor ? { partnerId: input.closedFor.partnerId, requestId: input.closedFor.requestId } : {}),
    ...(input.key ? { createKey: input.key } : {}),
  });
  await LessonModel.insertMany(lessonsOf(group._id, input));
  const id = String(group._id);
  await audit(
    { actorId, action: 'group.create', target: `group:${id}`, details: { courseId: input.courseId, centerId: input.centerId, capacity: input.capacity, lessons: input.lessonStarts.length, ...(input.closedFor ? { partnerId: input.closedFor.partnerId } : {}) } },
    now,
  );
  return id;
}

/** The group if this role may manage it. */
export async function findGroupFor(role: Role, groupId: string) {
  if (!isObjectId(groupId)) return null;
  return ClassGroupModel.findOne({ _id: groupId, ...centerScope(role) }).lean();
}

export async function findGroup(groupId: string) {
  if (!isObjectId(groupId)) return null;
  return ClassGroupModel.findById(groupId).lean();
}

/** The centers where this role's open groups meet (more than one: a group's screens name its center, walk s21 W21-19). */
export async function openGroupCenters(role: Role): Promise<string[]> {
  return ClassGroupModel.distinct('centerId', { status: 'open', ...centerScope(role) });
}

/** Every open group this role may see, soonest first, with how full they are (screens page the list). */
export async function listGroups(role: Role): Promise<GroupSummary[]> {
  const groups = await ClassGroupModel.find({ status: 'open', ...centerScope(role) }).sort({ createdAt: 1 }).lean();
  // Three reads for the whole list, not two per group: the list is read again on every page turn.
  const ids = groups.map((g) => g._id);
  const [offers, members, lessons] = await Promise.all([
    WaitlistEntryModel.find({ status: 'offered', 'offer.groupId': { $in: ids } }, { offer: 1 }).lean(),
    WaitlistEntryModel.find({ status: { $in: MEMBER_STATUSES }, groupId: { $in: ids } }, { groupId: 1 }).lean(),
    LessonModel.find({ groupId: { $in: ids }, status: 'scheduled' }, { groupId: 1, startsAt: 1 }).lean(),
  ]);
  const summaries = groups.map((g) => {
    const own = lessons.filter((l) => String(l.groupId) === String(g._id)).map((l) => l.startsAt.getTime());
    const offered = offers.filter((o) => String(o.offer?.groupId) === String(g._id)).length;
    const enrolled = members.filter((m) => String(m.groupId) === String(g._id)).length;
    return summary(g, offered, enrolled, own.length, own.length ? new Date(Math.min(...own)) : undefined);
  });
  return summaries.sort((a, b) => (a.firstLessonAt ?? '').localeCompare(b.firstLessonAt ?? ''));
}

export async function groupSummary(groupId: string): Promise<GroupSummary | null> {
  const group = await findGroup(groupId);
  return group ? summarize(group) : null;
}

type GroupRow = { _id: Types.ObjectId; courseId: string; centerId: string; room: string; capacity: number; status: GroupStatus };

async function summarize(g: GroupRow): Promise<GroupSummary> {
  const [offered, enrolled, lessons] = await Promise.all([
    WaitlistEntryModel.countDocuments({ status: 'offered', 'offer.groupId': g._id }),
    WaitlistEntryModel.countDocuments({ status: { $in: MEMBER_STATUSES }, groupId: g._id }),
    LessonModel.find({ groupId: g._id, status: 'scheduled' }, { startsAt: 1 }).sort({ index: 1 }).lean(),
  ]);
  return summary(g, offered, enrolled, lessons.length, lessons[0]?.startsAt);
}

/**
 * Who counts as enrolled on staff screens: read from the entries themselves, not the group's running counter,
 * which an accept cut off by a stopped process leaves one short (probe s20 F8: "8 of 10" above 9 names).
 */
const MEMBER_STATUSES: Array<'enrolled' | 'completed'> = ['enrolled', 'completed'];

function summary(g: GroupRow, offered: number, enrolled: number, lessons: number, first: Date | undefined): GroupSummary {
  return {
    id: String(g._id),
    courseId: g.courseId,
    centerId: g.centerId,
    room: g.room,
    capacity: g.capacity,
    enrolled,
    offered,
    status: g.status,
    ...(first ? { firstLessonAt: first.toISOString() } : {}),
    lessons,
  };
}

/** Scheduled lessons of a group, in order. */
export async function listLessons(groupId: string): Promise<LessonView[]> {
  if (!isObjectId(groupId)) return [];
  const lessons = await LessonModel.find({ groupId, status: 'scheduled' }).sort({ index: 1 }).lean();
  return lessons.map(lessonView);
}

export function lessonView(l: { _id: Types.ObjectId; index: number; startsAt: Date; durationMinutes: number; status: 'scheduled' | 'cancelled'; attendedIds: number[]; markedAt?: Date | null }): LessonView {
  return {
    id: String(l._id),
    index: l.index,
    startsAt: l.startsAt.toISOString(),
    durationMinutes: l.durationMinutes,
    status: l.status,
    attendedIds: l.attendedIds,
    marked: Boolean(l.markedAt),
  };
}

/**
 * Participants (enrolled or completed) with their names, for staff screens only. With a lesson's start: its
 * roster, without those who joined after it began (onRoster, walk s21 W21-26).
 */
export async function listParticipants(groupId: string, lessonStartsAt?: Date | string): Promise<Array<{ citizenId: number; entryId: string; name: string; phone?: string }>> {
  if (!isObjectId(groupId)) return [];
  const all = await WaitlistEntryModel.find({ groupId, status: { $in: ['enrolled', 'completed'] }, citizenId: { $exists: true } }).sort({ enrolledAt: 1 }).lean();
  const entries = lessonStartsAt === undefined ? all : all.filter((e) => onRoster(e.enrolledAt, new Date(lessonStartsAt)));
  const citizens = await CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { name: 1, phone: 1 }).lean();
  const byId = new Map(citizens.map((c) => [c._id, c]));
  return entries.map((e) => ({ citizenId: e.citizenId!, entryId: String(e._id), name: byId.get(e.citizenId!)?.name ?? String(e.citizenId), phone: byId.get(e.citizenId!)?.phone ?? undefined }));
}

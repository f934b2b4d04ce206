import type { Types } from 'mongoose';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { CourseModel } from '../db/models/course.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel, type EntryStatus, type TimeOfDay } from '../db/models/waitlist-entry.js';
import { centerPlace } from './center-names.js';
import { listAllCenters } from './centers-admin.js';
import { phoneForSpreadsheet } from './phone.js';
import { isoDate, toLocal } from './time.js';

/**
 * The staff's export: the waiting list and the enrollments as two CSV files,
 * of every center for a coordinator, of her own centers for a librarian (`scope`). Every entry lands in exactly one file: those ever enrolled (enrolled,
 * completed, or left/forgotten after enrolling) in enrollments, the rest in the
 * waiting list. Built in memory: a few thousand rows are well under a megabyte.
 */

export { csvField, toCsv, type Cell } from './csv.js';

/** "2026-11-24 10:00" on the center's wall clock. */
export function localStamp(instant: Date | undefined, timeZone: string): string {
  if (!instant) return '';
  const local = toLocal(instant, timeZone);
  return `${isoDate(local)} ${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
}

export interface Person {
  name?: string;
  phone?: string;
  /** Whether the bot reaches them: 'no' (registered at the desk or imported) and 'blocked' are the ones to phone. */
  telegram?: 'yes' | 'no' | 'none' | 'blocked';
  /** A paper list's note ("приходит сам") or one typed beside the phone ("(внук Дима)"): in both files (walk s22 W22-34, walk36 L9). */
  notes?: string;
}

export interface WaitlistRow extends Person {
  center: string;
  course: string;
  status: EntryStatus;
  joinedAt: string;
  /** In line for this course at this center; only for `waiting`. */
  position?: number;
  timeOfDay: TimeOfDay;
}

export interface EnrollmentRow extends Person {
  group: string;
  course: string;
  center: string;
  enrolledAt: string;
  status: EntryStatus;
  completedAt: string;
}

interface Entry {
  _id: Types.ObjectId;
  citizenId?: number | null;
  courseId: string;
  centerId: string;
  status: EntryStatus;
  timeOfDay: TimeOfDay;
  joinedAt: Date;
  groupId?: Types.ObjectId | null;
  enrolledAt?: Date | null;
  completedAt?: Date | null;
}

const wasEnrolled = (e: Entry) => e.status === 'enrolled' || e.status === 'completed' || !!e.enrolledAt;

export async function buildExport(
  locale: 'ru' | 'en',
  scope: Record<string, unknown> = {},
): Promise<{ waitlist: WaitlistRow[]; enrollments: EnrollmentRow[] }> {
  const entries = (await WaitlistEntryModel.find(
    scope,
    { citizenId: 1, courseId: 1, centerId: 1, status: 1, timeOfDay: 1, joinedAt: 1, groupId: 1, enrolledAt: 1, completedAt: 1 },
  ).lean()) as Entry[];
  const citizenIds = [...new Set(entries.flatMap((e) => (e.citizenId ? [e.citizenId] : [])))];
  const groupIds = [...new Set(entries.flatMap((e) => (e.groupId ? [String(e.groupId)] : [])))];
  const [centers, courses, citizens, groups, firstLessons] = await Promise.all([
    listAllCenters(),
    CourseModel.find({}, { title: 1 }).lean(),
    CitizenModel.find({ _id: { $in: citizenIds } }, { name: 1, phone: 1, reachable: 1, notes: 1 }).lean(),
    ClassGroupModel.find({ _id: { $in: groupIds } }, { room: 1, centerId: 1 }).lean(),
    LessonModel.find({ groupId: { $in: groupIds }, index: 1 }, { groupId: 1, startsAt: 1 }).lean(),
  ]);
  const centerById = new Map(centers.map((c) => [c.id, c]));
  const courseTitle = new Map(courses.map((c) => [c._id, c.title?.[locale] ?? c._id]));
  // No Telegram and no phone either: «нет, сказать лично», not «звонить» (probe29 L4).
  const telegramOf = (c: { _id: number; reachable?: boolean | null; phone?: string | null }) => (!hasTelegram(c._id) ? (c.phone ? 'no' : 'none') : c.reachable === false ? 'blocked' : 'yes');
  const personById = new Map(
    citizens.map((c): [number, Person] => [c._id, { name: c.name, phone: phoneForSpreadsheet(c.phone), telegram: telegramOf(c), ...(c.notes ? { notes: c.notes } : {}) }]),
  );
  const centerName = (id: string) => {
    const c = centerById.get(id);
    return c ? centerPlace(c, locale, ': ') : id;
  };
  const zone = (id: string) => centerById.get(id)?.timeZone ?? 'UTC';
  // A group as staff know it: when its first lesson starts, and where ("2026-11-24 10:00, Зал 2").
  const firstLessonAt = new Map(firstLessons.map((l) => [String(l.groupId), l.startsAt]));
  const groupLabel = new Map(
    groups.map((g) => {
      const startsAt = firstLessonAt.get(String(g._id));
      return [String(g._id), startsAt ? `${localStamp(startsAt, zone(g.centerId))}, ${g.room}` : `${g.room} (${String(g._id).slice(-6)})`];
    }),
  );
  // Forgotten citizens have no citizenId: their rows stay, without a name or phone.
  const person = (e: Entry): Person => (e.citizenId ? (personById.get(e.citizenId) ?? {}) : {});

  const line = entries.filter((e) => !wasEnrolled(e));
  line.sort(
    (a, b) =>
      centerName(a.centerId).localeCompare(centerName(b.centerId), 'ru') ||
      a.courseId.localeCompare(b.courseId) ||
      a.joinedAt.getTime() - b.joinedAt.getTime() ||
      String(a._id).localeCompare(String(b._id)),
  );
  const positions = new Map<string, number>();
  const waitlist = line.map((e): WaitlistRow => {
    const key = `${e.centerId}|${e.courseId}`;
    const position = e.status === 'waiting' ? (positions.get(key) ?? 0) + 1 : undefined;
    if (position) positions.set(key, position);
    return {
      center: centerName(e.centerId),
      course: courseTitle.get(e.courseId) ?? e.courseId,
      status: e.status,
      joinedAt: localStamp(e.joinedAt, zone(e.centerId)),
      ...(position ? { position } : {}),
      timeOfDay: e.timeOfDay,
      ...person(e),
    };
  });

  const enrolled = entries.filter(wasEnrolled);
  enrolled.sort(
    (a, b) =>
      centerName(a.centerId).localeCompare(centerName(b.centerId), 'ru') ||
      String(a.groupId ?? '').localeCompare(String(b.groupId ?? '')) ||
      (a.enrolledAt?.getTime() ?? 0) - (b.enrolledAt?.getTime() ?? 0),
  );
  const enrollments = enrolled.map(
    (e): EnrollmentRow => ({
      group: e.groupId ? (groupLabel.get(String(e.groupId)) ?? String(e.groupId)) : '',
      course: courseTitle.get(e.courseId) ?? e.courseId,
      center: centerName(e.centerId),
      enrolledAt: localStamp(e.enrolledAt ?? undefined, zone(e.centerId)),
      status: e.status,
      completedAt: localStamp(e.completedAt ?? undefined, zone(e.centerId)),
      ...person(e),
    }),
  );
  return { waitlist, enrollments };
}

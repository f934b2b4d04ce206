import { hasTelegram } from '../db/models/citizen.js';
import { CourseModel } from '../db/models/course.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { CENTER_ID, defineCallbackData } from './callback-data.js';
import { invalidateCatalog } from './catalog.js';
import { centerSlug } from './centers-admin.js';
import { singleLine } from './text.js';

/**
 * /courses for coordinators (walk s22 W22-26): the courses of the program, stopped ones too. A stopped course is
 * not offered to anyone choosing a course (joining, /newclass, /add, a partner's request), while the groups it has
 * go on. Its people waiting keep their place in line (their join time) and are told the course is paused and that
 * they will hear when it starts again; seats freed in its running groups are still offered to them. Started again,
 * those told of the pause who still wait are told it is back. People without Telegram are phoned: course-calls.ts.
 */

/** The saved course card's plain buttons (answered in src/bot/features/admin/courses.ts): the card again, the list. */
export const courseCardData = defineCallbackData('crs', { list: null, c: CENTER_ID });

/** What the add conversation asks, in order; edit offers the same fields. */
export const COURSE_FIELDS = ['titleRu', 'shortRu', 'descriptionRu', 'titleEn'] as const;
export type CourseField = (typeof COURSE_FIELDS)[number];
export type CourseFields = Record<CourseField, string>;

export interface AdminCourse extends CourseFields {
  id: string;
  active: boolean;
  /** Stopped with a planned day to offer it again (walk34 W34-09). */
  resumesOn?: string;
}

const LIMITS: Record<CourseField, [number, number]> = { titleRu: [3, 80], shortRu: [2, 20], descriptionRu: [5, 200], titleEn: [3, 80] };

type Stored = { _id: string; title?: { ru?: string | null; en?: string | null } | null; short?: { ru?: string | null } | null; description?: { ru?: string | null } | null; active: boolean; resumesOn?: string | null };

const toAdmin = (c: Stored): AdminCourse => ({
  id: c._id,
  titleRu: c.title?.ru ?? c._id,
  shortRu: c.short?.ru || c.title?.ru || c._id,
  descriptionRu: c.description?.ru ?? '',
  titleEn: c.title?.en ?? c._id,
  active: c.active,
  ...(!c.active && c.resumesOn ? { resumesOn: c.resumesOn } : {}),
});

/** Every course, stopped ones too, in the order citizens see them. */
export async function listAllCourses(): Promise<AdminCourse[]> {
  return (await CourseModel.find().sort({ order: 1, _id: 1 }).lean()).map(toAdmin);
}

export async function getCourse(id: string): Promise<AdminCourse | undefined> {
  const course = await CourseModel.findById(id).lean();
  return course ? toAdmin(course) : undefined;
}

/** What is wrong with a typed field (a locale key and its variables), or undefined. English words must not be Cyrillic. */
export function validateCourseText(field: CourseField, text: string): { error: string; vars?: Record<string, number> } | undefined {
  const [min, max] = LIMITS[field];
  const length = singleLine(text).length;
  // With the limits, so a coordinator knows how much to cut (probe s23 L4).
  if (length < min || length > max) return { error: 'crs-text-invalid', vars: { min, max, length } };
  return field === 'titleEn' && /[\u0400-\u04FF]/.test(text) ? { error: 'adm-ctr-en-cyrillic' } : undefined;
}

/** The stored shape of the fields given (the English description is the English title: nobody reads it apart). */
function stored(fields: Partial<CourseFields>): Record<string, string> {
  const set: Record<string, string> = {};
  if (fields.titleRu !== undefined) set['title.ru'] = singleLine(fields.titleRu);
  if (fields.titleEn !== undefined) Object.assign(set, { 'title.en': singleLine(fields.titleEn), 'description.en': singleLine(fields.titleEn) });
  if (fields.shortRu !== undefined) set['short.ru'] = singleLine(fields.shortRu);
  if (fields.descriptionRu !== undefined) set['description.ru'] = singleLine(fields.descriptionRu);
  return set;
}

/** Adds a course at the end of the list under a slug of its English title (-2, -3 … when taken). */
export async function createCourse(actorId: number, fields: CourseFields, now: Date): Promise<string> {
  const last = await CourseModel.findOne({}, { order: 1 }).sort({ order: -1 }).lean();
  const base = centerSlug('', fields.titleEn) || 'course';
  const set = stored(fields);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    try {
      await CourseModel.create({
        _id: id, order: (last?.order ?? 0) + 1, active: true,
        title: { ru: set['title.ru'], en: set['title.en'] }, short: { ru: set['short.ru'] }, description: { ru: set['description.ru'], en: set['description.en'] },
      });
    } catch (error) {
      if ((error as { code?: number }).code === 11000 && n < 99) continue;
      throw error;
    }
    invalidateCatalog();
    await audit({ actorId, action: 'course.create', target: `course:${id}` }, now);
    return id;
  }
}

/** Saves the fields that differ; their names (none: nothing changed), undefined when the course is gone. */
export async function updateCourse(actorId: number, id: string, fields: Partial<CourseFields>, now: Date): Promise<string[] | undefined> {
  const current = await getCourse(id);
  if (!current) return undefined;
  const changed = COURSE_FIELDS.filter((f) => fields[f] !== undefined && singleLine(fields[f]) !== current[f]);
  if (changed.length === 0) return [];
  await CourseModel.updateOne({ _id: id }, { $set: stored(Object.fromEntries(changed.map((f) => [f, fields[f]]))) });
  invalidateCatalog();
  await audit({ actorId, action: 'course.update', target: `course:${id}`, details: { fields: changed } }, now);
  return changed;
}

/** People waiting for the course (a seat offered to them counts: they still wait for a group). */
export async function countWaitingFor(courseId: string): Promise<{ all: number; withoutTelegram: number }> {
  const entries = await WaitlistEntryModel.find({ courseId, status: { $in: ['waiting', 'offered'] } }, { citizenId: 1 }).lean();
  return { all: entries.length, withoutTelegram: entries.filter((e) => typeof e.citizenId === 'number' && !hasTelegram(e.citizenId)).length };
}

/** Stopping a course and offering it again: course-state.ts (the flip, the people told, a cut-off change finished). */
export { finishCourseChanges, setCourseActive } from './course-state.js';

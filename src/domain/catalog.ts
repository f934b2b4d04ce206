import { CenterModel } from '../db/models/center.js';
import { CourseModel } from '../db/models/course.js';
import { formatPhone } from './phone.js';

export interface Center {
  id: string;
  name: string;
  town: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  hours: string;
  timeZone: string;
  /** English name, town, address and hours, where the coordinator entered them. */
  en: { name?: string; town?: string; address?: string; hours?: string };
  /** A hidden center's planned day to take people again ('YYYY-MM-DD'), when one was given. */
  reopensOn?: string;
  /** A new center's first day ('YYYY-MM-DD'), when it was added before it opens: its line takes people already (W34-10). */
  opensOn?: string;
}

export interface Course {
  id: string;
  title: { ru: string; en: string };
  /** One or two words for staff lists, where a line per group or call must stay short ("Основы", "Basics"). */
  short: { ru: string; en: string };
  description: { ru: string; en: string };
  /** Stopped: the day it is planned to be offered again ('YYYY-MM-DD'), when the coordinator gave one (walk34 W34-09). */
  resumesOn?: string;
}

/**
 * Centers and courses change a few times a year but are read on almost every
 * step of a conversation: keep them in memory for a minute. Admin edits call
 * invalidateCatalog() so this process sees them at once.
 */
const TTL_MS = 60_000;
let cached: { at: number; centers: Center[]; closedCenters: Center[]; staffCenters: StaffCenter[]; courses: Course[]; stoppedCourses: Course[] } | undefined;

export function invalidateCatalog(): void {
  cached = undefined;
}

async function load() {
  if (cached && Date.now() - cached.at < TTL_MS) return cached;
  const [centers, courses] = await Promise.all([
    CenterModel.find().sort({ town: 1, name: 1 }).lean(),
    CourseModel.find().sort({ order: 1 }).lean(),
  ]);
  const toCenter = ({ _id, name, town, address, latitude, longitude, phone, hours, timeZone, en, reopensOn, opensOn }: (typeof centers)[number]): Center => ({
    // A phone saved as typed before phones were normalised reads like every other center's.
    id: _id, name, town, address, latitude, longitude, phone: formatPhone(phone) ?? phone, hours, timeZone,
    en: { name: en?.name ?? undefined, town: en?.town ?? undefined, address: en?.address ?? undefined, hours: en?.hours ?? undefined },
    ...(reopensOn ? { reopensOn } : {}),
    ...(opensOn ? { opensOn } : {}),
  });
  const toCourse = ({ _id, title, short, description, active, resumesOn }: (typeof courses)[number]): Course => ({
    id: _id,
    title: { ru: title?.ru ?? _id, en: title?.en ?? _id },
    short: { ru: short?.ru || title?.ru || _id, en: short?.en || title?.en || _id },
    description: { ru: description?.ru ?? '', en: description?.en ?? '' },
    ...(!active && resumesOn ? { resumesOn } : {}),
  });
  cached = {
    at: Date.now(),
    centers: centers.filter((c) => c.active).map(toCenter),
    closedCenters: centers.filter((c) => !c.active).map(toCenter),
    staffCenters: centers.map((c) => ({ ...toCenter(c), hidden: !c.active })),
    courses: courses.filter((c) => c.active).map(toCourse),
    stoppedCourses: courses.filter((c) => !c.active).map(toCourse),
  };
  return cached;
}

/** Courses offered now: the ones to choose from (a coordinator may stop offering one: /courses). */
export async function listCourses(): Promise<Course[]> {
  return (await load()).courses;
}

/** Courses a coordinator stopped offering (/courses): named in a wish, they are said to be paused (walk36). */
export async function listStoppedCourses(): Promise<Course[]> {
  return (await load()).stoppedCourses;
}

/** Every course, stopped ones last (for counts and labels over past and present). */
export async function listEveryCourse(): Promise<Course[]> {
  const { courses, stoppedCourses } = await load();
  return [...courses, ...stoppedCourses];
}

export async function listCenters(): Promise<Center[]> {
  return (await load()).centers;
}

/** A center as staff see it: hidden from citizens («⏸ Скрыть от жителей») or not. */
export type StaffCenter = Center & { hidden: boolean };

/**
 * Every center in town order, hidden ones too: a hidden center is still a center for staff (W29-16, W29-17).
 * Its librarians still work there, its groups still meet, its people can still be written to.
 */
export async function listStaffCenters(): Promise<StaffCenter[]> {
  return (await load()).staffCenters;
}

/** Any course, a stopped one too: to name the course of an entry or a group (its people still wait or learn). */
export async function findCourse(id: string): Promise<Course | undefined> {
  return (await listEveryCourse()).find((c) => c.id === id);
}

/** A course offered now (one that takes new entries). */
export async function findOpenCourse(id: string): Promise<Course | undefined> {
  return (await listCourses()).find((c) => c.id === id);
}

/** An active center (one that takes new entries). */
export async function findCenter(id: string): Promise<Center | undefined> {
  return (await listCenters()).find((c) => c.id === id);
}

/**
 * Any center, deactivated ones too: to show the name and address of a center
 * a person's entry, group or lesson belongs to (a blank name otherwise).
 */
export async function describeCenter(id: string): Promise<Center | undefined> {
  const { centers, closedCenters } = await load();
  return centers.find((c) => c.id === id) ?? closedCenters.find((c) => c.id === id);
}

/** Every center, active or not (for labels that must tell centers of the same name apart). */
export async function listEveryCenter(): Promise<Center[]> {
  const { centers, closedCenters } = await load();
  return [...centers, ...closedCenters];
}

/** Towns that have an active center, alphabetically. */
export async function listTowns(): Promise<string[]> {
  return [...new Set((await listCenters()).map((c) => c.town))].sort((a, b) => a.localeCompare(b, 'ru'));
}

import { CenterModel } from '../db/models/center.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { invalidateCatalog, type Center } from './catalog.js';
import { formatPhone } from './phone.js';
import { singleLine } from './text.js';
import { tellWaitingOfClosedCenter, tellWaitingOfReopenedCenter } from './center-closure.js';
import { dropReopeningReminder, remindOfReopening, reopeningDay, type HideTerm } from './planned-reopening.js';

/** The editable fields of a center, in the order the add conversation asks them. */
export const CENTER_FIELDS = ['name', 'town', 'address', 'location', 'phone', 'hours', 'timeZone'] as const;
/** What /centers edit offers: the fields above, the English words English speakers read, and the day a new one opens. */
export const EDIT_FIELDS = [...CENTER_FIELDS, 'en', 'opensOn'] as const;
export type CenterField = (typeof EDIT_FIELDS)[number];
export const ENGLISH_PARTS = ['name', 'town', 'address', 'hours'] as const;

/** Everything about a center but its id (the same shape the catalog serves). */
export type CenterFields = Omit<Center, 'id'>;

const FIELD_KEYS: Array<keyof CenterFields> = ['name', 'town', 'address', 'latitude', 'longitude', 'phone', 'hours', 'timeZone', 'en', 'opensOn'];

export interface AdminCenter extends CenterFields {
  id: string;
  active: boolean;
}

export const TIME_ZONES = ['Asia/Novokuznetsk', 'Asia/Krasnoyarsk', 'Asia/Omsk', 'Europe/Moscow'] as const;
export const DEFAULT_TIME_ZONE = TIME_ZONES[0];

/** Slugs stay short so `ctr:<action>:<id>` fits the 64 bytes of callback data. */
const MAX_SLUG = 40;

type StoredEnglish = { name?: string | null; town?: string | null; address?: string | null; hours?: string | null } | null;

const toAdmin = (c: { _id: string; active: boolean; en?: StoredEnglish; reopensOn?: string | null; opensOn?: string | null } & Omit<CenterFields, 'en' | 'reopensOn' | 'opensOn'>): AdminCenter => ({
  id: c._id,
  name: c.name,
  town: c.town,
  address: c.address,
  latitude: c.latitude,
  longitude: c.longitude,
  phone: formatPhone(c.phone) ?? c.phone,
  hours: c.hours,
  timeZone: c.timeZone,
  en: { name: c.en?.name ?? undefined, town: c.en?.town ?? undefined, address: c.en?.address ?? undefined, hours: c.en?.hours ?? undefined },
  active: c.active,
  ...(c.reopensOn && !c.active ? { reopensOn: c.reopensOn } : {}),
  ...(c.opensOn ? { opensOn: c.opensOn } : {}),
});

/**
 * English speakers would read this center's name or hours in transliterated Russian ("pn-pt 9-18"): the
 * coordinator is reminded in /centers until they are added. Town and address read well transliterated.
 */
export const lacksEnglish = (c: AdminCenter): boolean => !c.en.name || !c.en.hours;

/** Every center, active or not (the citizens' catalog shows only active ones). */
export async function listAllCenters(): Promise<AdminCenter[]> {
  const centers = await CenterModel.find().lean();
  return centers.map(toAdmin).sort((a, b) => a.town.localeCompare(b.town, 'ru') || a.name.localeCompare(b.name, 'ru'));
}

export async function getCenter(id: string): Promise<AdminCenter | undefined> {
  const center = await CenterModel.findById(id).lean();
  return center ? toAdmin(center) : undefined;
}

/** Towns of every center, alphabetically: offered as buttons when adding one. */
export async function listAllTowns(): Promise<string[]> {
  return [...new Set((await listAllCenters()).map((c) => c.town))].sort((a, b) => a.localeCompare(b, 'ru'));
}

/** How many librarians a center has (none: its groups and calls fall to the coordinator). */
export async function librariansOf(centerId: string): Promise<number> {
  return StaffMemberModel.countDocuments({ centerIds: centerId });
}

export async function countWaiting(centerId: string): Promise<number> {
  return WaitlistEntryModel.countDocuments({ centerId, status: { $in: ['waiting', 'offered'] } });
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** "Кемерово" + "Библиотека «Лесная Поляна»" → "kemerovo-biblioteka-lesnaya-polyana" (≤ 36 characters, whole words). */
export function centerSlug(town: string, name: string): string {
  const latin = `${town} ${name}`
    .toLowerCase()
    .split('')
    .map((ch) => TRANSLIT[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = '';
  for (const word of latin.split('-')) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG - 4) break; // room for "-99"
    slug = next;
  }
  return slug || latin.slice(0, MAX_SLUG - 4) || 'center';
}

/** "55.35, 86.08" or "55,35 86,08" → a valid point, or undefined. */
export function parseCoordinates(text: string): { latitude: number; longitude: number } | undefined {
  const match = /^\s*(-?\d{1,3}(?:[.,]\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:[.,]\d+)?)\s*$/.exec(text);
  if (!match) return undefined;
  const [latitude, longitude] = [match[1]!, match[2]!].map((n) => Number(n.replace(',', '.')));
  return isValidPoint(latitude!, longitude!) ? { latitude: latitude!, longitude: longitude! } : undefined;
}

export function isValidPoint(latitude: number, longitude: number): boolean {
  return Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && !(latitude === 0 && longitude === 0);
}

/** Center details are shown to citizens on one line each: no line breaks or control characters. */
function oneLineTexts<T extends Partial<CenterFields>>(fields: T): T {
  const line = (v: unknown) => (typeof v === 'string' ? singleLine(v) : v);
  // A center's phone is stored in the one form every phone is shown in ("+7 3842 58-41-22"), however it was typed.
  const phone = (v: unknown) => (typeof v === 'string' ? (formatPhone(v) ?? singleLine(v)) : v);
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, k === 'en' && v ? Object.fromEntries(Object.entries(v as object).map(([p, t]) => [p, line(t)])) : k === 'phone' ? phone(v) : line(v)]),
  ) as T;
}

/** An English word must not be Cyrillic (it is what English speakers read instead). */
export function validateEnglishText(part: (typeof ENGLISH_PARTS)[number], text: string): string | undefined {
  return validateCenterText(part, text) ?? (/[\u0400-\u04FF]/.test(text) ? 'adm-ctr-en-cyrillic' : undefined);
}

/** An error locale key for a typed field, or undefined when it is fine. */
export function validateCenterText(field: 'name' | 'town' | 'address' | 'phone' | 'hours', text: string): string | undefined {
  const length = singleLine(text).length;
  if (field === 'phone') return formatPhone(text) ? undefined : 'adm-ctr-phone-invalid';
  const max = field === 'name' || field === 'town' ? 100 : 200;
  return length >= 2 && length <= max ? undefined : 'adm-ctr-text-invalid';
}

/** Creates the center under a fresh slug (-2, -3 … when taken); audited, catalog refreshed. */
export async function createCenter(actorId: number, typed: CenterFields, now: Date): Promise<string> {
  // «Уже работает» is no opening day ('' in the form).
  const { opensOn, ...rest } = oneLineTexts(typed);
  const fields = opensOn ? { ...rest, opensOn } : rest;
  const base = centerSlug(fields.town, fields.name);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    try {
      await CenterModel.create({ _id: id, ...fields, active: true });
    } catch (error) {
      // A taken slug (duplicate _id): try the next number.
      if ((error as { code?: number }).code === 11000 && n < 99) continue;
      throw error;
    }
    invalidateCatalog();
    await audit({ actorId, action: 'center.create', target: `center:${id}`, details: { fields: Object.keys(fields) } }, now);
    return id;
  }
}

/** Saves the fields that differ; returns their names (empty when nothing changed). An opening day '' («уже работает») is removed. */
export async function updateCenter(actorId: number, id: string, typed: Partial<CenterFields>, now: Date): Promise<string[] | undefined> {
  const changes = oneLineTexts(typed);
  const current = await getCenter(id);
  if (!current) return undefined;
  const blank = (v: unknown) => (v === '' ? undefined : v);
  const same = (a: unknown, b: unknown) => JSON.stringify(blank(a)) === JSON.stringify(blank(b));
  const changed = FIELD_KEYS.filter((k) => changes[k] !== undefined && !same(changes[k], current[k]));
  if (changed.length === 0) return [];
  const unset = changed.filter((k) => changes[k] === '');
  const set = changed.filter((k) => changes[k] !== '');
  await CenterModel.updateOne({ _id: id }, {
    ...(set.length ? { $set: Object.fromEntries(set.map((k) => [k, changes[k]])) } : {}),
    ...(unset.length ? { $unset: Object.fromEntries(unset.map((k) => [k, 1])) } : {}),
  });
  invalidateCatalog();
  await audit({ actorId, action: 'center.update', target: `center:${id}`, details: { fields: changed } }, now);
  return changed;
}

/**
 * Hides a center from citizens (or shows it again): a hidden center takes no
 * new entries, and the people waiting there are told and offered another
 * center (`told` counts them). Their entries stay as they are until they
 * choose, so reactivating brings the same line back, and those told it closed
 * are told it is open again. Hidden for a term, the center keeps the day it
 * plans to take people again (planned-reopening.ts): the people waiting hear
 * it, and the coordinator is reminded that day.
 */
export async function setCenterActive(actorId: number, id: string, active: boolean, now: Date, term: HideTerm | { until: string } = 'unknown'): Promise<{ told: number } | false> {
  const before = await CenterModel.findById(id, { timeZone: 1 }).lean();
  const reopensOn = active || !before ? undefined : reopeningDay(term, now, before.timeZone);
  const change = active || !reopensOn ? { $set: { active }, $unset: { reopensOn: 1 } } : { $set: { active, reopensOn } };
  const center = await CenterModel.findOneAndUpdate({ _id: id, active: !active }, change, { returnDocument: 'after' }).lean();
  if (!center) return false;
  invalidateCatalog();
  await audit({ actorId, action: active ? 'center.reactivate' : 'center.deactivate', target: `center:${id}`, ...(reopensOn ? { details: { reopensOn } } : {}) }, now);
  if (active) {
    await dropReopeningReminder(id);
    return { told: await tellWaitingOfReopenedCenter(id, now, now, actorId) };
  }
  if (reopensOn) await remindOfReopening(toAdmin(center), reopensOn, actorId, now);
  return { told: await tellWaitingOfClosedCenter({ id, name: center.name, ...(reopensOn ? { reopensOn } : {}) }, now, now, actorId) };
}

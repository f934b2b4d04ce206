import { AuditEntryModel } from '../db/models/audit-entry.js';
import { audit } from './audit.js';
import { compareDates, localToday, parseIsoDate, sayDate, toLocal, type LocalDate } from './time.js';

/**
 * The days a center was closed through /change → «Все группы центра» (walk31 W31-17): kept as the audit record of
 * that closing, so that /newclass can say a new group's lesson falls on them (the closing itself only cancelled the
 * lessons of the groups open then).
 */
const ACTION = 'center.close-days';

export async function recordClosedDays(actorId: number, centerId: string, from: string, to: string, now: Date, changeId: string): Promise<void> {
  await audit({ actorId, action: ACTION, target: `center:${centerId}`, details: { from, to, changeId } }, now);
}

/** The days of the closings behind these call lists ('YYYY-MM-DD'), by list id (walk31 W31-13: the /calls button says them). */
export async function closedDaysOfLists(listIds: string[]): Promise<Map<string, { from: string; to: string }>> {
  if (listIds.length === 0) return new Map();
  const found = await AuditEntryModel.find({ action: ACTION, 'details.changeId': { $in: listIds } }, { details: 1 }).lean();
  return new Map(found.map((e) => e.details as { from: string; to: string; changeId: string }).map((d) => [d.changeId, { from: d.from, to: d.to }]));
}

export type ClosedDaysHit = { from: string; to: string; dates: string[] };

/** The closings of the center still ahead that some of these lessons fall on ('YYYY-MM-DD' days), with those lessons' dates said in `locale`. */
export async function lessonsOnClosedDays(centerId: string, starts: Date[], timeZone: string, now: Date, locale: string): Promise<ClosedDaysHit[]> {
  const today = localToday(now, timeZone);
  const closings = await AuditEntryModel.find({ action: ACTION, target: `center:${centerId}` }, { details: 1 }).sort({ at: 1 }).lean();
  const hits: ClosedDaysHit[] = [];
  for (const closing of closings) {
    const details = closing.details as { from?: string; to?: string } | undefined;
    const [from, to] = [parseIsoDate(details?.from ?? ''), parseIsoDate(details?.to ?? '')];
    if (!from || !to || compareDates(to, today) < 0) continue;
    const within = (day: LocalDate) => compareDates(day, from) >= 0 && compareDates(day, to) <= 0;
    const dates = [...new Set(starts.map((s) => toLocal(s, timeZone)).filter(within).map((d) => sayDate(d, locale)))];
    if (dates.length > 0) hits.push({ from: details!.from!, to: details!.to!, dates });
  }
  return hits;
}

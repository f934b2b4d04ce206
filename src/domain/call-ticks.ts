import { CallTaskModel } from '../db/models/call-task.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import type { Locale } from '../notify/notifier.js';
import { describeCenter } from './catalog.js';
import { singleLine } from './text.js';
import { clockTime, compareDates, localToday, sayDate } from './time.js';

/** Who ticked a call on a list, and when: "Марина", "03:25" (or "2 декабря, 03:25" on another day), in the center's zone. */
export interface CallTick {
  byId?: number;
  /** Empty when nobody's name is known (ticked by a flow of a coordinator who is no staff member). */
  by: string;
  at: string;
}

/**
 * The ticks of these call tasks (walk28 W28-10: a list said nothing of who called; a colleague's tick was undone
 * by one tap, silently). The name stored with the tick, else the staff member's display name.
 */
export async function callTicks(taskIds: string[], now: Date, language: Locale): Promise<Record<string, CallTick>> {
  const ids = taskIds.filter((id) => /^[0-9a-f]{24}$/.test(id));
  if (ids.length === 0) return {};
  const tasks = await CallTaskModel.find({ _id: { $in: ids }, done: true }, { doneBy: 1, doneAt: 1, doneByName: 1, centerId: 1 }).lean();
  const unnamed = tasks.filter((t) => !t.doneByName && typeof t.doneBy === 'number').map((t) => t.doneBy!);
  const staff = unnamed.length ? await StaffMemberModel.find({ _id: { $in: [...new Set(unnamed)] } }, { displayName: 1 }).lean() : [];
  const nameOf = new Map(staff.map((s) => [s._id, s.displayName]));
  const ticks: Record<string, CallTick> = {};
  for (const t of tasks) {
    if (!t.doneAt) continue;
    const zone = (t.centerId ? (await describeCenter(t.centerId))?.timeZone : undefined) ?? 'Asia/Novokuznetsk';
    const day = localToday(t.doneAt, zone);
    const time = clockTime(t.doneAt, zone);
    const at = compareDates(day, localToday(now, zone)) === 0 ? time : `${sayDate(day, language)}, ${time}`;
    const by = singleLine(t.doneByName ?? (typeof t.doneBy === 'number' ? nameOf.get(t.doneBy) : undefined) ?? '');
    ticks[String(t._id)] = { ...(typeof t.doneBy === 'number' ? { byId: t.doneBy } : {}), by, at };
  }
  return ticks;
}

/**
 * After a ticked line, its state in words and who ticked it: " — позвонили (Марина, 03:25)"; " — позвонили (03:25)"
 * when the name is not known, " — позвонили" when the tick is not (a «✓» alone is read out as «галочка», walk31 W31-04).
 */
export const tickSuffix = (state: string, tick: CallTick | undefined) => ` — ${state}${tick ? ` (${tick.by ? `${tick.by}, ` : ''}${tick.at})` : ''}`;

import { CallTaskModel } from '../db/models/call-task.js';
import { existingKeys } from '../outbox/index.js';
import { callCardKey } from './call-tasks.js';
import { describeCenter } from './catalog.js';
import { isObjectId } from './ids.js';
import { singleLine } from './text.js';
import { toLocal } from './time.js';

/** A card opened by a colleague this recently is said to be in hand (walk29 W29-07). */
export const OPENED_RECENTLY_MS = 10 * 60 * 1000;

/**
 * A staff member opens an open seat-offer call's card (/calls «Ответить: …», or /find). When a colleague opened it in
 * the last ten minutes, that colleague's name and the time (HH:MM at the call's center) are returned, for the top of
 * the card: she may be phoning the person already. Otherwise this opening is recorded (who, when) for the next
 * colleague. The first opener keeps the card for those ten minutes (a colleague who only looked does not take it
 * over); her own opening again starts them anew. A closed call records nothing (its record was unset on closing).
 */
export async function openCallCard(taskId: string, staff: { id: number; name: string }, now: Date): Promise<{ by: string; at: string } | undefined> {
  if (!isObjectId(taskId)) return undefined;
  const stale = new Date(now.getTime() - OPENED_RECENTLY_MS);
  const taken = await CallTaskModel.updateOne(
    { _id: taskId, status: 'open', $or: [{ openedAt: { $exists: false } }, { openedBy: staff.id }, { openedAt: { $lte: stale } }] },
    { $set: { openedBy: staff.id, openedByName: singleLine(staff.name).slice(0, 100), openedAt: now } },
  );
  if (taken.matchedCount > 0) return undefined;
  const task = await CallTaskModel.findOne({ _id: taskId, status: 'open' }, { centerId: 1, openedBy: 1, openedByName: 1, openedAt: 1 }).lean();
  if (!task?.openedAt || !task.openedByName || task.openedBy === staff.id || task.openedAt <= stale) return undefined;
  const center = await describeCenter(task.centerId);
  const local = toLocal(task.openedAt, center?.timeZone ?? 'Asia/Novokuznetsk');
  return { by: task.openedByName, at: `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}` };
}

/**
 * Of these offer calls, those whose card the outbox brings to this staff member (she is one of the center's callers):
 * /add shows her only the others, so one card reaches her once (walk34 W34-01: two cards, the outbox's and /add's).
 */
export async function cardsOnTheirWay(taskIds: string[], staffId: number): Promise<Set<string>> {
  const queued = await existingKeys(taskIds.map((id) => callCardKey(id, staffId)));
  return new Set(taskIds.filter((id) => queued.has(callCardKey(id, staffId))));
}

import { LessonModel } from '../db/models/lesson.js';
import { activeKeyOf, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { moveMissedMarks } from './missed-marks.js';

/**
 * Moves a person's entries, attendance and absence marks from one citizen id to another, as linking a desk record to
 * Telegram does (link-telegram.ts) and unlinking undoes (unlink-telegram.ts). The entries go one by one (a repeat
 * after a crash finds none left); the active key follows the id, her place (joinedAt) stays. Call tasks, staff
 * messages and screens are the caller's: linking closes the librarians' calls (editing their cards) before the
 * messages about her move. The ids of the entries it moved, for the audit.
 */
export async function moveEntriesAndAttendance(fromId: number, toId: number): Promise<string[]> {
  const entries = await WaitlistEntryModel.find({ citizenId: fromId }).lean();
  for (const e of entries) {
    await WaitlistEntryModel.updateOne(
      { _id: e._id, citizenId: fromId },
      { $set: { citizenId: toId, ...(e.activeKey ? { activeKey: activeKeyOf(toId, e.courseId) } : {}) } },
    );
  }
  await LessonModel.updateMany({ attendedIds: fromId }, { $addToSet: { attendedIds: toId } });
  await LessonModel.updateMany({ attendedIds: fromId }, { $pull: { attendedIds: fromId } });
  await moveMissedMarks(fromId, toId);
  return entries.map((e) => String(e._id));
}

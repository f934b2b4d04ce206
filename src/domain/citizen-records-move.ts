import { LessonModel } from '../db/models/lesson.js';
import { activeKeyOf, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { moveMissedMarks } from './missed-marks.js';

/**
 * Moves a person's entries, attendance and absence marks from one citizen id to another, as linking a desk record to
 * Telegram does (link-telegram.ts) and unlinking undoes (unlink-telegram.ts). The entries go one by one (a repeat
 * after a crash finds none left); the active key follows the id, her place (joinedAt) stays. Call tasks, staff
 * messages and screens are the caller's: linking closes the librarians' calls (editing their cards) before the
 * messages about her move. `keepOwn` (unlinking): the account's own entries from before the link (`ownBeforeLink`) stay,
 * with the marks in their groups' lessons: only what the link brought goes back (probe40 L2). The ids of the entries it
 * moved, for the audit.
 */
export async function moveEntriesAndAttendance(fromId: number, toId: number, { keepOwn = false } = {}): Promise<string[]> {
  const all = await WaitlistEntryModel.find({ citizenId: fromId }).lean();
  const entries = keepOwn ? all.filter((e) => !e.ownBeforeLink) : all;
  for (const e of entries) {
    await WaitlistEntryModel.updateOne(
      { _id: e._id, citizenId: fromId },
      { $set: { citizenId: toId, ...(e.activeKey ? { activeKey: activeKeyOf(toId, e.courseId) } : {}) } },
    );
  }
  // His own groups' lessons keep his marks (a repeat after a crash still finds his entries there, so the same lessons).
  const ownGroups = all.flatMap((e) => (!entries.includes(e) && e.groupId ? [e.groupId] : []));
  const lessons = ownGroups.length > 0 ? { groupId: { $nin: ownGroups } } : {};
  await LessonModel.updateMany({ attendedIds: fromId, ...lessons }, { $addToSet: { attendedIds: toId } });
  await LessonModel.updateMany({ attendedIds: fromId, ...lessons }, { $pull: { attendedIds: fromId } });
  await moveMissedMarks(fromId, toId, lessons);
  return entries.map((e) => String(e._id));
}

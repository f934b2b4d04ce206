import { randomInt } from 'node:crypto';
import { LessonModel } from '../db/models/lesson.js';

/**
 * A lesson's `missedIds`: who was marked absent, kept when they leave the group later (walk30 W30-13). Like
 * `attendedIds`, they follow a person whose record moves to another id, and lose the id of a person who is forgotten.
 */

/** A record moved to another id (Telegram linked, a desk card joined to a record): the marks go with it (`lessons`: only in these). */
export async function moveMissedMarks(fromId: number, toId: number, lessons: object = {}): Promise<void> {
  await LessonModel.updateMany({ missedIds: fromId, ...lessons }, { $addToSet: { missedIds: toId } });
  await LessonModel.updateMany({ missedIds: fromId, ...lessons }, { $pull: { missedIds: fromId } });
}

/**
 * /forget: each absence mark stays, under the entry's anonymous id in a group she is still in (`anonymousIds`, by
 * group: the stats roster counts that id), else under a new random negative one. One write per lesson: safe to repeat.
 */
export async function forgetMissedMarks(citizenId: number, anonymousIds: ReadonlyMap<string, number>): Promise<void> {
  for (const lesson of await LessonModel.find({ missedIds: citizenId }, { groupId: 1, missedIds: 1 }).lean()) {
    const anonymous = anonymousIds.get(String(lesson.groupId)) ?? -randomInt(1, 2 ** 47);
    const missedIds = [...new Set(lesson.missedIds.map((id) => (id === citizenId ? anonymous : id)))];
    await LessonModel.updateOne({ _id: lesson._id, missedIds: citizenId }, { $set: { missedIds } });
  }
}

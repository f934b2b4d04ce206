import { CitizenModel } from '../db/models/citizen.js';
import { CourseModel } from '../db/models/course.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue, type OutboxItem } from '../outbox/index.js';
import { defineCallbackData, OBJECT_ID } from './callback-data.js';
import { centerTitleOf } from './center-names.js';

/** The notice's buttons, with the entry's id: move to another center, or leave (src/bot/features/waitlist.ts). */
export const closedCenterData = defineCallbackData('wl', ['move', 'leave'], OBJECT_ID);

/**
 * A center stopped taking people: everyone waiting there is told, in their
 * own language, and offered another center (their join time, and so their
 * fairness, moves with them) or to leave the list. The buttons are the same
 * as under "My place in line". One message per entry per closing: the key
 * holds the moment of this closing, so closing again after a reopening tells
 * them again, while a repeated call tells nobody twice.
 */
export async function tellWaitingOfClosedCenter(center: { id: string; name: string }, closedAt: Date, now: Date): Promise<number> {
  const entries = await WaitlistEntryModel.find({ centerId: center.id, status: 'waiting' }, { citizenId: 1, courseId: 1 }).lean();
  const citizenIds = entries.map((e) => e.citizenId).filter((id): id is number => typeof id === 'number');
  if (citizenIds.length === 0) return 0;
  const [citizens, courses] = await Promise.all([
    CitizenModel.find({ _id: { $in: citizenIds } }, { language: 1 }).lean(),
    CourseModel.find({}, { title: 1 }).lean(),
  ]);
  const languageOf = new Map(citizens.map((c) => [c._id, c.language === 'en' ? 'en' : 'ru'] as const));
  // Its name as the citizen knows it (with the town where names repeat), in their language.
  const titles = { ru: await centerTitleOf(center.id, 'ru'), en: await centerTitleOf(center.id, 'en') };
  const titleOf = (courseId: string, language: 'ru' | 'en') => courses.find((c) => c._id === courseId)?.title?.[language] ?? courseId;
  const items: OutboxItem[] = entries.flatMap((entry) => {
    if (typeof entry.citizenId !== 'number') return [];
    const entryId = String(entry._id);
    const language = languageOf.get(entry.citizenId) ?? 'ru';
    return [
      {
        key: `center-closed:${entryId}:${closedAt.getTime()}`,
        citizenId: entry.citizenId,
        priority: 'personal',
        message: {
          text: { key: 'center-closed-notice', vars: { center: titles[language], course: titleOf(entry.courseId, language) } },
          buttons: [
            [{ text: { key: 'center-closed-move' }, data: closedCenterData.pack('move', entryId) }],
            [{ text: { key: 'center-closed-leave' }, data: closedCenterData.pack('leave', entryId) }],
          ],
        },
      },
    ];
  });
  return (await enqueue(items, now)).added;
}

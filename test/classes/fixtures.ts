import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createGroup, type NewGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import type { TestBot } from '../helpers/test-bot.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { testOffers } from '../helpers/test-bot.js';

/** A group created directly (tests not about /newclass), its seats offered at `now`. */
export async function groupWithOffers(now: Date, overrides: Partial<NewGroup> & { actorId?: number } = {}) {
  const { actorId = 900, ...rest } = overrides;
  const id = await createGroup(
    actorId,
    {
      courseId: 'basics',
      centerId: 'kemerovo-regional',
      room: 'Зал 1',
      capacity: 2,
      lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
      durationMinutes: 90,
      ...rest,
    },
    now,
  );
  const offered = await offerFreeSeats(id, now, testOffers());
  return { id, offered };
}

/** The lines, groups and offers of a seat-offer test gone (the sample catalog stays): each test starts from none. */
export async function clearOffers(): Promise<void> {
  await Promise.all([WaitlistEntryModel.deleteMany({}), ClassGroupModel.deleteMany({}), LessonModel.deleteMany({}), SeatOfferModel.deleteMany({}), DeliveryModel.deleteMany({})]);
}

/** 1 October … : the day the n-th person of `waiting` joined. */
export const joinDay = (n: number) => new Date(Date.UTC(2026, 9, n, 3));

/** These people waiting at Kemerovo for basics, the first joined earliest; their chats. */
export async function waiting(t: TestBot, ids: number[]) {
  for (const [i, id] of ids.entries()) await addToWaitlist(id, { at: joinDay(i + 1) });
  return ids.map((id) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }));
}

/** A citizen's (one) entry's status. */
export const statusOf = async (citizenId: number) => (await WaitlistEntryModel.findOne({ citizenId }).lean())?.status;

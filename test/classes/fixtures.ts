import { createGroup, type NewGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';

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
  const offered = await offerFreeSeats(id, now, { ttlHours: 48 });
  return { id, offered };
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { forgetCitizen } from '../../src/domain/citizens.js';
import { buildSnapshot } from '../../src/domain/stats.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { runCallListJob } from '../../src/jobs/calls/index.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { deliverAll } from '../helpers/outbox.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { librarian, paperPerson } from './fixtures.js';

describe('forget', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('forgetting a person without Telegram', () => {
    it('deletes their call tasks and empties the call lists and call-task messages that named them', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')) }); // 16:00 in Kemerovo
      await librarian(7001, 'Анна Петровна');
      const zoya = -(2 ** 49 + 31);
      const pavel = -(2 ** 49 + 32);
      const identifiers = { telegramId: zoya, names: ['Зоя', 'Кравцова'], phone: '+79135550011' };
      // Zoya is enrolled with a lesson tomorrow (daily list); Pavel, on the same list, stays.
      const entryId = await paperPerson(zoya, { name: 'Зоя Кравцова', phone: identifiers.phone, joinedAt: new Date('2026-10-01T03:00:00Z') });
      await paperPerson(pavel, { name: 'Павел Орлов', phone: '+79135550022', joinedAt: new Date('2026-10-02T03:00:00Z') });
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 1', capacity: 3, lessonStarts: [new Date('2026-12-01T03:00:00Z')], durationMinutes: 90 }, t.clock.now());
      await WaitlistEntryModel.updateMany({}, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId) } });
      await ClassGroupModel.updateOne({ _id: groupId }, { $set: { enrolledCount: 2, freeSeats: 1 } });
      expect(await runCallListJob(t.deps)).toMatchObject({ lists: 1, calls: 2 });
      // And she is offered a seat in a later group (a call task).
      await WaitlistEntryModel.create({ citizenId: zoya, courseId: 'internet', centerId: 'kemerovo-regional', timeOfDay: 'any', status: 'waiting', activeKey: `${zoya}:internet`, joinedAt: new Date('2026-10-05T03:00:00Z') });
      const later = await createGroup(900, { courseId: 'internet', centerId: 'kemerovo-regional', room: 'Зал 2', capacity: 1, lessonStarts: [new Date('2026-12-10T03:00:00Z')], durationMinutes: 90 }, t.clock.now());
      expect(await offerFreeSeats(later, t.clock.now(), testOffers())).toBe(1);
      await deliverAll(t);
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      expect(anna.textsSince(0).join('\n')).toContain('Зоя Кравцова');
      expect(await CallTaskModel.countDocuments({ citizenId: zoya })).toBe(1);

      expect(await forgetCitizen(zoya, t.clock.now(), testOffers())).toBe(true);
      expect(await findPersonalData(identifiers)).toEqual([]);
      expect(await CallTaskModel.countDocuments({ citizenId: zoya })).toBe(0);
      // The offer made by phone stays as an anonymous row: the statistics still count it.
      expect(await CallTaskModel.countDocuments({ kind: 'offer', citizenId: { $exists: false } })).toBe(1);
      expect((await buildSnapshot(t.clock.now())).centers['kemerovo-regional']!.offersMade).toBe(1);
      expect((await WaitlistEntryModel.findById(entryId).lean())!.citizenId).toBeUndefined(); // an anonymous row for the statistics
      // Pavel's own data is untouched elsewhere; the list that named both lost its text (it is one message).
      expect(await DeliveryModel.countDocuments({ key: /^calllist:/ })).toBe(1);
      // In the librarian's chat, the call card and the list that named her are edited: her name and phone are gone there too.
      await deliverAll(t);
      expect(anna.textsSince(0).filter((text) => /Зоя|Кравцова|555-?00-?11/.test(text))).toEqual([]);
      expect(anna.textsSince(0)).toEqual(
        expect.arrayContaining(['Сообщение удалено: человек попросил удалить свои данные.', expect.stringMatching(/^Список звонков изменился/)]),
      );
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { audit } from '../../src/domain/audit.js';
import { createGroup } from '../../src/domain/classes.js';
import { backfillLineCenters } from '../../src/domain/line-center.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('line-center-backfill', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T12:35:00Z');
  const REGISTERED = new Date('2026-11-20T03:00:00Z');
  const ENROLLED = new Date('2026-11-28T03:00:00Z');

  /** The state an entry seated at another center was left in before `lineCenterId` (probe s23 M6 .. probe25 M6). */
  async function seatedTheOldWay(entryId: string, groupId: Types.ObjectId, groupCenter: string) {
    await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId, centerId: groupCenter, enrolledAt: ENROLLED } });
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { freeSeats: -1, enrolledCount: 1 } });
  }

  /** Closing notes s22: entries moved to a partner's group before `lineCenterId` existed could not go back to their own center. */
  describe('line centers recovered from the audit log', () => {
    it('a desk-registered person seated at another center goes back to the center the audit says; others are not guessed; a second run changes nothing', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await librarian(7901, 'Ольга', ['kiselyovsk-central']);
      const groupId = new Types.ObjectId(await createGroup(7901, {
        courseId: 'gosuslugi', centerId: 'kiselyovsk-central', room: 'Зал 3', capacity: 6, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-02T10:00:00Z'), new Date('2026-12-04T10:00:00Z')], closedFor: { partnerId: new Types.ObjectId().toHexString(), requestId: new Types.ObjectId().toHexString() },
      }, NOW));
      // Registered at the desk in Берёзовский, seated in Киселёвск the old way.
      const vera = await paperPerson(-(2 ** 49 + 7911), { name: 'Бумажная Вера', phone: '+79135557911', joinedAt: REGISTERED, courseId: 'gosuslugi', centerId: 'berezovsky-central' });
      await audit({ actorId: 7999, action: 'waitlist.add-by-staff', target: `entry:${vera}`, details: { centerId: 'berezovsky-central', courseId: 'gosuslugi', newPerson: true } }, REGISTERED);
      await seatedTheOldWay(vera, groupId, 'kiselyovsk-central');
      // Registered in Берёзовский, moved by staff to Осинники, then seated in Киселёвск: Осинники.
      const lev = await paperPerson(-(2 ** 49 + 7912), { name: 'Бумажный Лев', phone: '+79135557912', joinedAt: REGISTERED, courseId: 'gosuslugi', centerId: 'berezovsky-central' });
      await audit({ actorId: 7999, action: 'waitlist.add-by-staff', target: `entry:${lev}`, details: { centerId: 'berezovsky-central', courseId: 'gosuslugi', newPerson: true } }, REGISTERED);
      await audit({ actorId: 7999, action: 'waitlist.move-by-staff', target: `entry:${lev}`, details: { from: 'berezovsky-central', to: 'osinniki-central', telegram: false } }, new Date('2026-11-22T03:00:00Z'));
      await seatedTheOldWay(lev, groupId, 'kiselyovsk-central');
      // Registered at the group's own center: nothing to recover.
      const zoya = await paperPerson(-(2 ** 49 + 7913), { name: 'Бумажная Зоя', phone: '+79135557913', joinedAt: REGISTERED, courseId: 'gosuslugi', centerId: 'kiselyovsk-central' });
      await audit({ actorId: 7999, action: 'waitlist.add-by-staff', target: `entry:${zoya}`, details: { centerId: 'kiselyovsk-central', courseId: 'gosuslugi', newPerson: true } }, REGISTERED);
      await seatedTheOldWay(zoya, groupId, 'kiselyovsk-central');
      // Imported (no audit per entry) and a Telegram citizen (may have moved herself): not guessed.
      const imported = await paperPerson(-(2 ** 49 + 7914), { name: 'Бумажный Иван', phone: '+79135557914', joinedAt: REGISTERED, courseId: 'gosuslugi', centerId: 'berezovsky-central' });
      await seatedTheOldWay(imported, groupId, 'kiselyovsk-central');
      const telegram = (await addToWaitlist(7915, { at: REGISTERED, courseId: 'gosuslugi', centerId: 'berezovsky-central' })).entry.id;
      await audit({ actorId: 7999, action: 'waitlist.add-by-staff', target: `entry:${telegram}`, details: { centerId: 'berezovsky-central', courseId: 'gosuslugi', newPerson: true } }, REGISTERED);
      await seatedTheOldWay(telegram, groupId, 'kiselyovsk-central');

      expect(await backfillLineCenters()).toBe(2);
      const lineOf = async (id: string) => (await WaitlistEntryModel.findById(id).lean())?.lineCenterId;
      expect(await lineOf(vera)).toBe('berezovsky-central');
      expect(await lineOf(lev)).toBe('osinniki-central');
      for (const id of [zoya, imported, telegram]) expect(await lineOf(id)).toBeUndefined();
      expect(await backfillLineCenters()).toBe(0);

      // The group is cancelled: Вера and Лев are back in line where they waited, the others stay at the group's center.
      const olga = t.user({ id: 7901, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/change');
      if (!olga.buttonLabels().includes('Отменить всю группу')) await olga.press(/Госуслуги/);
      await olga.press('Отменить всю группу');
      await olga.press('✓ Подтвердить');
      const centerOf = async (id: string) => (await WaitlistEntryModel.findById(id).lean())?.centerId;
      expect(await WaitlistEntryModel.findById(vera).lean()).toMatchObject({ status: 'waiting', centerId: 'berezovsky-central' });
      expect(await centerOf(lev)).toBe('osinniki-central');
      expect(await centerOf(zoya)).toBe('kiselyovsk-central');
      expect(t.errors).toEqual([]);
    });
  });
});

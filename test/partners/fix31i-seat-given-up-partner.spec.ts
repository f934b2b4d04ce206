import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { deliverAll } from '../helpers/outbox.js';
import { seedSampleData } from '../../src/db/seed.js';
import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { groupWithParticipants } from '../reminders/fixtures.js';
import { partnerWithLink } from './fixtures.js';

describe('fix31i-seat-given-up-partner', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  /** A group (lessons on 1 and 3 December, coordinator 900 its librarian) with this partner's person in it. */
  async function partnersPersonInGroup(t: TestBot, citizenId: number, repId: number) {
    const partner = await partnerWithLink({ centerIds: ['novokuznetsk-central'] }, repId);
    const { entryIds } = await groupWithParticipants(t.clock.now(), [{ id: citizenId }]);
    await WaitlistEntryModel.updateOne({ _id: entryIds[0] }, { $set: { partnerId: new Types.ObjectId(partner.id) } });
  }

  async function giveUpFromMyPlace(t: TestBot, citizenId: number, leave: string) {
    const person = t.user({ id: citizenId, first_name: 'Иван', language_code: 'ru' });
    await person.text('🔢 Моё место в очереди');
    await person.press('Отказаться от места: Основы компьютерной грамотности');
    const asked = person.lastText();
    await person.press(leave);
    await deliverAll(t);
    return asked;
  }

  describe('a partner\'s person gives up her seat (task31 fix I, walk31 W31-15)', () => {
    it('fix31i W31-15: in a group that takes nobody new, «Отказаться от места?» says the seat stays free, and the partner is told', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await partnersPersonInGroup(t, 3411, 9511);
      // The first of its two lessons has begun: a newcomer would miss half the course (joining-lesson.ts).
      t.clock.current = new Date('2026-12-02T03:00:00Z');
      const asked = await giveUpFromMyPlace(t, 3411, 'Освободить и выйти из очереди');
      expect(asked).toBe('Отказаться от места в группе «Основы компьютерной грамотности»? Группа уже не принимает новых людей, поэтому место останется свободным.');
      expect(t.telegram.messagesTo(9511).map((m) => m.text)).toEqual([
        '📌 Участник 3411 отказывается от места в группе «Основы компьютерной грамотности» и выходит из очереди. Группа уже не принимает новых людей. Новую группу можно попросить командой /request.',
      ]);
      expect(t.errors).toEqual([]);
    });

    it('fix31i W31-15: a group that takes newcomers, nobody of hers in line: the question says the seat stays free for now (walk34 W34-15); the partner (in English) hears she stays in line', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await partnersPersonInGroup(t, 3412, 9512);
      await PartnerRepresentativeModel.updateOne({ _id: 9512 }, { $set: { language: 'en' } });
      const asked = await giveUpFromMyPlace(t, 3412, 'Освободить, остаться в очереди');
      expect(asked).toBe('Отказаться от места в группе «Основы компьютерной грамотности»? Сейчас в очереди на него никого нет: место пока останется свободным.');
      expect(t.telegram.messagesTo(9512).map((m) => m.text)).toEqual([
        '📌 Участник 3412 gave up the seat in the “Basic computer literacy” group and stays on the waiting list.',
      ]);
      expect(t.errors).toEqual([]);
    });
  });
});

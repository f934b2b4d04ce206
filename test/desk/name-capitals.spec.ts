import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('name-capitals', () => {
  /**
   * A name typed all in small letters (or all in capitals) is written as a name, in /add and in the join, as /import
   * writes it (fix31e): librarians read it out on calls and rosters. A name with capitals and small letters is kept.
   */
  const NOW = new Date('2026-11-30T05:00:00Z');
  const LIBRARIAN = 3711;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Анна', centerIds: ['mariinsk-central'], addedBy: 900 });
  });
  afterAll(() => done());

  describe('names typed in small letters', () => {
    it('/add writes «кулешова зинаида ивановна» as «Кулешова Зинаида Ивановна»', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('кулешова зинаида ивановна');
      await anna.text('8 913 371-10-01');
      await anna.press('Основы компьютерной грамотности');
      await anna.press('Утром');
      expect(anna.lastText()).toContain('Имя: Кулешова Зинаида Ивановна');
      await anna.press('✓ Записать в очередь');
      expect(await CitizenModel.findOne({ phone: '+79133711001' }).lean()).toMatchObject({ name: 'Кулешова Зинаида Ивановна' });
      expect(t.errors).toEqual([]);
    });

    it('the join writes a Telegram name «мамедов али оглы» as «Мамедов Али оглы», and «Анна-Мария ван Дейк» as it is', async () => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      const ali = t.user({ id: 3721, first_name: 'мамедов али оглы', language_code: 'ru' });
      await ali.text('/start');
      await joinWaitlist(ali, { town: 'Мариинск' });
      expect(await WaitlistEntryModel.findOne({ citizenId: 3721 }).lean()).toBeTruthy();
      expect(await CitizenModel.findById(3721).lean()).toMatchObject({ name: 'Мамедов Али оглы' });
      const anna = t.user({ id: 3722, first_name: 'Анна-Мария ван Дейк', language_code: 'ru' });
      await anna.text('/start');
      await joinWaitlist(anna, { town: 'Мариинск' });
      expect(await CitizenModel.findById(3722).lean()).toMatchObject({ name: 'Анна-Мария ван Дейк' });
      expect(t.errors).toEqual([]);
    });
  });
});

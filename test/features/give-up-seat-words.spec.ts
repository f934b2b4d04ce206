import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

describe('give-up-seat-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const RELEASE = 'Отказаться от места: Основы компьютерной грамотности';
  const KEPT = 'Хорошо, место остаётся за вами.';

  /** Walk s22 W22-32: a screen-reader user types his answers, and a passing notice may never be read to him. */
  describe('"Отказаться от места в группе?" answered in words', () => {
    it('"нет" or "остаться в группе" typed keeps the seat, said as a message; "да" gives nothing away', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')) });
      const { entryIds } = await groupWithParticipants(t.clock.now(), [{ id: 9621 }], { centerId: 'osinniki-central' });
      const petr = t.user({ id: 9621, first_name: 'Пётр', language_code: 'ru' });
      const enrolled = async () => expect(await WaitlistEntryModel.findById(entryIds[0]).lean()).toMatchObject({ status: 'enrolled' });
      for (const typed of ['нет', 'Остаться в группе', 'нет, остаться в группе']) {
        await petr.text('🔢 Моё место в очереди');
        await petr.press(RELEASE);
        const question = petr.messages().at(-1)!;
        await petr.text(typed);
        expect(petr.lastText()).toBe(KEPT);
        // The question answered loses its buttons.
        expect(petr.messages().find((m) => m.message_id === question.message_id)!.reply_markup?.inline_keyboard ?? []).toEqual([]);
        await enrolled();
      }
      // "да" could mean either way of giving the seat up: not taken, the seat stays.
      await petr.text('🔢 Моё место в очереди');
      await petr.press(RELEASE);
      await petr.text('да');
      expect(petr.lastText()).not.toBe(KEPT);
      await enrolled();
      // A "нет" typed later, after something else, answers nothing.
      await petr.text('🔢 Моё место в очереди');
      await petr.press(RELEASE);
      await petr.text('когда занятие');
      await petr.text('нет');
      expect(petr.lastText()).not.toBe(KEPT);
      expect(t.errors).toEqual([]);
    });

    it('the "Нет, остаться в группе" button answers with a message, in English too', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')) });
      await groupWithParticipants(t.clock.now(), [{ id: 9631, language: 'en' }], { centerId: 'kiselyovsk-central' });
      const john = t.user({ id: 9631, first_name: 'John', language_code: 'en' });
      await john.text('🔢 My place in line');
      await john.press('Give up my seat: Basic computer literacy');
      await john.press('No, stay in the group');
      expect(john.lastText()).toBe('Fine, the seat stays yours.');
      expect(john.messages().at(-2)!.text).toContain('Next lesson:');
      expect(t.errors).toEqual([]);
    });
  });
});

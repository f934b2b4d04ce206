import { describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createGroup } from '../../src/domain/classes.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { librarian } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('no-phone-hold-ended', () => {
  useSampleDataPerTest();

  const NOW = new Date('2026-11-25T03:00:00Z');
  const HOUR = 3600_000;

  async function addWithoutPhone(staff: TestUser, name: string) {
    await staff.text('/add');
    await staff.press('✓ Да, бланк подписан');
    await staff.text(name);
    await staff.press('Нет телефона');
    await staff.press('Безопасный интернет');
    await staff.press('Не важно');
    await staff.press('✓ Записать в очередь');
  }

  describe('a seat held for a person with no phone runs out (walk29 W29-23)', () => {
    it('the center\'s librarians get one line: the seat is no longer held, her place in line, /find', async () => {
      await librarian(7491, 'Марина', ['belovo-central']);
      await librarian(7492, 'Ольга', ['belovo-central']);
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const marina = t.user({ id: 7491, first_name: 'Марина', language_code: 'ru' });
      const olga = t.user({ id: 7492, first_name: 'Ольга', language_code: 'ru' });
      await createGroup(7491, {
        courseId: 'safe-internet', centerId: 'belovo-central', room: 'Зал 1', capacity: 1, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-08T03:00:00Z'), new Date('2026-12-10T03:00:00Z')],
      }, t.clock.now());
      await addWithoutPhone(marina, 'Орлова Нина');
      const entry = (await WaitlistEntryModel.findOne({ courseId: 'safe-internet', centerId: 'belovo-central' }).lean())!;
      expect(entry.status).toBe('offered');
      await deliverAll(t);

      t.clock.advance(49 * HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 1 });
      await deliverAll(t);
      const line = '📌 Орлова Нина: прошёл срок, до которого держали место в группе «Безопасный интернет». Место больше не держим, человек снова в очереди, место 1. Если придёт — найдите его командой /find.';
      for (const staff of [marina, olga]) expect(staff.textsSince(0).filter((text) => text === line)).toHaveLength(1);
      // Run again: nothing twice.
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(marina.textsSince(0).filter((text) => text === line)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });
  });
});

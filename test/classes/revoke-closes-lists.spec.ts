import { describe, expect, it } from '@jest/globals';
import { createGroup } from '../../src/domain/classes.js';
import { librarian } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('revoke-closes-lists', () => {
  useSampleDataPerTest();

  const COORDINATOR = 964;
  const CLOSED = 'Список закрыт: вы больше не библиотекарь.';

  /** Task29 fixC: a revoked librarian's /classes list and an empty roster opened from it stayed open, with their buttons. */
  describe('/staff: revoking a librarian closes her screens that name nobody', () => {
    it('her /classes list and an empty roster opened from it, and her /calls, become «Список закрыт…» without buttons', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(2951, 'Полина', ['anzhero-central']);
      await librarian(2952, 'Дарья', ['anzhero-central']);
      await createGroup(2951, { courseId: 'internet', centerId: 'anzhero-central', room: 'Зал', capacity: 4, lessonStarts: [new Date('2026-12-02T03:00:00Z')], durationMinutes: 90 }, t.clock.now());
      const polina = t.user({ id: 2951, first_name: 'Полина', language_code: 'ru' });
      await polina.text('/classes');
      const list = polina.messages().at(-1)!.message_id;
      await polina.text('/classes');
      await polina.press(/^1\. Интернет/);
      const roster = polina.messages().at(-1)!.message_id;
      expect(polina.lastText()).not.toBe(CLOSED);
      await polina.text('/calls');
      const calls = polina.messages().at(-1)!.message_id;

      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Полина');
      await coordinator.press('Да');
      await deliverAll(t);

      for (const id of [list, roster, calls]) {
        const now = t.telegram.messagesTo(2951).find((m) => m.message_id === id)!;
        expect(now.text).toBe(CLOSED);
        expect(now.reply_markup?.inline_keyboard ?? []).toEqual([]);
      }
      expect(t.errors).toEqual([]);
    });
  });
});

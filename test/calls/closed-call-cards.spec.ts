import { describe, expect, it } from '@jest/globals';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { librarian, paperPerson } from './fixtures.js';

describe('closed-call-cards', () => {
  /**
   * A call card closed by someone else (another librarian answered, the offer ran out) loses its buttons in every
   * other librarian's chat and says how it closed (walk s22 W22-13): nobody phones for nothing.
   */
  useSampleDataPerTest();

  const HOUR = 3600_000;
  const ANSWERS = ['✓ Согласие есть, записать', '✗ Отказ, не записывать', 'Не дозвонились'];

  /** Two librarians of the regional library (ids of this file), one person without Telegram waiting for "basics" there. */
  async function setUp() {
    const t = createTestBot();
    await librarian(7241, 'Алла Юрьевна');
    await librarian(7242, 'Глеб Олегович');
    await paperPerson(-(2 ** 49 + 241), { name: 'Зоя Петрова', phone: '+79231112241', joinedAt: new Date('2026-10-01T03:00:00Z') });
    const [alla, gleb] = [7241, 7242].map((id) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }));
    await groupWithOffers(t.clock.now(), { capacity: 1 });
    await deliverAll(t);
    for (const staff of [alla!, gleb!]) expect(staff.buttonLabels()).toEqual(ANSWERS);
    return { t, alla: alla!, gleb: gleb! };
  }

  describe('a call card closed by someone else', () => {
    it("another librarian's answer: the colleague's card is edited in place, with who answered, and no buttons", async () => {
      const { t, alla, gleb } = await setUp();
      const card = gleb.messages().at(-1)!;
      const cardText = card.text!;
      const count = { alla: alla.messages().length, gleb: gleb.messages().length };
      await alla.press('✓ Согласие есть, записать');
      await deliverAll(t);
      expect(gleb.messages()).toHaveLength(count.gleb);
      expect(gleb.messages().at(-1)!.message_id).toBe(card.message_id);
      expect(gleb.lastText()).toBe(`${cardText}\n\n✅ Человек записан в группу.\n\nОтвет отмечен: Алла Юрьевна, 24 ноября, вторник, 10:00.`);
      expect(gleb.buttonLabels()).toEqual([]);
      // Alla's own card shows the outcome from her press, and the outbox does not edit it a second time.
      expect(alla.messages()).toHaveLength(count.alla);
      expect(alla.lastText()).toContain('Ответ отмечен: Алла Юрьевна');
      const allaEdits = t.telegram.callsOf('editMessageText').filter((c) => c.payload.chat_id === 7241);
      expect(allaEdits).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('a refusal through "keep in the line" closes the colleague\'s card too', async () => {
      const { t, alla, gleb } = await setUp();
      await gleb.press('✗ Отказ, не записывать');
      await gleb.press('Оставить в очереди');
      await deliverAll(t);
      expect(alla.lastText()).toContain('✗ Отказ: место освободилось для следующего в очереди.\n\nОтвет отмечен: Глеб Олегович');
      expect(alla.buttonLabels()).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('a card opened from /calls is edited too when a colleague answers from hers', async () => {
      const { t, alla, gleb } = await setUp();
      await alla.text('/calls');
      await alla.press('Ответить: Зоя Петрова');
      const opened = alla.messages().at(-1)!;
      expect(alla.buttonLabels(opened)).toEqual(ANSWERS);
      await gleb.press('✓ Согласие есть, записать');
      await deliverAll(t);
      const now = alla.messages().find((m) => m.message_id === opened.message_id)!;
      expect(now.text).toContain('Зоя Петрова, +7 923 111-22-41');
      expect(now.text).toMatch(/\n\n✅ Человек записан в группу\.\n\nОтвет отмечен: Глеб Олегович, /);
      expect(alla.buttonLabels(now)).toEqual([]);
      // And her outbox card as well: nothing of that call is left with buttons in her chat.
      expect(alla.messages().filter((m) => alla.buttonLabels(m).includes(ANSWERS[0]!)).map((m) => m.message_id)).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('the offer ran out: every card says so, names nobody as the answerer, and has no buttons', async () => {
      const { t, alla, gleb } = await setUp();
      const card = alla.messages().at(-1)!;
      const cardText = card.text!;
      t.clock.advance(49 * HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 1 });
      await deliverAll(t);
      for (const staff of [alla, gleb]) {
        expect(staff.lastText()).toMatch(/\n\n⌛ Время ответа вышло: место освободилось для следующего в очереди\.$/);
        expect(staff.lastText()).not.toContain('Ответ отмечен');
        expect(staff.buttonLabels()).toEqual([]);
      }
      expect(alla.messages().at(-1)!.message_id).toBe(card.message_id);
      expect(alla.lastText()).toBe(`${cardText}\n\n⌛ Время ответа вышло: место освободилось для следующего в очереди.`);
      expect(t.errors).toEqual([]);
    });
  });
});

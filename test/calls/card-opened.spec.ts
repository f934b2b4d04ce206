import { describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { librarian, paperPerson } from './fixtures.js';

describe('card-opened', () => {
  /**
   * walk29 W29-07: two librarians opened the same call card from /calls minutes apart and both phoned the same
   * grandmother. A card a colleague opened in the last ten minutes now says so: as the press's alert on /calls, above the
   * card on /find (fix31b: not in the card, which stays within 60 words); the call item keeps only who opened it and
   * when, until it is answered.
   */
  useSampleDataPerTest();

  const MINUTE = 60_000;
  const NOTE = '⚠️ Карточку уже открыли: Марина, в 10:00. Возможно, звонят.';

  async function setUp(olgaLanguage = 'ru') {
    const t = createTestBot();
    await librarian(7301, 'Марина');
    await librarian(7302, 'Ольга');
    await librarian(7303, 'Нина');
    await paperPerson(-(2 ** 49 + 301), { name: 'Смирнова Галина Ивановна', phone: '+79231113301', joinedAt: new Date('2026-10-01T03:00:00Z') });
    await groupWithOffers(t.clock.now(), { capacity: 1 });
    await deliverAll(t);
    const [marina, olga, nina] = [7301, 7302, 7303].map((id) => t.user({ id, first_name: `U${id}`, language_code: id === 7302 ? olgaLanguage : 'ru' }));
    return { t, marina: marina!, olga: olga!, nina: nina! };
  }

  const openFromCalls = async (staff: ReturnType<ReturnType<typeof createTestBot>['user']>) => {
    await staff.text('/calls');
    await staff.press('Ответить: Смирнова Галина Ивановна');
    return staff.messages().at(-1)!;
  };
  /** The alert of the last press, if it was one. */
  const alertOf = (t: ReturnType<typeof createTestBot>) => {
    const answer = t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload;
    return answer.show_alert ? (answer.text as string) : undefined;
  };

  describe('a call card a colleague opened minutes ago (walk29 W29-07)', () => {
    it('says who opened it and when, as the alert; not to herself, not after ten minutes; /find says it too; answered as usual', async () => {
      const { t, marina, olga, nina } = await setUp();
      const first = await openFromCalls(marina);
      expect(first.text).toMatch(/^📞 Позвоните/);
      expect(alertOf(t)).toBeUndefined();

      t.clock.advance(3 * MINUTE);
      const second = await openFromCalls(olga);
      expect(alertOf(t)).toBe(NOTE);
      expect(second.text).toMatch(/^📞 Позвоните/);
      // Her own card again: no note about herself; the colleague's look did not take the card over.
      const again = await openFromCalls(marina);
      expect(again.text).toMatch(/^📞 Позвоните/);
      expect(alertOf(t)).toBeUndefined();
      // The desk's /find shows the same card with the same note, just above it.
      await nina.text('/find');
      const before = nina.messages().length;
      await nina.text('Смирнова');
      const shown = nina.textsSince(before);
      const card = shown.findIndex((text) => text.startsWith('📞 Позвоните'));
      expect(shown[card - 1]).toBe('⚠️ Карточку уже открыли: Марина, в 10:03. Возможно, звонят.');
      await nina.text('/cancel');

      // Ten minutes and more after Марина's last look: nothing said.
      t.clock.advance(11 * MINUTE);
      const late = await openFromCalls(olga);
      expect(late.text).toMatch(/^📞 Позвоните/);
      expect(await CallTaskModel.findOne({ kind: 'offer', status: 'open' }, { openedBy: 1, openedByName: 1 }).lean()).toMatchObject({ openedBy: 7302, openedByName: 'Ольга' });

      // Answered from the card with the note: the note goes from it, and the call item no longer keeps who opened it.
      t.clock.advance(MINUTE);
      const noted = await openFromCalls(marina);
      expect(alertOf(t)).toMatch(/^⚠️ Карточку уже открыли: Ольга, в 10:14\./);
      await marina.press('✓ Согласие есть, записать');
      const answered = marina.messages().find((m) => m.message_id === noted.message_id)!;
      expect(answered.text).toMatch(/^📞 Позвоните[^]*\n\nОтвет отмечен: Марина, /);
      const task = await CallTaskModel.findOne({ kind: 'offer' }).lean();
      expect(task).toMatchObject({ status: 'accepted' });
      expect(task).not.toHaveProperty('openedBy');
      expect(task).not.toHaveProperty('openedByName');
      expect(task).not.toHaveProperty('openedAt');
      expect(t.errors).toEqual([]);
    });

    it('(en) an English-speaking colleague reads the note in English', async () => {
      const { t, marina, olga } = await setUp('en');
      await openFromCalls(marina);
      t.clock.advance(MINUTE);
      await olga.text('/calls');
      await olga.press(/^Answer: /);
      expect(alertOf(t)).toBe('⚠️ Opened by Марина at 10:00, who may be calling.');
      expect(olga.lastText()).toMatch(/^📞 Please call/);
      expect(t.errors).toEqual([]);
    });
  });
});

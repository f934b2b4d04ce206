import { describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { librarian, paperPerson } from './fixtures.js';

describe('call-screen', () => {
  /**
   * /calls is the list a librarian phones down (walk s22 W22-33): every name and phone on one screen, as many as one
   * message holds, then pages; each call keeps its answer button.
   */
  useSampleDataPerTest();

  const phoneOf = (i: number) => `+7923200${String(i).padStart(4, '0')}`;
  const spoken = (i: number) => `+7 923 200-${String(i).padStart(4, '0').slice(0, 2)}-${String(i).padStart(4, '0').slice(2)}`;

  /** `n` people without Telegram waiting for "basics" at the regional library, a group with a seat for each; Ирина (7251) calls them. */
  async function offered(n: number) {
    const t = createTestBot();
    await librarian(7251, 'Ирина Львовна');
    for (let i = 1; i <= n; i++) {
      await paperPerson(-(2 ** 49 + 2500 + i), { name: `Житель ${String(i).padStart(2, '0')}`, phone: phoneOf(i), joinedAt: new Date(Date.UTC(2026, 8, 1, 3, i)) });
    }
    const { offered: count } = await groupWithOffers(t.clock.now(), { capacity: n });
    expect(count).toBe(n);
    return { t, irina: t.user({ id: 7251, first_name: 'Ирина', language_code: 'ru' }) };
  }

  describe('/calls: the open seat offers to phone about', () => {
    it('13 calls: all names and phones on one screen, with a button each', async () => {
      const { t, irina } = await offered(13);
      await irina.text('/calls');
      const text = irina.lastText();
      expect(text).toContain('Ждут ответа: 13 предложений места.');
      for (let i = 1; i <= 13; i++) expect(text).toContain(`• Житель ${String(i).padStart(2, '0')}, ${spoken(i)}: Основы`);
      expect(text).not.toContain('Страница');
      const answers = irina.buttonLabels().filter((l) => l.startsWith('Ответить: '));
      expect(answers).toHaveLength(13);
      // A tap per answer: the card of the 13th, with its three answers.
      await irina.press('Ответить: Житель 13');
      expect(irina.lastText()).toContain(`Житель 13, ${spoken(13)}`);
      await irina.press('✓ Согласие есть, записать');
      expect(await CallTaskModel.countDocuments({ kind: 'offer', status: 'accepted', answeredBy: 7251 })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('more than one message holds: pages, each within 4,096 characters, every call reachable', async () => {
      const { t, irina } = await offered(70);
      await irina.text('/calls');
      const seen = new Set<string>();
      for (let page = 1; page <= 3; page++) {
        const text = irina.lastText();
        expect(text.length).toBeLessThanOrEqual(4096);
        expect(text).toContain(`Страница ${page} из 2`);
        for (const label of irina.buttonLabels().filter((l) => l.startsWith('Ответить: '))) seen.add(label);
        if (page === 2) break;
        await irina.press('Следующие ▶️');
      }
      expect(seen.size).toBe(70);
      expect(t.errors).toEqual([]);
    });
  });
});

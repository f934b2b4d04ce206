import { describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createGroup } from '../../src/domain/classes.js';
import { groupWithParticipants } from '../reminders/fixtures.js';
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
  // fix36c: a request to move to a group at another time was seen only in «➕ Записать человека» of a group at that time.
  describe('/calls: open requests to move to a group at another time', () => {
    it('fix36c: lists them at the librarian\'s centers, since when, one line a name; one with a free seat is moved from its button', async () => {
      const t = createTestBot();
      await librarian(7261, 'Вера', ['mariinsk-central']);
      await librarian(7262, 'Ольга', ['yurga-central']);
      // A daytime group at Мариинск (14:00, UTC+7): Анна and Нина in it, each asking for another time of day.
      const day = await groupWithParticipants(t.clock.now(), [{ id: 7263 }, { id: 7264 }], { centerId: 'mariinsk-central', lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      // A typed name never forges a line of its own in the librarian's list.
      await CitizenModel.updateOne({ _id: 7263 }, { $set: { name: 'Анна Белова\n• Поддельная строка' } });
      await CitizenModel.updateOne({ _id: 7264 }, { $set: { name: 'Нина Котова' } });
      const ask = async (id: number, time: string) => {
        const person = t.user({ id, first_name: 'Гость', language_code: 'ru' });
        await person.text('🔢 Моё место в очереди');
        await person.press('✎ Время или телефон');
        await person.press('🔁 Группа в другое время');
        await person.press(time);
        await person.press('📨 Попросить библиотекаря');
      };
      await ask(7263, 'Вечером');
      await ask(7264, 'Утром');
      // fix38b: a request of today or yesterday is said so, not as a date; Нина asked yesterday (noon, UTC+7).
      await WaitlistEntryModel.updateOne({ _id: day.entryIds[1] }, { $set: { wantsTimeAt: new Date('2026-11-23T05:00:00Z') } });
      // An evening group opened since, its seats not yet offered: Анна can be moved now.
      const evening = await createGroup(
        7261,
        { courseId: 'basics', centerId: 'mariinsk-central', room: 'Зал 2', capacity: 2, lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')], durationMinutes: 90 },
        t.clock.now(),
      );

      const vera = t.user({ id: 7261, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/calls');
      const section = [
        '🔁 Просят перевести в группу в другое время:',
        'Мариинск, Центральная районная библиотека:',
        '• Анна Белова • Поддельная строка, Основы: сейчас днём, просит вечером, с сегодняшнего дня. Есть свободное место',
        '• Нина Котова, Основы: сейчас днём, просит утром, со вчерашнего дня',
        'Где есть свободное место, перевести можно кнопкой ниже. Где места нет, бот переведёт сам, когда оно освободится, если этот человек записался на курс раньше всех в очереди.',
      ].join('\n');
      expect(vera.lastText()).toContain(section);
      expect(vera.buttonLabels()).toEqual(['🔁 Перевести: Анна Белова • Поддельная строка']);
      // Another center's librarian sees none of them.
      const olga = t.user({ id: 7262, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/calls');
      expect(olga.lastText()).not.toContain('Просят перевести');

      // The button opens «➕ Записать человека»'s own confirmation, below /calls.
      await vera.press('🔁 Перевести: Анна Белова • Поддельная строка');
      expect(vera.lastText()).toMatch(/^Перевести в группу «Основы»: /);
      await vera.press('✅ Перевести');
      expect(String((await WaitlistEntryModel.findById(day.entryIds[0]).lean())!.groupId)).toBe(evening);
      // Two days on, Нина's request of the 23rd is said by its date.
      t.clock.advance(2 * 24 * 3600_000);
      await vera.text('/calls');
      expect(vera.lastText()).not.toContain('Анна');
      expect(vera.lastText()).toContain('• Нина Котова, Основы: сейчас днём, просит утром, с 23 ноября\nБот переведёт сам, когда место освободится');
      expect(vera.buttonLabels()).toEqual([]);
      expect(t.errors).toEqual([]);
    });
  });

});

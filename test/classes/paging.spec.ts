import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { SAMPLE_CENTERS } from '../../src/db/seed-data.js';
import { createGroup } from '../../src/domain/classes.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('paging', () => {
  useSampleDataPerTest();

  const COORDINATOR = 900;
  const NEXT = 'Следующие ▶️';
  const PREVIOUS = '◀️ Предыдущие';
  const NOW = new Date('2026-11-24T03:00:00Z');

  /** Every text the bot sent or edited in, as Telegram would count it. */
  function expectAllWithinLimit(t: TestBot) {
    const texts = t.telegram.calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText').map((c) => String(c.payload.text));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096);
    const data = t.telegram.calls.flatMap((c) => c.payload.reply_markup?.inline_keyboard?.flat() ?? []).map((b: { callback_data?: string }) => b.callback_data ?? '');
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
  }

  describe('long lists are paged (4,096 characters a message)', () => {
    it('a coordinator with 45 open groups across 16 centers pages through /classes and sees every group once', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      const rooms: string[] = [];
      for (let i = 0; i < 45; i++) {
        const center = SAMPLE_CENTERS[i % SAMPLE_CENTERS.length]!;
        rooms.push(`Зал ${i + 1}`);
        await createGroup(
          COORDINATOR,
          { courseId: i % 2 ? 'basics' : 'internet', centerId: center._id, room: `Зал ${i + 1}`, capacity: 12, lessonStarts: [new Date(Date.UTC(2026, 11, 1 + (i % 28), 3))], durationMinutes: 90 },
          NOW,
        );
      }
      const maria = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/classes');
      const message = maria.messages().at(-1)!;
      // One short button a group; the text names each center once with its groups' numbers, within 60 words (issue 16).
      const pages = Number(/Страница 1 из (\d+)/.exec(maria.lastText())?.[1]);
      expect(pages).toBeGreaterThan(1);
      const seen: string[] = [];
      for (let page = 1; page <= pages; page++) {
        expect(maria.lastText()).toContain(`Страница ${page} из ${pages}`);
        expect(wordsOf(maria.lastText())).toBeLessThanOrEqual(60);
        const groups = maria.buttonLabels().filter((l) => l !== NEXT && l !== PREVIOUS);
        expect(groups.length).toBeLessThanOrEqual(10);
        // The centers' lines cover exactly this page's numbers ("…: группы на кнопках 5–8", "…: группа на кнопке 9").
        const numbers = maria.lastText().split('\n').flatMap((line) => {
          const range = /: групп[аы] на кнопк[еа]х? (\d+)(?:–(\d+))?$/.exec(line);
          return range ? Array.from({ length: Number(range[2] ?? range[1]) - Number(range[1]) + 1 }, (_, i) => String(Number(range[1]) + i)) : [];
        });
        expect(numbers).toEqual(groups.map((g) => g.split('.')[0]));
        seen.push(...groups);
        expect(maria.buttonLabels().includes(NEXT)).toBe(page < pages);
        expect(maria.buttonLabels().includes(PREVIOUS)).toBe(page > 1);
        if (page < pages) await maria.press(NEXT);
      }
      expect(seen).toHaveLength(45);
      expect(seen.map((line) => line.split('.')[0])).toEqual(Array.from({ length: 45 }, (_, i) => String(i + 1)));
      // One message, edited in place.
      expect(maria.messages().at(-1)?.message_id).toBe(message.message_id);
      expect(t.telegram.callsOf('sendMessage').filter((c) => c.payload.chat_id === COORDINATOR)).toHaveLength(1);
      await maria.press(PREVIOUS);
      expect(maria.lastText()).toContain(`Страница ${pages - 1} из ${pages}`);
      expectAllWithinLimit(t);
      expect(t.errors).toEqual([]);
    });

    it('a 50-seat group with 60-character names: the roster pages, attendance ticks across pages and saves once', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      const groupId = await createGroup(
        COORDINATOR,
        { courseId: 'basics', centerId: 'tashtagol-central', room: 'Большой зал', capacity: 50, lessonStarts: [new Date('2026-11-25T03:00:00Z'), new Date('2026-12-20T03:00:00Z')], durationMinutes: 90 },
        NOW,
      );
      const ids = Array.from({ length: 50 }, (_, i) => 8000 + i);
      const nameOf = (id: number) => `Константинопольская-Ибрагимова Александра Вячеславовна ${id}`.padEnd(60, 'я');
      expect(nameOf(8000)).toHaveLength(60);
      await CitizenModel.insertMany(ids.map((id) => ({ _id: id, name: nameOf(id), language: 'ru', consent: { version: 'test', givenAt: NOW }, reachable: true })));
      await WaitlistEntryModel.insertMany(
        ids.map((id, i) => ({ citizenId: id, courseId: 'basics', centerId: 'tashtagol-central', status: 'enrolled', groupId, joinedAt: NOW, enrolledAt: new Date(NOW.getTime() + i) })),
      );

      await ClassGroupModel.updateOne({ _id: groupId }, { $set: { enrolledCount: 50, freeSeats: 0 } });

      const maria = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/classes');
      // The big group (Таштагол, from 25 November) is on a later page of /classes: centers come in order.
      for (let i = 0; i < 20 && !maria.buttonLabels().some((l) => /Основы, 25 ноября: /.test(l)); i++) await maria.press(NEXT);
      await maria.press(/Основы, 25 ноября: /);
      expect(maria.lastText()).toContain('Записано 50 из 50');
      expect(maria.lastText()).toContain(`1. ${nameOf(8000)}\n`);
      const pages = Number(/Страница 1 из (\d+)/.exec(maria.lastText())?.[1]);
      expect(pages).toBeGreaterThan(1);
      for (let page = 2; page <= pages; page++) await maria.press(NEXT);
      expect(maria.lastText()).toContain(`50. ${nameOf(8049)}`);
      expect(maria.lastText()).not.toContain(`1. ${nameOf(8000)}`);

      // Attendance (the first lesson has begun): ten names a page; ticks on pages 1 and 5 are kept while paging, and saved together.
      t.clock.current = new Date('2026-11-25T04:00:00Z');
      await maria.press('✅ Отметить посещение');
      await maria.press(/^1\. /);
      expect(maria.lastText()).toContain('Страница 1 из 5');
      await maria.press(nameOf(8000));
      await maria.press(nameOf(8003));
      for (let page = 2; page <= 5; page++) await maria.press(NEXT);
      await maria.press(nameOf(8049));
      await maria.press(PREVIOUS);
      await maria.press(NEXT);
      expect(maria.buttonLabels()).toContain(`${nameOf(8049)} — на занятии`);
      expect((await LessonModel.findOne({ groupId, index: 1 }).lean())!.attendedIds).toEqual([]);
      await maria.press('💾 Сохранить');
      expect(maria.lastText()).toBe('Отмечено: пришли — 3, не пришли — 47.');
      expect([...(await LessonModel.findOne({ groupId, index: 1 }).lean())!.attendedIds].sort()).toEqual([8000, 8003, 8049]);

      expectAllWithinLimit(t);
      expect(t.errors).toEqual([]);
    });
  });
});

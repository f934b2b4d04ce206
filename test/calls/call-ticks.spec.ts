import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { paperPerson } from './fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('call-ticks', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T12:35:00Z'); // 19:35 in Kuzbass

  const messageOf = (user: TestUser, id: number): Message => user.messages().find((m) => m.message_id === id)!;
  async function pressOn(user: TestUser, id: number, label: RegExp) {
    const message = messageOf(user, id);
    const button = (message.reply_markup?.inline_keyboard ?? []).flat().find((b) => label.test(b.text));
    if (!button || !('callback_data' in button)) throw new Error(`No button ${String(label)} on message ${id}`);
    await user.pressData(button.callback_data, message);
  }

  /** walk28 W28-10: a call list's tick said nothing of who called, and a colleague's tick was undone by one tap, silently. */
  describe('a call list says who ticked a call', () => {
    it('a ticked line names who called and when; unticking a colleague\'s tick says so; the hint says a second tap unticks', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 6201, displayName: 'Марина', centerIds: ['anzhero-central'], addedBy: 900 },
        { _id: 6202, displayName: 'Ольга', centerIds: ['anzhero-central'], addedBy: 900 },
      ]);
      await paperPerson(-(2 ** 49 + 6211), { name: 'Отметкина Зоя', phone: '+79135556211', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: 'anzhero-central' });
      await paperPerson(-(2 ** 49 + 6212), { name: 'Отметкин Яков', phone: '+79135556212', joinedAt: new Date('2026-10-02T03:00:00Z'), courseId: 'internet', centerId: 'anzhero-central' });
      await createGroup(6201, { courseId: 'internet', centerId: 'anzhero-central', room: 'Зал', capacity: 4, lessonStarts: [new Date('2026-12-02T10:00:00Z'), new Date('2026-12-04T10:00:00Z')], durationMinutes: 90 }, NOW);
      const marina = t.user({ id: 6201, first_name: 'Марина', language_code: 'ru' });
      for (const person of [/Отметкина Зоя/, /Отметкин Яков/]) {
        await marina.text('/classes');
        await marina.press(/^1\. Интернет/);
        await marina.press('➕ Записать человека');
        await marina.press(person);
        await marina.press('✓ Записать');
      }
      await deliverAll(t);

      await marina.text('/calls');
      await marina.press(/^📋 Интернет, .*: позвонили 0 из 2$/);
      const m = marina.messages().at(-1)!.message_id;
      expect(messageOf(marina, m).text).toContain('Позвонили — нажмите на имя; ещё раз — снять отметку.');

      const olga = t.user({ id: 6202, first_name: 'Оля', language_code: 'ru' });
      await olga.press('📋 Открыть список');
      const o = olga.messages().at(-1)!.message_id;
      await pressOn(olga, o, /Отметкина Зоя/);
      // Her display name, not her Telegram name; in both copies.
      expect(messageOf(olga, o).text).toContain('• Отметкина Зоя, +7 913 555-62-11 — позвонили (Ольга, 19:35)');
      expect(messageOf(marina, m).text).toContain('• Отметкина Зоя, +7 913 555-62-11 — позвонили (Ольга, 19:35)');
      expect(messageOf(marina, m).text).toContain('• Отметкин Яков, +7 913 555-62-12\n');

      // Марина taps Ольга's tick: it is taken off, and she is told whose it was.
      await pressOn(marina, m, /Отметкина Зоя/);
      const answer = t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload;
      expect(answer).toMatchObject({ text: 'Снята отметка коллеги: Ольга, 19:35. Если звонок был, нажмите на человека ещё раз.', show_alert: true });
      expect(messageOf(olga, o).text).toContain('• Отметкина Зоя, +7 913 555-62-11\n');
      // Her own tick, and taking it off: no alert.
      await pressOn(marina, m, /Отметкина Зоя/);
      expect(messageOf(olga, o).text).toContain('• Отметкина Зоя, +7 913 555-62-11 — позвонили (Марина, 19:35)');
      await pressOn(marina, m, /Отметкина Зоя/);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload).not.toMatchObject({ show_alert: true });
      expect(messageOf(marina, m).text).toContain('(0 из 2)');
      expect(t.errors).toEqual([]);
    });
  });

  /** walk28 W28-11: the put-in list said «скажите, где и когда первое занятие» without saying it. */
  describe('a put-in call list says when and where they start', () => {
    it('one line under the title: the next lesson, the center, its address, the room; in English too', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 6301, displayName: 'Марина', centerIds: ['leninsk-central'], addedBy: 900 },
        { _id: 6302, displayName: 'Kate', centerIds: ['leninsk-central'], addedBy: 900, language: 'en' },
      ]);
      await paperPerson(-(2 ** 49 + 6311), { name: 'Первозанятьева Ия', phone: '+79135556311', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: 'leninsk-central' });
      await createGroup(6301, { courseId: 'internet', centerId: 'leninsk-central', room: 'Зал 2', capacity: 4, lessonStarts: [new Date('2026-12-03T07:00:00Z'), new Date('2026-12-05T07:00:00Z')], durationMinutes: 90 }, NOW);
      const marina = t.user({ id: 6301, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/classes');
      await marina.press(/^1\. Интернет/);
      await marina.press('➕ Записать человека');
      await marina.press(/Первозанятьева Ия/);
      await marina.press('✓ Записать');
      await deliverAll(t);
      const kate = t.user({ id: 6302, first_name: 'Kate', language_code: 'en' });
      await kate.press(/^📋/);
      await marina.text('/calls');
      await marina.press(/^📋 Интернет, .*: позвонили 0 из 1$/);
      expect(marina.lastText()).toContain(
        'Позвоните (0 из 1):\n\nСкажите: первое занятие 3 декабря, четверг, 14:00, Зал 2, проспект Кирова, 72.\n\n• Первозанятьева Ия',
      );
      expect(kate.lastText()).toContain('\n\nTell them: the first lesson is Thursday 3 December, 14:00, Hall 2, 72 Kirova Ave.\n\n');
      expect(t.errors).toEqual([]);
    });
  });
});

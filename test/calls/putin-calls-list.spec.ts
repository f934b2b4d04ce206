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

describe('putin-calls-list', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T12:35:00Z');

  /** The chat's message with this id as it reads now (edits applied). */
  const messageOf = (user: TestUser, id: number): Message => user.messages().find((m) => m.message_id === id)!;
  /** Presses a button of one given message (not the newest). */
  async function pressOn(user: TestUser, id: number, label: RegExp) {
    const message = messageOf(user, id);
    const button = (message.reply_markup?.inline_keyboard ?? []).flat().find((b) => label.test(b.text));
    if (!button || !('callback_data' in button)) throw new Error(`No button ${String(label)} on message ${id}`);
    await user.pressData(button.callback_data, message);
  }

  /** Closing notes s22: a group's put-in calls opened only from their digest; /calls did not list them. */
  describe('put-in call lists in /calls', () => {
    it('/calls lists them; a tick there redraws the list opened from the digest, and the other way round, in each reader\'s language', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 6101, displayName: 'Вера', centerIds: ['osinniki-central'], addedBy: 900 },
        { _id: 6102, displayName: 'Нина', centerIds: ['osinniki-central'], addedBy: 900 },
        { _id: 6103, displayName: 'Olga', centerIds: ['osinniki-central'], addedBy: 900, language: 'en' },
      ]);
      await paperPerson(-(2 ** 49 + 6111), { name: 'Бумажная Ася', phone: '+79135556111', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: 'osinniki-central' });
      await paperPerson(-(2 ** 49 + 6112), { name: 'Бумажный Лев', phone: '+79135556112', joinedAt: new Date('2026-10-02T03:00:00Z'), courseId: 'internet', centerId: 'osinniki-central' });
      await createGroup(6101, { courseId: 'internet', centerId: 'osinniki-central', room: 'Зал', capacity: 4, lessonStarts: [new Date('2026-12-02T10:00:00Z'), new Date('2026-12-04T10:00:00Z')], durationMinutes: 90 }, NOW);
      const vera = t.user({ id: 6101, first_name: 'Вера', language_code: 'ru' });
      for (const person of [/Бумажная Ася/, /Бумажный Лев/]) {
        await vera.text('/classes');
        await vera.press(/^1\. Интернет/);
        await vera.press('➕ Записать человека');
        await vera.press(person);
        await vera.press('✓ Записать');
      }
      await deliverAll(t);

      // Нина opens the list from its digest (message A), then from /calls (message B).
      const nina = t.user({ id: 6102, first_name: 'Нина', language_code: 'ru' });
      await nina.press('📋 Открыть список');
      const a = nina.messages().at(-1)!.message_id;
      expect(nina.lastText()).toContain('(0 из 2)');
      await nina.text('/calls');
      expect(nina.lastText()).toContain('Записаны в группы, бот не может им написать. Позвонить: 2 людям.');
      await nina.press(/^📋 Интернет, Осинники, Центральная городская библиотека: позвонили 0 из 2$/);
      const b = nina.messages().at(-1)!.message_id;
      expect(b).not.toBe(a);
      expect(nina.lastText()).toContain('Бумажный Лев, +7 913 555-61-12');

      // Olga (English) has the same list open from /calls.
      const olga = t.user({ id: 6103, first_name: 'Olga', language_code: 'en' });
      await olga.text('/calls');
      await olga.press(/^📋 Internet, Osinniki, .*: called 0 of 2$/);
      const c = olga.messages().at(-1)!.message_id;

      // A tick in the list from /calls: the digest's list and Olga's are redrawn.
      await pressOn(nina, b, /Бумажный Лев/);
      expect(messageOf(nina, b).text).toContain('(1 из 2)');
      expect(messageOf(nina, a).text).toContain('(1 из 2)');
      expect(messageOf(nina, a).text).toMatch(/• Бумажный Лев, .* — позвонили \(/); // not «✓» (walk31 W31-04)
      expect(messageOf(olga, c).text).toContain('(1 of 2 done)');
      expect(messageOf(olga, c).text).not.toMatch(/Записаны|позвонили/);

      // And the other way round: a tick in the digest's list redraws the one from /calls.
      await pressOn(nina, a, /Бумажная Ася/);
      expect(messageOf(nina, b).text).toContain('(2 из 2)');
      expect(messageOf(nina, b).text).toMatch(/• Бумажная Ася, .* — позвонили \(/);
      expect(messageOf(olga, c).text).toContain('(2 of 2 done)');
      // The redrawn list's buttons work: Olga unticks Лев.
      await pressOn(olga, c, /Бумажный Лев/);
      expect(messageOf(nina, a).text).toContain('(1 из 2)');

      // Every call made: /calls no longer lists the group.
      await pressOn(nina, a, /Бумажный Лев/);
      await nina.text('/calls');
      expect(nina.lastText()).not.toContain('Записаны в группы');
      expect(nina.buttonLabels().join('|')).not.toContain('позвонили');
      expect(t.errors).toEqual([]);
    });
  });
});

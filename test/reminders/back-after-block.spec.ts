import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import type { TestUser } from '../helpers/test-user.js';
import { deliverAll } from '../helpers/outbox.js';
import { seedSampleData } from '../../src/db/seed.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { groupWithParticipants } from './fixtures.js';

describe('back-after-block', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  let t: TestBot;
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
    // Lessons on 1 and 3 December, 10:00 in Novokuznetsk (03:00Z).
    t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
    await groupWithParticipants(t.clock.now(), [{ id: 3601, language: 'en' }, { id: 3602 }]);
  });

  /** Blocking or unblocking the bot, as Telegram tells it. */
  const member = (user: TestUser, id: number, from: string, to: string) =>
    user.send({
      my_chat_member: {
        chat: { id, type: 'private', first_name: 'X' },
        from: { id, is_bot: false, first_name: 'X' },
        date: 1,
        old_chat_member: { status: from, user: { id: 1, is_bot: true, first_name: 'bot' } },
        new_chat_member: { status: to, user: { id: 1, is_bot: true, first_name: 'bot' }, until_date: 0 },
      },
    } as never);

  async function remindAt(iso: string) {
    t.clock.current = new Date(iso);
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
  }

  describe('back after blocking the bot (walk30 W30-08)', () => {
    it('fix30f W30-08: the reminder missed while blocked comes once more on unblocking; /start says the group and its next lesson', async () => {
      const emily = t.user({ id: 3601, first_name: 'Emily', language_code: 'en' });
      await member(emily, 3601, 'member', 'kicked');
      await remindAt('2026-11-30T11:00:00Z');
      expect(t.telegram.messagesTo(3601)).toHaveLength(0);
      // Olga had not blocked it: hers came; Telegram refuses it with 403 when she blocked it without the bot hearing.
      const olga = t.user({ id: 3602, first_name: 'Ольга', language_code: 'ru' });
      expect(olga.lastText()).toContain('Напоминаем');

      t.clock.current = new Date('2026-11-30T12:00:00Z');
      await member(emily, 3601, 'kicked', 'member');
      await deliverAll(t);
      expect(emily.lastText()).toMatch(/^Reminder: you have a class tomorrow/);
      expect(emily.buttonLabels()).toEqual(['✓ I\'ll come', 'Can\'t come']);
      await emily.text('/start');
      expect(emily.lastText()).toBe('You are in a group:\n“Basic computer literacy”, next lesson tomorrow at 10:00, Hall 1.\nMore: press "My place in line" at the bottom of the screen.');
      // Unblocking again sends nothing more.
      await member(emily, 3601, 'member', 'kicked');
      await member(emily, 3601, 'kicked', 'member');
      await deliverAll(t);
      expect(t.telegram.messagesTo(3601).filter((m) => m.text?.startsWith('Reminder'))).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('fix30f W30-08: a reminder refused with 403 comes again while still true; not once the lesson\'s day has come', async () => {
      for (const chatId of [3601, 3602]) t.telegram.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' }, { chatId });
      await remindAt('2026-11-30T11:00:00Z');
      expect(t.telegram.messagesTo(3601)).toHaveLength(0);
      expect(t.telegram.messagesTo(3602)).toHaveLength(0);
      // Olga is back on the eve (23:00 in Novokuznetsk): the "tomorrow" one comes.
      const olga = t.user({ id: 3602, first_name: 'Ольга', language_code: 'ru' });
      t.clock.current = new Date('2026-11-30T16:00:00Z');
      await member(olga, 3602, 'kicked', 'member');
      await deliverAll(t);
      expect(olga.lastText()).toMatch(/^Напоминаем: завтра занятие/);
      // Emily is back on the lesson's day (01:00), before the "soon" one is due: "tomorrow" is no longer true.
      const emily = t.user({ id: 3601, first_name: 'Emily', language_code: 'en' });
      t.clock.current = new Date('2026-11-30T18:00:00Z');
      await member(emily, 3601, 'kicked', 'member');
      await deliverAll(t);
      expect(t.telegram.messagesTo(3601)).toHaveLength(0);
      await emily.text('/start');
      expect(emily.lastText()).toBe('You are in a group:\n“Basic computer literacy”, next lesson today at 10:00, Hall 1.\nMore: press "My place in line" at the bottom of the screen.');
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { groupWithParticipants } from './fixtures.js';

describe('late-answer', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  let t: TestBot;
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
    t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
    await groupWithParticipants(t.clock.now(), [{ id: 1201 }, { id: 1202, language: 'en' }]);
    // The day-before reminders of the first lesson (1 December, 10:00 at Novokuznetsk, 03:00Z).
    t.clock.current = new Date('2026-11-30T11:00:00Z');
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
  });

  const lastAnswer = () => t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload as { text?: string; show_alert?: boolean };

  describe('a class reminder answered after the lesson began (walk s21 W21-20)', () => {
    it('gets an alert with what happened and the library\'s phone, and the reminder loses its buttons', async () => {
      const galina = t.user({ id: 1201, first_name: 'Галина', language_code: 'ru' });
      const tom = t.user({ id: 1202, first_name: 'Tom', language_code: 'en' });
      t.clock.current = new Date('2026-12-01T03:05:00Z');
      const reminder = galina.messages().at(-1)!;
      expect(galina.buttonLabels(reminder)).toEqual(['✓ Приду', 'Не смогу']);
      await galina.press('Не смогу');
      expect(lastAnswer()).toEqual({
        callback_query_id: expect.any(String),
        show_alert: true,
        text: 'Занятие 1 декабря, вторник, 10:00 уже началось, отвечать на напоминание поздно. Вы по-прежнему в группе. Опаздываете или не смогли прийти — позвоните в библиотеку: +7 3843 74-47-05.',
      });
      expect(lastAnswer().text!.length).toBeLessThanOrEqual(200);
      expect(galina.buttonLabels(galina.messages().at(-1))).toEqual([]);
      expect(galina.messages()).toHaveLength(1);
      // The next day, in English.
      t.clock.current = new Date('2026-12-02T03:00:00Z');
      await tom.press("✓ I'll come");
      expect(lastAnswer().show_alert).toBe(true);
      expect(lastAnswer().text).toBe('The class of Tuesday 1 December, 10:00 has begun; this reminder can no longer be answered. You are still in the group. Late or could not come? Please call the library: +7 3843 74-47-05.');
      expect(lastAnswer().text!.length).toBeLessThanOrEqual(200);
      expect(tom.buttonLabels(tom.messages().at(-1))).toEqual([]);
      expect(await WaitlistEntryModel.countDocuments({ status: 'enrolled' })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('a person no longer in the group is not told they are', async () => {
      const galina = t.user({ id: 1201, first_name: 'Галина', language_code: 'ru' });
      await ClassGroupModel.updateMany({}, { $set: { status: 'cancelled' } });
      t.clock.current = new Date('2026-12-01T04:00:00Z');
      await galina.press('✓ Приду');
      expect(lastAnswer().show_alert).toBe(true);
      expect(lastAnswer().text).toBe('Занятие 1 декабря, вторник, 10:00 уже началось, отвечать на напоминание поздно. Опаздываете или не смогли прийти — позвоните в библиотеку: +7 3843 74-47-05.');
    });

    it('someone else pressing the reminder\'s data gets the short notice as before', async () => {
      const stranger = t.user({ id: 1299, first_name: 'Пётр', language_code: 'ru' });
      t.clock.current = new Date('2026-12-01T04:00:00Z');
      const data = (t.telegram.messagesTo(1201).at(-1)!.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      await stranger.pressData(data, { ...t.telegram.messagesTo(1201).at(-1)!, chat: { id: 1299, type: 'private', first_name: 'Пётр' } } as never);
      expect(lastAnswer().text).toBe('Эта кнопка уже не действует.');
      expect(lastAnswer().show_alert).toBeUndefined();
    });
  });
});

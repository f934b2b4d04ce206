import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers, joinDay } from '../classes/fixtures.js';

describe('just-enrolled', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  // Kemerovo is UTC+7: lessons at 19:55 on 1 and 3 December; the "soon" reminder is due two hours before (10:55Z).
  const LESSONS = [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z')];

  describe('no "Will you come?" right after "I\'ll come" (walk s21 W21-12)', () => {
    it('someone who took the seat within the hour before a reminder is due is not asked; one who took it earlier is', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T05:00:00Z')) });
      await addToWaitlist(3951, { at: joinDay(1) });
      await addToWaitlist(3952, { at: joinDay(2) });
      const early = t.user({ id: 3951, first_name: 'Борис', language_code: 'ru' });
      const late = t.user({ id: 3952, first_name: 'Нина', language_code: 'ru' });
      await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS });
      await deliverAll(t);
      t.clock.current = new Date('2026-12-01T05:10:00Z');
      await early.press('✓ Приду');
      // Нина answers at 17:10, after the time the reminder would be enqueued from on: the job runs every minute.
      t.clock.current = new Date('2026-12-01T10:10:00Z');
      await late.press('✓ Приду');
      expect(late.lastText()).toContain('Вы записаны в группу!');
      const told = late.messages().length;
      for (const at of ['2026-12-01T10:11:00Z', '2026-12-01T10:50:00Z', '2026-12-01T10:55:00Z']) {
        t.clock.current = new Date(at);
        await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
        await deliverAll(t);
      }
      expect(early.lastText()).toMatch(/^Скоро занятие\./);
      // Hers comes too (walk s22 W22-22), without the question and its buttons: she said "I'll come" 45 minutes ago.
      expect(late.messages()).toHaveLength(told + 1);
      expect(late.lastText()).toMatch(/^Скоро занятие\.\nКурс: .*\nКогда: сегодня в 19:55\nГде: /);
      expect(late.lastText()).not.toContain('Вы придёте?');
      expect(late.buttonLabels()).toEqual([]);
      // Her next lesson is reminded as anyone's.
      t.clock.current = new Date('2026-12-02T11:00:00Z');
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      await deliverAll(t);
      expect(late.lastText()).toMatch(/^Напоминаем: завтра занятие\./);
      expect(early.lastText()).toMatch(/^Напоминаем: завтра занятие\./);
      expect(t.errors).toEqual([]);
    });
  });

  // Kemerovo, 1 December: the lesson at 23:55 local (16:55Z), its "soon" reminder due at 21:55 (14:55Z).
  const LATE_LESSON = new Date('2026-12-01T16:55:00Z');

  async function runJobAt(t: ReturnType<typeof createTestBot>, at: string) {
    t.clock.current = new Date(at);
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
  }

  describe('a seat taken on the day still gets one word before the lesson (walk s22 W22-22)', () => {
    it('accepted at 21:41 for 23:55: "Скоро занятие" with when and where, half an hour after the enrolment, no buttons', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T14:00:00Z')) });
      await addToWaitlist(3961, { at: joinDay(1) });
      await addToWaitlist(3962, { at: joinDay(2), language: 'en' });
      const petr = t.user({ id: 3961, first_name: 'Пётр', language_code: 'ru' });
      const tom = t.user({ id: 3962, first_name: 'Tom', language_code: 'en' });
      await groupWithOffers(t.clock.now(), { lessonStarts: [LATE_LESSON, new Date('2026-12-03T16:55:00Z')] });
      await deliverAll(t);
      t.clock.current = new Date('2026-12-01T14:41:00Z');
      await petr.press('✓ Приду');
      expect(petr.lastText()).toContain('Занятия: \n• сегодня, 23:55\n• 3 декабря');
      const told = petr.messages().length;
      for (const at of ['2026-12-01T14:42:00Z', '2026-12-01T14:55:00Z', '2026-12-01T15:10:00Z']) await runJobAt(t, at);
      expect(petr.messages()).toHaveLength(told);
      await runJobAt(t, '2026-12-01T15:11:00Z');
      expect(petr.messages()).toHaveLength(told + 1);
      expect(petr.lastText()).toMatch(/^Скоро занятие\.\nКурс: .*\nКогда: сегодня в 23:55\nГде: .+\nВопросы: /);
      expect(petr.lastText()).not.toContain('Вы придёте?');
      expect(petr.buttonLabels()).toEqual([]);
      // Tom takes his at 22:50, five minutes before the offer ends: his comes at 23:20, 35 minutes before the lesson.
      t.clock.current = new Date('2026-12-01T15:50:00Z');
      await tom.press("✓ I'll come");
      const tomTold = tom.messages().length;
      await runJobAt(t, '2026-12-01T16:19:00Z');
      expect(tom.messages()).toHaveLength(tomTold);
      await runJobAt(t, '2026-12-01T16:20:00Z');
      expect(tom.lastText()).toMatch(/^Your class starts soon\.\nCourse: /);
      expect(tom.lastText()).not.toContain('Will you come?');
      // Nothing twice, and nothing once the lesson began.
      for (const at of ['2026-12-01T16:30:00Z', '2026-12-01T16:56:00Z']) await runJobAt(t, at);
      expect(petr.messages()).toHaveLength(told + 1);
      expect(tom.messages()).toHaveLength(tomTold + 1);
      expect(t.errors).toEqual([]);
    });
  });
});

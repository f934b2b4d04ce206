import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers, joinDay } from '../classes/fixtures.js';

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
    expect(late.messages()).toHaveLength(told);
    // Her next lesson is reminded as anyone's.
    t.clock.current = new Date('2026-12-02T11:00:00Z');
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
    expect(late.lastText()).toMatch(/^Напоминаем: завтра занятие\./);
    expect(early.lastText()).toMatch(/^Напоминаем: завтра занятие\./);
    expect(t.errors).toEqual([]);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers, joinDay } from '../classes/fixtures.js';

describe('fix30g-reminder-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  // Kemerovo is UTC+7: lessons at 19:55 on 1, 3 and 5 December; the day-before reminder of the first is due on
  // 30 November at 18:00 there (11:00Z).
  const LESSONS = [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z'), new Date('2026-12-05T12:55:00Z')];

  async function runJobAt(t: TestBot, at: string) {
    t.clock.current = new Date(at);
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
  }

  /** She takes the seat offered by typing, as Зинаида did (walk30 W30-06), then the day-before reminder comes. */
  async function seatTypedThenReminder(t: TestBot, user: TestUser, yes: string) {
    await deliverAll(t);
    t.clock.advance(60_000);
    await user.text(yes);
    await deliverAll(t);
    expect(await WaitlistEntryModel.findOne({ citizenId: user.id }).lean()).toMatchObject({ status: 'enrolled' });
    await runJobAt(t, '2026-11-30T11:00:00Z');
    const reminder = user.messages().at(-1)!;
    expect(user.buttonLabels(reminder)).toEqual(user.id === 3093 ? ["✓ I'll come", "Can't come"] : ['✓ Приду', 'Не смогу']);
    return reminder.message_id;
  }

  const textOf = (user: TestUser, messageId: number) => user.messages().find((m) => m.message_id === messageId)?.text ?? '';
  const buttonsOf = (user: TestUser, messageId: number) => user.buttonLabels(user.messages().find((m) => m.message_id === messageId));

  describe('answers to a lesson reminder typed, and the answer on the reminder (walk30 W30-06, W30-07)', () => {
    it('fix30g W30-06: «буду обязатльно» under the reminder answers it, not the seat offer answered before; «да приду» again thanks again', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(3091, { at: joinDay(1) });
      await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS, capacity: 1 });
      const zina = t.user({ id: 3091, first_name: 'Зинаида', language_code: 'ru' });
      const reminder = await seatTypedThenReminder(t, zina, 'приду обязательно спасибо');
      const since = zina.messages().length;
      await zina.text('буду обязатльно');
      expect(zina.lastText()).toBe('Спасибо! Ждём вас.');
      // The reminder says what was answered, in place of «Вы придёте?» (W30-07).
      expect(buttonsOf(zina, reminder)).toEqual([]);
      expect(textOf(zina, reminder)).toMatch(/^Напоминаем: завтра занятие\.\n[^]*\n\n✓ Вы ответили «Приду»\.$/);
      expect(textOf(zina, reminder)).not.toContain('Вы придёте?');
      await zina.text('да приду');
      await deliverAll(t);
      expect(zina.lastText()).toBe('Спасибо! Ждём вас.');
      expect(zina.textsSince(since).join('\n')).not.toMatch(/Отказаться от места|Место уже за вами|Не получилось понять/);
      expect(t.errors).toEqual([]);
    });

    it('fix30g W30-06: «буду» takes a seat offered as «приду» does; «да» under a reminder with a question shown after it is not the reminder\'s', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(3092, { at: joinDay(1) });
      await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS, capacity: 1 });
      const vera = t.user({ id: 3092, first_name: 'Вера', language_code: 'ru' });
      const reminder = await seatTypedThenReminder(t, vera, 'буду');
      // «Моё место в очереди» shown after the reminder, with its buttons: the newest question now is that one.
      await vera.text('где я в очереди?');
      await vera.text('да');
      expect(vera.lastText()).not.toBe('Спасибо! Ждём вас.');
      expect(buttonsOf(vera, reminder)).toEqual(['✓ Приду', 'Не смогу']);
      // Pressed, the reminder says so too.
      await vera.press('✓ Приду');
      expect(vera.lastText()).toBe('Спасибо! Ждём вас.');
      expect(textOf(vera, reminder)).toMatch(/\n\n✓ Вы ответили «Приду»\.$/);
      expect(t.errors).toEqual([]);
    });

    it('fix30g W30-07: «Can\'t come» pressed, or «не смогу» typed, is written on the reminder (English and Russian)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(3093, { at: joinDay(1), language: 'en' });
      await addToWaitlist(3094, { at: joinDay(2) });
      await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS, capacity: 2 });
      const emily = t.user({ id: 3093, first_name: 'Emily', language_code: 'en' });
      const nina = t.user({ id: 3094, first_name: 'Нина', language_code: 'ru' });
      await deliverAll(t);
      t.clock.advance(60_000);
      await nina.text('приду');
      const reminder = await seatTypedThenReminder(t, emily, "I'll come");
      await emily.press("Can't come");
      expect(textOf(emily, reminder)).toMatch(/^Reminder[^]*\n\nYou answered "Can't come"\.$/);
      expect(textOf(emily, reminder)).not.toContain('Will you come?');
      const ninas = nina.messages().at(-1)!;
      expect(ninas.text).toMatch(/^Напоминаем: завтра занятие/);
      await nina.text('спасибо, не смогу прийти');
      expect(textOf(nina, ninas.message_id)).toMatch(/\n\nВы ответили «Не смогу»\.$/);
      // «да» to the seat question that follows is not a change of mind about the reminder.
      await nina.text('да');
      expect(nina.lastText()).not.toBe('Спасибо! Ждём вас.');
      expect(t.errors).toEqual([]);
    });

    it('fix41b (walk40 L10): «хорошо, приду» takes a seat offered; «ок, приду» and a bare «хорошо» under the reminder are its «Приду»; «хорошо, не приду» never is', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(3196, { at: joinDay(1) });
      await addToWaitlist(3197, { at: joinDay(2) });
      await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS, capacity: 2 });
      const zina = t.user({ id: 3196, first_name: 'Зинаида', language_code: 'ru' });
      const vera = t.user({ id: 3197, first_name: 'Вера', language_code: 'ru' });
      await deliverAll(t);
      await vera.text('Ок, приду');
      await deliverAll(t);
      expect(await WaitlistEntryModel.findOne({ citizenId: 3197 }).lean()).toMatchObject({ status: 'enrolled' });
      const reminder = await seatTypedThenReminder(t, zina, 'Хорошо, приду!');
      await zina.text('ок, приду');
      expect(zina.lastText()).toBe('Спасибо! Ждём вас.');
      expect(textOf(zina, reminder)).toMatch(/\n\n✓ Вы ответили «Приду»\.$/);
      const veraReminder = vera.messages().at(-1)!;
      expect(vera.buttonLabels(veraReminder)).toEqual(['✓ Приду', 'Не смогу']);
      await vera.text('хорошо');
      expect(vera.lastText()).toBe('Спасибо! Ждём вас.');
      // A refusal after «хорошо» is read as the refusal.
      await zina.text('хорошо, не приду');
      expect(zina.lastText()).not.toBe('Спасибо! Ждём вас.');
      expect(zina.lastText()).toMatch(/Мы сообщили библиотекарю, что вас не будет/);
      expect(t.errors).toEqual([]);
    });
  });
});

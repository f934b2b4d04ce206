import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { saysIll } from '../../src/domain/cant-come-words.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers, joinDay } from '../classes/fixtures.js';

describe('fix31i-reminder-no', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  // Kemerovo is UTC+7: lessons at 19:55 on 1, 3 and 5 December; the day-before reminders are due at 18:00 there
  // (11:00Z) on 30 November and 2 December.
  const LESSONS = [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z'), new Date('2026-12-05T12:55:00Z')];

  /** This person has a seat in a new Kemerovo group of basics (created by coordinator 900), taken at the clock's time. */
  async function seated(t: TestBot, citizenId: number, language: 'ru' | 'en' = 'ru') {
    await addToWaitlist(citizenId, { at: joinDay(1), language });
    await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS, capacity: 1 });
    const entry = await WaitlistEntryModel.findOne({ citizenId }).lean();
    expect(await acceptOffer(citizenId, String(entry!._id), t.clock.now())).toMatchObject({ ok: true });
    await deliverAll(t);
  }

  /** The day-before reminders due at `at` sent; the user's newest message (the reminder). */
  async function reminderAt(t: TestBot, user: TestUser, at: string) {
    t.clock.current = new Date(at);
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
    return user.messages().at(-1)!;
  }

  /** What the coordinator 900 (the groups' librarian here) was told about people not coming. */
  const absentNotices = (t: TestBot) => t.telegram.messagesTo(900).filter((m) => 'text' in m && /не сможет прийти|will not come|can't come/i.test(m.text ?? ''));
  const textOf = (user: TestUser, messageId: number) => user.messages().find((m) => m.message_id === messageId)?.text ?? '';

  describe('«нет» typed under a lesson reminder\'s «Вы придёте?» (task31 fix I, walk31 W31-10)', () => {
    it('walk34 W34-16: «Заболела я» under the day-before reminder\'s «Вы придёте?» is its «Не смогу»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3193);
      const vala = t.user({ id: 3193, first_name: 'Валентина', language_code: 'ru' });
      const reminder = await reminderAt(t, vala, '2026-11-30T11:00:00Z');
      await vala.text('Заболела я');
      expect(vala.lastText()).toBe('Это первое занятие. Освободить ваше место для следующего человека в очереди?');
      expect(textOf(vala, reminder.message_id)).toMatch(/\n\nВы ответили «Не смогу»\.$/);
      await vala.press('Оставить место за мной');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      // Words that turn it round, or ask, are not «Не смогу».
      expect(['не заболела, приду', "I'm not ill, I'll come", 'заболела?'].filter((words) => saysIll(words))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('fix31i W31-10: «нет» under the day-before reminder is its «Не смогу», before the first lesson and later; English «no» too', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3191);
      await seated(t, 3192, 'en');
      const galina = t.user({ id: 3191, first_name: 'Галина', language_code: 'ru' });
      const reminder = await reminderAt(t, galina, '2026-11-30T11:00:00Z');
      expect(reminder.text).toMatch(/^Напоминаем: завтра занятие[^]*\nВы придёте\?$/);
      await galina.text('нет');
      // What «Не смогу» does before the first lesson: the librarian told, the seat asked about.
      expect(galina.lastText()).toBe('Это первое занятие. Освободить ваше место для следующего человека в очереди?');
      expect(textOf(galina, reminder.message_id)).toMatch(/\n\nВы ответили «Не смогу»\.$/);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      await galina.press('Оставить место за мной');
      // A later lesson: the librarian told, nothing asked.
      const second = await reminderAt(t, galina, '2026-12-02T11:00:00Z');
      expect(second.text).toMatch(/Вы придёте\?$/);
      await galina.text('нет, спасибо');
      expect(galina.lastText()).toBe('Жаль. Мы сообщили библиотекарю, что вас не будет.');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(2);
      expect(await WaitlistEntryModel.findOne({ citizenId: 3191 }).lean()).toMatchObject({ status: 'enrolled' });

      const emily = t.user({ id: 3192, first_name: 'Emily', language_code: 'en' });
      await reminderAt(t, emily, '2026-12-04T11:00:00Z');
      expect(emily.buttonLabels()).toEqual(["✓ I'll come", "Can't come"]);
      await emily.text('no');
      expect(emily.lastText()).toBe('Sorry to hear that. We have told the librarian you will not come.');
      expect(t.errors).toEqual([]);
    });

    it('fix31i W31-10: «нет» after «Приду» was answered is not taken for «Не смогу»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3193);
      const vera = t.user({ id: 3193, first_name: 'Вера', language_code: 'ru' });
      await reminderAt(t, vera, '2026-11-30T11:00:00Z');
      await vera.text('да');
      expect(vera.lastText()).toBe('Спасибо! Ждём вас.');
      await vera.text('нет');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(0);
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { deliverAll } from '../helpers/outbox.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { seedSampleData } from '../../src/db/seed.js';
import { CoordinatorSettingModel } from '../../src/db/models/coordinator-setting.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { groupWithParticipants } from './fixtures.js';

describe('seat-given-up', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  let t: TestBot;
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
    // The group is created by coordinator 900 (its librarian here), lessons on 1 and 3 December.
    t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
    await groupWithParticipants(t.clock.now(), [{ id: 3401 }, { id: 3402 }]);
  });

  describe('the librarian hears that a member gave up her seat (walk30 W30-14)', () => {
    it('fix30f W30-14: «Освободить и выйти из очереди» from «Моё место»: one line to the librarian, the seat offered to the next person', async () => {
      await addToWaitlist(3403, { centerId: 'novokuznetsk-central', at: new Date('2026-11-20T03:00:00Z') });
      const zina = t.user({ id: 3401, first_name: 'Зинаида', language_code: 'ru' });
      await zina.text('🔢 Моё место в очереди');
      await zina.press('Отказаться от места: Основы компьютерной грамотности');
      await zina.press('Освободить и выйти из очереди');
      expect(zina.lastText()).toBe('Место освобождено. Вы больше не в очереди на этот курс.');
      await deliverAll(t);
      expect(t.telegram.messagesTo(900).map((m) => m.text)).toEqual([
        '📌 Участник 3401 отказывается от места в группе «Основы компьютерной грамотности» и выходит из очереди. Место предложено следующему в очереди: Участник 3403.',
      ]);
      expect(t.errors).toEqual([]);
    });

    it('probe38: the next in line named in that line uses /forget: her name leaves the line, in the ledger and in the librarian\'s chat', async () => {
      await addToWaitlist(3403, { centerId: 'novokuznetsk-central', at: new Date('2026-11-20T03:00:00Z') });
      const zina = t.user({ id: 3401, first_name: 'Зинаида', language_code: 'ru' });
      await zina.text('🔢 Моё место в очереди');
      await zina.press('Отказаться от места: Основы компьютерной грамотности');
      await zina.press('Освободить и выйти из очереди');
      await deliverAll(t);
      expect(t.telegram.messagesTo(900).map((m) => m.text)).toEqual([expect.stringMatching(/Место предложено следующему в очереди: Участник 3403\.$/)]);
      const next = t.user({ id: 3403, first_name: 'Вера', language_code: 'ru' });
      await next.text('/forget');
      await next.press('Да, удалить');
      await deliverAll(t);
      expect(t.telegram.messagesTo(900).map((m) => m.text)).toEqual(['Сообщение удалено: человек попросил удалить свои данные.']);
      expect(await DeliveryModel.countDocuments({ message: /Участник 3403/ })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('fix30f W30-14: «Не смогу» then «Освободить, остаться в очереди» on the reminder, nobody waiting: the librarian (in English) hears both', async () => {
      await CoordinatorSettingModel.updateOne({ _id: 900 }, { $set: { language: 'en' } }, { upsert: true });
      t.clock.current = new Date('2026-11-30T11:00:00Z');
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      await deliverAll(t);
      const olga = t.user({ id: 3402, first_name: 'Ольга', language_code: 'ru' });
      await olga.press('Не смогу');
      await olga.press('Освободить, остаться в очереди');
      expect(olga.lastText()).toBe('Место освобождено. Вы снова в очереди на прежнем месте.');
      expect((await WaitlistEntryModel.findOne({ citizenId: 3402 }).lean())!.status).toBe('waiting');
      await deliverAll(t);
      const notices = t.telegram.messagesTo(900).map((m) => m.text);
      expect(notices).toHaveLength(2);
      expect(notices[0]).toContain('Участник 3402 cannot come to the class');
      expect(notices[1]).toBe('📌 Участник 3402 gave up the seat in the “Basic computer literacy” group and stays on the waiting list. The seat is free: there is nobody in line to offer it to.');
      expect(t.errors).toEqual([]);
    });
  });
});

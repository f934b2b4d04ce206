import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

describe('give-up-seat', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  /** Walk s21 #25: a person in a group had no button to give the seat up (only a first lesson's reminder offered it). */
  describe('"My place in line" for someone in a group', () => {
    it('gives the seat up after a confirmation, back in line at the old place; the seat goes to the next person', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')) });
      const { groupId, entryIds } = await groupWithParticipants(t.clock.now(), [{ id: 9601 }], { centerId: 'mariinsk-central' });
      await addToWaitlist(9602, { centerId: 'mariinsk-central', at: new Date('2026-11-20T03:00:00Z') }); // next in line
      const ivan = t.user({ id: 9601, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await ivan.tap('🔢 Моё место в очереди');
      expect(ivan.buttonLabels()).toEqual(['Сменить центр: Основы компьютерной грамотности', 'Отказаться от места: Основы компьютерной грамотности', '✎ Время или телефон']);
      await ivan.press('Отказаться от места: Основы компьютерной грамотности');
      expect(ivan.lastText()).toBe('Отказаться от места в группе «Основы компьютерной грамотности»? Его сразу предложат следующему в очереди.');
      // Changing one's mind: the list again, the seat kept.
      await ivan.press('Нет, остаться в группе');
      expect(ivan.messages().at(-2)!.text).toContain('Ваши записи:');
      expect(ivan.lastText()).toBe('Хорошо, место остаётся за вами.');
      expect(await WaitlistEntryModel.findById(entryIds[0]).lean()).toMatchObject({ status: 'enrolled' });

      await ivan.press('Отказаться от места: Основы компьютерной грамотности');
      await ivan.press('Освободить, остаться в очереди');
      expect(ivan.lastText()).toBe('Место освобождено. Вы снова в очереди на прежнем месте.');
      const entry = await WaitlistEntryModel.findById(entryIds[0]).lean();
      expect(entry).toMatchObject({ status: 'waiting', joinedAt: new Date(Date.UTC(2026, 9, 1, 3)) });
      expect(entry!.groupId).toBeUndefined();
      expect((await ClassGroupModel.findById(groupId).lean())!.enrolledCount).toBe(0);
      expect(await WaitlistEntryModel.findOne({ citizenId: 9602 }).lean()).toMatchObject({ status: 'offered' });
      expect(t.errors).toEqual([]);
    });

    it('is not offered once the last lesson has begun, and an old button does nothing (probe s22 H2)', async () => {
      // After both lessons (the fixtures' 1 and 3 December), before the librarian marked the last one.
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')) });
      const { groupId, entryIds } = await groupWithParticipants(t.clock.now(), [{ id: 9611 }], { centerId: 'tashtagol-central' });
      await addToWaitlist(9612, { centerId: 'tashtagol-central', at: new Date('2026-11-20T03:00:00Z') }); // joined later
      const ivan = t.user({ id: 9611, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('🔢 Моё место в очереди');
      expect(ivan.buttonLabels()).toContain('Отказаться от места: Основы компьютерной грамотности');
      await ivan.press('Отказаться от места: Основы компьютерной грамотности');
      const confirm = ivan.messages().at(-1)!;

      t.clock.current = new Date('2026-12-10T03:00:00Z');
      await ivan.text('🔢 Моё место в очереди');
      expect(ivan.lastText()).toContain('вы записаны в группу');
      expect(ivan.buttonLabels()).toEqual(['✎ Время или телефон']);
      await ivan.pressData((confirm.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data, confirm); // "Освободить, остаться в очереди"
      expect(await WaitlistEntryModel.findById(entryIds[0]).lean()).toMatchObject({ status: 'enrolled' });
      expect((await ClassGroupModel.findById(groupId).lean())!.enrolledCount).toBe(1);
      expect(await WaitlistEntryModel.findOne({ citizenId: 9612 }).lean()).toMatchObject({ status: 'waiting' });
      expect(t.errors).toEqual([]);
    });
    // fix36c: the reminders job queues up to ten minutes ahead; «завтра занятие» of a seat given up went out anyway.
    it('fix36c: a reminder already queued for the lesson is not sent once she gave the seat up; the others get theirs', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')) });
      const { entryIds } = await groupWithParticipants(t.clock.now(), [{ id: 9621 }, { id: 9622 }], { centerId: 'berezovsky-central' });
      // 17:55 on the eve of the 1 December lesson (UTC+7): the job queues both 18:00 «завтра занятие».
      t.clock.current = new Date('2026-11-30T10:55:00Z');
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      expect(await DeliveryModel.countDocuments({ key: /^rem:/, citizenId: { $in: [9621, 9622] }, status: 'pending' })).toBe(2);
      const ivan = t.user({ id: 9621, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('🔢 Моё место в очереди');
      await ivan.press('Отказаться от места: Основы компьютерной грамотности');
      await ivan.press('Освободить, остаться в очереди');
      expect(await WaitlistEntryModel.findById(entryIds[0]).lean()).toMatchObject({ status: 'waiting' });

      t.clock.current = new Date('2026-11-30T11:01:00Z');
      await deliverAll(t);
      const reminders = (id: number) => t.telegram.messagesTo(id).filter((m) => m.text?.startsWith('Напоминаем: завтра занятие.'));
      expect(reminders(9621)).toEqual([]);
      expect(reminders(9622)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { BroadcastModel } from '../../src/db/models/broadcast.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

describe('lost-center', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOT_ALLOWED = 'Эта команда только для сотрудников библиотеки.';
  const first = (user: TestUser) => user.press(user.buttonLabels()[0]!);

  /** A librarian of two centers; the coordinator unticks `lost` while her flow for it waits on its last step. */
  async function twoCenters(id: number, lost: string) {
    await StaffMemberModel.create({ _id: id, displayName: `Сотрудник ${id}`, centerIds: [lost, 'yurga-central'], addedBy: 900 });
    return () => StaffMemberModel.updateOne({ _id: id }, { $pull: { centerIds: lost } });
  }

  /**
   * Probe29 L3: she is still a librarian (of her other center), so «Эта команда только для сотрудников библиотеки.» is
   * wrong; she is told she no longer works at that center, and nothing is done.
   */
  describe('a staff flow confirmed after the coordinator unticked its center', () => {
    it('/newclass: «Вы больше не работаете в этом центре: группу здесь создать нельзя.», no group', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const untick = await twoCenters(5501, 'mezhdurechensk-central');
      const lena = t.user({ id: 5501, first_name: 'Лена', language_code: 'ru' });
      await lena.text('/newclass');
      await lena.press(/^Госуслуги/);
      await lena.press(/^Междуреченск/);
      await lena.text('8.12');
      await lena.press('📅 По дням недели');
      await lena.press('четверг');
      await lena.press('✓ Готово');
      await lena.text('10:00');
      await lena.text('4');
      await lena.press('90');
      await lena.text('Зал 55');
      await lena.text('6');
      await untick();
      await lena.press('✓ Создать группу');
      expect(lena.lastText()).toBe('Вы больше не работаете в этом центре: группу здесь создать нельзя.');
      expect(await ClassGroupModel.countDocuments({ room: 'Зал 55' })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('/add: «…записать сюда человека нельзя.», nobody added; in English too', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T05:00:00Z')), env: { ADMIN_IDS: '900' } });
      for (const [id, language] of [[5511, 'ru'], [5512, 'en']] as const) {
        const untick = await twoCenters(id, 'belovo-central');
        const vera = t.user({ id, first_name: 'Вера', language_code: language });
        await vera.text('/add');
        await first(vera); // the form is signed
        await vera.text(`Потапова Зинаида ${id === 5511 ? 'Петровна' : 'Ивановна'}`);
        await vera.text(id === 5511 ? '+7 913 000-55-11' : '+7 913 000-55-12');
        await first(vera); // the first course
        await vera.press(/^(Белово|Belovo)/);
        await first(vera); // a time of day
        await untick();
        await first(vera); // confirm
        expect(vera.lastText()).toBe(
          language === 'ru' ? 'Вы больше не работаете в этом центре: записать сюда человека нельзя.' : 'You no longer work at this center: you cannot register a person here.',
        );
      }
      expect(await CitizenModel.countDocuments({ name: /Потапова/ })).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'belovo-central' })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('/change and /broadcast: said why, nothing changed or sent; without any center left: for library staff only', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await groupWithParticipants(t.clock.now(), [{ id: 5531 }]);
      await addToWaitlist(5532, { centerId: 'novokuznetsk-central' });
      const untick = await twoCenters(5521, 'novokuznetsk-central');
      const olga = t.user({ id: 5521, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/broadcast');
      await olga.press('Очереди центра');
      await olga.press(/^Новокузнецк/);
      await olga.press('Все курсы');
      await olga.text('Завтра библиотека закрыта.');
      expect(olga.buttonLabels()).toContain('✓ Отправить');
      await untick();
      await olga.press('✓ Отправить');
      expect(olga.lastText()).toBe('Вы больше не работаете в этом центре: отправить рассылку его людям нельзя.');
      expect(await BroadcastModel.countDocuments({ authorId: 5521 })).toBe(0);

      // /change up to its preview (her one group there: not asked), then the center goes.
      await StaffMemberModel.updateOne({ _id: 5521 }, { $addToSet: { centerIds: 'novokuznetsk-central' } });
      await olga.text('/change');
      await olga.press(/Перенести одно занятие/);
      await olga.press(/^1\. /);
      await olga.text('2.12');
      await olga.text('11:00');
      expect(olga.lastText()).toContain('Было: 1 декабря, вторник, 10:00');
      await untick();
      await olga.press('✓ Подтвердить');
      expect(olga.lastText()).toBe('Вы больше не работаете в этом центре: расписание этой группы изменить нельзя.');
      expect(await AuditEntryModel.countDocuments({ action: 'lesson.move' })).toBe(0);

      // No center at all: she is no longer staff.
      await StaffMemberModel.updateOne({ _id: 5521 }, { $set: { centerIds: ['novokuznetsk-central'] } });
      await olga.text('/change');
      await olga.press(/Перенести одно занятие/);
      await olga.press(/^1\. /);
      await olga.text('2.12');
      await olga.text('11:00');
      await StaffMemberModel.updateOne({ _id: 5521 }, { $set: { centerIds: [] } });
      await olga.press('✓ Подтвердить');
      expect(olga.lastText()).toBe(NOT_ALLOWED);
      expect(t.errors).toEqual([]);
    });
  });
});

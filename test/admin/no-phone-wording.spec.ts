import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { registerAtDesk } from '../../src/domain/desk-registration.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('no-phone-wording', () => {
  /** Probe29 L4: a person with neither Telegram nor a phone is not «to phone» on /export or /broadcast. */
  const NOW = new Date('2026-11-24T03:00:00Z');
  const CENTER = 'belovo-central';
  const LIBRARIAN = 7495;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Вера', centerIds: [CENTER], addedBy: 900 });
    await addToWaitlist(7496, { centerId: CENTER });
    const by = { actorId: LIBRARIAN, now: NOW };
    await registerAtDesk({ name: 'Иванова Мария', phone: '8 923 555-44-39', courseId: 'basics', centerId: CENTER, timeOfDay: 'any', consentSignedOnPaper: true }, by);
    await registerAtDesk({ name: 'Белова Вера', courseId: 'basics', centerId: CENTER, timeOfDay: 'any', consentSignedOnPaper: true }, by);
  });
  afterAll(() => done());

  describe('people with no phone on /export and /broadcast (probe29 L4)', () => {
    it('/export says «нет, сказать лично» for her, «нет, звонить» for someone with a phone', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const vera = t.user({ id: LIBRARIAN, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/export');
      const waitlist = (t.telegram.callsOf('sendDocument')[0]!.payload.document.data as Buffer).toString('utf8');
      const line = (name: string) => waitlist.split('\r\n').find((l) => l.includes(name)) ?? '';
      expect(line('Белова Вера')).toContain(';;"нет, сказать лично";');
      expect(line('Иванова Мария')).toContain('"нет, звонить"');
      expect(t.errors).toEqual([]);
    });

    it('/broadcast\'s preview says whom to phone and whom to tell in person', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const vera = t.user({ id: LIBRARIAN, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/broadcast');
      await vera.press('Очереди центра');
      if (vera.buttonLabels().some((l) => l.startsWith('Белово'))) await vera.press(/^Белово/);
      await vera.press('Все курсы');
      await vera.text('Занятия переносятся.');
      // «переносятся»: the line pointing to /change comes first (walk36 L4).
      expect(vera.lastText()).toBe(
        'Рассылка не меняет расписание и напоминания. Перенести или отменить занятие, сменить аудиторию — /change\n' +
          'Получат в Телеграме: 1. Без Телеграма: 2 — позвоните 1, без телефона 1 — скажите при встрече. Отправить?',
      );
      expect(t.errors).toEqual([]);
    });
  });
});

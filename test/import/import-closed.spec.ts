import { beforeEach, describe, expect, it } from '@jest/globals';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { setCenterActive } from '../../src/domain/centers-admin.js';
import { setCourseActive } from '../../src/domain/courses-admin.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { utf8Csv } from './files.js';

describe('import-closed', () => {
  useSampleDataPerTest();
  // The catalog is cached: the sample data written again for each test is read again.
  beforeEach(() => invalidateCatalog());

  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 90_950;

  /** Probe s23 M4: the coordinator stops a course or hides a center while a librarian reads the /import preview. */
  describe('/import confirmed after the course was stopped or the center hidden', () => {
    it('writes only the rows whose course and center still take people, and names the others', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      await StaffMemberModel.create({ _id: 90_951, displayName: 'Анна', centerIds: ['kemerovo-gogol', 'yurga-central'], addedBy: COORDINATOR });
      const anna = t.user({ id: 90_951, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/import');
      await anna.document(utf8Csv([
        ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'],
        ['Первая Тестовая', '8 913 009-95-01', 'Основы компьютерной грамотности', 'kemerovo-gogol', '01.11.2026'],
        ['Вторая Тестовая', '8 913 009-95-02', 'Госуслуги онлайн', 'yurga-central', '01.11.2026'],
        ['Третья Тестовая', '8 913 009-95-03', 'Основы компьютерной грамотности', 'yurga-central', '01.11.2026'],
      ]), 'list.csv');
      await anna.press('✓ Да, у всех');
      expect(anna.buttonLabels()).toContain('✅ Записать 3');
      expect(await setCenterActive(COORDINATOR, 'kemerovo-gogol', false, NOW, '2w')).toBeTruthy();
      expect(await setCourseActive(COORDINATOR, 'gosuslugi', false, NOW)).toBeTruthy();
      await anna.press('✅ Записать 3');
      const done = anna.lastText();
      expect(done).toContain('Добавлено в очередь: 1.');
      expect(done).toContain('Не подошли: 2.');
      expect(done).toContain('Не записаны, потому что координатор приостановил набор на курс, пока вы смотрели список: строки 3.');
      expect(done).toContain('Не записаны, потому что координатор скрыл центр от жителей, пока вы смотрели список: строки 2.');
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'kemerovo-gogol' })).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ courseId: 'gosuslugi' })).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ courseId: 'basics', centerId: 'yurga-central', status: 'waiting' })).toBe(1);
      expect(t.errors).toEqual([]);
    });
  });
});

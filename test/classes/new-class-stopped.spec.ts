import { beforeEach, describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { setCenterActive } from '../../src/domain/centers-admin.js';
import { setCourseActive } from '../../src/domain/courses-admin.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import type { TestUser } from '../helpers/test-user.js';

describe('new-class-stopped', () => {
  useSampleDataPerTest();
  // The catalog is cached: the sample data written again for each test is read again.
  beforeEach(() => invalidateCatalog());

  const NOW = new Date('2026-12-01T03:00:00Z');

  /** /newclass up to its preview: Госуслуги at Междуреченск, from 8 December. */
  async function toPreview(maria: TestUser) {
    await maria.text('/newclass');
    await maria.press(/^Госуслуги/);
    await maria.press(/^Междуреченск/);
    await maria.text('8.12');
    await maria.press('📅 По дням недели');
    await maria.press('четверг');
    await maria.press('✓ Готово');
    await maria.text('10:00');
    await maria.text('4');
    await maria.press('90');
    await maria.text('Зал 4');
    await maria.text('6');
    expect(maria.buttonLabels()).toContain('✓ Создать группу');
  }

  /** Probe s23 M7: Create re-checks that the course is still offered and the center still shown. */
  describe('/newclass: Create after the coordinator stopped the course or hid the center', () => {
    it('a course stopped while the preview was open: no group, no seat offered, and it is said why', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '960,961' } });
      await addToWaitlist(4801, { centerId: 'mezhdurechensk-central', courseId: 'gosuslugi' });
      const maria = t.user({ id: 960, first_name: 'Мария', language_code: 'ru' });
      await toPreview(maria);
      expect(await setCourseActive(961, 'gosuslugi', false, NOW)).toBeTruthy();
      await maria.press('✓ Создать группу');
      expect(maria.lastText()).toBe('Группа не создана: координатор приостановил набор на этот курс. Когда набор снова начнётся, создайте группу заново: /newclass.');
      expect(await ClassGroupModel.countDocuments({ courseId: 'gosuslugi' })).toBe(0);
      await deliverAll(t);
      expect(t.telegram.messagesTo(4801).map((m) => m.text).join('\n')).not.toContain('есть место');
      expect(t.errors).toEqual([]);
    });

    it('a center hidden while the preview was open: no group, and it is said why', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '962,963' } });
      const maria = t.user({ id: 962, first_name: 'Мария', language_code: 'ru' });
      await toPreview(maria);
      expect(await setCenterActive(963, 'mezhdurechensk-central', false, NOW)).toBeTruthy();
      await maria.press('✓ Создать группу');
      expect(maria.lastText()).toBe('Группа не создана: координатор скрыл этот центр от жителей. Когда центр снова покажут, создайте группу заново: /newclass.');
      expect(await ClassGroupModel.countDocuments({ centerId: 'mezhdurechensk-central' })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });
});

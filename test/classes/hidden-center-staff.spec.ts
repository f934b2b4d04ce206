import { beforeEach, describe, expect, it } from '@jest/globals';
import { PartnerModel } from '../../src/db/models/partner.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { setCenterActive } from '../../src/domain/centers-admin.js';
import { librarian } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { partnerWithLink } from '../partners/fixtures.js';

describe('hidden-center-staff', () => {
  useSampleDataPerTest();
  // The sample data is seeded again for each test: the catalog must not remember the center hidden by the last one.
  beforeEach(() => invalidateCatalog());

  const COORDINATOR = 2960;
  const NOW = new Date('2026-12-02T03:00:00Z');
  const OSINNIKI = 'Осинники, Центральная городская библиотека';
  const YURGA = 'Юрга, Центральная городская библиотека';

  /** walk29 W29-17: a center hidden from citizens is still a center for staff. */
  describe('/staff with a center hidden from citizens', () => {
    it('W29-17: «✎ Центры» lists the hidden center ticked and marked; «Готово» untouched keeps it; /staff names it', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(2961, 'Марина', ['osinniki-central', 'yurga-central']);
      expect(await setCenterActive(COORDINATOR, 'yurga-central', false, NOW, '2w')).toBeTruthy();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      expect(coordinator.lastText()).toContain(`${OSINNIKI}; ${YURGA}`);
      expect(coordinator.lastText()).not.toContain('yurga-central');
      await coordinator.press('✎ Центры: Марина');
      expect(coordinator.buttonLabels()).toContain('Юрга: Центральная городская библиотека (⏸ скрыт до 16 декабря) — выбрано');
      await coordinator.press('✓ Готово');
      expect(coordinator.lastText()).toBe(`Готово. Где работает Марина: ${OSINNIKI}; ${YURGA}.`);
      expect((await StaffMemberModel.findById(2961).lean())?.centerIds).toEqual(['osinniki-central', 'yurga-central']);
      await deliverAll(t);
      expect(t.telegram.messagesTo(2961).map((m) => m.text ?? '').join('\n')).not.toContain('больше не работаете');
      expect(t.errors).toEqual([]);
    });

    it('W29-17: a hidden center unticked is named in what she is told', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(2971, 'Ольга', ['osinniki-central', 'yurga-central']);
      expect(await setCenterActive(COORDINATOR, 'yurga-central', false, NOW)).toBeTruthy();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✎ Центры: Ольга');
      await coordinator.press('Юрга: Центральная городская библиотека (⏸ скрыт от жителей) — выбрано');
      await coordinator.press('✓ Готово');
      expect(coordinator.lastText()).toBe(`Готово. Где работает Ольга: ${OSINNIKI}.`);
      await deliverAll(t);
      expect(t.telegram.messagesTo(2971).map((m) => m.text ?? '')).toContainEqual(expect.stringContaining(`Вы больше не работаете здесь: ${YURGA}.`));
      expect(t.errors).toEqual([]);
    });

    it('W29-17: editing a partner keeps its hidden center ticked and saved', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
      const { id } = await partnerWithLink({ name: 'Совет ветеранов Юрги', centerIds: ['osinniki-central', 'yurga-central'] });
      expect(await setCenterActive(COORDINATOR, 'yurga-central', false, NOW)).toBeTruthy();
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/partners');
      await coordinator.press('Совет ветеранов Юрги');
      await coordinator.press('✏️ Изменить');
      await coordinator.press('Центры');
      expect(coordinator.buttonLabels()).toContain('Юрга: Центральная городская библиотека (⏸ скрыт от жителей) — выбрано');
      await coordinator.press('✓ Готово');
      expect(coordinator.lastText()).toContain(`${OSINNIKI}; ${YURGA}`);
      await coordinator.press('✓ Сохранить');
      expect((await PartnerModel.findById(id).lean())?.centerIds).toEqual(['osinniki-central', 'yurga-central']);
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { GroupRequestModel } from '../../src/db/models/group-request.js';
import { seedSampleData } from '../../src/db/seed.js';
import { setPartnerActive } from '../../src/domain/partners/partners.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('deactivated-mid-flow', () => {
  /**
   * Probe s18 F2: a partner deactivated while its representative is on the last
   * step of /request or /add. Nothing is saved (right), but the answer was "This
   * command is for library staff only."; now it says the organization's access was closed.
   */
  const NOW = new Date('2026-11-24T03:00:00Z');
  const env = { ADMIN_IDS: '900' };

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('a partner deactivated while its representative fills a form', () => {
    it('/request: "access closed, nothing sent", in Russian', async () => {
      const t = createTestBot({ env });
      const { id } = await partnerWithLink({ name: 'Больница № 5', centerIds: ['kemerovo-regional'] }, 7501);
      const rep = t.user({ id: 7501, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/request');
      await rep.press('Основы компьютерной грамотности');
      await rep.text('8'); // one center: not asked
      await rep.press('понедельник');
      await rep.press('✓ Готово');
      await rep.press('Утром');
      await rep.press('✓ Готово');
      await rep.text('Для медсестёр');
      expect(await setPartnerActive(900, id, false, NOW)).toBe(true);
      await rep.press('✓ Отправить заявку');
      expect(rep.lastText()).toBe('Доступ вашей организации к боту закрыт, поэтому заявка не отправлена. Если это ошибка, свяжитесь с библиотекой.');
      expect(await GroupRequestModel.countDocuments({ partnerId: id })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('/add: "access closed, the person was not registered", in English', async () => {
      const t = createTestBot({ env });
      const { id } = await partnerWithLink({ name: 'Social service', kind: 'social', centerIds: ['kemerovo-gogol'] }, 7502);
      const rep = t.user({ id: 7502, first_name: 'Olga', language_code: 'en' });
      await rep.text('/add');
      await rep.press(/^✓ Yes/);
      await rep.text('Anna Smirnova');
      await rep.text('8 923 555-44-77');
      await rep.press('Basic computer literacy');
      await rep.press('Morning');
      expect(await setPartnerActive(900, id, false, NOW)).toBe(true);
      await rep.press(/^✓ /);
      expect(rep.lastText()).toBe("Your organization's access to the bot was closed, so the person was not registered. If this is a mistake, contact the library.");
      expect(await CitizenModel.countDocuments({ phoneKey: '+79235554477' })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });
});

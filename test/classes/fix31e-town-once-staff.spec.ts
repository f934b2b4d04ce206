import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { groupWithOffers } from './fixtures.js';

describe('fix31e-town-once-staff', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    // The coordinator named the center with its town in it (walk30 W30-15).
    await CenterModel.create({
      _id: 'topki-central-31', name: 'Центральная библиотека Топки', town: 'Топки', address: 'улица Луначарского, 23', latitude: 55.27, longitude: 85.61,
      phone: '+7 38454 4-12-33', hours: 'будни 10:00–18:00', en: { name: 'Tsentralnaia biblioteka Topki', town: 'Topki', address: '23 Lunacharskogo St', hours: 'weekdays 10:00–18:00' },
    });
    invalidateCatalog();
    await StaffMemberModel.create([
      { _id: 31521, displayName: 'Галина', centerIds: ['topki-central-31', 'kemerovo-regional'], addedBy: 900 },
      { _id: 31522, displayName: 'Kate', centerIds: ['topki-central-31'], addedBy: 900 },
    ]);
  });
  afterAll(() => done());

  describe('staff screens say a center whose name holds its town once (walk30 W30-15)', () => {
    it('fix31e W30-15: /classes and /newclass say «Центральная библиотека Топки», not «Топки, Центральная библиотека Топки»', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await groupWithOffers(t.clock.now(), { centerId: 'topki-central-31', capacity: 2, actorId: 31521 });
      const galina = t.user({ id: 31521, first_name: 'Галина', language_code: 'ru' });
      const kate = t.user({ id: 31522, first_name: 'Kate', language_code: 'en' });

      await galina.text('/classes');
      expect(galina.lastText()).toContain('\nЦентральная библиотека Топки: группа на кнопке 1');
      expect(galina.lastText()).not.toContain('Топки, Центральная');
      await kate.text('/classes');
      expect(kate.lastText()).toContain('\nTsentralnaia biblioteka Topki: ');
      expect(kate.lastText()).not.toContain('Topki, Tsentralnaia');

      // Her two centers on /newclass's buttons: the other still with its town.
      await galina.text('/newclass');
      await galina.press('Основы компьютерной грамотности');
      expect(galina.buttonLabels()).toEqual(expect.arrayContaining(['Центральная библиотека Топки', 'Кемерово: Областная научная библиотека имени В. Д. Фёдорова']));
      expect(t.errors).toEqual([]);
    });

    it('walk40 L6: /add\'s center buttons, summary and answer say «Центральная библиотека Топки» once', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const galina = t.user({ id: 31521, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/add');
      await galina.press('✓ Да, бланк подписан');
      await galina.text('Сомова Лидия Ивановна');
      await galina.text('8 923 555-31-40');
      await galina.press('Основы компьютерной грамотности');
      expect(galina.buttonLabels()).toEqual(expect.arrayContaining(['Центральная библиотека Топки', 'Кемерово: Областная научная библиотека имени В. Д. Фёдорова']));
      await galina.press('Центральная библиотека Топки');
      await galina.press('Не важно');
      expect(galina.lastText()).toContain('\nЦентр: Центральная библиотека Топки\n');
      await galina.press('✓ Записать в очередь');
      // «Записали в очередь: …» or, with the seat the test above left free, «Записали: …»: the center said once either way.
      expect(galina.lastText()).toMatch(/^Записали( в очередь)?: «Основы компьютерной грамотности», Центральная библиотека Топки\. /);
      expect(galina.messages().map((m) => m.text ?? '').join('\n')).not.toContain('Топки, Центральная');
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { nameInTown, saysTown } from '../../src/domain/center-names.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from './fixtures.js';

describe('town-once-and-empty-line', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    // The coordinator named the center with its town in it (walk30 W30-15).
    await CenterModel.create({
      _id: 'topki-central', name: 'Центральная библиотека Топки', town: 'Топки', address: 'улица Луначарского, 23', latitude: 55.27, longitude: 85.61,
      phone: '+7 38454 4-12-33', hours: 'будни 10:00–18:00', en: { name: 'Tsentralnaia biblioteka Topki', town: 'Topki', address: '23 Lunacharskogo St', hours: 'weekdays 10:00–18:00' },
    });
    invalidateCatalog();
  });
  afterAll(() => done());

  describe('walk30 W30-15: small things', () => {
    it('fix30f W30-15: a center whose name holds its town is not followed by the town again (offer, in either language)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await addToWaitlist(3701, { at: new Date(Date.UTC(2026, 9, 1)), centerId: 'topki-central' });
      await addToWaitlist(3702, { at: new Date(Date.UTC(2026, 9, 2)), centerId: 'topki-central', language: 'en' });
      await groupWithOffers(t.clock.now(), { centerId: 'topki-central', capacity: 2 });
      await deliverAll(t);
      expect(t.telegram.messagesTo(3701).at(-1)!.text).toContain('Где: Центральная библиотека Топки, улица Луначарского, 23, Зал 1');
      expect(t.telegram.messagesTo(3702).at(-1)!.text).toContain('Where: Tsentralnaia biblioteka Topki, 23 Lunacharskogo St');
      // A name that only looks like it keeps its town; a title with the town added by centerTitle says it once.
      expect(nameInTown('Библиотека Кузнецкого района', 'Новокузнецк')).toBe('Библиотека Кузнецкого района, Новокузнецк');
      expect(nameInTown('Топкинская библиотека', 'Топки')).toBe('Топкинская библиотека, Топки');
      expect(saysTown('Библиотека Новокузнецка', 'Новокузнецк')).toBe(true);
      expect(saysTown('Центральная городская библиотека, Таштагол', 'Таштагол')).toBe(true);
      expect(t.errors).toEqual([]);
    });

    it('fix30f W30-15: /newclass at a center with nobody in line says so, not «Предложено мест людям из очереди: 0»', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await WaitlistEntryModel.deleteMany({ centerId: 'topki-central' });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/newclass');
      await maria.press('Основы компьютерной грамотности');
      await maria.press(/Центральная библиотека Топки/);
      await maria.press('1 декабря, вторник');
      await maria.press('📅 По дням недели');
      await maria.press('четверг');
      await maria.press('✓ Готово');
      await maria.text('10:00');
      await maria.press('4');
      await maria.press('90');
      await maria.text('Зал 2');
      await maria.text('8');
      await maria.press('✓ Создать группу');
      expect(maria.lastText()).toBe('Группа создана. В очереди пока никого: места предложим, когда люди запишутся.');
      expect(t.errors).toEqual([]);
    });
  });
});

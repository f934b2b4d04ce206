import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { seedSampleData } from '../../src/db/seed.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { librarian, paperPerson } from './fixtures.js';

describe('closure-calls', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  /**
   * Walk s20 #46: hiding a center wrote to the people with Telegram waiting there, and nobody phoned those without
   * it (the confirmation promised to tell them all). They are now calls, listed for the center's librarians.
   */
  describe('a center hidden from citizens', () => {
    it("its people without Telegram become calls for its librarians, who tick them off; the Telegram people are written to", async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(7601, 'Нина', ['belovo-central']);
      await paperPerson(-(2 ** 49 + 601), { name: 'Зинаида Звонкова', phone: '+79135556001', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'belovo-central' });
      await paperPerson(-(2 ** 49 + 602), { name: 'Тимофей Трубкин', phone: '+79135556002', joinedAt: new Date('2026-10-02T03:00:00Z'), centerId: 'belovo-central' });
      await addToWaitlist(7611, { centerId: 'belovo-central' });

      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/centers');
      await olga.press('Белово: Центральная городская библиотека');
      await olga.press('⏸ Скрыть от жителей');
      expect(olga.lastText()).toContain('В его очереди: 3.');
      await olga.press('⏸ Срок пока неизвестен');
      await deliverAll(t);

      const telegramPerson = t.user({ id: 7611, first_name: 'Вера', language_code: 'ru' });
      expect(telegramPerson.lastText()).toMatch(/^Центр пока не принимает записи/);
      expect(await CallTaskModel.countDocuments({ kind: 'change', topic: 'closure', centerId: 'belovo-central' })).toBe(2);
      const nina = t.user({ id: 7601, first_name: 'Нина', language_code: 'ru' });
      expect(nina.lastText()).toBe(
        '📞 Позвоните 2 людям без Телеграма: центр пока не принимает записи (Белово, Центральная городская библиотека). Предложите другой центр (место в очереди сохранится), подождать или выход из очереди.',
      );
      await nina.press('📋 Открыть список');
      expect(nina.lastText()).toContain('Центр пока не принимает записи (Белово, Центральная городская библиотека). Позвоните и предложите другой центр, подождать или выход из очереди (0 из 2):');
      expect(nina.lastText()).toContain('Зинаида Звонкова, +7 913 555-60-01');
      await nina.press(/Зинаида Звонкова/);
      expect(nina.lastText()).toContain('(1 из 2)');
      expect(nina.lastText()).toMatch(/\n• Зинаида Звонкова, \+7 913 555-60-01 — позвонили \(/); // not «✓» (walk31 W31-04)
      expect(t.errors).toEqual([]);
    });

    it('shown again: a closing call not made is dropped, and whoever was phoned is phoned the good news (walk s21 #15)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(7621, 'Лида', ['prokopyevsk-central']);
      const called = -(2 ** 49 + 621);
      await paperPerson(called, { name: 'Клавдия Крылова', phone: '+79135556021', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'prokopyevsk-central' });
      await paperPerson(-(2 ** 49 + 622), { name: 'Пётр Пряхин', phone: '+79135556022', joinedAt: new Date('2026-10-02T03:00:00Z'), centerId: 'prokopyevsk-central' });

      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/centers');
      await olga.press('Прокопьевск: Центральная городская библиотека');
      await olga.press('⏸ Скрыть от жителей');
      await olga.press('⏸ Срок пока неизвестен');
      await deliverAll(t);
      const lida = t.user({ id: 7621, first_name: 'Лида', language_code: 'ru' });
      await lida.press('📋 Открыть список');
      await lida.press(/Клавдия Крылова/); // phoned: "your center closed"

      await olga.press('▶️ Снова показывать');
      await deliverAll(t);
      // Пряхин was never phoned: nobody phones him about a closing that is over. Крылова hears it is open again.
      expect(await CallTaskModel.countDocuments({ topic: 'closure', centerId: 'prokopyevsk-central' })).toBe(0);
      expect(await CallTaskModel.find({ topic: 'reopen', centerId: 'prokopyevsk-central' }).lean()).toMatchObject([{ citizenId: called, done: false }]);
      expect(lida.lastText()).toBe(
        '📞 Позвоните 1 человеку без Телеграма: центр снова принимает записи (Прокопьевск, Центральная городская библиотека). Скажите, что место в очереди сохранилось и ничего делать не нужно.',
      );
      await lida.press('📋 Открыть список');
      expect(lida.lastText()).toContain('Центр снова принимает записи (Прокопьевск, Центральная городская библиотека). Позвоните и скажите, что место в очереди сохранилось (0 из 1):');
      expect(lida.lastText()).toContain('Клавдия Крылова, +7 913 555-60-21');
      expect(lida.lastText()).not.toContain('Пряхин');
      expect(t.errors).toEqual([]);
    });
  });
});

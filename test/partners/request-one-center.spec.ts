import { describe, expect, it } from '@jest/globals';
import { GroupRequestModel } from '../../src/db/models/group-request.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('request-one-center', () => {
  /** A partner's /request asks for centers only when there is a choice (walk s18 #13: one center to tick, then "Готово"). */
  useSampleDataPerTest();

  describe('/request and the partner\'s centers', () => {
    it('a partner with one center is not asked where: the summary names the center and the request is for it', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Больница № 7', centerIds: ['kemerovo-regional'] }, 7601);
      const rep = t.user({ id: 7601, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/request');
      await rep.press('Основы компьютерной грамотности');
      await rep.text('8');
      // Straight to the days, with Back to the number of people.
      expect(rep.lastText()).toBe('В какие дни удобно? Отметьте и нажмите «Готово».');
      await rep.press('Назад');
      expect(rep.lastText()).toContain('Сколько человек будет учиться?');
      // The number among words is read (walk s20 #16); three numbers are asked again (two are a range: walk35 L5).
      await rep.text('8, 9 или 10');
      expect(rep.lastText()).toMatch(/^Напишите число от 1 до 50/);
      await rep.text('около 8 человек');
      expect(rep.lastText()).toBe('В какие дни удобно? Отметьте и нажмите «Готово».');
      await rep.press('понедельник');
      await rep.press('✓ Готово');
      await rep.press('Утром');
      await rep.press('✓ Готово');
      await rep.press('Без примечания');
      expect(rep.lastText()).toMatch(/Центры: Кемерово, .*Областн/);
      await rep.press('✓ Отправить заявку');
      expect(rep.lastText()).toBe('Заявка отправлена. Мы сообщим, когда библиотека её рассмотрит.');
      expect((await GroupRequestModel.findOne({ partnerId: id }).lean())?.centerIds).toEqual(['kemerovo-regional']);
      expect(t.errors).toEqual([]);
    });

    it('«человек 6-7» is read as 7, and the summary says so; «шесть», «6 человек» and «человек 6» are 6 (walk35 L5)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Больница № 9', centerIds: ['kemerovo-regional'] }, 7603);
      const rep = t.user({ id: 7603, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/request');
      await rep.press('Основы компьютерной грамотности');
      for (const typed of ['шесть', '6 человек', 'человек 6']) {
        await rep.text(typed);
        expect(rep.lastText()).toBe('В какие дни удобно? Отметьте и нажмите «Готово».');
        await rep.press('Назад');
      }
      await rep.text('человек 60');
      expect(rep.lastText()).toMatch(/^Напишите число от 1 до 50/);
      await rep.text('человек 6-7');
      expect(rep.lastText()).toBe('В какие дни удобно? Отметьте и нажмите «Готово».');
      await rep.press('понедельник');
      await rep.press('✓ Готово');
      await rep.press('Утром');
      await rep.press('✓ Готово');
      await rep.press('Без примечания');
      expect(rep.lastText()).toContain('Сколько человек: 7 (вы написали 6–7, считаем по большему)');
      await rep.press('✓ Отправить заявку');
      expect((await GroupRequestModel.findOne({ partnerId: id }).lean())?.people).toBe(7);
      expect(t.errors).toEqual([]);
    });

    it('a partner with two centers ticks them', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await partnerWithLink({ name: 'Больница № 8', centerIds: ['kemerovo-regional', 'kemerovo-gogol'] }, 7602);
      const rep = t.user({ id: 7602, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/request');
      await rep.press('Основы компьютерной грамотности');
      await rep.text('8');
      expect(rep.lastText()).toBe('В каких центрах удобно заниматься? Отметьте и нажмите «Готово».');
      expect(t.errors).toEqual([]);
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('referral-kept', () => {
  useSampleDataPerTest();

  const env = { ADMIN_IDS: '900' };
  const HOUR = 3600_000;

  /** walk30 W30-12: a join from a partner's link begun again (after /cancel, a later open) is still the partner's, for a day. */
  describe('a referral kept in the chat', () => {
    it('a join begun again after /cancel and /start is still «от организации»; a day later it is the person\'s own', async () => {
      const clock = new TestClock();
      const t = createTestBot({ env, clock });
      const { id, code } = await partnerWithLink({ name: 'Центр занятости' });
      const petr = t.user({ id: 30_821, first_name: 'Пётр', language_code: 'ru' });
      await petr.text(`/start ${code}`);
      expect(petr.lastText()).toContain('Шаг 1 из 4');
      await petr.press('Основы компьютерной грамотности');
      await petr.text('/cancel');
      clock.advance(3 * HOUR);
      await petr.text('/start');
      await petr.tap('📝 Записаться на курс');
      // The partner's one center again, not asked.
      expect(petr.lastText()).toContain('Запись в центр: Областная научная библиотека имени В. Д. Фёдорова, Кемерово.\nШаг 1 из 4');
      await joinWaitlist(petr, { from: 'course', to: 'phone', centerChosen: true });
      expect(petr.lastText()).toContain('Вас направила организация: Центр занятости');
      await joinWaitlist(petr, { from: 'confirm' });
      expect(String((await WaitlistEntryModel.findOne({ citizenId: petr.id }).lean())?.partnerId)).toBe(id);

      // Another course later: the person's own join (the link was used).
      await petr.tap('📝 Записаться на курс');
      expect(petr.lastText()).toContain('Шаг 1 из');
      expect(petr.lastText()).not.toContain('Запись в центр');

      // A day after the link: a join is the person's own.
      const vera = t.user({ id: 30_822, first_name: 'Вера', language_code: 'ru' });
      await vera.text(`/start ${code}`);
      await vera.text('/cancel');
      clock.advance(25 * HOUR);
      await vera.tap('📝 Записаться на курс');
      expect(vera.lastText()).toMatch(/^Шаг 1 из 5/);
      expect(t.errors).toEqual([]);
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { librarian } from '../calls/fixtures.js';
import { excelCsv1251, HEADER_RU } from '../import/files.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from './fixtures.js';

describe('offers-on-joining', () => {
  /**
   * A group at a center has a free seat and nobody is waiting there. Whoever
   * comes onto that line next (joining, moving from another center, registered
   * at the desk, imported from a paper list) is offered the seat at once, not at
   * the offers job's next run up to 10 minutes later. None of these tests runs that job.
   */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-25T03:00:00Z'); // the group's lessons start on 1 December
  const COORDINATOR = 900;
  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const OFFER = 'Для вас есть место в группе!';

  describe('a free seat goes to whoever comes onto the line', () => {
    it('a citizen who joins is offered it at once, after the message with their place', async () => {
      const t = setup();
      expect((await groupWithOffers(NOW)).offered).toBe(0);
      const ivan = t.user({ id: 4001, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await joinWaitlist(ivan, { center: /^Областная/ });
      await deliverAll(t);
      const texts = ivan.messages().map((m) => m.text ?? '');
      const placed = texts.findIndex((text) => text.includes('Ваше место в очереди: 1.'));
      expect(placed).toBeGreaterThanOrEqual(0);
      expect(texts.findIndex((text) => text.includes(OFFER))).toBeGreaterThan(placed);
      expect(await WaitlistEntryModel.findOne({ citizenId: 4001 }).lean()).toMatchObject({ status: 'offered' });
      expect(t.errors).toEqual([]);
    });

    it('fix30a W29-20: «Готово» before a seat offered at once says the offer is below, not «бот напишет»; with no seat free, «бот напишет», and a word may answer', async () => {
      const t = setup();
      await groupWithOffers(NOW, { capacity: 1 });
      const ivan = t.user({ id: 4011, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await joinWaitlist(ivan, { center: /^Областная/ });
      const done = ivan.lastText();
      expect(done).toMatch(/^Готово! Вы в очереди на курс «Основы компьютерной грамотности»\.\nЦентр: Областная.*\nВаше место в очереди: 1\.\nДля вас уже есть место в группе: предложение в сообщении ниже\. Ответить можно кнопкой или словами «да» или «нет»\.$/);
      await deliverAll(t);
      expect(ivan.lastText()).toContain(OFFER);
      // The one seat is offered: the next to join waits, and is told the bot will write.
      const emily = t.user({ id: 4012, first_name: 'Emily', language_code: 'en' });
      await emily.text('/start');
      await emily.tap('📝 Join a course');
      await emily.press('Basic computer literacy');
      await emily.press('Kemerovo');
      await emily.press(/^Fedorov Regional/);
      await emily.press('Morning');
      if (emily.buttonLabels().includes('✓ I agree')) await emily.press('✓ I agree');
      if (emily.replyButtons().some((b) => b.request_contact)) await emily.tap('Skip');
      await emily.press('✓ All correct, sign me up');
      expect(emily.lastText()).toMatch(/^Done! .*\nYour place in line: 1\.\nWhen a group has a seat for you, the bot will write to you\. You can answer with a button or type "yes" or "no"\.$/s);
      expect(await WaitlistEntryModel.findOne({ citizenId: 4012 }).lean()).toMatchObject({ status: 'waiting' });
      expect(t.errors).toEqual([]);
    });

    it('a citizen who moves to that center is offered it at once', async () => {
      const t = setup();
      await addToWaitlist(4002, { centerId: 'kemerovo-gogol', at: new Date('2026-10-01T03:00:00Z') });
      expect((await groupWithOffers(NOW)).offered).toBe(0); // the group is at the regional library
      const olga = t.user({ id: 4002, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('🔢 Моё место в очереди');
      await olga.press('Сменить центр: Основы компьютерной грамотности');
      await olga.press('Кемерово');
      await olga.press(/^Областная/);
      await olga.press('✅ Да, перейти');
      expect(olga.lastText()).toMatch(/^Готово. Теперь ваш центр: Областная/);
      await deliverAll(t);
      expect(olga.lastText()).toContain(OFFER);
      expect(t.errors).toEqual([]);
    });

    it('a person registered at the desk: the librarians get the call task while the person may still be there', async () => {
      const t = setup();
      await librarian(700, 'Анна');
      await groupWithOffers(NOW);
      const anna = t.user({ id: 700, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Петрова Зинаида Ивановна');
      await anna.text('8 923 555-12-34');
      await anna.press('Основы компьютерной грамотности');
      await anna.press('Не важно');
      await anna.press('✓ Записать в очередь');
      // The person is still at the desk: she is told there is a seat now, and the call's card comes below (walk28 W28-12),
      // once: through the outbox, as to the center's other librarians (walk34 W34-01).
      expect(await CallTaskModel.countDocuments({ status: 'open' })).toBe(1);
      await deliverAll(t);
      expect(anna.messages().at(-2)!.text).toMatch(/^Записали: «Основы.*Для человека уже есть место в группе: спросите его сейчас/);
      expect(anna.lastText()).toMatch(/^📞 Позвоните: для человека без Телеграма есть место в группе.\nПетрова Зинаида Ивановна, \+7 923 555-12-34\n/);
      expect(t.errors).toEqual([]);
    });

    it('people imported from a paper list: the seats go to the longest waiting of them', async () => {
      const t = setup();
      await groupWithOffers(NOW, { centerId: 'belovo-central', capacity: 1 });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/import');
      const place = 'Центральная городская библиотека, Белово';
      await coordinator.document(
        excelCsv1251([
          HEADER_RU,
          ['1', 'Иванова Мария', '+7 923 123-45-60', 'Основы компьютерной грамотности', place, '02.11.2026', '', ''],
          ['2', 'Петров Иван', '+7 923 123-45-61', 'Основы компьютерной грамотности', place, '01.11.2026', '', ''],
        ]),
        'Белово.csv',
      );
      await coordinator.press('✓ Да, у всех');
      await coordinator.press('✅ Записать 2');
      expect(coordinator.lastText()).toMatch(/^Готово. Добавлено в очередь: 2./);
      const offered = await WaitlistEntryModel.find({ status: 'offered' }).lean();
      expect(offered).toHaveLength(1);
      expect(offered[0]!.joinedAt).toEqual(new Date('2026-10-31T17:00:00Z')); // 1 November in Kuzbass: Петров
      expect(await CallTaskModel.countDocuments({ status: 'open' })).toBe(1);
      expect(t.errors).toEqual([]);
    });
  });
});

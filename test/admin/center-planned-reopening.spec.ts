import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CenterModel } from '../../src/db/models/center.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { deliverAll } from '../helpers/outbox.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { librarian, paperPerson } from '../calls/fixtures.js';

describe('center-planned-reopening', () => {
  // Walk s21 W21-14: a center closed for a while says until when, and the coordinator is reminded that day.
  const NOW = new Date('2026-12-01T03:00:00Z'); // 10:00 in Kemerovo
  const COORDINATOR = 901;
  const WAITING_RU = 3301;
  const WAITING_EN = 3302;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await addToWaitlist(WAITING_RU, { centerId: 'yurga-central' });
    await addToWaitlist(WAITING_EN, { centerId: 'belovo-central', language: 'en' });
  });
  afterAll(() => done());

  const bot = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const coordinator = (t: TestBot) => t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
  const lastToast = (t: TestBot) => t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload;

  describe('hiding a center for a while', () => {
    it('asks for how long, tells the waiting the day, reminds the coordinator on it, and the reminder opens the card', async () => {
      const t = bot();
      const olga = coordinator(t);
      await olga.text('/centers');
      await olga.press('Юрга: Центральная городская библиотека');
      await olga.press('⏸ Скрыть от жителей');
      expect(olga.lastText()).toMatch(/^Скрыть центр от жителей\? На какой срок\?\nЮрга: Центральная городская библиотека\nВ его очереди: 1\./);
      expect(olga.buttonLabels()).toEqual(['⏸ Скрыть на неделю', '⏸ Скрыть на 2 недели', '⏸ Скрыть на месяц', '⏸ Скрыть на 3 месяца', '⏸ Срок пока неизвестен', '📅 До другого дня', 'Назад']);
      await olga.press('⏸ Скрыть на 2 недели');
      expect(lastToast(t)).toMatchObject({ text: expect.stringMatching(/^Центр скрыт от жителей до 15 декабря\. .*: 1\. 15 декабря напомним вам снова показать центр\.$/), show_alert: true });
      expect(olga.lastText()).toContain('Статус: ⏸ скрыт от жителей до 15 декабря (в этот день напомним вам показать его снова)');
      expect(await CenterModel.findById('yurga-central').lean()).toMatchObject({ active: false, reopensOn: '2026-12-15' });
      expect((await AuditEntryModel.findOne({ action: 'center.deactivate', target: 'center:yurga-central' }).lean())!.details).toEqual({ reopensOn: '2026-12-15' });

      // The person waiting there hears the day, and sees it under "My place in line".
      await deliverAll(t);
      const waiting = t.user({ id: WAITING_RU, first_name: 'Участник', language_code: 'ru' });
      expect(waiting.lastText()).toMatch(/^Центр не принимает записи на курс «Основы компьютерной грамотности» примерно до 15 декабря: Центральная городская библиотека, Юрга\.\nВаше место не пропало\. Можно подождать/);
      await waiting.text('🔢 Моё место в очереди');
      expect(waiting.lastText()).toContain('«Основы компьютерной грамотности», Центральная городская библиотека, Юрга: центр не принимает записи примерно до 15 декабря.');

      // Nothing for the coordinator before the day; on its morning, a reminder whose button opens the card.
      t.clock.current = new Date('2026-12-15T01:59:00Z');
      await deliverAll(t);
      expect(t.telegram.messagesTo(COORDINATOR).filter((m) => /собирался снова начать запись/.test(m.text ?? ''))).toHaveLength(0);
      t.clock.current = new Date('2026-12-15T02:00:00Z'); // 09:00 in Kemerovo
      await deliverAll(t);
      expect(olga.lastText()).toBe(
        'Сегодня, 15 декабря, центр собирался снова начать запись: Юрга, Центральная городская библиотека. Если он готов, откройте карточку и нажмите «Снова показывать». Если нет, ничего не делайте: центр останется скрытым.',
      );
      await olga.press('🏛 Открыть карточку центра');
      expect(olga.lastText()).toContain('Статус: ⏸ скрыт от жителей до 15 декабря');
      await olga.press('▶️ Снова показывать');
      expect(await CenterModel.findById('yurga-central').lean()).toMatchObject({ active: true });
      expect((await CenterModel.findById('yurga-central').lean())!.reopensOn).toBeUndefined();
      expect(t.errors).toEqual([]);
    });

    it('shown again before the day: the reminder never comes; English readers get the day in English', async () => {
      const t = bot();
      const olga = coordinator(t);
      await olga.text('/centers');
      await olga.press('Белово: Центральная городская библиотека');
      await olga.press('⏸ Скрыть от жителей');
      await olga.press('⏸ Скрыть на месяц');
      expect(await CenterModel.findById('belovo-central').lean()).toMatchObject({ active: false, reopensOn: '2026-12-31' });
      await deliverAll(t);
      const john = t.user({ id: WAITING_EN, first_name: 'John', language_code: 'en' });
      expect(john.lastText()).toMatch(/^A center is not taking people for "Basic computer literacy" until about 31 December: /);

      await olga.press('▶️ Снова показывать');
      t.clock.current = new Date('2027-01-01T03:00:00Z');
      await deliverAll(t);
      expect(t.telegram.messagesTo(COORDINATOR).filter((m) => /собирался снова начать запись/.test(m.text ?? ''))).toHaveLength(0);
      expect(john.lastText()).toMatch(/^Good news: /);
      expect(t.errors).toEqual([]);
    });

    it("the librarians phoning people without Telegram are given the day too", async () => {
      const t = bot();
      await librarian(7701, 'Нина', ['mariinsk-central']);
      await paperPerson(-(2 ** 49 + 701), { name: 'Зинаида Звонкова', phone: '+79135557001', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'mariinsk-central' });
      const olga = coordinator(t);
      await olga.text('/centers');
      await olga.press('Мариинск: Центральная районная библиотека');
      await olga.press('⏸ Скрыть от жителей');
      await olga.press('⏸ Скрыть на 3 месяца'); // more than two months on: with its year (probe30 M1)
      await deliverAll(t);
      const nina = t.user({ id: 7701, first_name: 'Нина', language_code: 'ru' });
      expect(nina.lastText()).toBe(
        '📞 Позвоните 1 человеку без Телеграма: центр не принимает записи примерно до 2 марта 2027 года (Мариинск, Центральная районная библиотека). Предложите другой центр (место в очереди сохранится), подождать или выход из очереди.',
      );
      expect(t.errors).toEqual([]);
    });

    it('hidden, shown and hidden again the same day still reminds; a day gone by is not told to people (probe s23 M2, L5)', async () => {
      const t = bot();
      const olga = coordinator(t);
      await addToWaitlist(3303, { centerId: 'osinniki-central' });
      await olga.text('/centers');
      await olga.press('Осинники: Центральная городская библиотека');
      for (let i = 0; i < 2; i++) {
        await olga.press('⏸ Скрыть от жителей');
        await olga.press('⏸ Скрыть на 2 недели');
        if (i === 0) await olga.press('▶️ Снова показывать');
        t.clock.advance(60_000);
      }
      t.clock.current = new Date('2026-12-15T02:00:00Z');
      await deliverAll(t);
      expect(t.telegram.messagesTo(COORDINATOR).filter((m) => /^Сегодня, 15 декабря, центр собирался снова начать запись: Осинники/.test(m.text ?? ''))).toHaveLength(1);
      // Still hidden a month later: the person's "my place" no longer names a day that has passed.
      t.clock.current = new Date('2027-01-20T03:00:00Z');
      const waiting = t.user({ id: 3303, first_name: 'Участник', language_code: 'ru' });
      await waiting.text('🔢 Моё место в очереди');
      expect(waiting.lastText()).toContain('этот центр пока не принимает записи');
      expect(waiting.lastText()).not.toContain('15 декабря');
      expect(t.errors).toEqual([]);
    });
  });
});

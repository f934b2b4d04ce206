import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BroadcastModel } from '../../src/db/models/broadcast.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { seedSampleData } from '../../src/db/seed.js';
import { registerAtDesk } from '../../src/domain/desk-registration.js';
import { broadcastProgressTick } from '../../src/jobs/admin/broadcast-progress.js';
import { telegramProgressChannel } from '../../src/jobs/admin/index.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('broadcast-no-telegram', () => {
  /**
   * Walk s18 #4: people registered at the desk have no Telegram (negative ids,
   * `reachable: false`). They are not sent to and were counted as "blocked the
   * bot"; now they are said apart, so the library calls them.
   * Probe s18 F4: the preview showed the raw text while recipients got it cleaned.
   */
  const NOW = new Date('2026-11-24T03:00:00Z');
  const COORDINATOR = 900;
  const CENTER = 'mariinsk-central';

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await addToWaitlist(31, { centerId: CENTER });
    await addToWaitlist(32, { centerId: CENTER });
    await CitizenModel.updateOne({ _id: 32 }, { $set: { reachable: false } }); // blocked the bot earlier
    const desk = await registerAtDesk(
      { name: 'Иванова Мария', phone: '8 923 555-44-33', courseId: 'basics', centerId: CENTER, timeOfDay: 'any', consentSignedOnPaper: true },
      { actorId: COORDINATOR, now: NOW },
    );
    expect(desk).toMatchObject({ outcome: 'added', newPerson: true });
  });
  afterAll(() => done());

  const bot = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const tick = (t: TestBot, id: string) => broadcastProgressTick(telegramProgressChannel(t.bot.api, t.i18n), id, t.clock.now());

  async function toMariinsk(t: TestBot, locale: 'ru' | 'en') {
    const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: locale });
    await olga.text('/broadcast');
    await olga.press(locale === 'ru' ? 'Очереди центра' : "A center's waiting list");
    await olga.press(locale === 'ru' ? /^Мариинск: / : /^Mariinsk: /);
    await olga.press(locale === 'ru' ? 'Все курсы' : 'All courses');
    return olga;
  }

  describe('/broadcast to people without Telegram', () => {
    it('says apart who has no Telegram, never counts them as blocked, and reports them to call', async () => {
      await BroadcastModel.deleteMany({});
      const t = bot();
      const olga = await toMariinsk(t, 'ru');
      await olga.text('Занятия переносятся.');
      // «переносятся»: the line pointing to /change comes first (walk36 L4).
      expect(olga.lastText()).toBe(
        'Рассылка не меняет расписание и напоминания. Перенести или отменить занятие, сменить аудиторию — /change\n' +
          'Получат в Телеграме: 1. Заблокировали бота: 1 — им не придёт. Без Телеграма: 1 — позвоните им по телефону. Отправить?',
      );
      await olga.press('✓ Отправить');
      expect(olga.lastText()).toBe('Рассылка: доставлено 0 из 3, заблокировали бота 1, без Телеграма 1, ошибок 0.');
      const broadcast = (await BroadcastModel.findOne().lean())!;
      expect(broadcast).toMatchObject({ recipients: 3, unreachable: 1, noTelegram: 1 });
      expect(await deliverAll(t)).toMatchObject({ delivered: 1, blocked: 0 });
      expect(await tick(t, String(broadcast._id))).toBe(true);
      expect(olga.lastText()).toBe(
        '✅ Рассылка завершена.\nДоставлено: 1 из 3\nЗаблокировали бота: 1 (раньше: 1, во время рассылки: 0)\nНе доставлено из-за ошибок: 0\n' +
          'Без Телеграма: 1 — им не отправляли, позвоните им по телефону.',
      );
      expect(t.errors).toEqual([]);
    });

    it('says it in English too', async () => {
      const t = bot();
      const olga = await toMariinsk(t, 'en');
      await olga.text('Classes move.');
      expect(olga.lastText()).toBe(
        'Will get it in Telegram: 1. 1 blocked the bot and will not get it. Without Telegram: 1; please call them. Send?',
      );
    });

    it('previews exactly the cleaned text that recipients get, and refuses a text that is only invisible characters', async () => {
      await BroadcastModel.deleteMany({});
      const t = bot();
      const olga = await toMariinsk(t, 'ru');
      await olga.text('\u200B\u202E');
      expect(olga.lastText()).toBe('В сообщении нет текста. Напишите текст, пожалуйста.');
      await olga.text('Зан\u200Bятия \u202Eв среду');
      const preview = olga.textsSince(olga.messages().length - 3);
      expect(preview[0]).toBe('Так сообщение увидят получатели:');
      expect(preview[1]).toBe('📢 Центральная районная библиотека, Мариинск:\nЗанятия в среду');
      await olga.press('✓ Отправить');
      await deliverAll(t);
      expect(t.telegram.messagesTo(31).map((m) => m.text)).toEqual([preview[1]]);
      expect((await BroadcastModel.findOne().lean())!.text).toBe('Занятия в среду');
    });

    it('takes the longest text that still fits one message under the line saying who writes (probe s21 L8)', async () => {
      await BroadcastModel.deleteMany({});
      const t = bot();
      const olga = await toMariinsk(t, 'ru');
      await olga.text('x'.repeat(4096));
      const limit = Number(/не больше ([\d\s]+) знаков/.exec(olga.lastText())![1]!.replace(/\s/g, ''));
      await olga.text('x'.repeat(limit));
      const preview = olga.textsSince(olga.messages().length - 3);
      expect(preview[1]).toBe(`📢 Центральная районная библиотека, Мариинск:\n${'x'.repeat(limit)}`);
      expect(preview[1]!.length).toBeLessThanOrEqual(4096);
      await olga.press('✓ Отправить');
      await deliverAll(t);
      expect(t.telegram.messagesTo(31).map((m) => m.text)).toEqual([preview[1]]);
      expect(t.errors).toEqual([]);
    });
  });

  describe('/broadcast to an audience nobody can get in Telegram (probe s19 #13)', () => {
    it('says so before the text is typed, and asks for another audience', async () => {
      await registerAtDesk(
        { name: 'Петрова Анна', phone: '8 923 555-44-34', courseId: 'basics', centerId: 'tashtagol-central', timeOfDay: 'any', consentSignedOnPaper: true },
        { actorId: COORDINATOR, now: NOW },
      );
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/broadcast');
      await olga.press('Очереди центра');
      await olga.press(/^Таштагол: /);
      await olga.press('Все курсы');
      const texts = olga.messages().map((m) => m.text ?? '');
      expect(texts).toContain(
        'В Телеграме это сообщение не получит никто: заблокировали бота — 0, без Телеграма — 1. Людям без Телеграма позвоните по телефону. Выберите другую аудиторию.',
      );
      expect(olga.lastText()).toBe('Кому отправить сообщение?');
      expect(await BroadcastModel.countDocuments({ 'audience.centerId': 'tashtagol-central' })).toBe(0);
    });
  });
});

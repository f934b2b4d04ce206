import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createCenter } from '../../src/domain/centers-admin.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { wordsOf } from '../../src/domain/text.js';
import { paperPerson } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('new-center-notice', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  /**
   * Walk s21 #16: a center opened in a town where people already wait at other centers, and nobody was told. The
   * coordinator may now tell them from the center's card; each decides to move (keeping their place) or to stay.
   */
  describe('a new center in a town where people wait', () => {
    it('the coordinator tells those waiting at the town\'s other centers (with Telegram), once; they may move there', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T05:00:00Z')), env: { ADMIN_IDS: '900' } });
      const { entry } = await addToWaitlist(9501, { centerId: 'yurga-central', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(9502, { centerId: 'yurga-central', courseId: 'internet' });
      await paperPerson(-(2 ** 49 + 9501), { name: 'Бумажная Нина', phone: '+79135559501', joinedAt: new Date('2026-10-02T03:00:00Z'), centerId: 'yurga-central' });
      await addToWaitlist(9503, { centerId: 'belovo-central' }); // another town: not told
      const id = await createCenter(
        900,
        { name: 'Библиотека «Радуга»', town: 'Юрга', address: 'улица Мира, 1', latitude: 55.72, longitude: 84.9, phone: '+7 384 514-00-00', hours: 'будни 10–18', timeZone: 'Asia/Novokuznetsk', en: {} },
        t.clock.now(),
      );
      invalidateCatalog();

      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/centers');
      await olga.press('🔤 Юрга: Библиотека «Радуга»');
      expect(olga.buttonLabels()).toContain('📣 Сообщить ждущим в городе: 2');
      await olga.press('📣 Сообщить ждущим в городе: 2');
      expect(olga.lastText()).toContain('Получат сообщение: 2. Перейти или остаться решат сами');
      const yes = (olga.messages().at(-1)!.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      await olga.press('📣 Да, сообщить');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload).toMatchObject({ text: 'Сообщили: 2.', show_alert: true });
      // Everyone is told: the card offers it no more (probe s22 L2: it still said "2").
      expect(olga.buttonLabels().filter((l) => l.startsWith('📣'))).toEqual([]);
      await deliverAll(t);

      const vera = t.user({ id: 9501, first_name: 'Вера', language_code: 'ru' });
      expect(vera.lastText()).toBe(
        'В городе Юрга открылся ещё один центр: Библиотека «Радуга», улица Мира, 1. Вы ждёте курс «Основы компьютерной грамотности» в другом центре. Если новый вам удобнее, можно перейти: место в очереди считается по дню вашей записи. Если нет, ничего делать не нужно.',
      );
      expect(wordsOf(vera.lastText())).toBeLessThanOrEqual(60);
      expect(t.telegram.messagesTo(9503)).toHaveLength(0);
      // She moves: the same move as from "my place", her join day kept.
      await vera.press('🏛 Выбрать другой центр');
      await vera.press('Юрга');
      await vera.press('Библиотека «Радуга»');
      await vera.press('✅ Да, перейти');
      expect(await WaitlistEntryModel.findById(entry.id).lean()).toMatchObject({ centerId: id, joinedAt: new Date('2026-10-01T03:00:00Z') });

      // An old "yes" pressed again tells nobody twice.
      await olga.pressData(yes);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Этим людям уже сообщали об этом центре.');
      expect(await AuditEntryModel.countDocuments({ action: 'center.announce', target: `center:${id}` })).toBe(1); // telling nobody is not audited
      expect(t.errors).toEqual([]);
    });
  });
});

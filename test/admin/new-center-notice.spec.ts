import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createCenter } from '../../src/domain/centers-admin.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { moveEntryForStaff } from '../../src/domain/desk-move.js';
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
        { name: 'Библиотека «Радуга»', town: 'Юрга', address: 'улица Мира, 1', latitude: 55.72, longitude: 84.9, phone: '+7 38451 4-00-00', hours: 'будни 10–18', timeZone: 'Asia/Novokuznetsk', en: {} },
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

    it('fix36d: a center added before its first day says that day in the notice, in the move\'s confirmation (a town of one center too) and in a staff move\'s notice', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T05:00:00Z')), env: { ADMIN_IDS: '900' } });
      const { entry } = await addToWaitlist(9511, { centerId: 'belovo-central', at: new Date('2026-10-01T03:00:00Z') });
      const second = await addToWaitlist(9512, { centerId: 'belovo-central', courseId: 'internet', at: new Date('2026-10-02T03:00:00Z') });
      const third = await addToWaitlist(9513, { centerId: 'belovo-central', courseId: 'safe-internet', at: new Date('2026-10-03T03:00:00Z') });
      const place = { latitude: 54.42, longitude: 86.3, phone: '+7 38452 4-00-00', hours: 'будни 10–18', timeZone: 'Asia/Novokuznetsk', en: {} };
      const star = await createCenter(900, { name: 'Библиотека «Звезда»', town: 'Белово', address: 'улица Ленина, 5', ...place, opensOn: '2026-12-20' }, t.clock.now());
      const taiga = await createCenter(900, { name: 'Библиотека «Тайга»', town: 'Тайга', address: 'улица Кирова, 2', ...place, opensOn: '2026-12-21' }, t.clock.now());
      invalidateCatalog();

      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/centers');
      await olga.press('🔤 Белово: Библиотека «Звезда»');
      await olga.press(/^📣 Сообщить ждущим в городе/); // with 9503 of the test above, when run after it
      await olga.press('📣 Да, сообщить');
      await deliverAll(t);
      const vera = t.user({ id: 9511, first_name: 'Вера', language_code: 'ru' });
      expect(vera.lastText()).toBe(
        'В городе Белово 20 декабря откроется ещё один центр: Библиотека «Звезда», улица Ленина, 5. Записаться туда можно уже сейчас. Вы ждёте курс «Основы компьютерной грамотности» в другом центре. Если новый удобнее, можно перейти: место в очереди считается по дню вашей записи. Если нет, ничего делать не нужно.',
      );
      expect(wordsOf(vera.lastText())).toBeLessThanOrEqual(60);
      await vera.press('🏛 Выбрать другой центр');
      await vera.press('Белово');
      await vera.press('Библиотека «Звезда»');
      expect(vera.lastText()).toMatch(/^Перейти в другой центр: Библиотека «Звезда», Белово \(откроется 20 декабря\)\? /);
      await vera.press('✅ Да, перейти');
      expect(vera.lastText()).toMatch(/^Готово\. Теперь ваш центр: Библиотека «Звезда», Белово \(откроется 20 декабря\)\. /);
      expect(await WaitlistEntryModel.findById(entry.id).lean()).toMatchObject({ centerId: star });

      // A town whose one center is not open yet: taken without a list, so the confirmation is where she hears the day.
      const nina = t.user({ id: 9512, first_name: 'Нина', language_code: 'ru' });
      await nina.press('🏛 Выбрать другой центр');
      await nina.press('Тайга');
      expect(nina.lastText()).toMatch(/^Перейти в другой центр: Библиотека «Тайга» \(откроется 21 декабря\)\? /);
      await nina.press('✅ Да, перейти');
      expect(await WaitlistEntryModel.findById(second.entry.id).lean()).toMatchObject({ centerId: taiga });

      // Moved by staff (/find): the notice says the day too.
      expect(await moveEntryForStaff({ kind: 'coordinator' }, 900, { citizenId: 9513, entryId: third.entry.id, centerId: taiga }, t.clock.now())).toMatchObject({ outcome: 'moved' });
      await deliverAll(t);
      expect(t.user({ id: 9513, first_name: 'Лев', language_code: 'ru' }).lastText()).toMatch(/^Вас перевели в другой центр, как вы просили\. Курс «Безопасный интернет»: Библиотека «Тайга»\. Центр откроется 21 декабря, ваше место в очереди уже сохранено: 1\.$/);
      expect(t.errors).toEqual([]);
    });

    it('fix38c: the staff member\'s own /find move confirmation and its done message say the day a center opens later', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T05:00:00Z')), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(9515, { name: 'Переводная Алла', phone: '+79130009515', centerId: 'novokuznetsk-central', courseId: 'job-search' });
      const place = { latitude: 55.2, longitude: 86.0, phone: '+7 38454 4-00-00', hours: 'будни 10–18', timeZone: 'Asia/Novokuznetsk', en: {} };
      const polar = await createCenter(900, { name: 'Библиотека «Полярная»', town: 'Топки', address: 'улица Мира, 3', ...place, opensOn: '2026-12-22' }, t.clock.now());
      invalidateCatalog();
      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/find');
      await olga.text('8 913 000-95-15');
      await olga.press('🏛 Перевести в другой центр');
      await olga.press(/^Топки/);
      if (!olga.lastText().startsWith('Перевести в другой центр?')) await olga.press(/Полярная/);
      expect(olga.lastText()).toMatch(/\nНовый центр: Топки, Библиотека «Полярная» \(откроется 22 декабря\)\n/);
      await olga.press('✅ Да, перевести');
      expect(olga.lastText()).toMatch(/^Готово\. Переводная Алла теперь в очереди в центре: Топки, Библиотека «Полярная» \(откроется 22 декабря\)\. Место в очереди: 1\./);
      expect(await WaitlistEntryModel.findOne({ citizenId: 9515 }).lean()).toMatchObject({ centerId: polar });
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CenterModel } from '../../src/db/models/center.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('join-town', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  // Walk s28 W28-19: «Библиотека имени Н. В. Гоголя» (Кемерово) and «… имени Н. В. Гоголя» (Новокузнецк): the summary
  // and «Готово!» named the center without its town, so someone who typed «Гоголя» could not tell where she signed up.
  describe('the join summary and «Готово!» name the center with its town', () => {
    it('fix28h W28-19: in Russian and in English', async () => {
      const nina = t.user({ id: 21_901, first_name: 'Нина', language_code: 'ru' });
      await nina.text('/start');
      await nina.tap('📝 Записаться на курс');
      for (const answer of ['основы', 'кемерово', 'Библиотека имени Н. В. Гоголя', 'утром', 'да', 'пропустить']) await nina.text(answer);
      expect(nina.lastText()).toContain('Центр: Библиотека имени Н. В. Гоголя, Кемерово, проспект Ленина, 5\n');
      await nina.text('да');
      expect(nina.lastText()).toContain('Центр: Библиотека имени Н. В. Гоголя, Кемерово.\n');

      const kate = t.user({ id: 21_902, first_name: 'Kate', language_code: 'en' });
      await kate.text('/start');
      await kate.tap(/Join a course/);
      for (const answer of ['basic', 'novokuznetsk', 'Gogol Central City Library', 'morning', 'yes', 'skip']) await kate.text(answer);
      expect(kate.lastText()).toContain('Center: Gogol Central City Library, Novokuznetsk, 56 Kirova St\n');
      await kate.text('yes');
      expect(kate.lastText()).toContain('Center: Gogol Central City Library, Novokuznetsk.\n');
      expect(t.errors).toEqual([]);
    });
  });

  // Walk34 W34-10: a center added before it opens takes people onto its line at once; they were not told it opens later.
  describe('a new center not open yet says its day', () => {
    it('fix35g W34-10: where people choose it, on its card, on the summary and on their place in line; not once it is open', async () => {
      const opening = { $set: { opensOn: '2026-12-15' } }; // the test clock is 24 November 2026
      await CenterModel.updateMany({ _id: { $in: ['kemerovo-lesnaya-polyana', 'mariinsk-central'] } }, opening);
      invalidateCatalog();
      const bot = createTestBot();
      try {
        const vera = bot.user({ id: 21_903, first_name: 'Вера', language_code: 'ru' });
        await vera.text('/start');
        await vera.tap('📝 Записаться на курс');
        await vera.text('основы');
        await vera.text('кемерово');
        expect(vera.lastText()).toContain('• Библиотека «Лесная Поляна» — бульвар Осенний, 2 (откроется 15 декабря, записаться можно уже сейчас)');
        expect(vera.lastText()).toContain('• Библиотека имени Н. В. Гоголя — проспект Ленина, 5\n'); // one open already says nothing
        await vera.press('Библиотека «Лесная Поляна»');
        for (const answer of ['утром', 'да', 'пропустить']) await vera.text(answer);
        expect(vera.lastText()).toContain('Центр: Библиотека «Лесная Поляна», Кемерово, бульвар Осенний, 2 (откроется 15 декабря)\n');
        await vera.text('да');
        expect(vera.lastText()).toContain('Ваше место в очереди: 1.');
        await vera.tap('🔢 Моё место в очереди');
        expect(vera.lastText()).toContain('место в очереди 1.\nЦентр откроется 15 декабря. Ваше место в очереди уже сохранено.');

        // A town of one center: taken without a question, and its day said above the next one.
        const ivan = bot.user({ id: 21_904, first_name: 'Иван', language_code: 'ru' });
        await ivan.text('/start');
        await ivan.tap('📝 Записаться на курс');
        await ivan.text('основы');
        await ivan.text('мариинск');
        expect(ivan.lastText()).toMatch(/^В этом городе один центр: Центральная районная библиотека, улица Ленина, 31\. Центр откроется 15 декабря, записаться в очередь можно уже сейчас\.\n/);
        await ivan.press('Отмена');

        // «Центры рядом»: the town's centers, and the card of the new one.
        await ivan.tap('📍 Центры рядом');
        await ivan.text('кемерово');
        expect(ivan.lastText()).toContain('Библиотека «Лесная Поляна», телефон +7 3842 65-11-07\nЦентр откроется 15 декабря, записаться в очередь можно уже сейчас.');
        await ivan.press(/Лесная Поляна/);
        expect(ivan.lastText()).toMatch(/\nЦентр откроется 15 декабря, записаться в очередь можно уже сейчас\.$/);

        // In English, on the list of the town's centers.
        const kate = bot.user({ id: 21_905, first_name: 'Kate', language_code: 'en' });
        await kate.text('/start');
        await kate.tap(/Join a course/);
        await kate.text('basic');
        await kate.text('kemerovo');
        expect(kate.lastText()).toContain('• Lesnaya Polyana Library — 2 Osenny Blvd (opens 15 December; you can join its list now)');

        // Open now: nothing more is said.
        bot.clock.advance(21 * 24 * 3_600_000);
        await vera.tap('🔢 Моё место в очереди');
        expect(vera.lastText()).not.toContain('откроется');
        expect(bot.errors).toEqual([]);
      } finally {
        await CenterModel.updateMany({}, { $unset: { opensOn: 1 } });
        invalidateCatalog();
      }
    });
  });
});

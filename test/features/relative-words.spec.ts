import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('relative-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const DAUGHTER = 'Здравствуйте, я дочь Кулешовой Зинаиды Ивановны, она записана к вам на курс. Мама заболела и не сможет ходить, отпишите её пожалуйста';

  // Walk30 W30-05: a daughter writing for her mother was put into a join of her own, and nothing said how to take a relative off.
  describe('words about someone else\'s entry', () => {
    it('the daughter\'s letter: not a join of her own; who can take her mother off, with the programme\'s phone; nothing stored', async () => {
      const t = createTestBot();
      const marina = t.user({ id: 3_0501, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/start');
      await marina.text(DAUGHTER);
      expect(marina.lastText()).toMatch(/^Бот меняет только вашу собственную запись\. Записать родственника или отписать его можно в библиотеке или по телефону программы: \+7[\d -]+\. Если он записан через свой Телеграм, он может выйти из очереди и сам: кнопка «Моё место в очереди»\.$/);
      expect(marina.messages().some((m) => /Шаг 1 из/.test(m.text ?? ''))).toBe(false);
      expect(await CitizenModel.countDocuments({ _id: 3_0501 })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('typed in the middle of a join, it leaves the join and says the same; her own «хочу записаться» is still a join', async () => {
      const t = createTestBot();
      const marina = t.user({ id: 3_0502, first_name: 'Марина', language_code: 'ru' });
      await marina.text('хочу записаться, мне дочь посоветовала');
      expect(marina.lastText()).toMatch(/^Шаг 1 из 5/);
      await marina.text('нет, мне не надо записываться, маму надо отписать');
      expect(marina.lastText()).toMatch(/^Бот меняет только вашу собственную запись\./);
      // The join's step is over: its buttons answer that it ended.
      await marina.text('/start');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 3_0502 })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('in English too, and a person on a list hears it about her relative, her own place untouched', async () => {
      const t = createTestBot();
      await addToWaitlist(3_0503, { language: 'en', centerId: 'yurga-central' });
      const emily = t.user({ id: 3_0503, first_name: 'Emily', language_code: 'en' });
      await emily.text('Can I sign my grandma up? She has no phone');
      expect(emily.lastText()).toMatch(/^The bot changes only your own entry\. To sign up a relative or take them off the list, call the library or the programme: \+7[\d -]+\./);
      await emily.text('please take my mother off the list');
      expect(emily.lastText()).toMatch(/^The bot changes only your own entry\./);
      // walk34 W34-12: a question whether a relative may join too started the writer's own join.
      for (const words of ['can my wife join too? she has no telegram', 'Could my husband also sign up?']) {
        await emily.text(words);
        expect(emily.lastText()).toMatch(/^The bot changes only your own entry\./);
      }
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 3_0503, status: 'waiting' })).toBe(1);
      expect(t.errors).toEqual([]);
    });
  });
});

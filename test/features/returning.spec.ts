import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('returning', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Walk s22 W22-06: someone who left the list and came back saw a first-timer's welcome, with her old phone kept silently.
  describe('/start for someone coming back', () => {
    it('says the name and phone are kept and how to delete them; a first-timer and someone on a list hear what they did before', async () => {
      const t = createTestBot();
      await addToWaitlist(3701, { centerId: 'yurga-central', phone: '+79231112233' });
      await WaitlistEntryModel.updateOne({ citizenId: 3701 }, { $set: { status: 'left' }, $unset: { activeKey: 1 } });
      const marina = t.user({ id: 3701, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/start');
      expect(marina.lastText()).toBe('С возвращением! Ваши имя и телефон сохранились с прошлой записи, при новой записи их можно проверить. Удалить их: /forget. Чтобы записаться, нажмите «Записаться на курс» внизу экрана.');
      const first = t.user({ id: 3702, first_name: 'Анна', language_code: 'ru' });
      await first.text('/start');
      expect(first.lastText()).toBe('Чтобы записаться, нажмите «Записаться на курс» внизу экрана.');
      await addToWaitlist(3703, { centerId: 'yurga-central' });
      const waiting = t.user({ id: 3703, first_name: 'Вера', language_code: 'ru' });
      await waiting.text('/start');
      expect(waiting.lastText()).toMatch(/^Вы уже в очереди\./);
      expect(t.errors).toEqual([]);
    });
  });
});

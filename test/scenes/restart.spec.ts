import { describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { ConversationStateModel, SessionModel } from '../../src/db/models/kv-entry.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('restart', () => {
  useSampleDataPerTest();

  const anna = { id: 3001, first_name: 'Анна', language_code: 'en' };

  describe('a restart in the middle of a flow', () => {
    it('lets a second bot instance finish the join flow the first one began', async () => {
      const first = createTestBot();
      const before = first.user(anna);
      await before.text('/start');
      await before.press('🇷🇺 Русский'); // the session remembers Russian over the Telegram language
      await joinWaitlist(before, { to: 'town' });
      expect(before.lastText()).toContain('выберите центр');
      expect(await ConversationStateModel.countDocuments()).toBe(1);
      expect(await SessionModel.countDocuments()).toBe(1);

      // The first process is gone; a new one starts over the same database and chat history.
      const second = createTestBot({ telegram: first.telegram, clock: first.clock });
      const after = second.user(anna);
      await after.press(/Фёдорова/);
      expect(after.lastText()).toMatch(/Шаг 3/);
      await joinWaitlist(after, { from: 'time' });
      expect(after.lastText()).toContain('Ваше место в очереди: 1.');

      const entries = await WaitlistEntryModel.find({ citizenId: anna.id }).lean();
      expect(entries).toMatchObject([{ courseId: 'basics', centerId: 'kemerovo-regional', timeOfDay: 'morning', status: 'waiting' }]);
      expect([...first.errors, ...second.errors]).toEqual([]);
    });

    it('does not let a button from before the restart run twice', async () => {
      const first = createTestBot();
      const user = first.user({ id: 3002, first_name: 'Пётр', language_code: 'ru' });
      await user.text('/start');
      await joinWaitlist(user, { center: /Фёдорова/, to: 'phone' });
      const confirm = user.lastUpdate;
      await user.press('✓ Всё верно, записаться');

      // The same Confirm delivered again to a fresh instance (Telegram retrying after a crash).
      const second = createTestBot({ telegram: first.telegram, clock: first.clock });
      await second.bot.handleUpdate(confirm!);
      await second.bot.handleUpdate(user.lastUpdate!);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 3002 })).toBe(1);
      expect([...first.errors, ...second.errors]).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { moveToCenter } from '../../src/domain/waitlist.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { clearOffers, groupWithOffers, statusOf, waiting } from './fixtures.js';

describe('offer-copies-moved', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  // Walk29 W29-21: a moved entry keeps its id, so a typed «да» to the new center's offer edited the old, declined offer
  // of the first center to «место в группе ваше».
  describe('a typed answer to an offer after the entry moved to another center', () => {
    it('fix29h W29-21: marks only the offer answered, not an old declined one of the same entry', async () => {
      const t = createTestBot();
      const [emma] = await waiting(t, [3981]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const offers = () => emma!.messages().filter((m) => m.text?.startsWith('Для вас есть место в группе!')).sort((a, b) => a.message_id - b.message_id);
      await emma!.text('🔢 Моё место в очереди'); // a second copy of the first offer, under the list (kept in the session)
      t.clock.advance(20_000);
      await emma!.text('нет');
      expect(await statusOf(3981)).toBe('waiting');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3981 }).lean();
      expect(await moveToCenter(3981, String(entry!._id), 'osinniki-central')).not.toBeNull();
      t.clock.advance(60_000);
      await groupWithOffers(t.clock.now(), { capacity: 1, centerId: 'osinniki-central' });
      await deliverAll(t);
      expect(offers()).toHaveLength(3);
      t.clock.advance(20_000);
      await emma!.text('да, приду');
      await deliverAll(t);
      expect(await statusOf(3981)).toBe('enrolled');
      const [old, oldShown, fresh] = offers();
      for (const copy of [old, oldShown]) {
        expect(copy!.text).toContain('Кемерово');
        expect(copy!.text).toMatch(/\n\nВы ответили «Не смогу»\. Место пока свободно/); // nobody else waits for it (fix31a)
        expect(copy!.text).not.toContain('место в группе ваше');
      }
      expect(fresh!.text).toContain('Осинники');
      expect(fresh!.text).toMatch(/\n\n✓ Вы ответили «Приду»: место в группе ваше\.$/);
      expect(t.errors).toEqual([]);
    });
  });

  describe('a button of the old offer pressed after the entry moved and a new offer came', () => {
    it('fix29h W29-21: «✓ Приду» under the old, declined offer answers nothing; the new offer stays open', async () => {
      const t = createTestBot();
      const [emma] = await waiting(t, [3982]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const offers = () => emma!.messages().filter((m) => m.text?.startsWith('Для вас есть место в группе!')).sort((a, b) => a.message_id - b.message_id);
      await emma!.press('Не смогу');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3982 }).lean();
      expect(await moveToCenter(3982, String(entry!._id), 'osinniki-central')).not.toBeNull();
      t.clock.advance(60_000);
      await groupWithOffers(t.clock.now(), { capacity: 1, centerId: 'osinniki-central' });
      await deliverAll(t);
      const [old] = offers();
      expect(old!.text).toContain('Кемерово');
      const accept = old!.reply_markup!.inline_keyboard.flat().find((b) => b.text === '✓ Приду') as { callback_data: string };
      await emma!.pressData(accept.callback_data, old);
      expect(await statusOf(3982)).toBe('offered');
      expect(offers()[1]!.text).not.toContain('место в группе ваше');
      await emma!.press('✓ Приду'); // the new one, at Осинники
      expect(await WaitlistEntryModel.findOne({ citizenId: 3982 }).lean()).toMatchObject({ status: 'enrolled', centerId: 'osinniki-central' });
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('typed-answers', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Walk29 W29-10: «yes, I agree», «that's right», «всё правильно», «I can't make it» typed were refused.
  describe('answers typed as a person would say them', () => {
    it('fix29h W29-10: «yes, I agree» on consent and «that\'s right» on the summary (English), «всё правильно» (Russian)', async () => {
      const t = createTestBot();
      for (const [id, lang, labels, agree, skip, right] of [
        [29_961, 'en', ['📝 Join a course', 'Basic computer literacy', 'Yurga', 'Morning'], 'yes, I agree', 'Skip', "that's right"],
        [29_962, 'ru', ['📝 Записаться на курс', 'Основы компьютерной грамотности', 'Юрга', 'Утром'], 'да, согласна', 'Пропустить', 'всё правильно'],
        [29_963, 'en', ['📝 Join a course', 'Basic computer literacy', 'Yurga', 'Morning'], 'Yes, I agree.', 'Skip', 'Correct'],
      ] as const) {
        const user = t.user({ id, first_name: 'Emily', language_code: lang });
        await user.text('/start');
        for (const label of labels) await user.text(label);
        await user.text(agree);
        expect(user.replyButtons().some((b) => b.request_contact)).toBe(true); // consent taken: the phone is asked
        await user.text(skip);
        await user.text(right);
        expect(await WaitlistEntryModel.findOne({ citizenId: id }).lean()).toMatchObject({ status: 'waiting', centerId: 'yurga-central' });
      }
      expect(t.errors).toEqual([]);
    });
  });

  describe('a seat offer declined in a sentence', () => {
    it('fix29h W29-10: «sorry, I can\'t make it on Thursdays» is «Can\'t come»', async () => {
      const t = createTestBot();
      await addToWaitlist(29_971, { language: 'en', centerId: 'osinniki-central' });
      await groupWithOffers(t.clock.now(), { centerId: 'osinniki-central', capacity: 1 });
      await deliverAll(t);
      const emily = t.user({ id: 29_971, first_name: 'Emily', language_code: 'en' });
      await emily.text("sorry, I can't make it on Thursdays");
      expect(await WaitlistEntryModel.findOne({ citizenId: 29_971 }).lean()).toMatchObject({ status: 'waiting' });
      expect(emily.messages().some((m) => m.text?.includes('You answered "Can\'t come"'))).toBe(true);
      expect(t.errors).toEqual([]);
    });
  });
});

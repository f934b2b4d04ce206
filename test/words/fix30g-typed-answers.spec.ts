import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('fix30g-typed-answers', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Walk30 W30-11: «ok I agree» was refused at consent; a question typed under a seat offer got only the yes/no hint.
  describe('consent and a seat offer, answered as a person would say it (walk30 W30-11)', () => {
    it('fix30g W30-11: «ok I agree», «okay», «хорошо, согласна» at consent are a yes', async () => {
      const t = createTestBot();
      for (const [id, lang, labels, agree, skip, right] of [
        [30_1101, 'en', ['📝 Join a course', 'Basic computer literacy', 'Yurga', 'Morning'], 'ok I agree', 'Skip', "that's right"],
        [30_1102, 'en', ['📝 Join a course', 'Basic computer literacy', 'Yurga', 'Morning'], 'Okay', 'Skip', 'yes'],
        [30_1103, 'ru', ['📝 Записаться на курс', 'Основы компьютерной грамотности', 'Юрга', 'Утром'], 'хорошо, согласна', 'Пропустить', 'да'],
      ] as const) {
        const user = t.user({ id, first_name: 'Emily', language_code: lang });
        await user.text('/start');
        for (const label of labels) await user.text(label);
        await user.text(agree);
        expect([agree, user.replyButtons().some((b) => b.request_contact)]).toEqual([agree, true]); // consent taken: the phone is asked
        await user.text(skip);
        await user.text(right);
        expect(await WaitlistEntryModel.findOne({ citizenId: id }).lean()).toMatchObject({ status: 'waiting', centerId: 'yurga-central' });
      }
      expect(t.errors).toEqual([]);
    });

    it('fix30g W30-11: a question typed under a seat offer gets whom to call, from the offer, beside the yes/no hint', async () => {
      const t = createTestBot();
      await addToWaitlist(30_1111, { language: 'en', centerId: 'osinniki-central' });
      await addToWaitlist(30_1112, { centerId: 'osinniki-central', courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { centerId: 'osinniki-central', capacity: 1 });
      await groupWithOffers(t.clock.now(), { centerId: 'osinniki-central', courseId: 'internet', capacity: 1 });
      await deliverAll(t);
      const emily = t.user({ id: 30_1111, first_name: 'Emily', language_code: 'en' });
      const vera = t.user({ id: 30_1112, first_name: 'Вера', language_code: 'ru' });
      await emily.text('Can I bring my own laptop?');
      expect(emily.lastText()).toMatch(/^For questions call [^]*\+7[\d ()-]+\.\nTo answer the seat offer, press "I'll come" or "Can't come" under it, or type "yes" or "no"\.$/);
      await vera.text('а ноутбук брать?');
      expect(vera.lastText()).toMatch(/^С вопросами звоните[^]*\+7[\d ()-]+\.\nЧтобы ответить на предложение места, нажмите «Приду» или «Не смогу» под ним или напишите «да» или «нет»\.$/);
      // Not a question: the hint alone, as before.
      await vera.text('алло');
      expect(vera.lastText()).not.toContain('звоните');
      expect(await WaitlistEntryModel.findOne({ citizenId: 30_1111 }).lean()).toMatchObject({ status: 'offered' });
      expect(t.errors).toEqual([]);
    });
  });
});

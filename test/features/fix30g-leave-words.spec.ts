import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers, joinDay } from '../classes/fixtures.js';

describe('fix30g-leave-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  // Lessons on Tuesday 1, Thursday 3 and Saturday 5 December, 19:55 in Kemerovo; the clock on 30 November.
  const LESSONS = [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z'), new Date('2026-12-05T12:55:00Z')];
  const START = new Date('2026-11-30T03:00:00Z');

  /** A seat in a new Kemerovo basics group (capacity 1), taken now. */
  async function seated(t: TestBot, citizenId: number, language: 'ru' | 'en' = 'ru') {
    await addToWaitlist(citizenId, { at: joinDay(1), language });
    await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS, capacity: 1 });
    const entry = await WaitlistEntryModel.findOne({ citizenId }).lean();
    expect(await acceptOffer(citizenId, String(entry!._id), t.clock.now())).toMatchObject({ ok: true });
  }

  const ASK = 'Отказаться от места в группе «Основы компьютерной грамотности»? Сейчас в очереди на него никого нет: место пока останется свободным.';
  const status = async (citizenId: number) => (await WaitlistEntryModel.findOne({ citizenId, courseId: 'basics' }).lean())?.status;

  describe('leaving a group in her own words (walk30 W30-10)', () => {
    it('fix30g W30-10: «хочу отписаться», «отпишите меня», «отписатся», «не буду ходить», «отказаться от места», a letter about it: the give-up question; «выйти совсем» takes it', async () => {
      const t = createTestBot({ clock: new TestClock(START) });
      await seated(t, 3101);
      const zina = t.user({ id: 3101, first_name: 'Зинаида', language_code: 'ru' });
      for (const words of ['хочу отписаться', 'Отпишите меня пожалуйста', 'отписатся', 'не буду ходить', 'отказаться от места', 'как отписаться?', 'я болею больше не смогу ходить хочу отписатся от курса']) {
        await zina.text(words);
        expect([words, zina.lastText()]).toEqual([words, ASK]);
        expect(zina.buttonLabels()).toEqual(['Освободить, остаться в очереди', 'Освободить и выйти из очереди', 'Нет, остаться в группе']);
      }
      await zina.text('выйти совсем');
      expect(zina.lastText()).toBe('Место освобождено. Вы больше не в очереди на этот курс.');
      expect(await status(3101)).toBe('left');
      expect(t.errors).toEqual([]);
    });

    it('fix30g W30-10: «остаться в очереди» on the question keeps the place in line; «не буду ходить в четверг» is one lesson; «отпишите маму» is not hers; several: the list', async () => {
      const t = createTestBot({ clock: new TestClock(START) });
      await seated(t, 3102);
      const vera = t.user({ id: 3102, first_name: 'Вера', language_code: 'ru' });
      await vera.text('не буду ходить в четверг');
      expect(vera.lastText()).toMatch(/^Ваше занятие: .*\nЖаль\. Мы сообщили библиотекарю/);
      await vera.text('отпишите маму');
      expect(vera.lastText()).not.toBe(ASK);
      await vera.text('хочу отписаться');
      expect(vera.lastText()).toBe(ASK);
      await vera.text('остаться в очереди');
      expect(vera.lastText()).toBe('Место освобождено. Вы снова в очереди на прежнем месте.');
      expect(await status(3102)).toBe('waiting');
      // Two lines now: which one, by the list with each one's button.
      await addToWaitlist(3102, { at: joinDay(3), courseId: 'gosuslugi' });
      await vera.text('хочу отписаться');
      expect(vera.lastText()).toMatch(/^Ваши записи:/);
      expect(vera.buttonLabels()).toEqual(expect.arrayContaining([expect.stringMatching(/^Выйти из очереди: Основы/), expect.stringMatching(/^Выйти из очереди: Госуслуги/)]));
      expect(t.errors).toEqual([]);
    });

    it('fix30g W30-10: English: «I want to unsubscribe» asks about the seat; «leave for good» takes it', async () => {
      const t = createTestBot({ clock: new TestClock(START) });
      await seated(t, 3103, 'en');
      const emily = t.user({ id: 3103, first_name: 'Emily', language_code: 'en' });
      await emily.text('I want to unsubscribe');
      expect(emily.lastText()).toBe('Give up your seat in the "Basic computer literacy" group? Nobody is waiting for it now: the seat will stay free for the time being.');
      await emily.text('leave for good');
      expect(emily.lastText()).toBe('Your seat is free now. You are no longer in line for this course.');
      expect(await status(3103)).toBe('left');
      expect(t.errors).toEqual([]);
    });

    it('walk38 L7: people wait for the course but declined this group: not «в очереди никого нет», but that none of them can take it now', async () => {
      const t = createTestBot({ clock: new TestClock(START) });
      await seated(t, 3104);
      const { groupId } = (await WaitlistEntryModel.findOne({ citizenId: 3104 }).lean())!;
      await addToWaitlist(3105, { at: joinDay(2) });
      const waiting = (await WaitlistEntryModel.findOne({ citizenId: 3105 }).lean())!;
      await SeatOfferModel.create({ entryId: waiting._id, groupId: groupId!, offeredAt: joinDay(1), outcome: 'declined', closedAt: joinDay(1) });
      const zina = t.user({ id: 3104, first_name: 'Зинаида', language_code: 'ru' });
      await zina.text('хочу отписаться');
      expect(zina.lastText()).toBe('Отказаться от места в группе «Основы компьютерной грамотности»? Никто из очереди сейчас не может его занять: место пока останется свободным.');
      expect(zina.buttonLabels()).toEqual(['Освободить, остаться в очереди', 'Освободить и выйти из очереди', 'Нет, остаться в группе']);
      expect(t.errors).toEqual([]);
    });

    // Seen in the stop's emulator walk: on the waiting line (no seat), «хочу отписаться» asks «Выйти из очереди?», and
    // «выйти совсем» typed next was the same question again.
    it('on the waiting line: «хочу отписаться», then «выйти совсем» leaves it', async () => {
      const t = createTestBot({ clock: new TestClock(START) });
      await addToWaitlist(3_0601, { at: joinDay(1) });
      const zina = t.user({ id: 3_0601, first_name: 'Зинаида', language_code: 'ru' });
      await zina.text('хочу отписаться');
      expect(zina.lastText()).toMatch(/^Выйти из очереди на курс «Основы компьютерной грамотности»\?/);
      await zina.text('выйти совсем');
      expect(await status(3_0601)).toBe('left');
      expect(zina.lastText()).not.toMatch(/^Выйти из очереди на курс/);
      expect(t.errors).toEqual([]);
    });
  });
});

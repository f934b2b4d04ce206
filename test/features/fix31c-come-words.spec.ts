import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers, joinDay } from '../classes/fixtures.js';

describe('fix31c-come-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  // Kemerovo is UTC+7: lessons at 19:55 on 1, 3 and 5 December.
  const LESSONS = [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z'), new Date('2026-12-05T12:55:00Z')];

  /** This person has a seat in a new Kemerovo group of basics (created by coordinator 900), taken at the clock's time. */
  async function seated(t: TestBot, citizenId: number, language: 'ru' | 'en' = 'ru') {
    await addToWaitlist(citizenId, { at: joinDay(1), language });
    await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS, capacity: 1 });
    const entry = await WaitlistEntryModel.findOne({ citizenId }).lean();
    expect(await acceptOffer(citizenId, String(entry!._id), t.clock.now())).toMatchObject({ ok: true });
    await deliverAll(t);
  }

  /** What the coordinator 900 (the groups' librarian here) was told about people not coming. */
  const absentNotices = (t: TestBot) => t.telegram.messagesTo(900).filter((m) => 'text' in m && /не сможет прийти|will not come|can't come/i.test(m.text ?? ''));

  describe('«да» / «нет» typed under «Сможете прийти?» (task31 fix C, walk30 W30-11 item 3)', () => {
    it('fix31c come: «да» under «Сможете прийти?» is its «✓ Приду», «нет» its «Не смогу»; English too', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3181);
      const nina = t.user({ id: 3181, first_name: 'Нина', language_code: 'ru' });
      await nina.text('не знаю, смогу ли прийти');
      expect(nina.lastText()).toMatch(/\nСможете прийти\?/);
      const question = nina.messages().at(-1)!;
      await nina.text('да');
      expect(nina.lastText()).toBe('Спасибо! Ждём вас.');
      expect(nina.buttonLabels(nina.messages().find((m) => m.message_id === question.message_id))).toEqual([]);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(0);

      await seated(t, 3182);
      const vera = t.user({ id: 3182, first_name: 'Вера', language_code: 'ru' });
      await vera.text('не знаю, смогу ли прийти');
      expect(vera.lastText()).toMatch(/\nСможете прийти\?/);
      await vera.text('нет');
      // What «Не смогу» does before the first lesson: the librarian told, the seat asked about.
      expect(vera.lastText()).toContain('Освободить ваше место');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(await WaitlistEntryModel.findOne({ citizenId: 3182 }).lean()).toMatchObject({ status: 'enrolled' });

      await seated(t, 3183, 'en');
      const emily = t.user({ id: 3183, first_name: 'Emily', language_code: 'en' });
      await emily.text("I don't know if I can come");
      expect(emily.buttonLabels()).toEqual(["✓ I'll come", "Can't come"]);
      await emily.text('yes');
      expect(emily.lastText()).toBe('Thank you! See you there.');
      expect(t.errors).toEqual([]);
    });

    it('fix31c come: a «да» typed after another message is not taken for «Сможете прийти?»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3184);
      const nina = t.user({ id: 3184, first_name: 'Нина', language_code: 'ru' });
      await nina.text('не знаю, смогу ли прийти');
      expect(nina.lastText()).toMatch(/\nСможете прийти\?/);
      await nina.text('алло');
      await nina.text('нет');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(0);
      expect(nina.lastText()).not.toContain('Отказаться от места');
      expect(t.errors).toEqual([]);
    });
    it('fix31c come: a seat offer that comes after «Сможете прийти?» takes the «да», not the lesson (probe30 H1)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3185);
      await addToWaitlist(3185, { at: joinDay(2), courseId: 'internet' });
      const nina = t.user({ id: 3185, first_name: 'Нина', language_code: 'ru' });
      await nina.text('не знаю, смогу ли прийти');
      expect(nina.lastText()).toMatch(/\nСможете прийти\?/);
      t.clock.advance(60_000);
      await groupWithOffers(t.clock.now(), { courseId: 'internet', lessonStarts: [new Date('2026-12-02T12:55:00Z'), new Date('2026-12-04T12:55:00Z')], capacity: 1 });
      await deliverAll(t);
      expect(nina.lastText()).toMatch(/^Для вас есть место в группе/);
      t.clock.advance(60_000);
      await nina.text('да');
      expect(nina.lastText()).not.toBe('Спасибо! Ждём вас.');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3185, courseId: 'internet' }).lean()).toMatchObject({ status: 'enrolled' });
      expect(t.errors).toEqual([]);
    });
  });
});

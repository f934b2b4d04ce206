import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { librarian } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay, statusOf, waiting } from './fixtures.js';

describe('offer-refused', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  const HELD = 'Для вас держим место в группе: ответьте на предложение ниже кнопкой «Приду» или «Не смогу».';
  const BLOCKED = { error_code: 403, description: 'Forbidden: bot was blocked by the user' };

  /** Blocking or unblocking the bot, as Telegram tells it. */
  const member = (user: TestUser, id: number, from: string, to: string) =>
    user.send({
      my_chat_member: {
        chat: { id, type: 'private', first_name: 'X' },
        from: { id, is_bot: false, first_name: 'X' },
        date: 1,
        old_chat_member: { status: from, user: { id: 1, is_bot: true, first_name: 'bot' } },
        new_chat_member: { status: to, user: { id: 1, is_bot: true, first_name: 'bot' }, until_date: 0 },
      },
    } as never);

  describe('a seat offer Telegram refuses with 403 (fix31a, fix30j report section 2)', () => {
    it('fix31a: without a phone, the seat goes to the next person as soon as the outbox knows; she keeps her place and is asked again once back', async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3151, 3152]);
      const before = (await WaitlistEntryModel.findOne({ citizenId: 3151 }).lean())!;
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 1 });
      // Anna blocked the bot after joining: Telegram refuses her offer.
      t.telegram.failNext('sendMessage', BLOCKED, { chatId: 3151 });
      await deliverAll(t);
      // No offers job has run: the outbox's catch-up passed the seat on.
      expect(await statusOf(3151)).toBe('waiting');
      expect(await statusOf(3152)).toBe('offered');
      await deliverAll(t);
      expect(boris!.lastText()).toContain('Для вас есть место в группе!');
      expect(anna!.messages()).toHaveLength(0);
      // Her place in line is kept; the one seat is Boris's now, and the job finds nothing left to do.
      expect((await WaitlistEntryModel.findById(before._id).lean())!.joinedAt).toEqual(before.joinedAt);
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ freeSeats: 0 });
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 0, offered: 0 });
      // She never saw the offer, so the group may ask her again: back in the bot, she gets the seat Boris turns down.
      t.clock.advance(3600_000);
      await member(anna!, 3151, 'kicked', 'member');
      await boris!.press('Не смогу');
      await deliverAll(t);
      expect(await statusOf(3151)).toBe('offered');
      expect(anna!.lastText()).toContain('Для вас есть место в группе!');
      expect(t.errors).toEqual([]);
    });

    it('fix31a: a seat withdrawn while she blocked the bot, still free, is offered to her the moment she unblocks it', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3171]);
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 1 });
      t.telegram.failNext('sendMessage', BLOCKED, { chatId: 3171 });
      await deliverAll(t);
      expect(await statusOf(3171)).toBe('waiting');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ freeSeats: 1 });
      // Back an hour later: the offer comes with her return, not with the offers job's next run.
      t.clock.advance(3600_000);
      await member(anna!, 3171, 'kicked', 'member');
      await deliverAll(t);
      expect(await statusOf(3171)).toBe('offered');
      expect(anna!.lastText()).toContain('Для вас есть место в группе!');
      expect(t.errors).toEqual([]);
    });

    it('probe31 L2: a «да» typed while a call card holds a seat she never saw takes nothing: the offer is shown with its buttons', async () => {
      const t = createTestBot();
      await addToWaitlist(3181, { phone: '+79135553181', name: 'Анна Петрова', at: joinDay(1) });
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      t.telegram.failNext('sendMessage', BLOCKED, { chatId: 3181 });
      await deliverAll(t);
      expect(await CallTaskModel.countDocuments({ kind: 'offer', citizenId: 3181, status: 'open' })).toBe(1);
      const anna = t.user({ id: 3181, first_name: 'Анна', language_code: 'ru' });
      await anna.text('да');
      expect(await statusOf(3181)).toBe('offered');
      expect(anna.messages().map((m) => m.text)).toEqual([HELD, expect.stringMatching(/^Для вас есть место в группе!/)]);
      expect(anna.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      // Now that she sees it, «да» is her answer.
      await anna.text('да');
      expect(await statusOf(3181)).toBe('enrolled');
      expect(t.errors).toEqual([]);
    });

    it('probe31 L2: back in the bot (unblocked) while a call card holds her seat, she is told at once, with the buttons; /start then points at it', async () => {
      const t = createTestBot();
      await addToWaitlist(3191, { phone: '+79135553191', name: 'Вера Лосева', at: joinDay(1) });
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      t.telegram.failNext('sendMessage', BLOCKED, { chatId: 3191 });
      await deliverAll(t);
      const vera = t.user({ id: 3191, first_name: 'Вера', language_code: 'ru' });
      await member(vera, 3191, 'kicked', 'member');
      await deliverAll(t);
      expect(vera.messages().map((m) => m.text)).toEqual([HELD, expect.stringMatching(/^Для вас есть место в группе!/)]);
      expect(vera.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      await vera.text('/start');
      expect(vera.messages().slice(2).map((m) => m.text)).toEqual([expect.any(String), 'Для вас держим место в группе: ответьте на предложение выше кнопкой «Приду» или «Не смогу».']);
      expect(t.errors).toEqual([]);
    });

    it('fix34a: a 403 on the half-way reminder is handled as on the offer: a call card for the one with a phone; the other\'s seat goes on, her place kept', async () => {
      const t = createTestBot();
      await librarian(7352, 'Ольга Николаевна');
      await addToWaitlist(3201, { phone: '+79135553201', name: 'Пётр Смирнов', at: joinDay(1) });
      await addToWaitlist(3202, { at: joinDay(2) });
      await addToWaitlist(3203, { at: joinDay(3) });
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      await deliverAll(t);
      // Both blocked the bot after the offer came; the reminder half-way to the deadline is refused.
      t.clock.advance(25 * 3600_000);
      expect(await runOffersJob(t.deps)).toMatchObject({ reminded: 2 });
      for (const chatId of [3201, 3202]) t.telegram.failNext('sendMessage', BLOCKED, { chatId });
      await deliverAll(t);
      expect(await CallTaskModel.countDocuments({ kind: 'offer', citizenId: 3201, status: 'open' })).toBe(1);
      expect(await statusOf(3201)).toBe('offered');
      expect(await statusOf(3202)).toBe('waiting');
      expect(await statusOf(3203)).toBe('offered');
      expect((await WaitlistEntryModel.findOne({ citizenId: 3202 }).lean())!.joinedAt).toEqual(joinDay(2));
      expect(t.errors).toEqual([]);
    });

    it('fix34a: one who blocked the bot after her offer came (Telegram told the bot) loses the seat at the half-way reminder, not at the deadline; her place kept', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3211, 3212]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await member(anna!, 3211, 'member', 'kicked');
      t.clock.advance(25 * 3600_000);
      expect(await runOffersJob(t.deps)).toMatchObject({ reminded: 1 });
      await deliverAll(t); // the reminder is not tried: she is known to have blocked the bot
      await runOffersJob(t.deps); // its next run
      expect(await statusOf(3211)).toBe('waiting');
      expect(await statusOf(3212)).toBe('offered');
      expect(t.errors).toEqual([]);
    });

    it('fix34e: back in the bot, she answers the offer herself: the librarians\' call card says she answered in Telegram and loses its buttons', async () => {
      const t = createTestBot();
      await librarian(7361, 'Ольга Николаевна');
      const olga = t.user({ id: 7361, first_name: 'Ольга', language_code: 'ru' });
      for (const [id, i] of [[3221, 1], [3222, 2]] as const) await addToWaitlist(id, { phone: `+7913555${id}`, name: `Человек ${id}`, at: joinDay(i) });
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      for (const chatId of [3221, 3222]) t.telegram.failNext('sendMessage', BLOCKED, { chatId });
      await deliverAll(t);
      await deliverAll(t);
      const cards = olga.messages().filter((m) => m.text?.startsWith('📞 Позвоните: для человека, который заблокировал бота'));
      expect(cards).toHaveLength(2);
      // Both come back; one comes, the other cannot.
      for (const [id, label] of [[3221, '✓ Приду'], [3222, 'Не смогу']] as const) {
        const person = t.user({ id, first_name: 'Человек', language_code: 'ru' });
        await member(person, id, 'kicked', 'member');
        await deliverAll(t);
        await person.press(label);
      }
      await deliverAll(t);
      const card = (id: number) => olga.messages().find((m) => m.text?.includes(`Человек ${id}`))!;
      expect(card(3221).text).toMatch(/\n\n✅ Человек сам ответил в Телеграме: придёт\. Записан в группу\.$/);
      expect(card(3222).text).toMatch(/\n\n✗ Человек сам ответил в Телеграме: не сможет\. Место освободилось для следующего в очереди\.$/);
      for (const id of [3221, 3222]) expect(olga.buttonLabels(card(id))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('fix31a: with a phone, the librarians get the «позвоните» card at once and the seat stays hers until the deadline', async () => {
      const t = createTestBot();
      await librarian(7351, 'Ольга Николаевна');
      const olga = t.user({ id: 7351, first_name: 'Ольга', language_code: 'ru' });
      await addToWaitlist(3161, { phone: '+79135553161', name: 'Пётр Смирнов', at: joinDay(1) });
      await addToWaitlist(3162, { at: joinDay(2) });
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 1 });
      t.telegram.failNext('sendMessage', BLOCKED, { chatId: 3161 });
      await deliverAll(t);
      expect(await CallTaskModel.countDocuments({ kind: 'offer', citizenId: 3161, status: 'open' })).toBe(1);
      await deliverAll(t);
      expect(olga.lastText()).toMatch(/^📞 Позвоните: для человека, который заблокировал бота, есть место в группе\.\nПётр Смирнов, \+7 913 555-31-61\n/);
      expect(await statusOf(3161)).toBe('offered');
      expect(await statusOf(3162)).toBe('waiting');
      // The offers job neither withdraws the offer nor sends the card twice.
      const cards = olga.messages().length;
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 0, offered: 0 });
      await deliverAll(t);
      expect(olga.messages()).toHaveLength(cards);
      expect(await statusOf(3161)).toBe('offered');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ freeSeats: 0 });
      expect(t.errors).toEqual([]);
    });
  });
});

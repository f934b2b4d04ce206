import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReceivedUpdateModel } from '../../src/db/models/received-update.js';
import { THIS_PROCESS } from '../../src/db/repositories/received-updates.js';
import { seedSampleData } from '../../src/db/seed.js';
import { forgetCitizen } from '../../src/domain/citizens.js';
import { tellInterruptedChats } from '../../src/bot/interrupted-updates.js';
import { createUpdateInbox } from '../../src/bot/update-inbox.js';
import { FakeTelegram } from '../helpers/fake-telegram.js';
import { createTestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('interrupted-updates', () => {
  /**
   * A message the bot was handling when its process was killed is not handled
   * again (it may have done half its work). Its person is asked, once, to repeat
   * it; the record keeps their chat only while the update is handled.
   */
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const REPEAT_RU = /перезапустился/;

  /** A record as a killed process leaves it: claimed `agoMs` ago, never finished. */
  async function cutOff(updateId: number, chatId: number, options: { agoMs?: number; by?: string; language?: string } = {}) {
    const claimedAt = new Date(Date.now() - (options.agoMs ?? 120_000));
    await ReceivedUpdateModel.create({
      _id: updateId, receivedAt: claimedAt, claimedAt, claimedBy: options.by ?? 'a-killed-process', answerTo: chatId, language: options.language ?? 'ru',
    });
  }

  function deps(t: ReturnType<typeof createTestBot>) {
    return { notifier: t.senderDeps.notifier, logger: t.deps.logger, defaultLocale: 'ru' as const };
  }

  /** A bot whose calls to Telegram hang (a slow network) until `release`, as a kill would find them. */
  function botWithHeldAnswers() {
    const telegram = new FakeTelegram();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const answer = telegram.fetch;
    Object.defineProperty(telegram, 'fetch', { value: async (...args: Parameters<typeof fetch>) => (await held, answer(...args)) });
    return { t: createTestBot({ telegram }), release };
  }

  describe('an update cut off by a restart', () => {
    it('names its chat while it is handled, and not once it was answered', async () => {
      const { t, release } = botWithHeldAnswers();
      const anna = t.user({ id: 6101, first_name: 'Анна', language_code: 'ru' });

      const handling = anna.text('/start');
      let row = null;
      for (let i = 0; i < 200 && !row?.answerTo; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        row = await ReceivedUpdateModel.findOne({ answerTo: 6101 }).lean();
      }
      expect(row).toMatchObject({ answerTo: 6101, language: 'ru', claimedBy: THIS_PROCESS });

      release();
      await handling;
      expect(anna.messages().some((m) => /Здравствуйте/.test(m.text ?? ''))).toBe(true);
      const after = await ReceivedUpdateModel.findById(row?._id).lean();
      expect(after?.claimedAt).toBeInstanceOf(Date);
      expect(after).not.toHaveProperty('answerTo');
      expect(after).not.toHaveProperty('language');
      expect(t.errors).toEqual([]);
    });

    it("keeps nothing of a webhook update's content once its handling began, so a kill leaves none behind", async () => {
      const { t, release } = botWithHeldAnswers();
      const inbox = createUpdateInbox((update) => t.bot.handleUpdate(update), t.deps.logger);
      const update = { update_id: 7301, message: { message_id: 1, date: 0, chat: { id: 6501, type: 'private' as const, first_name: 'Зоя' }, from: { id: 6501, is_bot: false, first_name: 'Зоя' }, text: 'Зоя Петрова +79991234567' } };

      await inbox.receive(update);
      let row = null;
      try {
        for (let i = 0; i < 200 && !row?.claimedAt; i++) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          row = await ReceivedUpdateModel.findById(7301).lean();
        }
      } finally {
        release();
        await inbox.drain(5_000);
      }
      // Handling hung on Telegram, as a kill would find it: the chat was kept (to say sorry), the words were not.
      expect(row).toMatchObject({ answerTo: 6501, claimedBy: THIS_PROCESS });
      expect(row).not.toHaveProperty('json');
    });

    it('asks each person once to repeat, in their language, after the grace; skips this process and fresh ones', async () => {
      const t = createTestBot();
      await cutOff(7001, 6201);
      await cutOff(7002, 6201); // the same person's next message, queued behind it
      await cutOff(7003, 6202, { language: 'en' });
      await cutOff(7004, 6203, { agoMs: 10_000 }); // may still be handled by a live process
      await cutOff(7005, 6204, { by: THIS_PROCESS }); // this process is handling it

      expect(await tellInterruptedChats(deps(t))).toBe(2);

      const sent = t.telegram.callsOf('sendMessage');
      expect(sent.filter((c) => c.payload.chat_id === 6201)).toHaveLength(1);
      expect(sent.find((c) => c.payload.chat_id === 6201)?.payload.text).toMatch(REPEAT_RU);
      expect(sent.find((c) => c.payload.chat_id === 6202)?.payload.text).toMatch(/restarted/);
      expect(sent.some((c) => c.payload.chat_id === 6203 || c.payload.chat_id === 6204)).toBe(false);
      const kept = await ReceivedUpdateModel.find({ _id: { $gte: 7001, $lte: 7005 }, answerTo: { $exists: true } }, { _id: 1 }).sort({ _id: 1 }).lean();
      expect(kept.map((r) => r._id)).toEqual([7004, 7005]);
      // A second look tells nobody again.
      expect(await tellInterruptedChats(deps(t))).toBe(0);
    });

    it('does not ask a person to repeat what they already repeated and had answered (probe s20 F9)', async () => {
      const t = createTestBot();
      const boris = t.user({ id: 6251, first_name: 'Борис', language_code: 'ru' });
      await boris.text('/start');
      const cut = boris.lastUpdate!.update_id;
      // That press was the one a kill cut off (a record as a killed process leaves it)...
      await ReceivedUpdateModel.replaceOne({ _id: cut }, { receivedAt: new Date(Date.now() - 120_000), claimedAt: new Date(Date.now() - 120_000), claimedBy: 'a-killed-process', answerTo: 6251, language: 'ru' });
      await cutOff(7051, 6252); // someone else's, not repeated
      // ...and Boris repeated it after the restart and got his answer.
      await boris.text('/start');
      const before = t.telegram.messagesTo(6251).length;
      expect(await tellInterruptedChats(deps(t))).toBe(1);
      expect(t.telegram.messagesTo(6251)).toHaveLength(before);
      expect(t.telegram.messagesTo(6252).at(-1)?.text).toMatch(REPEAT_RU);
    });

    it('keeps the chat for the next look after a 429, and forgets it when the bot is blocked', async () => {
      const t = createTestBot();
      await cutOff(7101, 6301);
      await cutOff(7102, 6302);
      t.telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }, { chatId: 6301 });
      t.telegram.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' }, { chatId: 6302 });

      expect(await tellInterruptedChats(deps(t))).toBe(0);
      expect((await ReceivedUpdateModel.find({ _id: { $in: [7101, 7102] }, answerTo: { $exists: true } }).lean()).map((r) => r._id)).toEqual([7101]);

      expect(await tellInterruptedChats(deps(t))).toBe(1);
      expect(t.telegram.messagesTo(6301).at(-1)?.text).toMatch(REPEAT_RU);
    });

    it('keeps no chat after /forget, even one a restart cut off', async () => {
      await cutOff(7201, 6401);
      await forgetCitizen(6401, new Date(), testOffers());
      expect(await ReceivedUpdateModel.findById(7201).lean()).not.toHaveProperty('answerTo');
    });
  });

  describe('the webhook inbox', () => {
    it("stores no update of a flood's overflow: other chats' updates do not wait behind its writes", async () => {
      const { t, release } = botWithHeldAnswers();
      const inbox = createUpdateInbox((update) => t.bot.handleUpdate(update), t.deps.logger, { dropsOnArrival: t.turns.overflows });
      const message = (updateId: number) => ({
        update_id: updateId,
        message: { message_id: updateId, date: 0, chat: { id: 6601, type: 'private' as const, first_name: 'Флуд' }, from: { id: 6601, is_bot: false, first_name: 'Флуд' }, text: `спам ${updateId}` },
      });
      try {
        // The first reply hangs at Telegram: the next two wait their turn, and what comes after them is dropped.
        for (let id = 7401; id <= 7440; id++) await inbox.receive(message(id));
        expect(t.turns.pending('6601')).toBe(3);
      } finally {
        release();
        await inbox.drain(5_000);
      }
      const stored = await ReceivedUpdateModel.find({ _id: { $gte: 7401, $lte: 7440 } }, { _id: 1 }).sort({ _id: 1 }).lean();
      expect(stored.map((row) => row._id)).toEqual([7401, 7402, 7403]);
      expect(t.turns.dropped()).toBe(37);
    });
  });
});

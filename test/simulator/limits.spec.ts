import { afterEach, describe, expect, it } from '@jest/globals';
import { ManualClock, startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/simulator/index.js';
import { api, startedUser } from './helpers.js';

describe('limits', () => {
  let emu: RunningEmulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });

  async function start(options: EmulatorOptions, userIds: number[]): Promise<RunningEmulator> {
    emu = await startEmulator(options);
    for (const id of userIds) await startedUser(emu, id);
    return emu;
  }

  const send = (e: RunningEmulator, chatId: number) => api(e, 'sendMessage', { chat_id: chatId, text: 'hello' });

  describe('per-chat limit (1/s, burst 3)', () => {
    it('allows a burst of 3, then answers 429 with retry_after, and recovers as time passes', async () => {
      const clock = new ManualClock();
      const e = await start({ clock }, [1]);
      for (let i = 0; i < 3; i++) expect((await send(e, 1)).ok).toBe(true);
      const refused = await send(e, 1);
      expect(refused).toMatchObject({
        status: 429, ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 },
      });
      clock.advance(1000);
      expect((await send(e, 1)).ok).toBe(true);
      expect((await send(e, 1)).status).toBe(429);
      expect(await e.client.counters()).toMatchObject({ tooManyRequests: 2, retryAfterIgnored: 0 });
    });

    it('counts calls made before a retry_after had passed (for benchmarks: was every 429 honoured?)', async () => {
      const clock = new ManualClock();
      const e = await start({ clock }, [1, 2]);
      for (let i = 0; i < 4; i++) await send(e, 1); // the 4th gets 429, retry_after 1
      clock.advance(500);
      expect((await send(e, 2)).ok).toBe(true); // another chat is not held up by chat 1's limit
      expect((await send(e, 1)).parameters?.retry_after).toBe(1); // too early, and told to wait again
      clock.advance(1000);
      expect((await send(e, 1)).ok).toBe(true);
      expect((await e.client.counters()).retryAfterIgnored).toBe(1);
    });

    it('reports a retry_after rounded up to whole seconds', async () => {
      const clock = new ManualClock();
      const e = await start({ clock, limits: { perChatPerSecond: 0.25, perChatBurst: 1 } }, [1]);
      expect((await send(e, 1)).ok).toBe(true);
      clock.advance(500);
      expect((await send(e, 1)).parameters?.retry_after).toBe(4); // 3.5 s left -> 4
    });

    it('counts edits but not chat actions or callback answers', async () => {
      const clock = new ManualClock();
      const e = await start({ clock }, [1]);
      const keyboard = { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] };
      const sent = (await api(e, 'sendMessage', { chat_id: 1, text: 'v1', reply_markup: keyboard })).result;
      await api(e, 'editMessageText', { chat_id: 1, message_id: sent.message_id, text: 'v2', reply_markup: keyboard });
      for (let i = 0; i < 5; i++) expect((await api(e, 'sendChatAction', { chat_id: 1, action: 'typing' })).ok).toBe(true);
      const press = await e.client.pressInlineButton(1, 'A');
      expect((await api(e, 'answerCallbackQuery', { callback_query_id: press.callback_query_id })).ok).toBe(true);
      expect((await api(e, 'editMessageText', { chat_id: 1, message_id: sent.message_id, text: 'v3', reply_markup: keyboard })).ok).toBe(true);
      expect((await api(e, 'editMessageText', { chat_id: 1, message_id: sent.message_id, text: 'v4', reply_markup: keyboard })).status).toBe(429);
    });
  });

  describe('global limit (30/s across chats)', () => {
    it('refuses the 31st message in one second even in fresh chats', async () => {
      const clock = new ManualClock();
      const ids = Array.from({ length: 31 }, (_, i) => 100 + i);
      const e = await start({ clock }, ids);
      for (const id of ids.slice(0, 30)) expect((await send(e, id)).ok).toBe(true);
      const refused = await send(e, ids[30]!);
      expect(refused.status).toBe(429);
      expect(refused.parameters?.retry_after).toBeGreaterThanOrEqual(1);
      clock.advance(100); // 30/s refills one token every ~33 ms
      expect((await send(e, ids[30]!)).ok).toBe(true);
    });

    it('is configurable', async () => {
      const clock = new ManualClock();
      const e = await start({ clock, limits: { globalPerSecond: 2, globalBurst: 2 } }, [1, 2, 3]);
      expect((await send(e, 1)).ok).toBe(true);
      expect((await send(e, 2)).ok).toBe(true);
      expect((await send(e, 3)).status).toBe(429);
    });

    it('records deliveries per chat with timestamps', async () => {
      const clock = new ManualClock(1_000_000);
      const e = await start({ clock }, [1, 2]);
      await send(e, 1);
      clock.advance(1500);
      await send(e, 1);
      await send(e, 2);
      const counters = await e.client.counters();
      expect(counters.deliveredPerChat).toEqual({ '1': [1_000_000, 1_001_500], '2': [1_001_500] });
      expect(counters.totalDelivered).toBe(3);
      expect(counters.callsPerMethod['sendMessage']).toBe(3);
    });
  });

  describe('fault injection', () => {
    it('inject429Every answers every N-th counted call with 429', async () => {
      const e = await start({ limits: { enabled: false }, faults: { inject429Every: 3, injectedRetryAfter: 2 } }, [1]);
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await send(e, 1)).status);
      expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
      expect((await send(e, 1)).ok).toBe(true);
      expect((await e.client.counters()).tooManyRequests).toBe(2);
    });

    it('inject429Probability uses the injected randomness', async () => {
      const rolls = [0.9, 0.1, 0.9];
      const e = await start({ limits: { enabled: false }, faults: { inject429Probability: 0.5 }, random: () => rolls.shift() ?? 1 }, [1]);
      expect([(await send(e, 1)).status, (await send(e, 1)).status, (await send(e, 1)).status]).toEqual([200, 429, 200]);
    });

    it('blockedUserIds makes sends fail with 403, changeable at runtime', async () => {
      const e = await start({ limits: { enabled: false }, faults: { blockedUserIds: [2] } }, [1, 2]);
      expect((await send(e, 2)).description).toBe('Forbidden: bot was blocked by the user');
      expect((await send(e, 1)).ok).toBe(true);
      await e.client.setFaults({ blockedUserIds: [1] });
      expect((await send(e, 1)).status).toBe(403);
      expect((await send(e, 2)).ok).toBe(true);
      expect((await e.client.counters()).forbidden).toBe(2);
    });
  });
});

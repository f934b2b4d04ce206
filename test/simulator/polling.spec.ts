import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { UpdateQueue } from '../../src/simulator/updates.js';
import { api, startedUser } from './helpers.js';

describe('polling', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ limits: { enabled: false }, webhookRetryDelayMs: 50 });
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    await emu.client.reset();
    await startedUser(emu, 42);
  });

  describe('getUpdates long polling', () => {
    it('returns pending updates at once and confirms them with offset', async () => {
      await emu.client.sendText(42, 'one');
      await emu.client.sendText(42, 'two');
      const first = (await api(emu, 'getUpdates', { timeout: 10 })).result;
      expect(first.map((u: any) => u.message.text)).toEqual(['one', 'two']);
      const again = (await api(emu, 'getUpdates')).result;
      expect(again).toHaveLength(2); // not confirmed yet
      const afterConfirm = (await api(emu, 'getUpdates', { offset: first[1].update_id + 1 })).result;
      expect(afterConfirm).toEqual([]);
    });

    it('honours limit (at most 100)', async () => {
      for (const text of ['a', 'b', 'c']) await emu.client.sendText(42, text);
      expect((await api(emu, 'getUpdates', { limit: 2 })).result).toHaveLength(2);
      expect((await api(emu, 'getUpdates', { limit: 1000 })).result).toHaveLength(3);
    });

    it('holds the request open until an update arrives', async () => {
      const started = Date.now();
      const poll = api(emu, 'getUpdates', { timeout: 10 });
      await new Promise((resolve) => setTimeout(resolve, 150));
      await emu.client.sendText(42, 'late');
      const updates = (await poll).result;
      expect(updates.map((u: any) => u.message.text)).toEqual(['late']);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(140);
      expect(elapsed).toBeLessThan(5000);
    });

    it('returns an empty list when the timeout passes', async () => {
      const started = Date.now();
      expect((await api(emu, 'getUpdates', { timeout: 1 })).result).toEqual([]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    });

    it('filters by allowed_updates and remembers the setting', async () => {
      expect((await api(emu, 'getUpdates', { allowed_updates: ['callback_query'] })).result).toEqual([]);
      await emu.client.sendText(42, 'ignored');
      await api(emu, 'sendMessage', { chat_id: 42, text: 'k', reply_markup: { inline_keyboard: [[{ text: 'K', callback_data: 'k' }]] } });
      await emu.client.pressInlineButton(42, 'K');
      const updates = (await api(emu, 'getUpdates')).result;
      expect(updates.map((u: any) => Object.keys(u)[1])).toEqual(['callback_query']);
    });

    it('ends an older long poll with 409 when a newer one starts', async () => {
      const older = api(emu, 'getUpdates', { timeout: 10 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const newer = api(emu, 'getUpdates', { timeout: 0 });
      expect((await older).status).toBe(409);
      expect((await newer).ok).toBe(true);
    });
  });

  describe('webhooks', () => {
    let receiver: Server;
    let receiverUrl: string;
    const received: { headers: IncomingHttpHeaders; body: any }[] = [];
    let failuresLeft = 0;
    let replyWith: unknown = null;

    beforeAll(async () => {
      receiver = createServer((req, res) => {
        let text = '';
        req.on('data', (chunk) => (text += chunk));
        req.on('end', () => {
          received.push({ headers: req.headers, body: JSON.parse(text) });
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            res.writeHead(500).end();
            return;
          }
          res.writeHead(200, { 'content-type': 'application/json' }).end(replyWith ? JSON.stringify(replyWith) : '');
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    });
    afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
    beforeEach(() => {
      received.length = 0;
      failuresLeft = 0;
      replyWith = null;
    });

    const until = async (check: () => boolean) => {
      for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(check()).toBe(true);
    };

    it('posts updates with the secret header, and getUpdates conflicts while set', async () => {
      expect((await api(emu, 'setWebhook', { url: receiverUrl, secret_token: 's3cret' })).result).toBe(true);
      expect(await api(emu, 'getUpdates')).toMatchObject({
        status: 409,
        description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      });
      await emu.client.sendText(42, 'via hook');
      await until(() => received.length === 1);
      expect(received[0]!.headers['x-telegram-bot-api-secret-token']).toBe('s3cret');
      expect(received[0]!.body.message.text).toBe('via hook');
      const info = (await api(emu, 'getWebhookInfo')).result;
      expect(info).toMatchObject({ url: receiverUrl, pending_update_count: 0 });
    });

    it('retries deliveries answered with non-2xx, in order', async () => {
      failuresLeft = 2;
      await api(emu, 'setWebhook', { url: receiverUrl });
      await emu.client.sendText(42, 'first');
      await emu.client.sendText(42, 'second');
      await until(() => received.length === 4);
      expect(received.map((r) => r.body.message.text)).toEqual(['first', 'first', 'first', 'second']);
      expect((await api(emu, 'getWebhookInfo')).result.last_error_message).toMatch(/500/);
    });

    it('deleteWebhook with drop_pending_updates forgets queued updates and re-enables polling', async () => {
      failuresLeft = 1000;
      await api(emu, 'setWebhook', { url: receiverUrl });
      await emu.client.sendText(42, 'stuck');
      await until(() => received.length >= 1);
      expect((await api(emu, 'getWebhookInfo')).result.pending_update_count).toBe(1);
      await api(emu, 'deleteWebhook', { drop_pending_updates: true });
      expect((await api(emu, 'getUpdates')).result).toEqual([]);
    });

    it('executes a method returned in the webhook response', async () => {
      replyWith = { method: 'sendMessage', chat_id: 42, text: 'answered inline' };
      await api(emu, 'setWebhook', { url: receiverUrl });
      await emu.client.sendText(42, 'ping');
      expect((await emu.client.waitForMessage(42, { timeoutMs: 3000 })).text).toBe('answered inline');
    });
  });

  describe('a webhook slower than the timeout', () => {
    it('counts as a failed delivery ("Read timeout expired") and is posted again', async () => {
      const slow = await startEmulator({ limits: { enabled: false }, webhookRetryDelayMs: 50, webhookTimeoutMs: 100 });
      const posts: string[] = [];
      const receiver = createServer((req, res) => {
        req.resume();
        posts.push(req.url!);
        // The first post is answered after the emulator gave up on it; the second at once.
        if (posts.length === 1) setTimeout(() => res.writeHead(200).end(), 300);
        else res.writeHead(200).end();
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      try {
        await startedUser(slow, 42);
        await api(slow, 'setWebhook', { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` });
        await slow.client.sendText(42, 'slow');
        for (let i = 0; i < 100 && posts.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(posts).toHaveLength(2);
        expect((await api(slow, 'getWebhookInfo')).result).toMatchObject({ last_error_message: 'Read timeout expired' });
      } finally {
        await slow.close();
        receiver.closeAllConnections();
        await new Promise<void>((resolve) => receiver.close(() => resolve()));
      }
    });
  });

  describe('update ids', () => {
    it('an emulator started again continues past the ids it gave before (the bot would drop a repeated id as a duplicate)', () => {
      const start = Date.UTC(2026, 10, 30, 9);
      const first = new UpdateQueue(() => start);
      const ids = [1, 2, 3].map((n) => first.push('message', { message_id: n } as never)!.update_id);
      expect(ids[1]).toBe(ids[0]! + 1);
      // Started again a second later (someone restarts `npm run emulator` against the same bot and database).
      const again = new UpdateQueue(() => start + 1000);
      expect(again.push('message', { message_id: 4 } as never)!.update_id).toBeGreaterThan(ids[2]!);
      expect(ids[0]).toBeLessThan(2 ** 31); // the ids stay 31-bit
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'node:http';
import { connect } from 'node:net';
import { ReceivedUpdateModel } from '../../src/db/models/received-update.js';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { exitCode, freePort, isRunning, spawnBot, startBot, stopBot, type BotProcess } from '../helpers/bot-process.js';
import { useTestDatabase } from '../helpers/test-db.js';

/**
 * Webhook mode exposed to the internet: the real bot process (as `npm start` runs it), posted
 * to over HTTP by the test (as an attacker or a clumsy proxy would) and by the
 * Bot API emulator (as Telegram would).
 */
const SECRET = 'e2e-webhook-secret';
let done: () => Promise<void>;
let emulator: RunningEmulator;
beforeAll(async () => {
  done = await useTestDatabase();
  // Telegram gives up on a webhook that does not answer in time; here after 1 s (its own wait is longer):
  // the bot answers as soon as the update is stored, well within it.
  emulator = await startEmulator({ webhookRetryDelayMs: 200, webhookTimeoutMs: 1000 });
});
afterAll(async () => {
  await emulator.close();
  await done();
});

async function startWebhookBot(): Promise<BotProcess & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/telegram`;
  const bot = await startBot(emulator.apiRoot, { WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET, PORT: String(port) });
  return { ...bot, url };
}

/** One raw HTTP POST; `declaredLength` lets a request announce more than it sends. */
function post(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Writes a request by hand over a socket and returns the status line of the answer as soon as it comes
 * (the server cuts a refused request's connection only a second later): `head` are the header lines,
 * `body` is written in pieces, ignoring a server that hangs up mid-way.
 */
function rawRequest(url: string, head: string[], body: Buffer[]): Promise<string> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write([`POST ${pathname} HTTP/1.1`, `host: ${hostname}`, ...head, '', ''].join('\r\n'));
      for (const piece of body) if (!socket.destroyed) socket.write(piece);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) socket.destroy();
    });
    socket.on('error', () => undefined); // the server may close while we still write: that is the point
    socket.on('close', () => (answer ? resolve(answer.split('\r\n')[0]!) : reject(new Error('no answer'))));
    setTimeout(() => socket.destroy(), 5_000);
  });
}

const signed = { 'x-telegram-bot-api-secret-token': SECRET };

/** A /start typed by `userId`, as Telegram would post it. */
function startUpdate(updateId: number, userId: number) {
  const user = { id: userId, is_bot: false, first_name: 'Вера', language_code: 'ru' };
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: 'Вера' },
      from: user,
      text: '/start',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    },
  };
}

async function greetingsTo(userId: number): Promise<number> {
  const messages = await emulator.client.messages(userId);
  return messages.filter((m) => /Здравствуйте/.test(m.text ?? '')).length;
}

/** Sends /help as the user and waits for its answer: whatever the bot handled for this chat before is done by then. */
async function helpAnswered(userId: number) {
  const before = (await emulator.client.messages(userId)).length;
  await emulator.client.sendCommand(userId, '/help');
  await waitUntil(async () => (await emulator.client.messages(userId)).length > before, 'the answer to /help');
}

async function waitUntil(check: () => Promise<boolean>, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('webhook mode', () => {
  it('refuses to start with WEBHOOK_URL but no WEBHOOK_SECRET, with one clear message', async () => {
    const bot = spawnBot(emulator.apiRoot, { WEBHOOK_URL: 'https://bot.example.org/telegram' });
    expect(await exitCode(bot.child)).toBe(1);
    const output = bot.log.join('');
    expect(output).toContain('Invalid configuration');
    expect(output).toContain('WEBHOOK_SECRET: required with WEBHOOK_URL');
    expect(output).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  }, 60_000);

  describe('one running process', () => {
    // Shared by these tests (a start costs seconds); each posts as a user of its own.
    let bot: BotProcess & { url: string };
    beforeAll(async () => {
      bot = await startWebhookBot();
    }, 60_000);
    afterAll(async () => {
      await emulator.client.setFaults({});
      const log = await stopBot(bot);
      expect(log).not.toMatch(/start failed|update handling failed|update failed|unhandled/);
    });

    it('refuses unsigned, oversized and malformed requests and keeps running', async () => {
      await emulator.client.createUser({ id: 63001, first_name: 'Вера', language_code: 'ru' });
      const forged = JSON.stringify(startUpdate(900_001, 63001));
      expect((await post(bot.url, forged)).status).toBe(401);
      expect((await post(bot.url, forged, { 'x-telegram-bot-api-secret-token': 'guess' })).status).toBe(401);

      const secretLine = `x-telegram-bot-api-secret-token: ${SECRET}`;
      // Announced as 5 MB, only a little sent: refused from the header, without waiting for the rest.
      expect(await rawRequest(bot.url, [secretLine, `content-length: ${5 * 1024 * 1024}`], [Buffer.from('{"update_id":')])).toBe(
        'HTTP/1.1 413 Payload Too Large',
      );
      // No length announced (chunked), 2 MB sent in 64 KB pieces: refused once it passes 1 MB.
      const piece = Buffer.alloc(64 * 1024, 'a');
      const chunk = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
      expect(await rawRequest(bot.url, [secretLine, 'transfer-encoding: chunked'], Array(32).fill(chunk))).toBe(
        'HTTP/1.1 413 Payload Too Large',
      );

      expect((await post(bot.url, '{"update_id": 1, "message": ', signed)).status).toBe(400);
      expect((await post(bot.url, '[1,2,3]', signed)).status).toBe(400);
      expect((await post(bot.url, '{"message": {}}', signed)).status).toBe(400);
      expect((await post(bot.url.replace('/telegram', '/other'), forged, signed)).status).toBe(404);
      // Signed and well-formed JSON, but nothing a person sent: taken (200), ignored quietly, nothing breaks.
      for (const odd of ['{"update_id": 900002, "message": "x"}', '{"update_id": 900003, "message": {"chat": null}}',
        '{"update_id": 900004, "callback_query": {"id": "1"}}', '{"update_id": 900005, "edited_message": {}}',
        // Well-formed around one wrong field (probe s19 #18): a number as the text, a membership change without a member.
        '{"update_id": 900006, "message": {"message_id": 1, "date": 0, "chat": {"id": 63001, "type": "private"}, "from": {"id": 63001, "is_bot": false, "first_name": "x"}, "text": 42}}',
        '{"update_id": 900007, "my_chat_member": {"date": 0, "chat": {"id": 63001, "type": "private"}, "from": {"id": 63001, "is_bot": false, "first_name": "x"}}}']) {
        expect((await post(bot.url, odd, signed)).status).toBe(200);
      }

      expect(isRunning(bot.child)).toBe(true);
      expect(await greetingsTo(63001)).toBe(0); // nothing forged was handled
      // Still serving: a real user's /start through the emulator (Telegram) is answered.
      await emulator.client.sendCommand(63001, '/start');
      await waitUntil(async () => (await greetingsTo(63001)) === 1, 'the greeting');
      await waitUntil(async () => bot.log.join('').includes('webhook request refused'), 'the refusals logged');
    }, 120_000);

    it('answers Telegram at once while an update takes longer than its timeout, and handles it once', async () => {
      try {
        await emulator.client.createUser({ id: 63002, first_name: 'Вера', language_code: 'ru' });
        // Every second message meets a 429 with retry_after 2 s: /start (two messages) takes over 2 s, longer than
        // the emulator's webhook timeout (1 s; grammY's webhookCallback threw after its own 10 s and the process exited).
        await emulator.client.setFaults({ inject429Every: 2, injectedRetryAfter: 2 });
        await emulator.client.resetCounters();
        await emulator.client.sendCommand(63002, '/start');
        await waitUntil(async () => (await emulator.client.messages(63002)).length >= 2, 'both /start messages', 40_000);
        await emulator.client.setFaults({});

        expect(isRunning(bot.child)).toBe(true);
        const info = await emulator.client.info();
        expect(info.webhook).not.toHaveProperty('last_error_message'); // Telegram never saw a timeout
        await helpAnswered(63002); // updates of one chat are delivered and handled in order: a repeated /start would show by now
        expect(await greetingsTo(63002)).toBe(1);
      } finally {
        await emulator.client.setFaults({});
      }
    }, 120_000);
  });

  it('handles an update delivered again after a restart only once, and one stored but not handled before a stop', async () => {
    await emulator.client.createUser({ id: 63003, first_name: 'Вера', language_code: 'ru' });
    await emulator.client.createUser({ id: 63004, first_name: 'Вера', language_code: 'ru' });
    const first = await startWebhookBot();
    const update = JSON.stringify(startUpdate(900_100, 63003));
    try {
      // Both open the bot as people do (Telegram lets a bot write only to those who did).
      await emulator.client.sendCommand(63003, '/start');
      await emulator.client.sendCommand(63004, '/start');
      await waitUntil(async () => (await greetingsTo(63003)) === 1 && (await greetingsTo(63004)) === 1, 'the greetings');
      expect((await post(first.url, update, signed)).status).toBe(200);
      await waitUntil(async () => (await greetingsTo(63003)) === 2, 'the greeting for the posted update');
      expect((await post(first.url, update, signed)).status).toBe(200); // a retry while running
      const stored = async () => (await ReceivedUpdateModel.findById(900_100).lean())?.json;
      await waitUntil(async () => (await stored()) === undefined, 'the handled update forgotten (only its id is kept)');
    } finally {
      await stopBot(first);
    }
    // A process that stored this update and stopped before handling it (as after a crash).
    await ReceivedUpdateModel.create({ _id: 900_101, json: JSON.stringify(startUpdate(900_101, 63004)), receivedAt: new Date() });

    const second = await startWebhookBot();
    try {
      await waitUntil(async () => (await greetingsTo(63004)) === 2, 'the stored update handled after the restart');
      expect((await post(second.url, update, signed)).status).toBe(200); // Telegram's redelivery after the restart
      await helpAnswered(63003); // (its handling, were it handled, would come first: the chat's updates are taken in order)
      expect(await greetingsTo(63003)).toBe(2);
      expect(await greetingsTo(63004)).toBe(2);
      // Once handled, an update keeps only its id: no message text stays behind.
      const contentOf = async (id: number) => (await ReceivedUpdateModel.findById(id).lean())?.json;
      await waitUntil(async () => (await contentOf(900_101)) === undefined, 'the handled update forgotten');
      expect(await ReceivedUpdateModel.countDocuments({ _id: { $in: [900_100, 900_101] } })).toBe(2);
    } finally {
      await stopBot(second);
    }
  }, 180_000);
});

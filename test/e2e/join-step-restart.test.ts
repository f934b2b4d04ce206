import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type EmulatorClient, type RunningEmulator, type TgMessage } from '../../src/simulator/index.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { startBot, stopBot } from '../helpers/bot-process.js';

/**
 * task31 fixD: /start in the middle of a join names its step («шаг 3 из 5», walk30 W30-03) after the bot process
 * restarted between two steps too: the step is kept beside the join's stored state, not only in the process's memory.
 */
let done: () => Promise<void>;
let emulator: RunningEmulator;
beforeAll(async () => {
  done = await useTestDatabase();
  emulator = await startEmulator({ limits: { enabled: false } });
});
afterAll(async () => {
  await emulator.close();
  await done();
});

/** The bot's next message to the user whose text matches: a new one, or a question edited in place (with buttons: `asking`). */
async function expectMessage(client: EmulatorClient, userId: number, pattern: RegExp, asking = false): Promise<TgMessage> {
  const deadline = Date.now() + 15_000;
  const seen: string[] = [];
  while (Date.now() < deadline) {
    const event = await client.nextEvent(userId, { timeoutMs: Math.max(1, deadline - Date.now()), kinds: ['sent', 'edited'] });
    if (!event?.message) break;
    const buttons = event.message.reply_markup?.inline_keyboard?.length ?? 0;
    if (pattern.test(event.message.text ?? '') && (!asking || buttons > 0)) return event.message;
    seen.push(event.message.text ?? '(no text)');
  }
  throw new Error(`no message matching ${pattern}; got: ${seen.join(' / ')}`);
}

describe('a join when the bot process restarts between two steps', () => {
  it('/start after the restart still names the course and the step', async () => {
    const client = emulator.client;
    const user = 61_501;
    let bot = await startBot(emulator.apiRoot, {});
    try {
      await client.createUser({ id: user, first_name: 'Зоя', language_code: 'ru' });
      await client.sendCommand(user, '/start');
      await expectMessage(client, user, /Чтобы записаться/);
      await client.pressReplyButton(user, '📝 Записаться на курс');
      await expectMessage(client, user, /Шаг 1 из 5/);
      await client.pressInlineButton(user, 'Госуслуги онлайн');
      await expectMessage(client, user, /Шаг 2 из 5/);
      await client.pressInlineButton(user, 'Юрга');
      await expectMessage(client, user, /Шаг 3 из 5/, true);
    } finally {
      await stopBot(bot);
    }

    bot = await startBot(emulator.apiRoot, {});
    try {
      await client.sendCommand(user, '/start');
      await expectMessage(client, user, /^Вы записывались на курс «Госуслуги онлайн» \(шаг 3 из 5\): продолжить или начать заново\?$/);
      await client.pressInlineButton(user, 'Продолжить');
      await expectMessage(client, user, /Шаг 3 из 5/, true); // asked again below; the one above loses its buttons
      await client.pressInlineButton(user, 'Утром');
      await expectMessage(client, user, /Шаг 4 из 5/);
    } finally {
      expect(await stopBot(bot)).not.toMatch(/Зоя/);
    }
  }, 120_000);
});

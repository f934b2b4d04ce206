import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ReceivedUpdateModel } from '../../src/db/models/received-update.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { startEmulator, type EmulatorClient, type RunningEmulator, type TgMessage } from '../../src/simulator/index.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { E2E_TOKEN, freePort, startBot as startBotProcess, stopBot as stopBotProcess, type BotProcess } from '../helpers/bot-process.js';

/**
 * The real bot process, started as `npm start` starts it, against the
 * local Bot API emulator: a citizen joins the waiting list by pressing the
 * buttons the bot sent, once over long polling and once over a webhook.
 */
let done: () => Promise<void>;
let emulator: RunningEmulator;
beforeAll(async () => {
  done = await useTestDatabase();
  // Limits off: this is a functional test; the limits have tests of their own (test/simulator/limits.spec.ts).
  emulator = await startEmulator({ limits: { enabled: false }, webhookRetryDelayMs: 200 });
});
beforeEach(async () => {
  await WaitlistEntryModel.deleteMany({}); // each test starts with an empty line
});
afterAll(async () => {
  await emulator.close();
  await done();
});

const startBot = (env: Record<string, string>) => startBotProcess(emulator.apiRoot, env);
const stopBot = (child: BotProcess['child'], log: string[]) => stopBotProcess({ child, log });

/** Waits for the bot's next message to the user whose text matches: a new one, or a question edited in place. */
async function expectMessage(client: EmulatorClient, userId: number, pattern: RegExp): Promise<TgMessage> {
  const deadline = Date.now() + 15_000;
  const seen: string[] = [];
  while (Date.now() < deadline) {
    const event = await client.nextEvent(userId, { timeoutMs: Math.max(1, deadline - Date.now()), kinds: ['sent', 'edited'] });
    const message = event?.message;
    if (!message) break;
    if (pattern.test(message.text ?? '')) return message;
    seen.push(message.text ?? '(no text)');
  }
  throw new Error(`no message matching ${pattern}; got: ${seen.join(' / ')}`);
}

/** The join flow, each step by pressing what the bot showed. */
async function joinByButtons(client: EmulatorClient, userId: number) {
  await client.createUser({ id: userId, first_name: 'Нина', last_name: 'Орлова', language_code: 'ru' });
  await client.sendCommand(userId, '/start');
  await expectMessage(client, userId, /Здравствуйте, Нина!/);
  await expectMessage(client, userId, /Чтобы записаться/);

  await client.pressReplyButton(userId, '📝 Записаться на курс');
  await expectMessage(client, userId, /Шаг 1 из 5/);
  await client.pressInlineButton(userId, 'Интернет и электронная почта');
  await expectMessage(client, userId, /Шаг 2 из 5/);
  await client.pressInlineButton(userId, 'Юрга');
  // Юрга has one center: it is taken without a question and named above step 3.
  await expectMessage(client, userId, /В этом городе один центр: Центральная городская библиотека[\s\S]*Шаг 3 из 5/);
  await client.pressInlineButton(userId, 'Вечером');
  await expectMessage(client, userId, /Шаг 4 из 5/);
  await client.pressInlineButton(userId, '✓ Даю согласие');
  await expectMessage(client, userId, /Шаг 5 из 5/);
  await client.pressReplyButton(userId, '📱 Отправить мой телефон', { contact: { phone_number: '+79131234567' } });
  await expectMessage(client, userId, /Проверьте/i);
  await client.pressInlineButton(userId, '✓ Всё верно, записаться');
  return expectMessage(client, userId, /Ваше место в очереди: \d+\./);
}

describe('the bot process (npm start) against the Bot API emulator', () => {
  describe('over long polling', () => {
    // One process for these tests (a start costs seconds); each uses people of its own.
    const coordinator = 61900;
    let bot: BotProcess;
    let cutOffUpdateId: number;
    beforeAll(async () => {
      // Before the start: a process killed while handling someone's message had fetched (and so confirmed) the update and claimed it.
      await emulator.client.createUser({ id: 61004, first_name: 'Пётр', language_code: 'ru' });
      await emulator.client.sendText(61004, 'Хочу записаться');
      const callApi = (method: string, body: object = {}) =>
        fetch(`${emulator.apiRoot}/bot${E2E_TOKEN}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
          .then((r) => r.json() as Promise<{ result: Array<{ update_id: number; message?: { from?: { id: number } } }> }>);
      await callApi('deleteWebhook'); // the webhook test may have run first on this emulator
      const fetched = (await callApi('getUpdates')).result;
      cutOffUpdateId = fetched.find((u) => u.message?.from?.id === 61004)!.update_id;
      await callApi('getUpdates', { offset: fetched.at(-1)!.update_id + 1 });
      const claimedAt = new Date(Date.now() - 120_000);
      await ReceivedUpdateModel.create({ _id: cutOffUpdateId, receivedAt: claimedAt, claimedAt, claimedBy: 'a-killed-process', answerTo: 61004, language: 'ru' });
      bot = await startBot({ ADMIN_IDS: String(coordinator) });
    }, 60_000);
    afterAll(async () => {
      expect(await stopBot(bot.child, bot.log)).toContain('shutting down');
    });

    it('asks a person whose message a killed process cut off to repeat it, and runs the join flow', async () => {
      await expectMessage(emulator.client, 61004, /бот перезапустился и не ответил вам/);
      // The record is marked answered just after the message goes: wait for that write, not for a fixed time.
      const answered = async () => !(await ReceivedUpdateModel.findById(cutOffUpdateId).lean())?.answerTo;
      for (const deadline = Date.now() + 10_000; !(await answered()) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
      expect(await ReceivedUpdateModel.findById(cutOffUpdateId).lean()).not.toHaveProperty('answerTo');
      const done = await joinByButtons(emulator.client, 61001).catch(async (error) => {
        throw new Error(`${error}\n${JSON.stringify(await emulator.client.counters())}\n${bot.log.join('').slice(-3000)}`);
      });
      expect(done.text).toContain('Ваше место в очереди: 1.');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 61001 }).lean();
      expect(entry).toMatchObject({ courseId: 'internet', centerId: 'yurga-central', timeOfDay: 'evening', status: 'waiting' });
      expect(bot.log.join('')).not.toMatch(/Нина|Орлова|\+7\d{10}/); // no personal data in logs
    }, 120_000);

    it('imports a paper list sent as a file, and a person without Telegram joins the same line', async () => {
      const client = emulator.client;
      // A Telegram user joins today; the paper list holds two people who joined months before, so they stand ahead
      // (a date older than three years would be refused: OLDEST_JOIN_YEARS).
      const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
      const [y, m, d] = daysAgo(400).split('-');
      await joinByButtons(client, 61003);
      await client.createUser({ id: coordinator, first_name: 'Ольга', language_code: 'ru' });
      await client.sendCommand(coordinator, '/import');
      await expectMessage(client, coordinator, /Пришлите файл/);
      const list = [
        'ФИО,Телефон,Курс,Центр,Дата записи',
        `Петрова Нина Ивановна,8 (38451) 4-11-22,Интернет и электронная почта,Центральная городская библиотека Юрга,${d}.${m}.${y}`,
        `Сидоров Пётр,+7 923 555-01-02,Интернет и электронная почта,Центральная городская библиотека Юрга,${daysAgo(200)}`,
      ].join('\r\n');
      await client.sendDocument(coordinator, 'очередь Юрга.csv', new TextEncoder().encode(list));
      await expectMessage(client, coordinator, /строк с данными: 2/);
      await expectMessage(client, coordinator, /подписанный бумажный бланк согласия\?/);
      await client.pressInlineButton(coordinator, '✓ Да, у всех');
      await expectMessage(client, coordinator, /Будут добавлены в очередь: 2/);
      await client.pressInlineButton(coordinator, '✅ Записать 2');
      await expectMessage(client, coordinator, /^Готово. Добавлено в очередь: 2/);

      const line = await WaitlistEntryModel.find({ centerId: 'yurga-central', courseId: 'internet', status: 'waiting' }).sort({ joinedAt: 1, _id: 1 }).lean();
      expect(line.map((e) => (e.citizenId! > 0 ? e.citizenId : 'paper'))).toEqual(['paper', 'paper', 61003]);
      expect(await CitizenModel.countDocuments({ phoneKey: { $exists: true }, reachable: false, 'consent.method': 'paper' })).toBe(2);
      expect(bot.log.join('')).not.toMatch(/Петрова|Сидоров|\+7\d{10}/); // no personal data in logs
    }, 120_000);
  });

  it('runs the join flow over a webhook', async () => {
    const port = await freePort();
    const { child, log } = await startBot({ WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, WEBHOOK_SECRET: 'e2e-secret-0123456789', PORT: String(port) });
    try {
      const done = await joinByButtons(emulator.client, 61002);
      expect(done.text).toContain('Ваше место в очереди: 1.');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 61002, centerId: 'yurga-central', courseId: 'internet' })).toBe(1);
      expect(log.join('')).toContain('bot started (webhook)');
    } finally {
      expect(await stopBot(child, log)).toContain('shutting down');
    }
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Menu } from '@grammyjs/menu';
import { Bot, GrammyError, InputFile } from 'grammy';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { TOKEN, startedUser } from './helpers.js';
import { fileDownloader } from '../../src/bot/file-download.js';

describe('grammy', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ limits: { enabled: false } });
  });
  afterAll(() => emu.close());

  const newBot = () => new Bot(TOKEN, { client: { apiRoot: emu.apiRoot } });

  describe('grammY against the emulator', () => {
    it('bot.api calls succeed and fail like Telegram', async () => {
      await emu.client.reset();
      await startedUser(emu, 42, 'Anna');
      const bot = newBot();
      const me = await bot.api.getMe();
      expect(me).toMatchObject({ id: 123456789, username: 'tvoy_kurs_bot' });
      const sent = await bot.api.sendMessage(42, '<b>Hi</b> Anna', { parse_mode: 'HTML' });
      expect(sent.text).toBe('Hi Anna');
      expect((await emu.client.lastMessage(42))?.text).toBe('Hi Anna');
      const failure = await bot.api.sendMessage(999, 'x').catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GrammyError);
      expect((failure as GrammyError).description).toBe('Bad Request: chat not found');
    });

    it('uploads documents through multipart so the bytes can be read back', async () => {
      await emu.client.reset();
      await startedUser(emu, 42);
      const bot = newBot();
      const bytes = Buffer.from([0, 1, 2, 255, 13, 10, 45, 45]);
      const sent = await bot.api.sendDocument(42, new InputFile(bytes, 'Расписание занятий.pdf'), { caption: 'Your schedule' });
      expect(sent.document?.file_name).toBe('Расписание занятий.pdf');
      const file = await emu.client.file(sent.document.file_id);
      expect(file).toMatchObject({ filename: 'Расписание занятий.pdf', mime_type: 'application/pdf', size: 8 });
      expect(Buffer.compare(file.bytes, bytes)).toBe(0);
      const photo = await bot.api.sendPhoto(42, new InputFile(Buffer.from('png'), 'map.png'));
      expect(photo.photo?.[0]?.file_id).toBeDefined();
    });

    it('a document a user sends can be downloaded by the bot (getFile + file URL)', async () => {
      await emu.client.reset();
      await startedUser(emu, 43);
      const bytes = new Uint8Array([0xcf, 0xf0, 0xe8, 0x3b, 0x0d, 0x0a]); // Windows-1251 text
      const message = await emu.client.sendDocument(43, 'очередь.csv', bytes, 'text/csv');
      const bot = newBot();
      const download = fileDownloader(bot.api, { token: TOKEN, apiRoot: emu.apiRoot, fetch });
      expect(Array.from(await download(message.document!.file_id))).toEqual(Array.from(bytes));
    });

    it('long polling receives a user message and the reply reaches the user', async () => {
      await emu.client.reset();
      await emu.client.createUser({ id: 7, first_name: 'Ivan' });
      const bot = newBot();
      bot.command('start', (ctx) => ctx.reply(`Hello, ${ctx.from?.first_name}!`));
      const running = bot.start({ timeout: 2 });
      await emu.client.sendCommand(7, 'start');
      expect((await emu.client.waitForMessage(7, { timeoutMs: 5000 })).text).toBe('Hello, Ivan!');
      await bot.stop();
      await running;
      expect((await emu.client.info()).pending_updates).toBe(0); // stop() confirmed the update
    });

    it('works with @grammyjs/menu: pressing a button edits the menu', async () => {
      await emu.client.reset();
      await emu.client.createUser({ id: 8, first_name: 'Olga' });
      const bot = newBot();
      let count = 0;
      const menu = new Menu('counter').text(
        () => `Pressed ${count}`,
        (ctx) => {
          count += 1;
          ctx.menu.update();
        },
      );
      bot.use(menu);
      bot.command('start', (ctx) => ctx.reply('Counter', { reply_markup: menu }));
      const running = bot.start({ timeout: 2 });
      await emu.client.sendCommand(8, 'start');
      const shown = await emu.client.waitForMessage(8);
      expect(shown.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe('Pressed 0');
      const seq = await emu.client.currentSeq();
      const press = await emu.client.pressInlineButton(8, 'Pressed 0');
      const edit = await emu.client.nextEvent(8, { afterSeq: seq, kinds: ['edited'], timeoutMs: 5000 });
      expect(edit?.message.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe('Pressed 1');
      // menu answers the callback query itself
      for (let i = 0; i < 50 && !(await emu.client.callbackAnswer(press.callback_query_id)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await emu.client.callbackAnswer(press.callback_query_id)).not.toBeNull();
      await bot.stop();
      await running;
    });
  });
});

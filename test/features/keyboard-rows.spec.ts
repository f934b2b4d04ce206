import { describe, expect, it } from '@jest/globals';
import { Api, GrammyError, InlineKeyboard } from 'grammy';
import { FakeTelegram } from '../helpers/fake-telegram.js';
import { createTestBot, TEST_TOKEN } from '../helpers/test-bot.js';

describe('keyboard-rows', () => {
  /** A keyboard built in a loop that ends with `.row()`, as grammY code often does. */
  const loopKeyboard = () => {
    const keyboard = new InlineKeyboard();
    for (const label of ['Кемерово', 'Топки']) keyboard.text(label, `town:${label}`).row();
    return keyboard;
  };

  describe('inline keyboards never carry an empty row', () => {
    it('the fake Telegram refuses a keyboard with an empty row, so every test notices one', async () => {
      const telegram = new FakeTelegram();
      const api = new Api(TEST_TOKEN, { fetch: telegram.fetch });
      const sent = api.sendMessage(42, 'Выберите город', { reply_markup: loopKeyboard() });
      await expect(sent).rejects.toBeInstanceOf(GrammyError);
      await expect(api.sendMessage(42, 'Выберите город', { reply_markup: loopKeyboard() })).rejects.toThrow(/empty row/);
      expect(telegram.messagesTo(42)).toHaveLength(0);
    });

    it("the bot's own calls drop the empty rows and keep every button in order", async () => {
      const t = createTestBot();
      await t.bot.api.sendMessage(42, 'Выберите город', { reply_markup: loopKeyboard() });
      await t.senderDeps.notifier.sendToCitizen({ citizenId: 43, language: 'ru' }, { text: { raw: 'Выберите город' }, buttons: [[{ text: { raw: 'Кемерово' }, data: 'town:k' }], []] });
      const rows = (chat: number) => (t.telegram.messagesTo(chat)[0] as { reply_markup?: { inline_keyboard: Array<Array<{ text: string }>> } }).reply_markup!.inline_keyboard;
      expect(rows(42).map((row) => row.map((b) => b.text))).toEqual([['Кемерово'], ['Топки']]);
      expect(rows(43).map((row) => row.map((b) => b.text))).toEqual([['Кемерово']]);
    });
  });
});

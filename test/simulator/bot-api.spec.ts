import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { TOKEN, api, startedUser } from './helpers.js';

describe('bot-api', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ limits: { enabled: false } });
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    await emu.client.reset();
    await startedUser(emu, 42, 'Anna');
  });

  describe('routing and tokens', () => {
    it('rejects a malformed token with 401 Unauthorized', async () => {
      const reply = await api(emu, 'getMe', {}, 'not-a-token');
      expect(reply).toMatchObject({ status: 401, ok: false, error_code: 401, description: 'Unauthorized' });
    });

    it('answers an unknown method with 404 Not Found', async () => {
      const reply = await api(emu, 'sendHologram');
      expect(reply).toMatchObject({ status: 404, ok: false, error_code: 404, description: 'Not Found' });
    });

    it('getMe returns a bot whose id is the token prefix', async () => {
      const reply = await api(emu, 'getMe');
      expect(reply.result).toMatchObject({ id: 123456789, is_bot: true, username: 'tvoy_kurs_bot' });
    });

    it('accepts query string, urlencoded and multipart parameters', async () => {
      const base = `${emu.apiRoot}/bot${TOKEN}/sendMessage`;
      const viaQuery = await (await fetch(`${base}?chat_id=42&text=from%20query`)).json();
      const viaForm = await (await fetch(base, { method: 'POST', body: new URLSearchParams({ chat_id: '42', text: 'from form' }) })).json();
      const form = new FormData();
      form.set('chat_id', '42');
      form.set('text', 'from multipart');
      form.set('reply_markup', JSON.stringify({ inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] }));
      const viaMultipart = await (await fetch(base, { method: 'POST', body: form })).json();
      expect([viaQuery, viaForm, viaMultipart].map((r: any) => r.result.text)).toEqual(['from query', 'from form', 'from multipart']);
      expect((viaMultipart as any).result.reply_markup.inline_keyboard[0][0].callback_data).toBe('go');
    });
  });

  describe('sendMessage', () => {
    it('produces a Telegram-shaped message with per-chat ids', async () => {
      const first = await api(emu, 'sendMessage', { chat_id: 42, text: 'Hello' });
      const second = await api(emu, 'sendMessage', { chat_id: '42', text: 'Again' });
      expect(first.result).toMatchObject({
        message_id: 2, // the user's /start was message 1 of this chat
        from: { id: 123456789, is_bot: true, username: 'tvoy_kurs_bot' },
        chat: { id: 42, type: 'private', first_name: 'Anna', username: 'user42' },
        text: 'Hello',
      });
      expect(typeof first.result.date).toBe('number');
      expect(first.result.date).toBeLessThan(1e11); // seconds, not milliseconds
      expect(second.result.message_id).toBe(3);
    });

    it('rejects empty text', async () => {
      expect(await api(emu, 'sendMessage', { chat_id: 42, text: '' })).toMatchObject({ status: 400, description: 'Bad Request: message text is empty' });
      expect((await api(emu, 'sendMessage', { chat_id: 42, text: '<b></b>', parse_mode: 'HTML' })).description).toBe('Bad Request: message text is empty');
    });

    it('limits text to 4096 visible characters, markup excluded', async () => {
      expect((await api(emu, 'sendMessage', { chat_id: 42, text: 'x'.repeat(4096) })).ok).toBe(true);
      expect(await api(emu, 'sendMessage', { chat_id: 42, text: 'x'.repeat(4097) })).toMatchObject({ status: 400, description: 'Bad Request: message is too long' });
      const html = `<b>${'x'.repeat(4000)}</b>&amp;<i>${'y'.repeat(95)}</i>`;
      const sent = await api(emu, 'sendMessage', { chat_id: 42, text: html, parse_mode: 'HTML' });
      expect(sent.ok).toBe(true);
      expect(sent.result.text).toHaveLength(4096);
      const markdown = `*${'x'.repeat(4090)}* \\!\\!\\!\\!\\!\\!`;
      expect((await api(emu, 'sendMessage', { chat_id: 42, text: markdown, parse_mode: 'MarkdownV2' })).description).toBe('Bad Request: message is too long');
    });

    it('limits callback_data to 64 bytes', async () => {
      const keyboard = (data: string) => ({ inline_keyboard: [[{ text: 'B', callback_data: data }]] });
      expect((await api(emu, 'sendMessage', { chat_id: 42, text: 't', reply_markup: keyboard('d'.repeat(64)) })).ok).toBe(true);
      expect(await api(emu, 'sendMessage', { chat_id: 42, text: 't', reply_markup: keyboard('d'.repeat(65)) }))
        .toMatchObject({ status: 400, description: 'Bad Request: BUTTON_DATA_INVALID' });
      // 33 Cyrillic letters are 66 UTF-8 bytes
      expect((await api(emu, 'sendMessage', { chat_id: 42, text: 't', reply_markup: keyboard('я'.repeat(33)) })).description).toBe('Bad Request: BUTTON_DATA_INVALID');
    });

    it('refuses unknown chats, users who never wrote, and users who blocked the bot', async () => {
      expect(await api(emu, 'sendMessage', { chat_id: 999, text: 'hi' })).toMatchObject({ status: 400, description: 'Bad Request: chat not found' });
      await emu.client.createUser({ id: 7, first_name: 'Silent' });
      expect(await api(emu, 'sendMessage', { chat_id: 7, text: 'hi' }))
        .toMatchObject({ status: 403, description: "Forbidden: bot can't initiate conversation with a user" });
      await emu.client.blockBot(42);
      expect(await api(emu, 'sendMessage', { chat_id: 42, text: 'hi' })).toMatchObject({ status: 403, description: 'Forbidden: bot was blocked by the user' });
      await emu.client.unblockBot(42);
      expect((await api(emu, 'sendMessage', { chat_id: 42, text: 'hi' })).ok).toBe(true);
      expect((await emu.client.counters()).forbidden).toBe(2);
    });

    it('sends my_chat_member updates on block and unblock', async () => {
      const me = (await api(emu, 'getMe')).result; // the emulator learns the bot's id from its token
      await emu.client.blockBot(42);
      await emu.client.unblockBot(42);
      const updates = (await api(emu, 'getUpdates')).result;
      expect(updates.map((u: any) => [u.my_chat_member.old_chat_member.status, u.my_chat_member.new_chat_member.status]))
        .toEqual([['member', 'kicked'], ['kicked', 'member']]);
      expect(updates[0].my_chat_member).toMatchObject({ chat: { id: 42 }, from: { id: 42 }, new_chat_member: { user: { id: me.id } } });
    });

    it('tracks reply keyboards and remove_keyboard', async () => {
      await api(emu, 'sendMessage', { chat_id: 42, text: 'Share?', reply_markup: { keyboard: [[{ text: 'Phone', request_contact: true }], ['Cancel']], resize_keyboard: true } });
      expect((await emu.client.replyKeyboard(42))?.keyboard).toEqual([[{ text: 'Phone', request_contact: true }], [{ text: 'Cancel' }]]);
      const last = await emu.client.lastMessage(42);
      expect(last?.reply_markup).toBeUndefined(); // Telegram does not echo reply keyboards
      await api(emu, 'sendMessage', { chat_id: 42, text: 'Done', reply_markup: { remove_keyboard: true } });
      expect(await emu.client.replyKeyboard(42)).toBeNull();
    });

    it('sends locations and venues', async () => {
      const location = await api(emu, 'sendLocation', { chat_id: 42, latitude: 55.75, longitude: 37.61 });
      const venue = await api(emu, 'sendVenue', { chat_id: 42, latitude: 55.75, longitude: 37.61, title: 'Library', address: 'Tverskaya 1' });
      expect(location.result.location).toEqual({ latitude: 55.75, longitude: 37.61 });
      expect(venue.result.venue).toMatchObject({ title: 'Library', address: 'Tverskaya 1' });
      expect((await api(emu, 'sendChatAction', { chat_id: 42, action: 'typing' })).result).toBe(true);
    });
  });

  describe('editing and deleting', () => {
    const keyboard = { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] };

    it('applies edits and refuses edits that change nothing', async () => {
      const sent = (await api(emu, 'sendMessage', { chat_id: 42, text: 'v1', reply_markup: keyboard })).result;
      const same = await api(emu, 'editMessageText', { chat_id: 42, message_id: sent.message_id, text: 'v1', reply_markup: keyboard });
      expect(same).toMatchObject({
        status: 400,
        description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      });
      const edited = await api(emu, 'editMessageText', { chat_id: 42, message_id: sent.message_id, text: 'v2', reply_markup: keyboard });
      expect(edited.result).toMatchObject({ text: 'v2', reply_markup: keyboard });
      expect(typeof edited.result.edit_date).toBe('number');
      const unchangedMarkup = await api(emu, 'editMessageReplyMarkup', { chat_id: 42, message_id: sent.message_id, reply_markup: keyboard });
      expect(unchangedMarkup.status).toBe(400);
      await api(emu, 'editMessageReplyMarkup', { chat_id: 42, message_id: sent.message_id });
      expect(await emu.client.lastMessage(42)).toMatchObject({ text: 'v2' });
      expect((await emu.client.lastMessage(42))?.reply_markup).toBeUndefined();
    });

    it('reports unknown messages', async () => {
      expect(await api(emu, 'editMessageText', { chat_id: 42, message_id: 500, text: 'x' }))
        .toMatchObject({ status: 400, description: 'Bad Request: message to edit not found' });
      expect((await api(emu, 'deleteMessage', { chat_id: 42, message_id: 500 })).description).toBe('Bad Request: message to delete not found');
    });

    it('removes deleted messages from what the user sees', async () => {
      const a = (await api(emu, 'sendMessage', { chat_id: 42, text: 'a' })).result;
      await api(emu, 'sendMessage', { chat_id: 42, text: 'b' });
      expect((await api(emu, 'deleteMessage', { chat_id: 42, message_id: a.message_id })).result).toBe(true);
      expect((await emu.client.messages(42)).map((m) => m.text)).toEqual(['b']);
      expect((await emu.client.messages(42, true)).map((m) => m.text)).toEqual(['/start', 'b']);
    });
  });

  describe('bot settings', () => {
    it('stores commands and accepts menu button, getChat, close', async () => {
      const commands = [{ command: 'start', description: 'Start' }];
      expect((await api(emu, 'setMyCommands', { commands })).result).toBe(true);
      expect((await api(emu, 'getMyCommands')).result).toEqual(commands);
      expect((await api(emu, 'setChatMenuButton', { menu_button: { type: 'commands' } })).ok).toBe(true);
      expect((await api(emu, 'getChat', { chat_id: 42 })).result).toMatchObject({ id: 42, type: 'private', first_name: 'Anna' });
      expect((await api(emu, 'close')).ok).toBe(true);
      expect((await api(emu, 'logOut')).ok).toBe(true);
    });
  });

  describe('copy and forward', () => {
    it('copies a user message into another chat and counts it as a delivery', async () => {
      await startedUser(emu, 43, 'Boris');
      const original = await emu.client.sendText(42, 'please call me');
      const copy = await api(emu, 'copyMessage', { chat_id: 43, from_chat_id: 42, message_id: original.message_id });
      expect(copy.result).toEqual({ message_id: expect.any(Number) });
      expect((await emu.client.lastMessage(43))?.text).toBe('please call me');
      const forward = await api(emu, 'forwardMessage', { chat_id: 43, from_chat_id: 42, message_id: original.message_id });
      expect(forward.result.text).toBe('please call me');
      expect((await emu.client.counters()).deliveredPerChat['43']).toHaveLength(2);
    });
  });
});

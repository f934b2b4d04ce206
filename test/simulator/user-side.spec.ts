import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { EmulatorClientError, startEmulator, type RunningEmulator } from '../../src/simulator/index.js';
import { api } from './helpers.js';

describe('user-side', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ limits: { enabled: false } });
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    await emu.client.reset();
    await emu.client.createUser({ id: 42, first_name: 'Anna', last_name: 'Petrova', username: 'anna', language_code: 'ru' });
  });

  const updates = async () => (await api(emu, 'getUpdates')).result as any[];
  const confirmAll = async () => {
    const pending = await updates();
    if (pending.length) await api(emu, 'getUpdates', { offset: pending.at(-1).update_id + 1 });
  };

  describe('user messages', () => {
    it('sends commands with bot_command entities', async () => {
      await emu.client.sendCommand(42, 'start', 'promo42');
      const [update] = await updates();
      expect(update.message).toMatchObject({
        from: { id: 42, is_bot: false, first_name: 'Anna', username: 'anna', language_code: 'ru' },
        chat: { id: 42, type: 'private', first_name: 'Anna', last_name: 'Petrova' },
        text: '/start promo42',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      });
    });

    it('shares contacts and locations', async () => {
      await emu.client.sendContact(42, { phone_number: '+79991234567' });
      await emu.client.sendLocation(42, { latitude: 59.93, longitude: 30.31 });
      const [contact, location] = await updates();
      expect(contact.message.contact).toEqual({ phone_number: '+79991234567', first_name: 'Anna', last_name: 'Petrova', user_id: 42 });
      expect(location.message.location).toEqual({ latitude: 59.93, longitude: 30.31 });
    });

    it('sends voice messages and stickers (walk s21 W21-08)', async () => {
      await emu.client.sendVoice(42, 5);
      await emu.client.sendSticker(42, '🙂');
      const [voice, sticker] = await updates();
      expect(voice.message.voice).toMatchObject({ duration: 5, mime_type: 'audio/ogg' });
      expect(voice.message.text).toBeUndefined();
      expect(sticker.message.sticker).toMatchObject({ emoji: '🙂', type: 'regular' });
    });
  });

  describe('buttons', () => {
    beforeEach(async () => {
      await emu.client.sendCommand(42, 'start');
      await confirmAll();
    });

    it('presses an inline button by label in the newest message that has it', async () => {
      const keyboard = (suffix: string) => ({ inline_keyboard: [[{ text: 'Enroll', callback_data: `enroll:${suffix}` }, { text: 'Site', url: 'https://example.org' }]] });
      await api(emu, 'sendMessage', { chat_id: 42, text: 'old', reply_markup: keyboard('old') });
      const newer = (await api(emu, 'sendMessage', { chat_id: 42, text: 'new', reply_markup: keyboard('new') })).result;
      await api(emu, 'sendMessage', { chat_id: 42, text: 'no buttons' });
      const press = await emu.client.pressInlineButton(42, 'Enroll');
      const [update] = await updates();
      expect(update.callback_query).toMatchObject({
        id: press.callback_query_id, from: { id: 42 }, data: 'enroll:new', message: { message_id: newer.message_id, text: 'new' },
      });
      expect(typeof update.callback_query.chat_instance).toBe('string');

      await emu.client.pressInlineData(42, 'enroll:old');
      expect((await updates())[1].callback_query.data).toBe('enroll:old');
      await expect(emu.client.pressInlineButton(42, 'Site')).rejects.toThrow(/no callback_data/);
      await expect(emu.client.pressInlineButton(42, 'Missing')).rejects.toBeInstanceOf(EmulatorClientError);
    });

    it('records callback answers and refuses answering twice', async () => {
      await api(emu, 'sendMessage', { chat_id: 42, text: 'q', reply_markup: { inline_keyboard: [[{ text: 'Yes', callback_data: 'y' }]] } });
      const press = await emu.client.pressInlineButton(42, 'Yes');
      expect(await emu.client.callbackAnswer(press.callback_query_id)).toBeNull();
      await api(emu, 'answerCallbackQuery', { callback_query_id: press.callback_query_id, text: 'Saved', show_alert: true });
      expect(await emu.client.callbackAnswer(press.callback_query_id)).toEqual({ text: 'Saved', show_alert: true });
      expect((await api(emu, 'answerCallbackQuery', { callback_query_id: press.callback_query_id })).description)
        .toBe('Bad Request: query is too old and response timeout expired or query ID is invalid');
    });

    it('presses reply keyboard buttons: text, contact and location', async () => {
      const keyboard = { keyboard: [[{ text: 'Send phone', request_contact: true }, { text: 'Where am I', request_location: true }], [{ text: 'Cancel' }]] };
      await api(emu, 'sendMessage', { chat_id: 42, text: 'Choose', reply_markup: keyboard });
      await emu.client.pressReplyButton(42, 'Cancel');
      await emu.client.pressReplyButton(42, 'Send phone', { contact: { phone_number: '+70000000001' } });
      await emu.client.pressReplyButton(42, 'Where am I', { location: { latitude: 1, longitude: 2 } });
      const [text, contact, location] = (await updates()).map((u) => u.message);
      expect(text.text).toBe('Cancel');
      expect(contact.contact).toMatchObject({ phone_number: '+70000000001', user_id: 42 });
      expect(location.location).toEqual({ latitude: 1, longitude: 2 });
      await expect(emu.client.pressReplyButton(42, 'Send phone')).rejects.toThrow(/requests a contact/);
      await expect(emu.client.pressReplyButton(42, 'Nope')).rejects.toThrow(/no reply keyboard button/);
    });
  });

  describe('waiting for the bot', () => {
    beforeEach(async () => {
      await emu.client.sendCommand(42, 'start');
    });

    it('waits for the next bot message, walking through them in order', async () => {
      const waiting = emu.client.waitForMessage(42, { timeoutMs: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await api(emu, 'sendMessage', { chat_id: 42, text: 'first' });
      await api(emu, 'sendMessage', { chat_id: 42, text: 'second' });
      expect((await waiting).text).toBe('first');
      expect((await emu.client.waitForMessage(42)).text).toBe('second');
      await expect(emu.client.waitForMessage(42, { timeoutMs: 100 })).rejects.toThrow(/no bot message/);
    });

    it('can wait for edits and for activity after a given seq', async () => {
      const sent = (await api(emu, 'sendMessage', { chat_id: 42, text: 'v1' })).result;
      const seq = await emu.client.currentSeq();
      await api(emu, 'editMessageText', { chat_id: 42, message_id: sent.message_id, text: 'v2' });
      const edit = await emu.client.nextEvent(42, { afterSeq: seq, kinds: ['edited'] });
      expect(edit).toMatchObject({ kind: 'edited', message: { text: 'v2' } });
      await emu.client.skipPending(42);
      expect(await emu.client.nextEvent(42, { timeoutMs: 50 })).toBeNull();
    });

    it('blocks and unblocks, and lists users', async () => {
      await emu.client.blockBot(42);
      expect(await emu.client.listUsers()).toEqual([expect.objectContaining({ id: 42, started: true, blocked: true })]);
      await emu.client.sendText(42, 'I am back'); // writing again unblocks, like "Restart"
      expect((await emu.client.listUsers())[0]?.blocked).toBe(false);
    });

    it('reset forgets everything', async () => {
      await emu.client.reset();
      expect(await emu.client.listUsers()).toEqual([]);
      expect((await emu.client.info()).pending_updates).toBe(0);
      await expect(emu.client.messages(42)).rejects.toThrow(/unknown user/);
    });
  });
});

import type { InlineKeyboardButton, Message, Update } from 'grammy/types';
import type { FakeTelegram } from './fake-telegram.js';

let nextUpdateId = 1;
const newUpdateId = () => nextUpdateId++;

export interface UserProfile {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/**
 * A citizen (or librarian) talking to the bot in a private chat: types text,
 * shares a location or contact, and presses the buttons the bot actually sent.
 */
export class TestUser {
  constructor(
    readonly profile: UserProfile,
    private readonly telegram: FakeTelegram,
    private readonly deliver: (update: Update) => Promise<void>,
  ) {}

  get id() {
    return this.profile.id;
  }

  /** The last update this user sent (to deliver it twice, say). */
  lastUpdate?: Update;

  async send(update: Omit<Update, 'update_id'>): Promise<Update> {
    const full = { update_id: newUpdateId(), ...update };
    this.lastUpdate = full;
    this.telegram.people.set(this.id, { first_name: this.profile.first_name, ...(this.profile.last_name ? { last_name: this.profile.last_name } : {}) });
    await this.deliver(full);
    return full;
  }

  text(text: string) {
    const entities = text.startsWith('/')
      ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]!.length }]
      : undefined;
    return this.send({ message: { ...this.messageBase(), text, ...(entities ? { entities } : {}) } });
  }

  /** Sends a sticker (what a person new to phones may send by mistake). */
  sticker(emoji = '👍') {
    const sticker = { file_id: 'STICKER1', file_unique_id: 'uSTICKER1', type: 'regular' as const, width: 512, height: 512, is_animated: false, is_video: false, emoji };
    return this.send({ message: { ...this.messageBase(), sticker } });
  }

  /** Sends a voice message of `duration` seconds (for a person who finds typing hard). */
  voice(duration = 3) {
    const voice = { file_id: 'VOICE1', file_unique_id: 'uVOICE1', duration, mime_type: 'audio/ogg' };
    return this.send({ message: { ...this.messageBase(), voice } });
  }

  /** Forwards someone else's text message into the chat (Telegram sets forward_origin). */
  forwarded(text: string, from: UserProfile) {
    const forward_origin = { type: 'user' as const, date: 1_700_000_000, sender_user: { ...from, is_bot: false } };
    return this.send({ message: { ...this.messageBase(), text, forward_origin } });
  }

  location(latitude: number, longitude: number) {
    return this.send({ message: { ...this.messageBase(), location: { latitude, longitude } } });
  }

  contact(phone_number: string, user_id: number = this.id) {
    const contact = { phone_number, first_name: this.profile.first_name, user_id };
    return this.send({ message: { ...this.messageBase(), contact } });
  }

  /** Sends a file (a document) as Telegram delivers it: the bot downloads it through getFile. */
  document(bytes: Uint8Array, fileName: string, mimeType = 'text/csv') {
    const file_id = this.telegram.addFile(bytes, fileName);
    const document = { file_id, file_unique_id: this.telegram.fileUniqueId(file_id), file_name: fileName, mime_type: mimeType, file_size: bytes.length };
    return this.send({ message: { ...this.messageBase(), document } });
  }

  /** Presses the inline button with this label (exact, or a RegExp) on the newest message that has it. */
  async press(label: string | RegExp) {
    const found = this.findButton(label);
    if (!found) throw new Error(`No button ${String(label)} in chat ${this.id}. Buttons: ${this.buttonLabels().join(' | ')}`);
    return this.pressData(found.button.callback_data, found.message);
  }

  /** Sends a callback query with any data (a forged or stale button). */
  pressData(data: string, message: Message | undefined = this.messages().at(-1)) {
    return this.send({
      callback_query: {
        id: String(Math.random()).slice(2),
        from: this.user(),
        chat_instance: `ci${this.id}`,
        data,
        ...(message ? { message } : {}),
      },
    });
  }

  /**
   * Presses a button that is not there: the newest message's first button with
   * the last part of its data replaced (a forged choice on the question shown).
   */
  pressForged(value: string) {
    const message = this.messages().at(-1);
    const data = inlineButtons(message)[0]?.callback_data ?? '';
    return this.pressData(data.replace(/[^:]*$/, value), message);
  }

  /** Presses a reply-keyboard button: its label arrives as text. */
  async tap(label: string | RegExp) {
    const button = this.replyKeyboard().find((b) => matches(b, label));
    if (!button) throw new Error(`No reply button ${String(label)}. Keyboard: ${this.replyKeyboard().join(' | ')}`);
    return this.text(button);
  }

  /** The bot's messages in the order they last changed: a question edited in place counts as the newest. */
  messages(): Message[] {
    return this.telegram.messagesByLastChange(this.id);
  }

  lastText(): string {
    return this.messages().at(-1)?.text ?? '';
  }

  /** Every text the bot sent since `from` (an index into messages()). */
  textsSince(from: number): string[] {
    return this.messages()
      .slice(from)
      .map((m) => m.text ?? '');
  }

  buttonLabels(message: Message | undefined = this.messages().at(-1)): string[] {
    return inlineButtons(message).map((b) => b.text);
  }

  /** Labels of the reply keyboard currently shown (the newest message that set or removed one). */
  replyKeyboard(): string[] {
    for (const message of [...this.messages()].reverse()) {
      const markup = (message as any).sent_reply_markup;
      if (markup?.remove_keyboard) return [];
      if (markup?.keyboard) return markup.keyboard.flat().map((b: string | { text: string }) => (typeof b === 'string' ? b : b.text));
    }
    return [];
  }

  /** The reply-keyboard button objects (to check request_location / request_contact). */
  replyButtons(): Array<{ text: string; request_location?: boolean; request_contact?: boolean }> {
    for (const message of [...this.messages()].reverse()) {
      const markup = (message as any).sent_reply_markup;
      if (markup?.remove_keyboard) return [];
      if (markup?.keyboard) return markup.keyboard.flat();
    }
    return [];
  }

  private findButton(label: string | RegExp) {
    for (const message of [...this.messages()].reverse()) {
      const button = inlineButtons(message).find((b) => matches(b.text, label));
      if (button) return { message, button };
    }
    return undefined;
  }

  private user() {
    const { id, first_name, last_name, username, language_code } = this.profile;
    return { id, is_bot: false, first_name, last_name, username, language_code };
  }

  private messageBase() {
    return {
      message_id: newUpdateId() + 100_000,
      date: Math.floor(Date.now() / 1000),
      chat: { id: this.id, type: 'private' as const, first_name: this.profile.first_name },
      from: this.user(),
    };
  }
}

function inlineButtons(message: Message | undefined): InlineKeyboardButton.CallbackButton[] {
  const rows = message?.reply_markup?.inline_keyboard ?? [];
  return rows.flat().filter((b): b is InlineKeyboardButton.CallbackButton => 'callback_data' in b);
}

const matches = (text: string, label: string | RegExp) => (typeof label === 'string' ? text === label : label.test(text));

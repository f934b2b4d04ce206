import { randomBytes } from 'node:crypto';
import { guessMime } from './methods/files.js';
import type { EmulatorState, UserRecord } from './state.js';
import { commandEntities } from './text.js';
import type { InlineButton, TgCallbackQuery, TgContact, TgLocation, TgMessage } from './types.js';

/** A user-side mistake (unknown button, missing contact...): the test is wrong, not the bot. */
export class UserActionError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
  }
}

export interface ContactInput {
  phone_number: string;
  first_name?: string;
  last_name?: string;
  /** Defaults to the sender's own id (sharing one's own contact). */
  user_id?: number;
}

export interface InlinePress {
  /** Button label to look for in the newest bot message that has it. */
  label?: string;
  /** Alternatively the exact callback_data. */
  data?: string;
  /** Restrict the search to this message. */
  message_id?: number;
}

export interface PressResult {
  callback_query_id: string;
  callback_query: TgCallbackQuery;
}

export function sendText(state: EmulatorState, userId: number, text: string): TgMessage {
  if (text.length === 0) throw new UserActionError('text is empty');
  const entities = commandEntities(text);
  return state.userSends(state.user(userId), { text, ...(entities.length ? { entities } : {}) });
}

export function sendCommand(state: EmulatorState, userId: number, command: string, args?: string): TgMessage {
  const name = command.replace(/^\//, '');
  return sendText(state, userId, args ? `/${name} ${args}` : `/${name}`);
}

export function sendContact(state: EmulatorState, userId: number, input: ContactInput): TgMessage {
  const record = state.user(userId);
  const contact: TgContact = {
    phone_number: input.phone_number,
    first_name: input.first_name ?? record.user.first_name,
    user_id: input.user_id ?? record.user.id,
  };
  const lastName = input.last_name ?? record.user.last_name;
  if (lastName) contact.last_name = lastName;
  return state.userSends(record, { contact });
}

export function sendLocation(state: EmulatorState, userId: number, location: TgLocation): TgMessage {
  return state.userSends(state.user(userId), { location: { latitude: location.latitude, longitude: location.longitude } });
}

/** A voice message of `duration` seconds (no sound: the bot can only see that one came). */
export function sendVoice(state: EmulatorState, userId: number, input: { duration?: number }): TgMessage {
  const fileId = `AwAC${randomBytes(12).toString('base64url')}`;
  return state.userSends(state.user(userId), { voice: { file_id: fileId, file_unique_id: fileId.slice(-12), duration: Math.max(1, Math.round(Number(input.duration ?? 3)) || 1), mime_type: 'audio/ogg' } });
}

/** A sticker (its emoji, 👍 by default). */
export function sendSticker(state: EmulatorState, userId: number, input: { emoji?: string }): TgMessage {
  const fileId = `CAAC${randomBytes(12).toString('base64url')}`;
  const sticker = { file_id: fileId, file_unique_id: fileId.slice(-12), type: 'regular' as const, width: 512, height: 512, is_animated: false, is_video: false, emoji: input.emoji ?? '👍' };
  return state.userSends(state.user(userId), { sticker });
}

export interface DocumentInput {
  file_name: string;
  /** The file's bytes, base64-encoded (JSON carries no bytes). */
  content_base64: string;
  mime_type?: string;
}

/** Sending a file (a CSV for /import, say): stored like an upload, so getFile and the file URL serve it. */
export function sendDocument(state: EmulatorState, userId: number, input: DocumentInput): TgMessage {
  if (!input.file_name) throw new UserActionError('file_name is required');
  const bytes = Buffer.from(input.content_base64 ?? '', 'base64');
  const fileId = `BQAC${randomBytes(16).toString('base64url')}`;
  const mimeType = guessMime(input.file_name, input.mime_type ?? '');
  state.files.set(fileId, { fileId, filename: input.file_name, mimeType, bytes });
  const document = { file_id: fileId, file_unique_id: fileId.slice(-12), file_name: input.file_name, mime_type: mimeType, file_size: bytes.length };
  return state.userSends(state.user(userId), { document });
}

function findInlineButton(record: UserRecord, press: InlinePress): { message: TgMessage; button: InlineButton } {
  const candidates = [...record.messages.values()]
    .filter((stored) => stored.fromBot && (press.message_id === undefined || stored.message.message_id === press.message_id))
    .map((stored) => stored.message)
    .sort((a, b) => b.message_id - a.message_id);
  for (const message of candidates) {
    for (const row of message.reply_markup?.inline_keyboard ?? []) {
      for (const button of row) {
        const matches = press.data !== undefined ? button.callback_data === press.data : button.text === press.label;
        if (matches) return { message, button };
      }
    }
  }
  throw new UserActionError(`no inline button ${JSON.stringify(press.label ?? press.data)} in user ${record.user.id}'s messages`);
}

/** Pressing an inline button: the bot gets a callback_query with the real data and message. */
export function pressInlineButton(state: EmulatorState, userId: number, press: InlinePress): PressResult {
  if (press.label === undefined && press.data === undefined) throw new UserActionError('give a label or data');
  const record = state.user(userId);
  const { message, button } = findInlineButton(record, press);
  if (button.callback_data === undefined) throw new UserActionError(`button ${JSON.stringify(button.text)} has no callback_data`);
  const id = BigInt(`0x${randomBytes(8).toString('hex')}`).toString();
  const query: TgCallbackQuery = {
    id,
    from: structuredClone(record.user),
    message: structuredClone(message),
    chat_instance: String(BigInt(record.chat.id) * 7919n + 1000003n),
    data: button.callback_data,
  };
  state.callbackQueries.set(id, { userId, answer: null });
  state.updates.push('callback_query', structuredClone(query));
  return { callback_query_id: id, callback_query: query };
}

export interface ReplyPressExtras {
  contact?: ContactInput;
  location?: TgLocation;
}

/** Pressing a reply-keyboard button sends its label, or the contact/location it requests. */
export function pressReplyButton(state: EmulatorState, userId: number, label: string, extras: ReplyPressExtras = {}): TgMessage {
  const record = state.user(userId);
  const button = record.replyKeyboard?.keyboard.flat().find((candidate) => candidate.text === label);
  if (!button) throw new UserActionError(`no reply keyboard button ${JSON.stringify(label)} for user ${userId}`);
  if (record.replyKeyboard?.one_time_keyboard) record.replyKeyboard = null;
  if (button.request_contact) {
    if (!extras.contact) throw new UserActionError(`button ${JSON.stringify(label)} requests a contact: pass one`);
    return sendContact(state, userId, extras.contact);
  }
  if (button.request_location) {
    if (!extras.location) throw new UserActionError(`button ${JSON.stringify(label)} requests a location: pass one`);
    return sendLocation(state, userId, extras.location);
  }
  return sendText(state, userId, label);
}

export function setBlocked(state: EmulatorState, userId: number, blocked: boolean): void {
  state.setBlocked(state.user(userId), blocked);
}

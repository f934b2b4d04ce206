import { createHash } from 'node:crypto';
import type { Message, Update, UserFromGetMe } from 'grammy/types';
import { parseMultipart, UploadedFile } from '../../src/simulator/multipart.js';

export const TEST_BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: 'Tvoy Kurs',
  username: 'tvoy_kurs_test_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

/**
 * A fake Bot API behind grammY's `client.fetch`: it sees every call, including
 * those made inside conversations, answers like Telegram, and keeps each
 * chat's messages (edits applied) so tests can read them and press buttons.
 */
export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  readonly chats = new Map<number, Message[]>();
  private readonly failures: Array<{ method: string; chatId?: number; failure: ApiFailure; times: number }> = [];
  private nextMessageId = 1;
  /** When each message was last sent or edited (a counter), so tests can read what changed last. */
  private readonly touched = new WeakMap<Message, number>();
  private touches = 0;
  /** Files people sent (TestUser.document): file_id → bytes, served by getFile and the file URL. */
  private readonly files = new Map<string, { bytes: Uint8Array; name: string }>();
  private nextFileId = 1;
  /** People who wrote to the bot (TestUser.send): getChat answers with their Telegram name, as Telegram does. */
  readonly people = new Map<number, { first_name: string; last_name?: string }>();

  /** Stores a file as if a person had uploaded it to Telegram; returns its file_id. */
  addFile(bytes: Uint8Array, name: string): string {
    const fileId = `FILE${this.nextFileId++}`;
    this.files.set(fileId, { bytes, name });
    return fileId;
  }

  /** Like Telegram's: the same for the same file, different for different files (file_id is not). */
  fileUniqueId(fileId: string): string {
    const file = this.files.get(fileId);
    return file ? `u${createHash('sha256').update(file.bytes).digest('hex').slice(0, 16)}` : `u${fileId}`;
  }

  /** Makes the next `times` calls of `method` (to `chatId`, if given) fail like Telegram would. */
  failNext(method: string, failure: ApiFailure, options: { chatId?: number; times?: number } = {}) {
    this.failures.push({ method, chatId: options.chatId, failure, times: options.times ?? 1 });
  }

  readonly fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    // A file download (https://api.telegram.org/file/bot<token>/<file_path>): file_path is "documents/<file_id>".
    const download = /\/file\/bot[^/]+\/documents\/([^/?]+)$/.exec(url);
    if (download) {
      this.calls.push({ method: 'downloadFile', payload: { file_id: download[1] } });
      const file = this.files.get(decodeURIComponent(download[1]!));
      return file ? new Response(file.bytes) : new Response('Not Found', { status: 404 });
    }
    const method = url.slice(url.lastIndexOf('/') + 1);
    const upload = init?.body !== undefined && init.body !== null && typeof init.body !== 'string';
    const payload = typeof init?.body === 'string' ? JSON.parse(init.body) : upload ? await readMultipart(init) : {};
    this.calls.push({ method, payload });
    const failure = this.takeFailure(method, Number(payload.chat_id ?? payload.scope?.chat_id)) ?? refusal(payload);
    // Uploads (sendDocument/sendPhoto with a file) are recorded with their bytes but, as before, not kept in the chat.
    const refused = failure ?? emptyKeyboardRow(payload);
    const body = refused ? { ok: false, ...refused } : { ok: true, result: this.answer(method, upload ? {} : payload) };
    return new Response(JSON.stringify(body), { status: refused?.error_code ?? 200 });
  }) as typeof fetch;

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  messagesTo(chatId: number): Message[] {
    return this.chats.get(chatId) ?? [];
  }

  /** A chat's messages as a person sees them change: a message edited in place moves after the ones sent before the edit. */
  messagesByLastChange(chatId: number): Message[] {
    return [...this.messagesTo(chatId)].sort((a, b) => (this.touched.get(a) ?? 0) - (this.touched.get(b) ?? 0));
  }

  private takeFailure(method: string, chatId: number): ApiFailure | undefined {
    const index = this.failures.findIndex((f) => f.method === method && (f.chatId === undefined || f.chatId === chatId));
    if (index < 0) return undefined;
    const entry = this.failures[index]!;
    if (--entry.times <= 0) this.failures.splice(index, 1);
    return entry.failure;
  }

  private answer(method: string, p: Record<string, any>): unknown {
    const chatId = Number(p.chat_id);
    switch (method) {
      case 'getMe':
        return TEST_BOT_INFO;
      case 'getChat': {
        const person = this.people.get(chatId);
        return person ? { id: chatId, type: 'private', ...person } : true;
      }
      case 'sendMessage':
      case 'sendVenue':
      case 'sendLocation':
      case 'sendDocument':
      case 'sendPhoto':
        return this.store(chatId, p);
      case 'editMessageText':
      case 'editMessageReplyMarkup': {
        const message = this.messagesTo(chatId).find((m) => m.message_id === Number(p.message_id));
        if (!message) return true;
        if (p.text !== undefined) (message as any).text = p.text;
        (message as any).reply_markup = p.reply_markup?.inline_keyboard ? p.reply_markup : undefined;
        this.touched.set(message, ++this.touches);
        return message;
      }
      case 'getFile': {
        const file = this.files.get(String(p.file_id));
        if (!file) return true;
        return { file_id: p.file_id, file_unique_id: this.fileUniqueId(String(p.file_id)), file_size: file.bytes.length, file_path: `documents/${p.file_id}` };
      }
      case 'deleteMessage': {
        const list = this.messagesTo(chatId);
        const index = list.findIndex((m) => m.message_id === Number(p.message_id));
        if (index >= 0) list.splice(index, 1);
        return true;
      }
      default:
        return true;
    }
  }

  private store(chatId: number, p: Record<string, any>): Message {
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Test' },
      from: TEST_BOT_INFO,
      ...(p.text !== undefined ? { text: p.text } : {}),
      ...(p.latitude !== undefined ? { venue: { title: p.title, address: p.address, location: { latitude: p.latitude, longitude: p.longitude } } } : {}),
      reply_markup: p.reply_markup?.inline_keyboard ? p.reply_markup : undefined,
      /** Kept for tests: the reply keyboard this message showed, if any. */
      sent_reply_markup: p.reply_markup,
    } as unknown as Message;
    const list = this.chats.get(chatId) ?? [];
    this.touched.set(message, ++this.touches);
    list.push(message);
    this.chats.set(chatId, list);
    return message;
  }
}

/** Telegram refuses a text over 4,096 characters and callback data over 64 bytes: so does the fake, so every test checks them. */
function refusal(payload: Record<string, any>): ApiFailure | undefined {
  if (typeof payload.text === 'string' && payload.text.length > 4096) return { error_code: 400, description: 'Bad Request: message is too long' };
  if (typeof payload.caption === 'string' && payload.caption.length > 1024) return { error_code: 400, description: 'Bad Request: message caption is too long' };
  const buttons: Array<{ callback_data?: string }> = payload.reply_markup?.inline_keyboard?.flat() ?? [];
  if (buttons.length > 100 || buttons.some((b) => b.callback_data !== undefined && Buffer.byteLength(b.callback_data) > 64)) {
    return { error_code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' };
  }
  return undefined;
}

/**
 * An inline keyboard with an empty row (a trailing `.row()` in grammY leaves one):
 * Telegram may show a gap or refuse it, so the fake refuses it and every test checks it.
 */
function emptyKeyboardRow(payload: Record<string, any>): ApiFailure | undefined {
  const rows: unknown[][] = payload.reply_markup?.inline_keyboard ?? [];
  if (rows.some((row) => !Array.isArray(row) || row.length === 0)) return { error_code: 400, description: 'Bad Request: inline keyboard has an empty row' };
  return undefined;
}

/**
 * A multipart/form-data call (grammY uses one for InputFile uploads) as a payload:
 * fields as sent (JSON values parsed), and each `attach://<id>` field replaced by
 * the uploaded file `{ filename, data: Buffer }`. The emulator's parser reads it
 * (grammY writes `filename=x.csv` unquoted, which undici's FormData parser rejects).
 */
async function readMultipart(init: RequestInit): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of init.body as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  const contentType = String((init.headers as Record<string, string>)['content-type'] ?? '');
  const payload: Record<string, any> = {};
  const files = new Map<string, { filename: string; data: Buffer }>();
  for (const [name, value] of parseMultipart(Buffer.concat(chunks), contentType)) {
    if (value instanceof UploadedFile) files.set(name, { filename: value.filename, data: value.bytes });
    else payload[name] = /^[[{]/.test(value) ? jsonOr(value) : value;
  }
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string' && value.startsWith('attach://')) payload[key] = files.get(value.slice('attach://'.length));
  }
  return payload;
}

function jsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // a caption that merely starts with a bracket
  }
}

export type { Update };

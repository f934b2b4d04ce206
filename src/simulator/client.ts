import type { CountersSnapshot } from './counters.js';
import type { FaultOptions } from './limits.js';
import type { CallbackAnswer, ChatEvent, NewUser } from './state.js';
import type { TgLocation, TgMessage, TgUser, ReplyKeyboardMarkup } from './types.js';
import type { ContactInput, InlinePress, PressResult, ReplyPressExtras } from './user-actions.js';

export type { ChatEvent, NewUser, CallbackAnswer, ContactInput, InlinePress, PressResult, ReplyPressExtras, CountersSnapshot, FaultOptions };

export interface UserSummary extends TgUser {
  started: boolean;
  blocked: boolean;
}

export interface UploadedFileInfo {
  file_id: string;
  filename: string;
  mime_type: string;
  size: number;
}

export interface WaitOptions {
  /** How long the server holds the request (default 5000 ms). */
  timeoutMs?: number;
  /** Which bot activity counts (default ['sent']). */
  kinds?: ChatEvent['kind'][];
  /** Wait for activity after this seq instead of the user's cursor (the cursor then stays). */
  afterSeq?: number;
}

/** Thrown for `/_emulator` calls that fail, with the server's explanation. */
export class EmulatorClientError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/**
 * Typed client for the emulator's user side (`/_emulator/...`): plays the users
 * talking to the bot and reads back what they see. Works against an in-process or
 * separate emulator; all methods are plain HTTP + JSON.
 */
export class EmulatorClient {
  constructor(readonly baseUrl: string) {}

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/_emulator${path}`, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
    const reply = (await response.json()) as { ok: boolean; result?: T; error?: string };
    if (!reply.ok) throw new EmulatorClientError(reply.error ?? `HTTP ${response.status}`, response.status);
    return reply.result as T;
  }

  createUser(user: NewUser): Promise<TgUser> {
    return this.call('POST', '/users', user);
  }

  listUsers(): Promise<UserSummary[]> {
    return this.call('GET', '/users');
  }

  /** Text as the user types it; `/words` get bot_command entities. */
  sendText(userId: number, text: string): Promise<TgMessage> {
    return this.call('POST', `/users/${userId}/text`, { text });
  }

  sendCommand(userId: number, command: string, args?: string): Promise<TgMessage> {
    return this.call('POST', `/users/${userId}/command`, { command, ...(args !== undefined ? { args } : {}) });
  }

  sendContact(userId: number, contact: ContactInput): Promise<TgMessage> {
    return this.call('POST', `/users/${userId}/contact`, contact);
  }

  /** The user sends a file (a CSV or XLSX for /import): the bot can getFile and download it. */
  sendDocument(userId: number, fileName: string, bytes: Uint8Array, mimeType?: string): Promise<TgMessage> {
    return this.call('POST', `/users/${userId}/document`, {
      file_name: fileName,
      content_base64: Buffer.from(bytes).toString('base64'),
      ...(mimeType ? { mime_type: mimeType } : {}),
    });
  }

  sendLocation(userId: number, location: TgLocation): Promise<TgMessage> {
    return this.call('POST', `/users/${userId}/location`, location);
  }

  /** A voice message of `duration` seconds (the bot sees only that one came). */
  sendVoice(userId: number, duration = 3): Promise<TgMessage> {
    return this.call('POST', `/users/${userId}/voice`, { duration });
  }

  sendSticker(userId: number, emoji = '👍'): Promise<TgMessage> {
    return this.call('POST', `/users/${userId}/sticker`, { emoji });
  }

  /** Presses the inline button with this label in the newest bot message that has it. */
  pressInlineButton(userId: number, label: string, messageId?: number): Promise<PressResult> {
    return this.call('POST', `/users/${userId}/press-inline`, { label, ...(messageId !== undefined ? { message_id: messageId } : {}) });
  }

  pressInlineData(userId: number, data: string, messageId?: number): Promise<PressResult> {
    return this.call('POST', `/users/${userId}/press-inline`, { data, ...(messageId !== undefined ? { message_id: messageId } : {}) });
  }

  /** Presses a reply-keyboard button; contact/location buttons need the values to share. */
  pressReplyButton(userId: number, label: string, extras: ReplyPressExtras = {}): Promise<TgMessage> {
    return this.call('POST', `/users/${userId}/press-reply`, { label, ...extras });
  }

  blockBot(userId: number): Promise<true> {
    return this.call('POST', `/users/${userId}/block`);
  }

  unblockBot(userId: number): Promise<true> {
    return this.call('POST', `/users/${userId}/unblock`);
  }

  /** Bot messages the user sees now (edits applied, deleted removed); `includeOwn` adds theirs. */
  messages(userId: number, includeOwn = false): Promise<TgMessage[]> {
    return this.call('GET', `/users/${userId}/messages${includeOwn ? '?include_own=true' : ''}`);
  }

  lastMessage(userId: number): Promise<TgMessage | undefined> {
    return this.messages(userId).then((list) => list.at(-1));
  }

  /** The reply keyboard currently shown to the user, or null. */
  replyKeyboard(userId: number): Promise<ReplyKeyboardMarkup | null> {
    return this.call('GET', `/users/${userId}/keyboard`);
  }

  /**
   * The bot's next activity for this user (long-polled on the server); null on timeout.
   * Without `afterSeq` successive calls walk through the user's events in order.
   */
  nextEvent(userId: number, options: WaitOptions = {}): Promise<ChatEvent | null> {
    const query = new URLSearchParams({ timeout_ms: String(options.timeoutMs ?? 5000) });
    if (options.kinds) query.set('kinds', options.kinds.join(','));
    if (options.afterSeq !== undefined) query.set('after_seq', String(options.afterSeq));
    return this.call('GET', `/users/${userId}/next?${query.toString()}`);
  }

  /** The bot's next new message to the user; throws when none arrives in time. */
  async waitForMessage(userId: number, options: Omit<WaitOptions, 'kinds'> = {}): Promise<TgMessage> {
    const event = await this.nextEvent(userId, { ...options, kinds: ['sent'] });
    if (!event) throw new EmulatorClientError(`no bot message to user ${userId} within ${options.timeoutMs ?? 5000} ms`, 408);
    return event.message;
  }

  /** Moves the user's cursor past everything so far; returns the current seq. */
  skipPending(userId: number): Promise<number> {
    return this.call('POST', `/users/${userId}/skip`);
  }

  /** Current global event seq, for `afterSeq`. */
  currentSeq(): Promise<number> {
    return this.call('GET', '/seq');
  }

  /** How the bot answered a callback query (null while unanswered). */
  callbackAnswer(callbackQueryId: string): Promise<CallbackAnswer | null> {
    return this.call('GET', `/callback-answers/${callbackQueryId}`);
  }

  listFiles(): Promise<UploadedFileInfo[]> {
    return this.call('GET', '/files');
  }

  async file(fileId: string): Promise<UploadedFileInfo & { bytes: Buffer }> {
    const { base64, ...info } = await this.call<UploadedFileInfo & { base64: string }>('GET', `/files/${encodeURIComponent(fileId)}`);
    return { ...info, bytes: Buffer.from(base64, 'base64') };
  }

  counters(): Promise<CountersSnapshot> {
    return this.call('GET', '/counters');
  }

  resetCounters(): Promise<true> {
    return this.call('POST', '/counters/reset');
  }

  /** Replaces the fault-injection settings at runtime. */
  setFaults(faults: FaultOptions): Promise<FaultOptions> {
    return this.call('POST', '/faults', faults);
  }

  info(): Promise<{ bot: TgUser; webhook: Record<string, unknown>; pending_updates: number; users: number }> {
    return this.call('GET', '/info');
  }

  /** Forgets users, chats, files, updates, counters and the webhook. */
  reset(): Promise<true> {
    return this.call('POST', '/reset');
  }
}

import { systemClock, type Clock } from './clock.js';
import { Counters } from './counters.js';
import { Errors } from './errors.js';
import { RateLimiter, type FaultOptions, type LimitOptions } from './limits.js';
import { UpdateQueue } from './updates.js';
import type {
  InlineKeyboardMarkup, ReplyKeyboardMarkup, StoredFile, TgBotUser, TgMessage, TgPrivateChat, TgUser,
} from './types.js';

export interface StateOptions {
  limits?: LimitOptions;
  faults?: FaultOptions;
  clock?: Clock;
  /** Randomness for inject429Probability (tests pass a deterministic one). */
  random?: () => number;
  botUsername?: string;
  botFirstName?: string;
}

export interface NewUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** One entry in a chat's log of bot activity, which `waitForBotMessage` walks through. */
export interface ChatEvent {
  seq: number;
  kind: 'sent' | 'edited' | 'deleted';
  /** The message as it was right after this event. */
  message: TgMessage;
  at: number;
}

export interface StoredMessage {
  message: TgMessage;
  fromBot: boolean;
}

export interface UserRecord {
  user: TgUser;
  chat: TgPrivateChat;
  /** Has the user ever written to the bot? Telegram refuses first contact from bots. */
  started: boolean;
  blocked: boolean;
  /** Private chats share one message id sequence between both sides. */
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  replyKeyboard: ReplyKeyboardMarkup | null;
  events: ChatEvent[];
  /** Last event seq handed out by waitForBotMessage without an explicit `afterSeq`. */
  cursor: number;
}

export interface CallbackAnswer {
  text?: string;
  show_alert?: boolean;
  url?: string;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Everything the emulated Telegram knows: the bot, its users, their chats, pending updates. */
export class EmulatorState {
  readonly clock: Clock;
  readonly counters = new Counters();
  readonly limiter: RateLimiter;
  readonly updates = new UpdateQueue();
  readonly users = new Map<number, UserRecord>();
  readonly files = new Map<string, StoredFile>();
  readonly callbackQueries = new Map<string, { userId: number; answer: CallbackAnswer | null }>();
  /** setMyCommands storage keyed by JSON of scope + language_code. */
  readonly commands = new Map<string, unknown[]>();
  readonly bot: TgBotUser;
  private eventSeq = 0;
  private activityListeners = new Set<() => void>();
  private pendingWaits = new Set<() => void>();

  constructor(readonly options: StateOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.limiter = new RateLimiter(options.limits ?? {}, { ...options.faults }, this.clock, options.random);
    this.bot = {
      id: 1,
      is_bot: true,
      first_name: options.botFirstName ?? 'Tvoy Kurs',
      username: options.botUsername ?? 'tvoy_kurs_bot',
      can_join_groups: false,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    };
  }

  nowSeconds(): number {
    return Math.floor(this.clock.now() / 1000);
  }

  /** The bot's id is whatever the token says, so any well-formed token works. */
  useToken(token: string): void {
    this.bot.id = Number(token.split(':')[0]);
  }

  botAsUser(): TgUser {
    return { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username };
  }

  addUser(input: NewUser): UserRecord {
    const user: TgUser = { id: input.id, is_bot: false, first_name: input.first_name };
    if (input.last_name) user.last_name = input.last_name;
    if (input.username) user.username = input.username;
    user.language_code = input.language_code ?? 'ru';
    const chat: TgPrivateChat = { id: input.id, type: 'private', first_name: input.first_name };
    if (input.last_name) chat.last_name = input.last_name;
    if (input.username) chat.username = input.username;
    const existing = this.users.get(input.id);
    if (existing) return Object.assign(existing, { user, chat });
    const record: UserRecord = {
      user, chat, started: false, blocked: false, nextMessageId: 1, messages: new Map(),
      replyKeyboard: null, events: [], cursor: 0,
    };
    this.users.set(input.id, record);
    return record;
  }

  /** User-side lookup: unknown ids are a programming error in the test, not a Bot API error. */
  user(id: number): UserRecord {
    const record = this.users.get(id);
    if (!record) throw new Error(`unknown user ${id}; create it first`);
    return record;
  }

  /** Bot-side lookup of a chat it wants to write to, with Telegram's refusals. */
  chatForBot(chatId: number | string): UserRecord {
    const record =
      typeof chatId === 'number'
        ? this.users.get(chatId)
        : [...this.users.values()].find((r) => r.user.username && `@${r.user.username}` === chatId);
    // Fault injection (benchmarks): these ids behave as blocked even if never seen.
    if (this.limiter.faults.blockedUserIds?.includes(Number(chatId))) throw Errors.blocked();
    if (!record) throw Errors.chatNotFound();
    if (!record.started) throw Errors.cantInitiate();
    if (record.blocked) throw Errors.blocked();
    return record;
  }

  /** Consumes rate-limit tokens for one message-changing call, or throws 429. */
  rateLimit(chatId: number): void {
    if (this.limiter.insideRetryAfter(chatId)) this.counters.retryAfterIgnored += 1;
    const retryAfter = this.limiter.check(chatId);
    if (retryAfter !== null) throw Errors.tooManyRequests(retryAfter);
  }

  /** Stores a bot message; reply keyboards are remembered per user, inline ones on the message. */
  botSends(record: UserRecord, content: Partial<TgMessage>, markup?: Record<string, unknown>): TgMessage {
    const message: TgMessage = {
      message_id: record.nextMessageId++,
      from: this.botAsUser(),
      chat: clone(record.chat),
      date: this.nowSeconds(),
      ...content,
    };
    if (markup && 'inline_keyboard' in markup) message.reply_markup = markup as unknown as InlineKeyboardMarkup;
    if (markup && 'keyboard' in markup) record.replyKeyboard = markup as unknown as ReplyKeyboardMarkup;
    if (markup && 'remove_keyboard' in markup) record.replyKeyboard = null;
    record.messages.set(message.message_id, { message, fromBot: true });
    this.counters.recordDelivery(record.chat.id, this.clock.now());
    this.logEvent(record, 'sent', message);
    return clone(message);
  }

  /** The bot's own live message, or Telegram's "message to edit not found". */
  botMessage(record: UserRecord, messageId: number): TgMessage {
    const stored = record.messages.get(messageId);
    if (!stored) throw Errors.messageToEditNotFound();
    return stored.message;
  }

  botEdited(record: UserRecord, message: TgMessage): TgMessage {
    message.edit_date = this.nowSeconds();
    this.counters.recordDelivery(record.chat.id, this.clock.now());
    this.logEvent(record, 'edited', message);
    return clone(message);
  }

  deleteMessage(record: UserRecord, messageId: number): void {
    const stored = record.messages.get(messageId);
    if (!stored) throw Errors.messageToDeleteNotFound();
    record.messages.delete(messageId);
    this.logEvent(record, 'deleted', stored.message);
  }

  /** A message from the user: stored in the chat and queued as a `message` update. */
  userSends(record: UserRecord, content: Partial<TgMessage>): TgMessage {
    if (record.blocked) this.setBlocked(record, false); // writing again is how users "Restart" a bot
    record.started = true;
    const message: TgMessage = {
      message_id: record.nextMessageId++,
      from: clone(record.user),
      chat: clone(record.chat),
      date: this.nowSeconds(),
      ...content,
    };
    record.messages.set(message.message_id, { message, fromBot: false });
    this.updates.push('message', clone(message));
    return clone(message);
  }

  /** Blocking/unblocking tells the bot through a my_chat_member update. */
  setBlocked(record: UserRecord, blocked: boolean): void {
    if (record.blocked === blocked) return;
    record.blocked = blocked;
    const bot = this.botAsUser();
    const member = { status: 'member' as const, user: bot };
    const kicked = { status: 'kicked' as const, user: bot, until_date: 0 };
    this.updates.push('my_chat_member', {
      chat: clone(record.chat),
      from: clone(record.user),
      date: this.nowSeconds(),
      old_chat_member: blocked ? member : kicked,
      new_chat_member: blocked ? kicked : member,
    });
  }

  private logEvent(record: UserRecord, kind: ChatEvent['kind'], message: TgMessage): void {
    record.events.push({ seq: ++this.eventSeq, kind, message: clone(message), at: this.clock.now() });
    for (const listener of this.activityListeners) listener();
  }

  /** Highest event seq so far; pass it as `afterSeq` to wait only for later bot activity. */
  get lastSeq(): number {
    return this.eventSeq;
  }

  /**
   * Resolves with the first bot event for this user after `afterSeq` (default: the
   * user's cursor, which then advances), or null when `timeoutMs` passes.
   */
  async waitForBotEvent(
    userId: number,
    opts: { timeoutMs?: number; kinds?: ChatEvent['kind'][]; afterSeq?: number } = {},
  ): Promise<ChatEvent | null> {
    const record = this.user(userId);
    const kinds = opts.kinds ?? ['sent'];
    const after = opts.afterSeq ?? record.cursor;
    const find = () => record.events.find((e) => e.seq > after && kinds.includes(e.kind)) ?? null;
    let found = find();
    if (!found) {
      found = await new Promise<ChatEvent | null>((resolve) => {
        const done = (event: ChatEvent | null) => {
          clearTimeout(timer);
          this.activityListeners.delete(check);
          this.pendingWaits.delete(cancel);
          resolve(event);
        };
        const cancel = () => done(null);
        const check = () => {
          const event = find();
          if (event) done(event);
        };
        const timer = setTimeout(cancel, opts.timeoutMs ?? 5000);
        this.activityListeners.add(check);
        this.pendingWaits.add(cancel);
      });
    }
    if (found && opts.afterSeq === undefined) record.cursor = Math.max(record.cursor, found.seq);
    return found ? clone(found) : null;
  }

  /** What the user sees: bot messages (or all with `includeOwn`), edits applied, deletions gone. */
  transcript(userId: number, includeOwn = false): TgMessage[] {
    return [...this.user(userId).messages.values()]
      .filter((stored) => includeOwn || stored.fromBot)
      .map((stored) => clone(stored.message))
      .sort((a, b) => a.message_id - b.message_id);
  }

  /** Ends every pending wait with null (shutdown). */
  cancelWaits(): void {
    for (const cancel of [...this.pendingWaits]) cancel();
  }

  reset(): void {
    this.cancelWaits();
    this.users.clear();
    this.files.clear();
    this.callbackQueries.clear();
    this.commands.clear();
    this.counters.reset();
    this.limiter.reset();
    this.updates.reset();
  }
}

/**
 * What this process knows about Telegram's flood limits: which chats must
 * wait, and until when.
 *
 * Telegram has two kinds of message limits: about one message a second in one
 * chat (short bursts allowed) and about thirty a second for the whole bot. A
 * 429 answer does not say which one was hit, so the gate judges by what this
 * process itself sent just before:
 *
 * - a chat that got several messages in the last few seconds (or was over its
 *   own limit a moment ago) is over its own limit: only that chat waits out the
 *   retry_after, replies to everyone else go on;
 * - otherwise (a chat that got hardly anything, a call without a chat, or the
 *   whole process sending near the bot-wide rate) the bot as a whole is over
 *   its limit: every message call waits.
 *
 * Only message calls (send, edit, copy, forward) are counted and held; callback
 * answers, getUpdates and the like are never held. Message calls to one chat go
 * one at a time (`inTurn`), so none is already on its way when another meets a 429.
 *
 * @example
 * const gate = new FloodGate();
 * gate.holdMs(chatId);         // 0: send now
 * gate.noteMessageCall(chatId); // just before sending
 * gate.record429(chatId, 3);    // Telegram said "retry after 3"
 */
export class FloodGate {
  private botWideUntil = 0;
  /** Per chat held for its own limit: when its retry_after ends, and until when it counts as over its limit. */
  private readonly chats = new Map<string, { until: number; hotUntil: number }>();
  /** Per chat: the message call on its way (see inTurn). */
  private readonly calling = new Map<string, Promise<void>>();
  /** Message calls of the last few seconds, oldest first: [time, chat]. */
  private recent: Array<[number, string | undefined]> = [];

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: FloodGateLimits = DEFAULT_LIMITS,
  ) {}

  /** Milliseconds until the whole bot may send again (0: open). The outbox asks this before each send. */
  msUntilOpen(): number {
    return Math.max(0, this.botWideUntil - this.now());
  }

  /** Milliseconds until a message call to this chat may go (the bot-wide hold included). */
  holdMs(chatId?: string | number): number {
    const now = this.now();
    let until = this.botWideUntil;
    const chat = chatId === undefined ? undefined : this.chats.get(String(chatId));
    if (chat) until = Math.max(until, chat.until);
    return Math.max(0, until - now);
  }

  /** Called just before a message call goes out. */
  noteMessageCall(chatId?: string | number): void {
    const now = this.now();
    const key = chatId === undefined ? undefined : String(chatId);
    this.recent.push([now, key]);
    this.forgetBefore(now - this.limits.chatWindowMs);
  }

  /**
   * A 429 for a message call to this chat (undefined: a call without a chat).
   * Returns whom it holds: 'chat' (only this chat) or 'bot' (every message call).
   */
  record429(chatId: string | number | undefined, retryAfterSeconds: number): 'chat' | 'bot' {
    const now = this.now();
    const until = now + Math.max(1, retryAfterSeconds) * 1000;
    const key = chatId === undefined ? undefined : String(chatId);
    this.forgetBefore(now - this.limits.chatWindowMs);
    const toThisChat = key === undefined ? 0 : this.recent.filter(([, chat]) => chat === key).length;
    const lastSecond = this.recent.filter(([at]) => at > now - 1000).length;
    // A chat that was over its own limit a moment ago still is (its earlier calls may be outside the window).
    // Else the call itself is among the recent ones: "several" means at least two before it, and the
    // bot as a whole must not be near its own limit (then the bot-wide one is as likely: hold everything).
    const chatOverItsLimit =
      key !== undefined &&
      (this.chats.has(key) || (toThisChat >= 3 && lastSecond < this.limits.botWideSuspectPerSecond));
    if (!chatOverItsLimit) {
      this.botWideUntil = Math.max(this.botWideUntil, until);
      return 'bot';
    }
    const chat = this.chats.get(key) ?? { until: 0, hotUntil: 0 };
    chat.until = Math.max(chat.until, until);
    chat.hotUntil = until + this.limits.hotForMs;
    this.chats.set(key, chat);
    return 'chat';
  }

  /**
   * Runs one message call to this chat at a time (replies and the outbox alike), so that when one
   * meets a 429 no other is already on its way to that chat inside the retry_after.
   */
  async inTurn<T>(chatId: string | number, task: () => Promise<T>): Promise<T> {
    const key = String(chatId);
    const before = this.calling.get(key) ?? Promise.resolve();
    const mine = before.then(task, task);
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    this.calling.set(key, settled);
    try {
      return await mine;
    } finally {
      if (this.calling.get(key) === settled) this.calling.delete(key);
    }
  }

  /** Chats currently held or just over their limit (for tests and the benchmark: this must not grow without bound). */
  heldChats(): number {
    this.forgetBefore(this.now() - this.limits.chatWindowMs);
    return this.chats.size;
  }

  private forgetBefore(cutoff: number): void {
    let drop = 0;
    while (drop < this.recent.length && this.recent[drop]![0] < cutoff) drop++;
    if (drop > 0) this.recent = this.recent.slice(drop);
    const now = this.now();
    for (const [key, chat] of this.chats) if (chat.hotUntil <= now) this.chats.delete(key);
  }
}

export interface FloodGateLimits {
  /** How far back a chat's own messages count when judging a 429 (ms). */
  chatWindowMs: number;
  /** This many message calls in the last second make a 429 count as bot-wide (unless its chat was just over its own limit). */
  botWideSuspectPerSecond: number;
  /** After its retry_after a chat still counts as over its own limit for this long (ms). */
  hotForMs: number;
}

/** Telegram: about 1 message/s per chat with short bursts, about 30/s for the whole bot. */
export const DEFAULT_LIMITS: FloodGateLimits = {
  chatWindowMs: 3000,
  botWideSuspectPerSecond: 25,
  hotForMs: 10_000,
};

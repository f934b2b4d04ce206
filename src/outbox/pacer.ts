/**
 * When the next message may go: one token bucket for the whole bot (Telegram
 * allows about 30 messages a second), one second between two messages into one
 * chat, and the pause a 429 asked for. Pure arithmetic on a clock in ms: it
 * never sleeps and touches no database, so it is tested alone.
 *
 * @example
 * const pacer = new Pacer({ ratePerSecond: 30, burst: 20 }, () => performance.now());
 * await sleep(pacer.readyAt(chatId) - now());
 * pacer.sent(chatId);
 * const result = await notifier.sendToCitizen(...);
 * if (result.reason === 'rate_limited') pacer.rateLimited(result.retryAfterSeconds * 1000);
 */
export interface PacerOptions {
  /** Tokens added per second: the bot's sustained rate. */
  ratePerSecond: number;
  /**
   * Tokens at most in the bucket: after a pause (a 429's retry_after, a slow
   * database) this many go at once, so the pause is made up. Kept below
   * Telegram's own bucket (30), so calls that arrive bunched still fit in it.
   */
  burst: number;
  /** Gap between two messages into one chat (default 1000 ms, Telegram's ~1 a second). */
  perChatMs?: number;
}

export class Pacer {
  private tokens: number;
  private refilledAt: number;
  /** Nothing goes before this instant: a 429's retry_after. */
  private heldUntil = -Infinity;
  /** When each chat may get its next message. */
  private readonly chatFreeAt = new Map<number, number>();
  private readonly perChatMs: number;

  constructor(
    private readonly options: PacerOptions,
    private readonly now: () => number,
  ) {
    this.tokens = options.burst;
    this.refilledAt = now();
    this.perChatMs = options.perChatMs ?? 1000;
  }

  /** The earliest instant (clock ms) a message to this chat may go. */
  readyAt(chatId: number): number {
    const now = this.refill();
    const tokenAt = this.tokens >= 1 ? -Infinity : now + ((1 - this.tokens) / this.options.ratePerSecond) * 1000;
    return Math.max(tokenAt, this.heldUntil, this.chatFreeAt.get(chatId) ?? -Infinity);
  }

  /** A message goes to this chat now: it takes a token, and the chat waits its gap. */
  sent(chatId: number): void {
    const now = this.refill();
    this.tokens -= 1;
    this.chatFreeAt.set(chatId, now + this.perChatMs);
    if (this.chatFreeAt.size > 5000) for (const [chat, at] of this.chatFreeAt) if (at <= now) this.chatFreeAt.delete(chat);
  }

  /**
   * Telegram answered 429: nothing more until retry_after has passed. The bulk
   * limit is the bot's, and the outbox keeps one second per chat itself, so a
   * 429 here is the bot's, not one chat's. (Replies are not held: they have
   * their own way of waiting.)
   */
  rateLimited(retryAfterMs: number): void {
    this.holdFor(retryAfterMs);
  }

  /** Holds every send for this long (a retry_after another call of the process was given). */
  holdFor(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, this.now() + ms);
  }

  private refill(): number {
    const now = this.now();
    const elapsed = Math.max(0, now - this.refilledAt) / 1000;
    this.tokens = Math.min(this.options.burst, this.tokens + elapsed * this.options.ratePerSecond);
    this.refilledAt = now;
    return now;
  }
}

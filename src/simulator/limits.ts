import type { Clock } from './clock.js';

/** Rate limits and fault injection; all optional, defaults mimic Telegram's documented limits. */
export interface LimitOptions {
  /** Messages per second per bot across all chats (default 30). */
  globalPerSecond?: number;
  globalBurst?: number;
  /** Messages per second in one chat (default 1) with a small burst allowance (default 3). */
  perChatPerSecond?: number;
  perChatBurst?: number;
  /** Set false to switch rate limiting off entirely (e.g. for functional e2e tests). */
  enabled?: boolean;
}

export interface FaultOptions {
  /** Answer every N-th counted call with 429 regardless of the buckets. */
  inject429Every?: number;
  /** Answer counted calls with 429 with this probability (0..1). */
  inject429Probability?: number;
  /** retry_after reported for injected 429s (default 1). */
  injectedRetryAfter?: number;
  /** User ids for which every send fails with 403 "bot was blocked by the user". */
  blockedUserIds?: number[];
}

/** A classic token bucket: `rate` tokens per second, at most `burst` stored. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly clock: Clock,
  ) {
    this.tokens = burst;
    this.updatedAt = clock.now();
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.rate);
    this.updatedAt = now;
  }

  /** Seconds until one token is available (0 if available now). */
  waitSeconds(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : (1 - this.tokens) / this.rate;
  }

  take(): void {
    this.refill();
    this.tokens -= 1;
  }
}

/** Decides whether a message-creating call may proceed; returns retry_after seconds when not. */
export class RateLimiter {
  private global: TokenBucket;
  private readonly perChat = new Map<number, TokenBucket>();
  private counted = 0;
  /** When the last 429s' retry_after ends: for the whole bot, and per chat. */
  private globalWaitUntil = 0;
  private readonly chatWaitUntil = new Map<number, number>();

  constructor(
    private readonly limits: LimitOptions,
    public faults: FaultOptions,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
  ) {
    this.global = new TokenBucket(limits.globalPerSecond ?? 30, limits.globalBurst ?? 30, clock);
  }

  private chatBucket(chatId: number): TokenBucket {
    let bucket = this.perChat.get(chatId);
    if (!bucket) {
      bucket = new TokenBucket(this.limits.perChatPerSecond ?? 1, this.limits.perChatBurst ?? 3, this.clock);
      this.perChat.set(chatId, bucket);
    }
    return bucket;
  }

  /** Returns null when allowed (and consumes tokens), else the integer retry_after (≥ 1). */
  check(chatId: number): number | null {
    this.counted += 1;
    const now = this.clock.now();
    const injected = this.injectedFault();
    if (injected !== null) return this.refuse(injected, now);
    if (this.limits.enabled === false) return null;
    const chat = this.chatBucket(chatId);
    // Check both before taking from either, so a refused call costs nothing.
    const globalWait = this.global.waitSeconds();
    const wait = Math.max(globalWait, chat.waitSeconds());
    if (wait > 0) return this.refuse(Math.max(1, Math.ceil(wait)), now, globalWait > 0 ? undefined : chatId);
    this.global.take();
    chat.take();
    return null;
  }

  /** True while a retry_after given to the bot (for all chats, or for this one) has not passed yet. */
  insideRetryAfter(chatId: number): boolean {
    // A few ms of slack: timers may fire a hair early.
    return this.clock.now() + 20 < Math.max(this.globalWaitUntil, this.chatWaitUntil.get(chatId) ?? 0);
  }

  /** Remembers the retry_after given (for the whole bot, or one chat when only that chat is over its limit). */
  private refuse(retryAfter: number, now: number, chatId?: number): number {
    const until = now + retryAfter * 1000;
    if (chatId === undefined) this.globalWaitUntil = Math.max(this.globalWaitUntil, until);
    else this.chatWaitUntil.set(chatId, Math.max(this.chatWaitUntil.get(chatId) ?? 0, until));
    return retryAfter;
  }

  private injectedFault(): number | null {
    const retryAfter = Math.max(1, Math.ceil(this.faults.injectedRetryAfter ?? 1));
    const every = this.faults.inject429Every;
    if (every && every > 0 && this.counted % every === 0) return retryAfter;
    const p = this.faults.inject429Probability;
    if (p && p > 0 && this.random() < p) return retryAfter;
    return null;
  }

  reset(): void {
    this.global = new TokenBucket(this.limits.globalPerSecond ?? 30, this.limits.globalBurst ?? 30, this.clock);
    this.perChat.clear();
    this.counted = 0;
    this.globalWaitUntil = 0;
    this.chatWaitUntil.clear();
  }
}

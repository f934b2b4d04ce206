/** Numbers benchmarks read back: what was delivered when, and how often the bot was refused. */
export interface CountersSnapshot {
  /** chat id -> unix-ms timestamps of every message the bot sent or edited there. */
  deliveredPerChat: Record<string, number[]>;
  totalDelivered: number;
  tooManyRequests: number;
  /** Message calls made before the retry_after of an earlier 429 had passed (0 for a bot that honours them). */
  retryAfterIgnored: number;
  forbidden: number;
  badRequests: number;
  callsPerMethod: Record<string, number>;
}

export class Counters {
  private delivered = new Map<number, number[]>();
  private calls = new Map<string, number>();
  tooManyRequests = 0;
  retryAfterIgnored = 0;
  forbidden = 0;
  badRequests = 0;

  recordCall(method: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
  }

  recordDelivery(chatId: number, at: number): void {
    const list = this.delivered.get(chatId) ?? [];
    list.push(at);
    this.delivered.set(chatId, list);
  }

  recordError(code: number): void {
    if (code === 429) this.tooManyRequests += 1;
    else if (code === 403) this.forbidden += 1;
    else if (code === 400) this.badRequests += 1;
  }

  snapshot(): CountersSnapshot {
    const deliveredPerChat: Record<string, number[]> = {};
    let totalDelivered = 0;
    for (const [chatId, times] of this.delivered) {
      deliveredPerChat[String(chatId)] = [...times];
      totalDelivered += times.length;
    }
    return {
      deliveredPerChat,
      totalDelivered,
      tooManyRequests: this.tooManyRequests,
      retryAfterIgnored: this.retryAfterIgnored,
      forbidden: this.forbidden,
      badRequests: this.badRequests,
      callsPerMethod: Object.fromEntries(this.calls),
    };
  }

  reset(): void {
    this.delivered.clear();
    this.calls.clear();
    this.tooManyRequests = 0;
    this.retryAfterIgnored = 0;
    this.forbidden = 0;
    this.badRequests = 0;
  }
}

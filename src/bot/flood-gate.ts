type Fetch = typeof fetch;

/**
 * Telegram's 429 does not say whether one chat or the whole bot went over the
 * limit, so any 429 this process meets holds back all of its calls until the
 * retry_after has passed: replies and progress edits wait here, and the outbox
 * sender asks `msUntilOpen()` and waits on its own timer (tests run it without
 * real waiting).
 *
 * @example
 * const gate = new FloodGate();
 * const bulkFetch = gate.recording(fetch);                         // the outbox's Api
 * const replyFetch = gate.waiting(retryOn429(gate.recording(fetch))); // the bot's Api
 */
export class FloodGate {
  private shutUntil = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Milliseconds until the last retry_after has passed (0: open). */
  msUntilOpen(): number {
    return Math.max(0, this.shutUntil - this.now());
  }

  /** Calls wait while the gate is shut. */
  waiting(fetchFn: Fetch): Fetch {
    return (async (input: string | URL | Request, init?: RequestInit) => {
      for (let ms = this.msUntilOpen(); ms > 0; ms = this.msUntilOpen()) await this.sleep(ms);
      return fetchFn(input, init);
    });
  }

  /** A 429 answer shuts the gate for its retry_after. */
  recording(fetchFn: Fetch): Fetch {
    return (async (input: string | URL | Request, init?: RequestInit) => {
      const response = await fetchFn(input, init);
      if (response.status === 429) {
        const body = (await response.clone().json().catch(() => ({}))) as { parameters?: { retry_after?: number } };
        const seconds = body.parameters?.retry_after ?? 1;
        this.shutUntil = Math.max(this.shutUntil, this.now() + seconds * 1000);
      }
      return response;
    });
  }
}

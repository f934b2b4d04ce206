type Fetch = typeof fetch;

/**
 * A 429 met by the bulk sender means the bot went over Telegram's overall
 * limit: until its retry_after has passed, every other call of this process
 * (replies, the broadcast progress edits) waits too. The bulk sender paces
 * itself and does not wait here. A 429 on a reply is usually that one chat's
 * limit, so it only delays that reply (retryOn429), not the gate.
 *
 * @example
 * const gate = new FloodGate();
 * const bulkFetch = gate.recording(fetch);   // the outbox's Api
 * const replyFetch = gate.waiting(fetch);    // the bot's Api
 */
export class FloodGate {
  private shutUntil = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Calls wait while the gate is shut. */
  waiting(fetchFn: Fetch): Fetch {
    return (async (input: string | URL | Request, init?: RequestInit) => {
      for (let ms = this.shutUntil - this.now(); ms > 0; ms = this.shutUntil - this.now()) await this.sleep(ms);
      return fetchFn(input, init);
    }) as Fetch;
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
    }) as Fetch;
  }
}

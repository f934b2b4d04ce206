/**
 * Wraps `fetch` so a Bot API call answered with 429 is sent again after
 * `retry_after` seconds (when that is short). It sits under grammY's client
 * because conversations build their own Api objects from the client options
 * and record each call's final result: a retry here is invisible to them.
 *
 * Used for interactive replies only; bulk sends (the outbox) see 429s and
 * pace themselves.
 */
export function retryOn429(
  fetchFn: typeof fetch,
  options: { maxAttempts?: number; maxDelaySeconds?: number; sleep?: (ms: number) => Promise<void> } = {},
): typeof fetch {
  const { maxAttempts = 3, maxDelaySeconds = 10, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = options;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetchFn(input, init);
      // Only JSON bodies can be sent again; uploads (streams) cannot.
      if (response.status !== 429 || attempt >= maxAttempts || typeof init?.body !== 'string') return response;
      const body = (await response.clone().json().catch(() => ({}))) as { parameters?: { retry_after?: number } };
      const retryAfter = body.parameters?.retry_after;
      if (retryAfter === undefined || retryAfter > maxDelaySeconds) return response;
      await sleep(retryAfter * 1000);
    }
  });
}

/**
 * Start-up check that the Bot API can be reached, so a bot on a machine without a way to Telegram says so
 * in one plain line instead of waiting silently. Retries with back-off until it gets through.
 */

export interface ProbeLog {
  warn(message: string): void;
  info(message: string): void;
}

export interface ProbeOptions {
  apiRoot: string;
  token: string;
  log: ProbeLog;
  fetch?: (url: string, init: { signal: AbortSignal }) => Promise<{ status: number; json(): Promise<unknown> }>;
  /** One attempt gives up after this long (the first plain line comes before 15 s). */
  attemptTimeoutMs?: number;
  /** Waits between attempts: 2 s, 4 s, 8 s, … up to this. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Stops the retries (shutdown). */
  signal?: AbortSignal;
}

/** The bot token is rejected: retrying will not help. */
export class BotTokenRejectedError extends Error {
  override name = 'BotTokenRejectedError';
}

/** Telegram answers 401 for a revoked token and 404 for a malformed one. */
const TOKEN_REJECTED = new Set([401, 404]);

/**
 * Calls getMe until it answers. Returns the bot's username.
 *
 * @example
 * await waitForBotApi({ apiRoot: 'https://api.telegram.org', token, log: { warn: console.error, info: console.log } });
 */
export async function waitForBotApi(options: ProbeOptions): Promise<{ username: string; attempts: number }> {
  const fetchFn = options.fetch ?? ((url, init) => fetch(url, init));
  const sleep = options.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 10_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const root = options.apiRoot.replace(/\/+$/, '');
  // The token never reaches a log line.
  const shownUrl = `${root}/bot<BOT_TOKEN>/getMe`;
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    try {
      const response = await fetchFn(`${root}/bot${options.token}/getMe`, { signal: AbortSignal.timeout(attemptTimeoutMs) });
      if (TOKEN_REJECTED.has(response.status)) {
        throw new BotTokenRejectedError(
          `The Bot API at ${root} rejected BOT_TOKEN (HTTP ${response.status}). Check the token with @BotFather, ` +
            'and that TELEGRAM_API_ROOT points at the Bot API the token belongs to.',
        );
      }
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; result?: { username?: string } };
      if (response.status === 200 && body.ok) {
        const username = body.result?.username ?? '';
        if (attempt > 1) options.log.info(`Got through to the Bot API at ${root} on attempt ${attempt} (bot @${username}).`);
        return { username, attempts: attempt };
      }
      failure = `it answered HTTP ${response.status}`;
    } catch (error) {
      if (error instanceof BotTokenRejectedError) throw error;
      failure = describeNetworkError(error, attemptTimeoutMs);
    }
    const delay = Math.min(maxDelayMs, 2_000 * 2 ** (attempt - 1));
    options.log.warn(
      `Cannot reach the Telegram Bot API at ${shownUrl}: ${failure}. Check the network, a firewall or proxy on the way, ` +
        `and TELEGRAM_API_ROOT. Trying again in ${Math.round(delay / 1000)} s (attempt ${attempt}).`,
    );
    if (options.signal?.aborted) throw new Error('stopped while waiting for the Bot API');
    await sleep(delay);
  }
}

/** "connection refused", "DNS lookup failed for api.telegram.org", … from fetch's nested causes. */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  // By name, not instanceof: fetch's errors may come from another realm (a test's VM context).
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; hostname?: string; message?: string } } | undefined)?.cause;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `DNS lookup failed for ${cause.hostname ?? 'the host'}`;
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connection timed out';
    case 'CERT_HAS_EXPIRED':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `TLS certificate problem (${cause.code})`;
  }
  const message = cause?.message ?? String((error as { message?: unknown } | undefined)?.message ?? error);
  return message.split('\n')[0] ?? 'unknown error';
}

import type { UpdateQueue } from './updates.js';
import type { ApiParams } from './types.js';

export interface WebhookConfig {
  url: string;
  secretToken?: string;
  maxConnections: number;
}

export interface WebhookInfo {
  url: string;
  has_custom_certificate: boolean;
  pending_update_count: number;
  max_connections?: number;
  last_error_date?: number;
  last_error_message?: string;
}

/** Runs a Bot API method found in a webhook response body (Telegram's "webhook reply"). */
export type WebhookReplyExecutor = (method: string, params: ApiParams) => Promise<void>;

/**
 * Delivers queued updates to the webhook URL one at a time, in order, retrying
 * non-2xx answers after `retryDelayMs` like Telegram (which backs off for longer).
 * An answer that takes longer than `timeoutMs` counts as a failed delivery
 * ("Read timeout expired"), as at Telegram, and is retried the same way.
 */
export class WebhookDeliverer {
  config: WebhookConfig | null = null;
  private lastError: { date: number; message: string } | null = null;
  private running = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly abort = new AbortController();

  constructor(
    private readonly queue: UpdateQueue,
    private readonly retryDelayMs: number,
    private readonly now: () => number,
    private readonly executeReply: WebhookReplyExecutor,
    private readonly timeoutMs = 60_000,
  ) {
    queue.onPush(() => this.kick());
  }

  set(config: WebhookConfig | null): void {
    this.config = config;
    this.lastError = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.kick();
  }

  info(): WebhookInfo {
    return {
      url: this.config?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.queue.pendingCount,
      ...(this.config ? { max_connections: this.config.maxConnections } : {}),
      ...(this.lastError
        ? { last_error_date: Math.floor(this.lastError.date / 1000), last_error_message: this.lastError.message }
        : {}),
    };
  }

  /** Starts the delivery loop if it is idle and there is something to deliver. */
  kick(): void {
    if (this.running || this.closed || !this.config || this.retryTimer) return;
    this.running = true;
    void this.deliverAll().finally(() => {
      this.running = false;
    });
  }

  private async deliverAll(): Promise<void> {
    for (;;) {
      const config = this.config;
      const [update] = this.queue.peek(1);
      if (!config || !update || this.closed) return;
      const ok = await this.post(config, update);
      if (this.config !== config) continue; // webhook changed mid-flight: re-read everything
      if (ok) {
        this.queue.remove(update.update_id);
        continue;
      }
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        this.kick();
      }, this.retryDelayMs);
      return;
    }
  }

  private async post(config: WebhookConfig, update: unknown): Promise<boolean> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (config.secretToken) headers['X-Telegram-Bot-Api-Secret-Token'] = config.secretToken;
    try {
      const response = await fetch(config.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(update),
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      const body = await response.text();
      if (!response.ok) {
        this.lastError = { date: this.now(), message: `Wrong response from the webhook: ${response.status} ${response.statusText}` };
        return false;
      }
      await this.runWebhookReply(body);
      return true;
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      this.lastError = { date: this.now(), message: timedOut ? 'Read timeout expired' : `Connection failed: ${(error as Error).message}` };
      return false;
    }
  }

  private async runWebhookReply(body: string): Promise<void> {
    if (!body.trim().startsWith('{')) return;
    try {
      const parsed = JSON.parse(body) as ApiParams;
      const { method, ...params } = parsed;
      if (typeof method === 'string') await this.executeReply(method, params);
    } catch {
      // Telegram silently ignores invalid webhook replies.
    }
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.abort.abort();
  }
}

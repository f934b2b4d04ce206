import { Errors } from './errors.js';
import type { TgUpdate, UpdateKind } from './types.js';

/** Update kinds Telegram sends when allowed_updates is empty or unset. */
const DEFAULT_KINDS: ReadonlySet<string> = new Set(['message', 'callback_query', 'my_chat_member', 'edited_message']);

interface Waiter {
  wake: () => void;
  fail: (error: Error) => void;
}

/**
 * The bot's pending updates, as Telegram keeps them until confirmed by a later
 * getUpdates offset (or delivered to a webhook). Supports one long-polling reader.
 */
export class UpdateQueue {
  private pending: TgUpdate[] = [];
  /**
   * Grows with the clock (10 a second since 2026), so an emulator started again against the same bot
   * database continues past the ids it gave before: the bot remembers update_ids (received_updates) and
   * would drop a repeated one as a duplicate, silently. Fits in 31 bits until 2032.
   */
  private nextId: number;
  private allowed: ReadonlySet<string> = DEFAULT_KINDS;
  private waiter: Waiter | null = null;
  private listeners = new Set<() => void>();

  constructor(now: () => number = Date.now) {
    this.nextId = Math.floor((now() - Date.UTC(2026, 0, 1)) / 100);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Queues an update unless allowed_updates filters its kind out (Telegram filters on arrival). */
  push<K extends UpdateKind>(kind: K, payload: NonNullable<TgUpdate[K]>): TgUpdate | null {
    if (!this.allowed.has(kind)) return null;
    const update = { update_id: this.nextId++, [kind]: payload } as TgUpdate;
    this.pending.push(update);
    this.waiter?.wake();
    for (const listener of this.listeners) listener();
    return update;
  }

  /** Empty or missing list means Telegram's default set; the setting persists between calls. */
  setAllowed(kinds: unknown[] | undefined): void {
    if (kinds === undefined) return;
    this.allowed = kinds.length === 0 ? DEFAULT_KINDS : new Set(kinds.map(String));
  }

  onPush(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets updates with id < offset; negative offset keeps only the last -offset updates. */
  confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset < 0) this.pending = this.pending.slice(offset);
    else this.pending = this.pending.filter((update) => update.update_id >= offset);
  }

  peek(limit: number): TgUpdate[] {
    return this.pending.slice(0, limit);
  }

  /** Removes one delivered update (webhook delivery path). */
  remove(updateId: number): void {
    this.pending = this.pending.filter((update) => update.update_id !== updateId);
  }

  dropAll(): void {
    this.pending = [];
  }

  /**
   * getUpdates: returns at once when updates are pending, otherwise holds until one
   * arrives, `timeoutSeconds` pass, or `signal` aborts (client went away). A newer
   * poll terminates an older one with 409, like Telegram.
   */
  async poll(offset: number | undefined, limit: number, timeoutSeconds: number, signal?: AbortSignal): Promise<TgUpdate[]> {
    this.waiter?.fail(Errors.pollingConflict());
    this.confirm(offset);
    if (this.pending.length > 0 || timeoutSeconds <= 0) return this.peek(limit);
    await new Promise<void>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (this.waiter === waiter) this.waiter = null;
      };
      const waiter: Waiter = {
        wake: () => (finish(), resolve()),
        fail: (error) => (finish(), reject(error)),
      };
      const onAbort = () => waiter.wake();
      const timer = setTimeout(onAbort, timeoutSeconds * 1000);
      signal?.addEventListener('abort', onAbort);
      this.waiter = waiter;
    });
    return this.peek(limit);
  }

  /** Ends a pending long poll (e.g. on shutdown) with an empty result. */
  release(): void {
    this.waiter?.wake();
  }

  reset(): void {
    this.release();
    this.pending = [];
    this.allowed = DEFAULT_KINDS;
  }
}

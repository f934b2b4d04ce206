/**
 * The outgoing channel the domain talks to. Telegram is one adapter
 * (telegram-notifier.ts); another messenger or SMS can be added beside it
 * without touching the domain.
 */
export type Locale = 'ru' | 'en';

/** Text to show: a locale key with variables (translated per recipient), or raw text (a broadcast). */
export type MessageText = { key: string; vars?: Record<string, string | number> } | { raw: string };

export interface MessageButton {
  text: MessageText;
  /** Opaque callback data, at most 64 bytes. */
  data: string;
}

export interface OutgoingMessage {
  text: MessageText;
  /** Rows of buttons under the message. */
  buttons?: MessageButton[][];
  /** The id of a message the bot sent this chat earlier: it is edited to this one (its buttons go) instead of a new message. */
  replaces?: number;
}

export interface Recipient {
  citizenId: number;
  language: Locale;
}

export type DeliveryResult =
  | { ok: true; messageId: number }
  /** The citizen blocked the bot: mark unreachable, do not retry. */
  | { ok: false; reason: 'blocked' }
  /** Too many messages: try again after `retryAfterSeconds`. */
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number }
  /** Network or server trouble: may be retried a bounded number of times. */
  | { ok: false; reason: 'failed'; error: string };

export interface Notifier {
  sendToCitizen(recipient: Recipient, message: OutgoingMessage): Promise<DeliveryResult>;
  /**
   * Milliseconds to hold a send (to this citizen, or any send without one): a retry_after another call
   * of this process was given for the whole bot, or for this citizen's chat, has not passed.
   */
  holdMs?(citizenId?: number): number;
}

import { GrammyError, HttpError, InlineKeyboard, type Api } from 'grammy';
import type { DeliveryResult, Locale, MessageText, Notifier, OutgoingMessage, Recipient } from './notifier.js';

export type Translate = (locale: Locale, key: string, vars?: Record<string, string | number>) => string;

/**
 * Sends domain messages through the Telegram Bot API, translating keys into
 * the recipient's language, and maps Telegram's errors to delivery results.
 */
export class TelegramNotifier implements Notifier {
  constructor(
    private readonly api: Api,
    private readonly translate: Translate,
    private readonly floodGate?: { holdMs(chatId?: number): number },
  ) {}

  holdMs(citizenId?: number): number {
    return this.floodGate?.holdMs(citizenId) ?? 0;
  }

  async sendToCitizen(recipient: Recipient, message: OutgoingMessage): Promise<DeliveryResult> {
    const render = (text: MessageText) =>
      'raw' in text ? text.raw : this.translate(recipient.language, text.key, text.vars);
    const keyboard = message.buttons?.length
      ? InlineKeyboard.from(message.buttons.map((row) => row.map((b) => InlineKeyboard.text(render(b.text), b.data))))
      : undefined;
    try {
      if (message.replaces !== undefined) return await this.replace(recipient.citizenId, message.replaces, render(message.text), keyboard);
      const sent = await this.api.sendMessage(recipient.citizenId, render(message.text), {
        reply_markup: keyboard,
        link_preview_options: { is_disabled: true },
      });
      return { ok: true, messageId: sent.message_id };
    } catch (error) {
      return deliveryFailure(error);
    }
  }

  /** Edits an earlier message; one already gone, or already saying this, needs nothing more. */
  private async replace(chatId: number, messageId: number, text: string, keyboard?: InlineKeyboard): Promise<DeliveryResult> {
    try {
      await this.api.editMessageText(chatId, messageId, text, { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
    } catch (error) {
      const gone = error instanceof GrammyError && /message to edit not found|message is not modified/.test(error.description);
      if (!gone) throw error;
    }
    return { ok: true, messageId };
  }
}

/** Maps a Bot API error to a delivery result (403 blocked, 429 retry later, else failed). */
export function deliveryFailure(error: unknown): DeliveryResult {
  if (error instanceof GrammyError) {
    if (error.error_code === 403) return { ok: false, reason: 'blocked' };
    if (error.error_code === 429) {
      return { ok: false, reason: 'rate_limited', retryAfterSeconds: error.parameters.retry_after ?? 1 };
    }
    return { ok: false, reason: 'failed', error: `${error.error_code} ${error.description}` };
  }
  if (error instanceof HttpError) return { ok: false, reason: 'failed', error: 'network' };
  return { ok: false, reason: 'failed', error: error instanceof Error ? error.message : String(error) };
}

import { InlineKeyboard } from 'grammy';
import type { MessageText, OutgoingMessage } from '../../../notify/notifier.js';
import type { BotContext } from '../../context.js';

/** A domain message (the same the outbox sends) as the reader's text and inline keyboard. */
export function renderMessage(ctx: BotContext, message: OutgoingMessage) {
  const render = (text: MessageText) => ('raw' in text ? text.raw : ctx.t(text.key, text.vars));
  const keyboard = InlineKeyboard.from((message.buttons ?? []).map((row) => row.map((b) => InlineKeyboard.text(render(b.text), b.data))));
  return { text: render(message.text), keyboard };
}

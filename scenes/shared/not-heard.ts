import { centerPhoneFor } from '../../src/domain/help.js';
import type { SceneContext } from './context.js';

/* A voice message or a sticker where the bot waits for a tap or words (walk s21 W21-08): said so, with what to do. */

type Message = { voice?: unknown; audio?: unknown; video_note?: unknown; video?: unknown; sticker?: unknown };

/** What was sent that the bot cannot read: something to hear, a sticker, or neither. */
export function notHeardKind(message: Message | undefined): 'voice' | 'sticker' | undefined {
  if (message?.voice || message?.audio || message?.video_note || message?.video) return 'voice';
  return message?.sticker ? 'sticker' : undefined;
}

/**
 * "The bot does not listen to voice messages", then `hint` (what the question or the menu takes), then the phone
 * of the person's center (or the program's) for someone who would rather talk.
 */
export async function notHeardText(ctx: Pick<SceneContext, 't' | 'from' | 'locale' | 'message'>, hint: string): Promise<string | undefined> {
  const kind = notHeardKind(ctx.message);
  if (!kind) return undefined;
  const { phone } = await centerPhoneFor(ctx.from?.id, ctx.locale);
  return ctx.t(`not-heard-${kind}`, { hint, phone });
}

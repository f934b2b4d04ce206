import type { Locale, MessageText } from '../notify/notifier.js';
import { MAX_BROADCAST_LENGTH, type Audience } from './broadcast.js';
import { centerInTownOf } from './center-names.js';

/**
 * What a reader in `language` gets from a broadcast: the line saying who writes (the center in the reader's
 * language, or the program), then the text; the same keys as the outbox items (broadcast.ts, broadcastItems).
 * The /broadcast preview shows the author's, so it is what the recipients see (probe s21 L8).
 */
export async function broadcastMessage(audience: Pick<Audience, 'centerId'>, text: string, language: Locale): Promise<MessageText> {
  if (!audience.centerId) return { key: 'bc-message-program', vars: { text } };
  return { key: 'bc-message-from', vars: { from: await centerInTownOf(audience.centerId, language), text } };
}

/** Room for "📢 …:" and a line break, beyond the center's name (the program's own line is shorter). */
const SENDER_LINE_EXTRA = 32;

/** The longest text that, under the who-writes line in either language, still fits one Telegram message. */
export async function broadcastTextLimit(audience: Pick<Audience, 'centerId'>): Promise<number> {
  const names = audience.centerId ? await Promise.all((['ru', 'en'] as const).map((l) => centerInTownOf(audience.centerId!, l))) : [''];
  return MAX_BROADCAST_LENGTH - Math.max(...names.map((n) => n.length)) - SENDER_LINE_EXTRA;
}

/**
 * Words that move or cancel a lesson («переносится», «отменяется», «перенос», "postponed"): a broadcast saying so
 * changes neither the schedule nor the reminders, which keep the old time (walk36 L4); the preview then points to
 * /change. A word's start only, so «переносится», «перенесли» and «отменили» count; «переносной» (a laptop) does not.
 */
const SCHEDULE_CHANGE = /(?<!\p{L})(?:перенос(?!н)|перен[её]с|отмен|postpone|cancel|reschedul|moved to)/iu;
/** A room named (walk40 M1: «Занятия будут в малом зале»): /change changes it too, and the reminders then say it. */
const ROOM_WORDS = /(?<!\p{L})(?:аудитори|кабинет|зал(?:а|е|ы|ом)?(?!\p{L})|room(?!\p{L}))/iu;

/** Whether a broadcast's text speaks of moving or cancelling a lesson, or of a room. */
export const speaksOfScheduleChange = (text: string): boolean => SCHEDULE_CHANGE.test(text) || ROOM_WORDS.test(text);

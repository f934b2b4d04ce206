import { englishReadersAt } from '../../src/domain/english-readers.js';
import { roomWords } from '../../src/domain/place-words.js';
import { singleLine } from '../../src/domain/text.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';

const SKIP = 'skip';

/**
 * /newclass's room in English words (walk s28 W28-23), asked right after the room, as part of its step, where someone
 * at the center reads the bot in English. The question shows what they read otherwise (roomWords), and [Skip] leaves
 * it so. Undefined: skipped, or nobody reads English there (not asked).
 */
export async function roomInEnglish(
  conversation: SceneConversation,
  q: Questions,
  ctx: SceneContext,
  { centerId, room, step }: { centerId: string; room: string; step?: { step: number; total: number } },
): Promise<string | undefined> {
  if (!(await conversation.external(() => englishReadersAt(centerId)))) return undefined;
  // /change's room (change-room.ts) has no numbered steps.
  const question = ctx.t('cls-new-room-en', { automatic: roomWords(room, 'en') });
  const answer = await q.ask(step ? `${ctx.t('join-step', step)} ${question}` : question, {
    choices: [{ label: ctx.t('btn-skip'), value: SKIP }],
    // English readers see no Cyrillic: Latin letters only.
    typed: (text) => (singleLine(text).length >= 1 && text.length <= 100 && !/[а-яё]/iu.test(text) ? { value: singleLine(text) } : { error: 'cls-room-en-invalid' }),
  });
  return answer === SKIP ? undefined : answer;
}

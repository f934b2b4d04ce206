import { listEveryCourse } from '../../src/domain/catalog.js';
import { noPhoneNamesakes, type Namesake } from '../../src/domain/desk-registration.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';
import { naming } from './pick-person.js';
import { phoneTail, phoneToRead } from '../../src/domain/phone.js';

/** What /add's namesake question decided: this is one of them (their record), or another person. */
export type NamesakeAnswer = { samePersonAs: Namesake } | { anotherPerson: true } | undefined;

const ANOTHER = 'another';

/**
 * /add without a phone (probe29 M1): people without a phone are their name at their center, so a second «Иванова
 * Мария Петровна» there would be merged into the first (another course) or refused (the same one). As for a shared
 * phone (askSamePerson), staff are asked: «В этом центре уже есть Иванова Мария Петровна, без телефона (курсы: …).
 * Это тот же человек?» — «Да, тот же человек» (the course goes to her) or «Нет, другой человек» (a record of her own,
 * namesakeKey). Several namesakes: one «Да: <their courses>» button each. Nobody of that name there: nothing asked.
 */
export async function askNamesake(conversation: SceneConversation, q: Questions, ctx: SceneContext, name: string, centerId: string, now: () => Date): Promise<NamesakeAnswer> {
  const [namesakes, courses] = await conversation.external(async () => [await noPhoneNamesakes(name, centerId), await listEveryCourse()] as const);
  if (namesakes.length === 0) return undefined;
  const short = new Map(courses.map((c) => [c.id, c.short[ctx.locale]]));
  const coursesOf = (p: Namesake) => ctx.t('no-phone-namesake-courses', { count: p.courseIds.length, courses: p.courseIds.map((id) => short.get(id) ?? id).join(', ') });
  const one = namesakes.length === 1;
  // Someone of that name with a phone is named with it, as staff cards show phones (probe30 L2).
  const phoneOf = (p: Namesake) => (p.phone ? phoneToRead(p.phone) : undefined);
  const withPhone = namesakes.some((p) => p.phone);
  const text = one
    ? phoneOf(namesakes[0]!)
      ? ctx.t('namesake-ask-phone', { name: namesakes[0]!.name, phone: phoneOf(namesakes[0]!)!, courses: coursesOf(namesakes[0]!) })
      : ctx.t('no-phone-namesake-ask', { name: namesakes[0]!.name, courses: coursesOf(namesakes[0]!) })
    : ctx.t(withPhone ? 'namesake-ask-many' : 'no-phone-namesake-ask-many', {
      name, count: namesakes.length,
      list: namesakes.map((p) => `• ${p.name}${withPhone ? `, ${phoneOf(p) ?? ctx.t('namesake-no-phone')}` : ''} (${coursesOf(p)})`).join('\n'),
    });
  const yesWhich = (p: Namesake) => (p.phone ? ctx.t('namesake-yes-phone', { tail: phoneTail(p.phone), courses: coursesOf(p) }) : ctx.t('no-phone-namesake-yes-which', { courses: coursesOf(p) }));
  const answer = await q.ask(text, {
    choices: [
      ...namesakes.map((p) => ({ label: one ? ctx.t('no-phone-namesake-yes') : yesWhich(p), value: String(p.id) })),
      { label: ctx.t('no-phone-namesake-no'), value: ANOTHER },
    ],
    shown: naming(ctx, now, namesakes),
  });
  // Another person than someone with a phone only: their name at this center is free, nothing to tell apart.
  if (answer === ANOTHER) return namesakes.some((p) => !p.phone) ? { anotherPerson: true } : undefined;
  const chosen = namesakes.find((p) => String(p.id) === answer);
  return chosen ? { samePersonAs: chosen } : undefined;
}

import type { Course } from '../../src/domain/catalog.js';
import type { SceneContext } from '../shared/context.js';
import { asideOn, type AskOptions } from '../shared/question-options.js';

/**
 * «А какой курс лучше для начинающих?» typed on the course question (walk35 L6): the course for beginners is the
 * catalog's first (courses are listed in their order, the basics first), named with what it teaches, in its own words; the question waits on.
 */
export function beginnersAside(ctx: SceneContext, catalog: readonly Course[]): Pick<AskOptions, 'aside'> {
  const first = catalog[0];
  if (!first) return {};
  // «Компьютер, мышь, клавиатура, файлы и папки.» inside brackets: its first letter small (unless a word in capitals), no stop.
  const description = first.description[ctx.locale].trim().replace(/[.\s]+$/, '');
  const about = description && ` (${/^\p{Lu}\p{Ll}/u.test(description) ? description[0]!.toLowerCase() + description.slice(1) : description})`;
  return { aside: asideOn(ctx, 'beginners-words', 'beginners-aside', { course: first.title[ctx.locale], about }) };
}

import { sameGuesses, type Decision, type Decisions, type MatchToConfirm } from '../../src/domain/import/classify.js';
import { matchAlternatives } from '../../src/domain/import/reader-names.js';
import type { RememberedName } from '../../src/domain/import/remembered-names.js';
import type { Role } from '../../src/domain/roles.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';

/**
 * /import's questions about the file's informal names: one per guess (informal names guessed as the same center or
 * course are asked together, walk s20 #26), one tap for all their rows. Back goes to the one before.
 */
export async function askNames(q: Questions, conversation: SceneConversation, ctx: SceneContext, role: Role, matches: MatchToConfirm[]): Promise<Decisions> {
  const decisions: Decisions = {};
  const locale = ctx.locale;
  for (const match of sameGuesses(matches)) {
    const text = match.texts.join(ctx.t('imp-match-texts-sep'));
    if (match.unknown) {
      // A name the bot does not know at all (walk30 W30-01): which one it is, from the list, or skip its rows.
      const others = await conversation.external(() => matchAlternatives(match.kind, role, locale));
      const id = await q.ask(ctx.t(`imp-unknown-${match.kind}`, { text, rows: match.rows }), {
        choices: [...others.map((o) => ({ label: o.label, value: o.id })), { label: ctx.t('imp-match-no', { rows: match.rows }), value: '' }],
      });
      for (const key of match.keys) decisions[key] = id ? { id } : 'decline';
      continue;
    }
    // Two courses fit ("Интернет": «Интернет и электронная почта» or «Безопасный интернет», walk s22 W22-09): each a button.
    const also = match.also ?? [];
    const question = also.length > 0
      ? ctx.t('imp-match-course-fits', { text, labels: [match, ...also].map((a) => ctx.t('imp-match-quoted', { label: a.label })).join(ctx.t('imp-match-or')), rows: match.rows })
      : ctx.t(`imp-match-${match.kind}`, { text, label: match.label, rows: match.rows });
    const answer = await q.ask(question, {
      choices: [
        ...(also.length > 0
          ? [match, ...also].map((a, i) => ({ label: ctx.t('imp-match-this', { label: a.label }), value: i === 0 ? 'accept' : `id:${a.id}` }))
          : [{ label: ctx.t('imp-match-yes', { rows: match.rows }), value: 'accept' }]),
        { label: ctx.t(`imp-match-other-${match.kind}`), value: 'other' },
        { label: ctx.t('imp-match-no', { rows: match.rows }), value: 'decline' },
      ],
    });
    let decision: Decision = answer.startsWith('id:') ? { id: answer.slice(3) } : (answer as 'accept' | 'decline');
    if (answer === 'other') {
      // The guess was wrong: which one is it, then (walk s20 #26). Back returns to the guess.
      const others = await conversation.external(() => matchAlternatives(match.kind, role, locale));
      const id = await q.ask(ctx.t(`imp-match-pick-${match.kind}`, { text }), {
        choices: [...others.map((o) => ({ label: o.label, value: o.id })), { label: ctx.t('imp-match-no', { rows: match.rows }), value: '' }],
      });
      decision = id ? { id } : 'decline';
    }
    for (const key of match.keys) decisions[key] = decision;
  }
  return decisions;
}

/** The names taken from the importer's earlier answers (walk38 L6), said before the questions so a wrong one is seen. */
export function rememberedNote(ctx: SceneContext, names: RememberedName[]): string {
  const lines = names.map((n) => ctx.t('imp-remembered-line', { text: n.text, label: n.label })).join('\n');
  return ctx.t('imp-remembered', { lines, again: ctx.t('imp-ask-again') });
}

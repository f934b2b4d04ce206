import { ImportNameAnswerModel } from '../../db/models/import-name-answer.js';
import type { Locale } from '../../notify/notifier.js';
import type { Role } from '../roles.js';
import type { Decisions, MatchToConfirm } from './classify.js';
import { matchAlternatives } from './reader-names.js';

/** A name of the file decided by an earlier answer of the importer's: its match key, and what it was said to be. */
export interface RememberedName {
  key: string;
  kind: 'center' | 'course';
  text: string;
  id: string;
  /** In the reader's words, for the note that says which answers were taken. */
  label: string;
}

/** A name as remembered: case, «ё» and spaces do not make another name. */
const rememberedText = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim().slice(0, 200);

/**
 * The names of this file the importer has answered before (walk38 L6), still among what she may choose (a course
 * stopped, or a center she no longer runs, is asked again). A wrong answer would put every next file's rows of that
 * name in the wrong place: so they are said above the preview, which has a button to ask them again (forgetNames).
 */
export async function rememberedNames(staffId: number, role: Role, matches: MatchToConfirm[], locale: Locale): Promise<RememberedName[]> {
  if (matches.length === 0) return [];
  const answers = await ImportNameAnswerModel.find({ staffId, text: { $in: [...new Set(matches.map((m) => rememberedText(m.text)))] } }, { kind: 1, text: 1, id: 1 }).lean();
  if (answers.length === 0) return [];
  const choices = { center: await matchAlternatives('center', role, locale), course: await matchAlternatives('course', role, locale) };
  return matches.flatMap((m) => {
    const answer = answers.find((a) => a.kind === m.kind && a.text === rememberedText(m.text));
    const choice = answer && choices[m.kind].find((c) => c.id === answer.id);
    // The guess's own words when it was the answer, as its question said them.
    return choice ? [{ key: m.key, kind: m.kind, text: m.text, id: choice.id, label: choice.id === m.id && m.label ? m.label : choice.label }] : [];
  });
}

/** The decisions the remembered answers make: each name is the center or course said before. */
export const rememberedDecisions = (names: RememberedName[]): Decisions => Object.fromEntries(names.map((n) => [n.key, { id: n.id }]));

/** The importer's answers of a confirmed file, remembered for her next ones: a guess accepted, or another one chosen. */
export async function rememberNames(staffId: number, matches: MatchToConfirm[], decisions: Decisions, now: Date): Promise<void> {
  for (const m of matches) {
    const decision = decisions[m.key];
    const id = decision === 'accept' ? m.id : typeof decision === 'object' ? decision.id : undefined;
    const filter = { staffId, kind: m.kind, text: rememberedText(m.text) };
    // «Skip these rows» is about this file: the name is asked again next time, not remembered as skipped.
    if (id) await ImportNameAnswerModel.updateOne(filter, { $set: { id, answeredAt: now } }, { upsert: true });
  }
}

/** «Ask again»: these names are forgotten, so this file and the next ones ask about them. */
export async function forgetNames(staffId: number, names: Array<Pick<RememberedName, 'kind' | 'text'>>): Promise<void> {
  if (names.length === 0) return;
  await ImportNameAnswerModel.deleteMany({ staffId, $or: names.map((n) => ({ kind: n.kind, text: rememberedText(n.text) })) });
}

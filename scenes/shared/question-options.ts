import { wordsTyped } from '../../src/domain/text.js';
import type { SceneContext } from './context.js';

/** What a question of Questions (questions.ts) offers and accepts. */

export interface Choice {
  label: string;
  value: string;
  /** On a row of its own, whatever `columns` says (a "📍 Nearest to me" above a grid of towns). */
  alone?: boolean;
}

/** A typed answer's value, or a locale key (with its variables: "line 3 cannot be read") to re-ask with. */
export type Typed = (text: string) => { value: string; error?: undefined; vars?: undefined } | { error: string; vars?: Record<string, string | number>; value?: undefined };

/** A typed answer checked by `validate` (a locale key for the problem, or undefined), kept as typed. */
export const checked =
  (validate: (text: string) => string | undefined): Typed =>
  (text) => {
    const error = validate(text);
    return error ? { error } : { value: text };
  };

export interface AskOptions {
  /** Buttons, one per row unless `columns` says otherwise. */
  choices?: Choice[];
  columns?: number;
  /** Accepts a typed answer too: its value, or a locale key to re-ask with. */
  typed?: Typed;
  /**
   * Answers taken when typed, matched like the buttons' labels, though not shown as buttons: another town's name
   * typed on a town's centers (walk s22 W22-02). Their value is returned as a button's would be.
   */
  unlisted?: Choice[];
  /** Takes a message besides the choices (a contact shared from a reply keyboard still up, a phone typed on the summary): its value, or undefined to refuse it. */
  shared?: (ctx: SceneContext) => string | undefined;
  /** The value of the question's one clear yes (or no) choice: "да" ("нет") typed is that choice (walk s21 W21-05). */
  yes?: string;
  no?: string;
  /** false hides Back (a summary, a first question of a loop). */
  back?: boolean;
  /** Back answers this value instead of going back: a summary shown again after a change goes to "what to change?", keeping the change. */
  backAnswers?: string;
  /** Shows "Now: …" under a typed question: `current`, or what was typed here before a Back. */
  remember?: boolean;
  current?: string;
  /**
   * What the message reads once answered, when the flow's last message comes
   * below it: a card that keeps what it recorded without the instructions for
   * buttons it no longer has (the join summary).
   */
  record?: string;
  /**
   * Told the question's message id once it is shown (sent, or edited in place): a question that names a person (a
   * /find card, its list of matches) records its message for /forget (src/domain/shown-views.ts), as a screen does.
   */
  shown?: (messageId: number) => Promise<void>;
  /** A typed question about this step («а можно по субботам?», «зачем вам телефон?»): its answer, and the question waits on. */
  aside?: (text: string) => string | undefined;
}

/**
 * Where a flow was started from, for a Back on its first question: `back` is the
 * data of a button of the feature that showed that screen (it passes by the flow
 * as a foreign button, and that feature ends the flow and shows the screen again).
 * `inPlace`: the first question replaces the pressed screen, so Back puts it back
 * where it was (otherwise the question comes below, as from the main menu).
 */
export interface Origin {
  back: string;
  inPlace?: boolean;
}

/** What a question takes typed as a button's label: its buttons, then the answers it takes unlisted. */
export const typedChoices = (options: AskOptions): Choice[] => [...(options.choices ?? []), ...(options.unlisted ?? [])];

/**
 * The time of day question: its buttons, and «всё равно», «любое», «в любое время» typed for «Не важно» (walk28
 * W28-01), «с утра», «после обеда», «вечерком» for the others (walk35w). «А можно по субботам?» is told who sets the
 * days (walk35).
 */
export const timeOfDayOptions = (ctx: SceneContext, times: readonly string[]): AskOptions => ({
  choices: times.map((t) => ({ label: ctx.t(`time-${t}`), value: t })),
  unlisted: times.flatMap((t) => ctx.t(`time-${t}-words`).split('\n').map((label) => ({ label: label.trim(), value: t }))).filter((choice) => choice.label),
  columns: 2,
  aside: asideOn(ctx, 'time-days-words', 'time-days-aside'),
});

/**
 * An `aside` that answers `answerKey` when the typed text has one of `wordsKey`'s lines (one a line, matched at a
 * word's start, any case, ё as е): «суббот» takes «по субботам». `vars`: the answer's variables.
 */
export function asideOn(ctx: SceneContext, wordsKey: string, answerKey: string, vars?: Record<string, string | number>): (text: string) => string | undefined {
  const starts = ctx.t(wordsKey).split('\n').map((line) => wordsTyped(line)).filter(Boolean);
  return (text) => {
    const said = ` ${wordsTyped(text)}`;
    return starts.some((start) => said.includes(` ${start}`)) ? ctx.t(answerKey, vars) : undefined;
  };
}

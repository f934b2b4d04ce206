import { InlineKeyboard } from 'grammy';
import type { Choice } from './question-options.js';
import { BACK, CANCEL, DONE, questionData } from './question-data.js';

/** The inline keyboards of Questions (questions.ts): the choices laid out, then Back and Cancel. */

/** Adds a question's own buttons; `data` gives a button's data from its value. */
export type Buttons = (keyboard: InlineKeyboard, data: (value: string) => string) => void;

/** One button per choice, `columns` to a row; an `alone` choice takes a row of its own. */
export const choiceButtons =
  (choices: Choice[], columns: number): Buttons =>
  (keyboard, data) => {
    let inRow = 0;
    choices.forEach((choice, i) => {
      if (inRow > 0 && (inRow === columns || choice.alone || choices[i - 1]?.alone)) {
        keyboard.row();
        inRow = 0;
      }
      keyboard.text(choice.label, data(String(i)));
      inRow++;
    });
  };

/**
 * A toggle per choice (`ticked` words the chosen ones: "вторник — выбрано", not "✓ вторник", which a screen reader
 * reads as "галочка вторник", like "✓ Готово": walk s22 W22-23), `columns` to a row, then Done.
 */
export const toggleButtons =
  (choices: Choice[], chosen: ReadonlySet<string>, columns: number, doneLabel: string, ticked: (label: string) => string): Buttons =>
  (keyboard, data) => {
    choices.forEach((choice, i) => {
      if (i > 0 && i % columns === 0) keyboard.row();
      keyboard.text(chosen.has(choice.value) ? ticked(choice.label) : choice.label, data(String(i)));
    });
    keyboard.row().text(doneLabel, data(DONE));
  };

/**
 * Question `token`'s keyboard: its buttons, then Back (unless it is the first) and Cancel on the last row.
 * `back` as a string is the data of a Back that leaves the flow for the screen it came from (another feature's button).
 */
export function questionKeyboard(token: string, back: boolean | string, buttons: Buttons, labels: { back: string; cancel: string }) {
  const data = (value: string) => questionData(token, value);
  const keyboard = new InlineKeyboard();
  buttons(keyboard, data);
  keyboard.row();
  if (back) keyboard.text(labels.back, typeof back === 'string' ? back : data(BACK));
  return keyboard.text(labels.cancel, data(CANCEL));
}

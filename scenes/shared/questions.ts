import type { Checkpoint } from '@grammyjs/conversations';
import type { Context, InlineKeyboard, Keyboard } from 'grammy';
import type { SceneContext, SceneConversation } from './context.js';
import { mainMenu } from './keyboards.js';
import { answerBeforeBack, answersBeforeBack, hintBelow, menuGone, notedBeforeRewind, takeGiven, unlessHintedBelow, type Answers } from './question-memory.js';
import { BACK, CANCEL, DONE, isForeignButton, isShowAgain, parseQuestionData as parse, pressedMessage, pressedQuestion } from './question-data.js';
import { endIfClosed, endIfClosedTyped, isForwarded, isPressOn, labelTyped, pressedOn, refuse, said, showAgain, typedLeave, typedOnPicker, answerPress, type Shown } from './question-presses.js';
import { closeQuestion, editQuestion, sendRemovingKeyboard } from './question-messages.js';
import { choiceButtons, questionKeyboard, toggleButtons, type Buttons } from './question-keyboard.js';
import { typedChoices, type AskOptions, type Choice, type Origin } from './question-options.js';

export { checked, type AskOptions, type Choice, type Origin, type Typed } from './question-options.js';

/**
 * The project's one helper on top of @grammyjs/conversations: asks one
 * question at a time, the way every flow here asks it. The plugin gives the
 * parts (waitUntil with `otherwise`, checkpoint / rewind, halt); this puts them
 * together so that each flow is written straight, step after step:
 *
 * ```ts
 * const q = new Questions(conversation, ctx);
 * const course = await q.ask(ctx.t('join-choose-course'), { choices });
 * const name = await q.ask(ctx.t('join-name-ask'), { typed: (t) => (t.length > 1 ? { value: t } : { error: 'join-name-invalid' }) });
 * await q.finish(ctx.t('join-done'));
 * ```
 *
 * - **Back** is on every question but the first: it rewinds the conversation
 *   (conversation.rewind) to the question asked before, whatever path led here.
 *   A flow started from a screen (a center's card, "my place", a request's
 *   card) gives its first question a Back to that screen: `origin` (below).
 * - **Cancel** is on every question: it says so, brings the main menu back and halts.
 * - **One call per answer.** A question that follows a press on the previous
 *   question's button replaces that message in place (editMessageText); after
 *   typed text, a shared contact or location it comes as a new message.
 * - **One answer per question.** Button data is `q:<question number>:<index>`
 *   (question-data.ts): a second press on a question already answered (two quick
 *   taps) gets "already answered"; a press on an older message or forged data
 *   "no longer works". Buttons of other features (an offer, a reminder) pass through to them.
 *
 * Beside it: question-options.ts (what it offers), -keyboard.ts (its buttons), -data.ts (their data), -presses.ts (a
 * press, or anything else), -messages.ts (its message), -memory.ts (kept beside the stored log: Back, hints, the menu).
 */
export class Questions {
  /** A checkpoint before each question asked, for Back. */
  private readonly asked: Checkpoint[] = [];
  private count = 0;
  /** A reply keyboard (phone, location) replaced the main menu: bring it back at the end. */
  private menuReplaced = false;
  /** A note was sent after the last answer: the next question goes below it, not in place. */
  private afterNote = false;
  /** Typed answers and ticked choices by question number, for Back. */
  private readonly answers: Answers = {};
  /** The reply keyboard of the question just answered is still under the chat: the next message sent takes it away. */
  private replyKeyboardLeft = false;
  /** The last question's text once answered (AskOptions.record), for finish. */
  private record: string | undefined;

  constructor(
    private readonly conversation: SceneConversation,
    private readonly ctx: SceneContext,
    private readonly origin?: Origin,
  ) {}

  /** Asks with buttons (and/or a typed answer); returns the chosen value or the typed one. */
  async ask(text: string, options: AskOptions = {}): Promise<string> {
    const choices = options.choices ?? [];
    const columns = options.columns ?? 1;
    const shown = await this.show(text, options.back, choiceButtons(choices, columns), { current: options.remember ? (options.current ?? '') : undefined });
    if (options.shown) await this.conversation.external(() => options.shown!(shown.messageId));
    this.record = options.record;
    const typed = (c: SceneContext) => (options.typed && c.message?.text !== undefined ? options.typed(c.message.text.trim()) : undefined);
    const shared = (c: SceneContext) => (c.message ? options.shared?.(c) : undefined);
    const typedLabel = labelTyped(typedChoices(options), !options.typed, options);
    const answer = await this.conversation
      .waitUntil((c) => !isForeignButton(c), { next: true })
      .and((c) => !isForwarded(c), {
        otherwise: (c) => (options.typed ? hintBelow(c, c.t('answer-not-forwarded')) : refuse(c, shown)),
      })
      .and((c) => isPressOn(shown, c, choices.length) || isShowAgain(c) || typedLeave(c, shown) !== undefined || typedLabel(c) >= 0 || typed(c) !== undefined || shared(c) !== undefined, {
        otherwise: (c) => endIfClosed(this.conversation, c, shown, () => refuse(c, shown, options.typed ? (choices.length ? 'use-buttons-or-words' : 'use-words') : 'use-buttons', options.typed ? [] : typedChoices(options), options.aside)),
      })
      .and((c) => typedLeave(c, shown) !== undefined || typedLabel(c) >= 0 || shared(c) !== undefined || typed(c)?.error === undefined, { otherwise: (c) => hintBelow(c, c.t(typed(c)!.error!, typed(c)!.vars)) });
    if (isShowAgain(answer)) return showAgain(this.conversation, answer, this.asked.at(-1)!, shown.messageId);
    await endIfClosedTyped(this.conversation, answer, shown, options.shown !== undefined);
    if (shared(answer) !== undefined) return shared(answer)!; // before a label («изменить имя» is not «✎ Изменить», W30-04)
    const labelled = typedLeave(answer, shown) ? -1 : typedLabel(answer);
    if (labelled >= 0) return typedChoices(options)[labelled]!.value;
    const result = typedLeave(answer, shown) ? undefined : typed(answer);
    if (result?.value !== undefined) {
      this.answers[shown.token] = answer.message!.text!.trim();
      return result.value;
    }
    const value = await this.pressed(answer, options.backAnswers, typedLeave(answer, shown));
    if (value === options.backAnswers) return value;
    const choice = choices[Number(value)];
    if (!/^\d+$/.test(value) || !choice) throw new Error('unreachable: isPressOn checks the index');
    return choice.value;
  }

  /** Toggles any of `choices` (✓ marks them) on one message, then Done; returns the chosen values. `record`: AskOptions.record of what was chosen. */
  async many(text: string, choices: Choice[], options: { columns?: number; initial?: string[]; record?: (picked: string[]) => string } = {}): Promise<string[]> {
    const chosen = new Set(options.initial ?? []);
    const columns = options.columns ?? 1;
    const buttons = toggleButtons(choices, chosen, columns, this.ctx.t('cls-done'), (label) => this.ctx.t('ticked', { label }));
    // Coming back with Back, the ticks are as they were left, not `initial` again.
    const shown = await this.show(text, undefined, buttons, { chosen, values: choices.map((c) => c.value) });
    for (;;) {
      const press = await this.conversation
        .waitUntil((c) => !isForeignButton(c), { next: true })
        .and((c) => isPressOn(shown, c, choices.length, true) || typedOnPicker(c, shown) !== undefined, { otherwise: (c) => refuse(c, shown) });
      const value = typedOnPicker(press, shown) ?? parse(press.callbackQuery!.data!).value;
      if (value === DONE && chosen.size === 0) {
        await answerPress(press, press.t('cls-pick-one'));
        continue;
      }
      if (value !== DONE && value !== BACK && value !== CANCEL) {
        const choice = choices[Number(value)]!.value;
        if (!chosen.delete(choice)) chosen.add(choice);
        await press.answerCallbackQuery();
        await press.editMessageReplyMarkup({ reply_markup: this.keyboard(shown.token, shown.backTo ?? shown.back, buttons) });
        continue;
      }
      const picked = choices.map((c) => c.value).filter((v) => chosen.has(v));
      // For a Back from a later question: this one is asked again with these ticks; left above, it reads `record`.
      if (value === DONE) [this.answers[shown.token], this.record] = [picked, options.record?.(picked)];
      await this.pressed(press, undefined, typedOnPicker(press, shown));
      return picked;
    }
  }

  /**
   * Asks with a reply keyboard (request_location / request_contact buttons,
   * Back and Cancel as its last row) and waits until `accept` takes a message;
   * `hint` re-asks. Always a new message: a reply keyboard cannot be edited in.
   */
  async withReplyKeyboard<T>(text: string, keyboard: Keyboard, accept: (ctx: SceneContext) => T | undefined, hint: (ctx: SceneContext) => string): Promise<T> {
    this.asked.push(this.conversation.checkpoint());
    this.count++;
    this.menuReplaced = true;
    this.afterNote = false;
    this.record = undefined;
    await this.ctx.reply(text, { reply_markup: keyboard });
    await this.conversation.external((outer) => menuGone.set(outer.chatId!));
    const answer = await this.conversation
      .waitUntil((c) => !isForeignButton(c), { next: true })
      .and((c) => c.message !== undefined || isShowAgain(c), { otherwise: (c) => c.answerCallbackQuery({ text: c.t('button-outdated') }) })
      .and((c) => !isForwarded(c), { otherwise: (c) => hintBelow(c, c.t('answer-not-forwarded'), { reply_markup: keyboard }) })
      .and((c) => isShowAgain(c) || said(c, 'btn-back') || said(c, 'btn-cancel') || accept(c) !== undefined, {
        otherwise: (c) => hintBelow(c, hint(c), { reply_markup: keyboard }),
      });
    if (isShowAgain(answer)) return showAgain(this.conversation, answer, this.asked.at(-1)!);
    if (said(answer, 'btn-cancel')) return this.cancel();
    if (said(answer, 'btn-back')) return this.back();
    // These keyboards are one-time: a press on one of their buttons (Skip, the shared phone or point) hides it
    // in the person's app. A typed answer leaves it up, under the next question, which then takes it away.
    this.replyKeyboardLeft = !pressedOn(keyboard, answer);
    return accept(answer)!;
  }

  /**
   * Asks for a message that is not a typed answer (a file): Back and Cancel
   * as buttons under the question; `accept` takes the message or, when it
   * returns undefined, `hint` answers and the question waits on.
   */
  async receive<T>(text: string, accept: (ctx: SceneContext) => T | undefined, hint: (ctx: SceneContext) => string, options: { back?: boolean } = {}): Promise<T> {
    const shown = await this.show(text, options.back, () => undefined);
    const answer = await this.conversation
      .waitUntil((c) => !isForeignButton(c), { next: true })
      .and((c) => isPressOn(shown, c, 0) || c.message !== undefined, { otherwise: (c) => refuse(c, shown) })
      .and((c) => c.callbackQuery !== undefined || typedLeave(c, shown) !== undefined || accept(c) !== undefined, { otherwise: (c) => hintBelow(c, hint(c)) });
    if (answer.callbackQuery || typedLeave(answer, shown)) {
      await this.pressed(answer, undefined, typedLeave(answer, shown)); // only Back and Cancel are on this question: both leave
      throw new Error('unreachable: isPressOn lets only Back and Cancel through');
    }
    return accept(answer)!;
  }

  /** The question just answered loses its buttons: the flow goes on below it with messages of another kind (map pins). */
  async closePressed(): Promise<void> {
    const target = await this.conversation.external((outer) => pressedQuestion(outer));
    if (target) await closeQuestion(this.ctx, target);
  }

  /** Something other than text was sent below the last question (a file): the next question comes below it. */ noteSent() {
    this.afterNote = true;
  }

  /** A message in the middle of a flow (a preview, a hint); the next question comes below it. */
  async note(text: string, other: Parameters<Context['reply']>[1] = {}) {
    this.afterNote = true;
    // A note with a keyboard of its own (the main menu back after the map) has replaced the one left up.
    const markup = other.reply_markup;
    if (markup && ('keyboard' in markup || 'remove_keyboard' in markup)) this.replyKeyboardLeft = false;
    return this.ctx.reply(text, other);
  }

  /**
   * The flow's last message. After a press it replaces the question in place;
   * when a reply keyboard replaced the main menu, it comes as a new message that
   * brings the menu back (and the pressed question loses its buttons).
   * Returns where it ended, for a message that is updated later (broadcast progress).
   */
  async finish(text: string, inline?: InlineKeyboard): Promise<{ chatId: number; messageId: number }> {
    const { pressed, atBottom, menuGone: gone } = await this.conversation.external((outer) => ({
      pressed: pressedQuestion(outer),
      atBottom: unlessHintedBelow(pressedQuestion(outer)) !== undefined,
      // Also after a Back past the reply keyboard's question: the rewind forgot it, the chat did not.
      menuGone: menuGone.has(outer.chatId!),
    }));
    const target = this.afterNote || !atBottom ? undefined : pressed;
    const menuReplaced = this.menuReplaced || gone;
    if (target && (!menuReplaced || inline) && (await editQuestion(this.ctx, target, text, inline))) return target;
    // The last message comes below: the question answered keeps no live buttons above it (nor instructions for them).
    if (pressed) await closeQuestion(this.ctx, pressed, this.record);
    const sent = await this.ctx.reply(text, { reply_markup: inline ?? mainMenu(this.ctx) });
    if (!inline) await this.conversation.external(() => menuGone.clear(sent.chat.id));
    return { chatId: sent.chat.id, messageId: sent.message_id };
  }

  /** A point to come back to with rewindTo (taken before the question to ask again). */
  mark = (): Checkpoint => this.conversation.checkpoint();
  /** An answer given in words before its question (walk30 W30-11): taken, undefined on a Back to it; Back from the next question asks it. */
  given = (value: string) => takeGiven(this.conversation, this.asked, value, () => this.count++);

  /** Says why (a note), then goes back to the mark: its question is asked again, below the note. */
  async rewindTo(mark: Checkpoint, note: string): Promise<never> {
    await this.ctx.reply(note);
    await this.conversation.external((outer) => void notedBeforeRewind.add(outer));
    return this.conversation.rewind(mark);
  }

  /** Says "cancelled", brings the main menu back and ends the conversation. */
  async cancel(): Promise<never> {
    await this.finish(this.ctx.t('cancelled'));
    return this.conversation.halt();
  }

  /** Goes back to the question asked before this one. */
  private async back(): Promise<never> {
    const previous = this.asked.at(-2);
    if (!previous) return this.cancel();
    await this.conversation.external((outer) => void answersBeforeBack.set(outer, this.answers));
    return this.conversation.rewind(previous);
  }

  /** Answers the press (or Back / Cancel `typed`); Cancel leaves from here, and Back unless it `backAnswers`; any other value is returned. */
  private async pressed(press: SceneContext, backAnswers?: string, typed?: string): Promise<string> {
    const value = typed ?? parse(press.callbackQuery!.data!).value;
    if (!typed) await press.answerCallbackQuery();
    if (value === CANCEL) return this.cancel();
    if (value === BACK) return backAnswers ?? this.back();
    return value;
  }

  /**
   * Sends or edits in the question. `current` (typed questions) is shown under it, or what was typed
   * before a Back; `chosen` (many) is set to what was ticked before a Back, when one of `values`.
   */
  private async show(
    text: string,
    back: boolean | undefined,
    buttons: Buttons,
    before: { current?: string; chosen?: Set<string>; values?: string[] } = {},
  ): Promise<Shown> {
    const { current, chosen, values = [] } = before;
    this.record = undefined;
    this.asked.push(this.conversation.checkpoint());
    const token = (this.count++).toString(36);
    const first = this.asked.length === 1;
    const canGoBack = back !== false && !first;
    // The first question of a flow started from a screen: Back is that screen's button, and may replace that screen.
    const backTo = back !== false && first ? this.origin?.back : undefined;
    const inPlaceOf = first && this.origin?.inPlace === true;
    const { pressed, typedBefore, chosenBefore } = await this.conversation.external((outer) => ({
      pressed: notedBeforeRewind.has(outer) ? undefined : unlessHintedBelow(pressedQuestion(outer) ?? (inPlaceOf ? pressedMessage(outer) : undefined)),
      ...answerBeforeBack(outer, token, { typed: current !== undefined, ...(chosen ? { values } : {}) }),
    }));
    if (chosen && chosenBefore) {
      chosen.clear();
      for (const value of chosenBefore) chosen.add(value);
    }
    const keyboard = this.keyboard(token, backTo ?? canGoBack, buttons);
    const shownValue = current === undefined ? undefined : (typedBefore ?? current);
    if (shownValue) text += `\n${this.ctx.t('answer-current', { value: shownValue })}`;
    const target = this.afterNote ? undefined : pressed;
    this.afterNote = false;
    const shown = { token, back: canGoBack, first, ...(backTo ? { backTo } : {}) };
    if (target && (await editQuestion(this.ctx, target, text, keyboard))) return { messageId: target.messageId, ...shown };
    if (this.replyKeyboardLeft) {
      this.replyKeyboardLeft = false;
      return { messageId: await sendRemovingKeyboard(this.ctx, text, keyboard), ...shown };
    }
    const sent = await this.ctx.reply(text, { reply_markup: keyboard });
    return { messageId: sent.message_id, ...shown };
  }

  private keyboard = (token: string, back: boolean | string, buttons: Buttons) =>
    questionKeyboard(token, back, buttons, { back: this.ctx.t('btn-back'), cancel: this.ctx.t('btn-cancel') });
}

import type { TestUser } from './test-user.js';

/**
 * The steps of the Russian join flow, in order; each names the answer given at it.
 * `place` and `name` are no taps any more (the town is chosen on the center
 * question, the Telegram name is confirmed on the summary): they stay so that
 * `from` / `to` written for them keep meaning the same point of the walk.
 */
export const JOIN_STEPS = ['menu', 'course', 'place', 'town', 'center', 'time', 'consent', 'name', 'phone', 'confirm'] as const;
export type JoinStep = (typeof JOIN_STEPS)[number];

export interface JoinAnswers {
  /** Course button (default 'Основы компьютерной грамотности'). */
  course?: string | RegExp;
  /** Town button (default 'Кемерово'). */
  town?: string | RegExp;
  /** Center button (default the first one offered). */
  center?: string | RegExp;
  /** Time-of-day button (default 'Утром'). */
  time?: string;
  /** A phone to share as a contact; without it the citizen skips the phone. */
  phone?: string;
  /** The center was chosen before the flow (its card, a partner of one center): no town or center is asked. */
  centerChosen?: boolean;
  /** Answer steps `from`..`to` only (both inclusive): to stop in the middle, or go on after a restart. */
  from?: JoinStep;
  to?: JoinStep;
}

/**
 * "A citizen joins the waiting list": the one scripted walk through the join
 * flow that tests share, pressing the buttons the bot sent (by town; the name
 * Telegram gave is kept). Eight taps from /start (test/scenes/join-taps.spec.ts counts them). When the flow's buttons change, change them here.
 *
 * @example
 * await ivan.text('/start');
 * await joinWaitlist(ivan, { course: 'Госуслуги онлайн', town: 'Прокопьевск', to: 'phone' }); // at the summary
 * await joinWaitlist(ivan, { from: 'confirm' });
 * expect(ivan.lastText()).toContain('Ваше место в очереди: 1.');
 */
export async function joinWaitlist(user: TestUser, answers: JoinAnswers = {}): Promise<void> {
  const steps: Record<JoinStep, () => Promise<unknown>> = {
    menu: () => user.tap('📝 Записаться на курс'),
    course: () => user.press(answers.course ?? 'Основы компьютерной грамотности'),
    place: async () => undefined,
    town: () => user.press(answers.town ?? 'Кемерово'),
    // A town of one center takes it without a question (walk s22 W22-03): the time of day is asked straight away.
    center: async () => (user.buttonLabels().includes('Утром') ? undefined : user.press(answers.center ?? user.buttonLabels()[0]!)),
    time: () => user.press(answers.time ?? 'Утром'),
    name: async () => undefined,
    // A citizen who joined before is not asked for the phone again, nor for consent to the same text.
    phone: async () => (!user.replyButtons().some((b) => b.request_contact) ? undefined : answers.phone ? user.contact(answers.phone) : user.tap('Пропустить')),
    consent: async () => (user.buttonLabels().includes('✓ Даю согласие') ? user.press('✓ Даю согласие') : undefined),
    confirm: () => user.press('✓ Всё верно, записаться'),
  };
  const from = JOIN_STEPS.indexOf(answers.from ?? 'menu');
  const to = JOIN_STEPS.indexOf(answers.to ?? 'confirm');
  const skipped: JoinStep[] = answers.centerChosen ? ['town', 'center'] : [];
  for (const step of JOIN_STEPS.slice(from, to + 1)) if (!skipped.includes(step)) await steps[step]();
}

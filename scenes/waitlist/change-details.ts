import { createConversation } from '@grammyjs/conversations';
import { Keyboard } from 'grammy';
import { TIMES_OF_DAY, type TimeOfDay } from '../../src/db/models/waitlist-entry.js';
import { findCourse } from '../../src/domain/catalog.js';
import { myDetails, setOwnPhone, setTimeOfDay } from '../../src/domain/my-details.js';
import { phoneToRead } from '../../src/domain/phone.js';
import { sameAsLabel } from '../../src/domain/text.js';
import { seatsToMove } from '../../src/domain/group-time-move.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext, TranslateFlavor } from '../shared/context.js';
import { Questions } from '../shared/questions.js';
import { phoneHint, readPhone } from './join-phone.js';
import { changeGroupTime } from './change-group-time.js';
import { placesBackData } from './move-center.js';
import { timeOfDayOptions } from '../shared/question-options.js';

export const CHANGE_DETAILS = 'change-details';

/** "For every list" among the lists to change the time of (no entry id looks like it). */
const ALL = 'all';

/**
 * "✎ Время или телефон" under "my place in line" (walk s22 W22-05): the time of day that suits the person, or their
 * phone, changed without losing their place; or a group at another time (change-group-time.ts). Back on the first
 * question shows "my place" again.
 */
async function changeDetails(deps: SceneDeps, conversation: SceneConversation, ctx: SceneContext) {
  const q = new Questions(conversation, ctx, { back: placesBackData.pack(''), inPlace: true });
  const citizenId = ctx.from!.id;
  const details = await conversation.external(() => myDetails(citizenId));
  const seats = await conversation.external(() => seatsToMove(citizenId, deps.now()));
  // The time of day is asked of lines she waits in; a seat in a group with a lesson to come may move to a group at
  // another time (walk34 W34-08). Always a question first, so Back returns to "my place" (it cancelled from the phone).
  const what = await q.ask(ctx.t(details.waiting > 0 ? 'details-what' : 'details-what-change'), {
    choices: [
      ...(details.waiting > 0 ? [{ label: ctx.t('details-time'), value: 'time' }] : []),
      ...(seats.length > 0 ? [{ label: ctx.t('details-btn-group-time'), value: 'group' }] : []),
      { label: ctx.t('details-phone'), value: 'phone' },
    ],
  });
  if (what === 'group') return changeGroupTime(deps, conversation, ctx, q, seats);

  if (what === 'time') {
    // Lists at different times are asked about one by one, or all at once (walk s28 W28-03: one list's time was
    // shown as "the" time, and the answer changed all five).
    const { lines } = details;
    const titles = await conversation.external(() => Promise.all(lines.map(async (l) => (await findCourse(l.courseId))?.title[ctx.locale] ?? l.courseId)));
    const differ = new Set(lines.map((l) => l.timeOfDay)).size > 1;
    const which = !differ
      ? ALL
      : await q.ask(ctx.t('details-time-which'), {
          choices: [
            ...lines.map((l, i) => ({ label: ctx.t('details-time-entry', { course: titles[i]!, time: l.timeOfDay }), value: l.entryId })),
            { label: ctx.t('details-time-all'), value: ALL },
          ],
        });
    const one = lines.findIndex((l) => l.entryId === which);
    const course = titles[one] ?? '';
    const now = one >= 0 ? lines[one]!.timeOfDay : lines[0]?.timeOfDay;
    const ask = one >= 0 ? ctx.t('details-time-ask-course', { course, now: ctx.t(`time-${now}`) }) : differ ? ctx.t('details-time-ask-all') : ctx.t('details-time-ask', { now: now ? ctx.t(`time-${now}`) : '' });
    const timeOfDay = (await q.ask(ask, timeOfDayOptions(ctx, TIMES_OF_DAY))) as TimeOfDay;
    await conversation.external(() => setTimeOfDay(citizenId, timeOfDay, one >= 0 ? which : undefined));
    const chosen = ctx.t(`time-${timeOfDay}`);
    if (one >= 0) return q.finish(ctx.t('details-time-done-course', { now: chosen, course }));
    return q.finish(lines.length > 1 ? ctx.t('details-time-done-all', { now: chosen, count: lines.length }) : ctx.t('details-time-done', { time: timeOfDay }));
  }

  const current = details.phone ? phoneToRead(details.phone) : '';
  const phone = await q.withReplyKeyboard(
    ctx.t(current ? 'details-phone-ask' : 'details-phone-ask-none', { phone: current }),
    phoneKeyboard(ctx, !!current),
    // "Удалить телефон" (also typed) is no phone: null; otherwise the join's own reading of a number or a contact.
    (c) => (c.message?.text !== undefined && sameAsLabel(c.t('details-phone-remove')).test(c.message.text.trim()) ? null : (readPhone(c) ?? undefined)),
    (c) => c.t(phoneHint(c), { skip: 'no' }),
  );
  await conversation.external(() => setOwnPhone(citizenId, phone));
  return q.finish(phone ? ctx.t('details-phone-done', { phone: phoneToRead(phone) }) : ctx.t('details-phone-removed'));
}

/** "📱 Send my phone", "Remove my phone" (when there is one), Back, Cancel. */
function phoneKeyboard(ctx: TranslateFlavor, hasPhone: boolean): Keyboard {
  const keyboard = new Keyboard().requestContact(ctx.t('phone-button')).row();
  if (hasPhone) keyboard.text(ctx.t('details-phone-remove')).row();
  return keyboard.text(ctx.t('btn-back')).text(ctx.t('btn-cancel')).resized().oneTime();
}

export function changeDetailsScene(deps: SceneDeps) {
  return createConversation<SceneOuterContext, SceneContext>((conversation, ctx) => changeDetails(deps, conversation, ctx), CHANGE_DETAILS);
}

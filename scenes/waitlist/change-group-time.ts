import { GROUP_TIMES_OF_DAY, type GroupTimeOfDay } from '../../src/db/models/class-group.js';
import { findCourse } from '../../src/domain/catalog.js';
import { askToMoveGroup } from '../../src/domain/group-time-notices.js';
import { groupAtTime, moveToGroup, type SeatToMove } from '../../src/domain/group-time-move.js';
import { dropGroupWish } from '../../src/domain/group-time-wish.js';
import { offerVars } from '../../src/domain/offers.js';
import { groupRoom } from '../../src/domain/place-words.js';
import { seatFateOf } from '../../src/domain/seat-given-up.js';
import { clockTime, formatLessonTime, nearDay } from '../../src/domain/time.js';
import { nextLessonOf } from '../../src/domain/waitlist.js';
import type { SceneContext, SceneConversation, SceneDeps } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';

/**
 * «🔁 Группа в другое время» of "✎ Время или телефон" (walk34 W34-08): someone in a daytime group who now works days.
 * Which group (when she is in several), the time she wants, then the group of the course at that time with a free
 * seat at her center (one tap moves her; her old seat goes to the next in line), or, with none, a request to her
 * center's librarians while she keeps her seat (src/domain/group-time-move.ts says why not a place in line too).
 */
export async function changeGroupTime(deps: SceneDeps, conversation: SceneConversation, ctx: SceneContext, q: Questions, seats: SeatToMove[]) {
  const citizenId = ctx.from!.id;
  const titles = await conversation.external(() => Promise.all(seats.map(async (s) => (await findCourse(s.courseId))?.title[ctx.locale] ?? s.courseId)));
  const which =
    seats.length === 1
      ? seats[0]!.entryId
      : await q.ask(ctx.t('group-time-which-group'), {
          choices: seats.map((s, i) => ({ label: ctx.t('details-time-entry', { course: titles[i]!, time: s.groupTime }), value: s.entryId })),
        });
  const at = Math.max(0, seats.findIndex((s) => s.entryId === which));
  const [seat, course] = [seats[at]!, titles[at]!];
  const times = GROUP_TIMES_OF_DAY.filter((t) => t !== seat.groupTime);
  // A wish she made before (fix35f): said, and she may take it back.
  const wished = seat.wantsTime ? `\n\n${ctx.t('wish-said', { to: seat.wantsTime })}` : '';
  const answer = await q.ask(ctx.t('group-time-ask', { course, now: seat.groupTime }) + wished, {
    choices: [...times.map((t) => ({ label: ctx.t(`time-${t}`), value: t })), ...(seat.wantsTime ? [{ label: ctx.t('wish-drop'), value: 'drop', alone: true }] : [])],
    columns: 2,
  });
  if (answer === 'drop') {
    await conversation.external(() => dropGroupWish(citizenId, seat.entryId));
    return q.finish(ctx.t('wish-dropped'));
  }
  const time = answer as GroupTimeOfDay;

  const found = await conversation.external(async () => {
    const groupId = await groupAtTime(citizenId, seat.entryId, time, deps.now());
    // What her old seat becomes (offered on, or only freed), said before she moves and after.
    return groupId ? { groupId, seat: (await seatFateOf(seat.entryId, deps.now())) === 'offered-on' ? 'next' : 'free', vars: await offerVars(groupId, ctx.locale, undefined, deps.now()) } : null;
  });
  const options = deps.offers;
  if (!found) {
    await q.ask(ctx.t('group-time-none', { course, to: time }), { choices: [{ label: ctx.t('group-time-ask-librarian'), value: 'ask' }] });
    const asked = await conversation.external(() => askToMoveGroup(citizenId, seat.entryId, time, deps.now(), options));
    return q.finish(asked ? ctx.t('group-time-asked', { to: time }) : ctx.t('button-outdated'));
  }
  await q.ask(ctx.t('group-time-found', { ...found.vars, to: time, seat: found.seat }), { choices: [{ label: ctx.t('group-time-move-yes'), value: 'yes' }] });
  const moved = await conversation.external(async () => {
    const result = await moveToGroup(citizenId, seat.entryId, found.groupId, deps.now(), options);
    const next = result === 'moved' ? await nextLessonOf(citizenId, seat.entryId, deps.now()) : undefined;
    if (!next) return { result };
    // Tonight's lesson as "сегодня в 18:00", as "my place" says it (walk s22 W22-25).
    const near = nearDay(next.startsAt, deps.now(), next.timeZone);
    const when = near ? ctx.t(`place-when-${near}`, { time: clockTime(next.startsAt, next.timeZone) }) : formatLessonTime(next.startsAt, next.timeZone, ctx.locale);
    return { result, when, room: groupRoom(next, ctx.locale) };
  });
  if (moved.result === 'full') return q.finish(ctx.t('group-time-move-full'));
  if (moved.result !== 'moved') return q.finish(ctx.t('button-outdated'));
  return q.finish(ctx.t('group-time-moved', { course, to: time, when: moved.when ?? '', room: moved.room ?? '', seat: found.seat }));
}

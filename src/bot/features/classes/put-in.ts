import { answererName } from '../../../domain/call-answers.js';
import { groupSummary } from '../../../domain/classes.js';
import { moveByStaff, wishersFor, type GroupWisher } from '../../../domain/group-time-wish.js';
import { seatFateOf } from '../../../domain/seat-given-up.js';
import { enrolByStaff, lineFor, putInGone, putInGroup, type LinePerson, type PutInGroup } from '../../../domain/staff-enrolment.js';
import { formatLessonTime } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { pageOf, type Page, type PagingOptions } from '../../menus/paging.js';
import { compactId, count, objectId, payloadCodec } from '../../menus/payload.js';
import { pageCounter, ViewMenu, type MenuContext } from '../../menus/view-menu.js';
import { namesakeMarks, withMark } from '../../menus/toggle-label.js';
import { groupLabels } from './group-labels.js';
import { rosterMenu } from './groups.js';

// ---- A group's card → "➕ Записать человека" (walk s22 W22-12): the people in this group's line, in its order,
// paged; one of them → a confirmation saying how many wait ahead → enrolled at once (src/domain/staff-enrolment.ts).
// Above the line, while a seat is free: people of another group of the course who asked for this time of day (fix35f),
// moved here by the same move as their own tap (src/domain/group-time-wish.ts).
// Every press passes the staff guard and loads the group through the presser's own centers (putInGroup).
// Menu ids: pi (the pick), pk (the confirmation).

/** One of the line, or one who asked to move here from a group at `wishFrom` (fix35f). */
type Pickable = LinePerson & { wishFrom?: string };

interface PickView { group: PutInGroup; short: string; start: string; page: Page<Pickable>; list: number; wishes: boolean }

/** Someone who asked for this group's time of day, as the list shows her. */
const asPickable = (w: GroupWisher): Pickable => ({
  entryId: w.seat.entryId, citizenId: w.citizenId, name: w.name, telegram: w.telegram, ahead: 0, wishFrom: w.seat.groupTime,
  ...(w.phone ? { phone: w.phone } : {}), ...(w.blocked ? { blocked: w.blocked } : {}),
});

/** Who can be put in now: anyone while a seat is free (those asking to move here first); one a seat of this group is offered to in any case. */
function pickable(group: PutInGroup, line: LinePerson[], wishers: GroupWisher[]): Pickable[] {
  const movers = group.freeSeats > 0 ? wishers.map(asPickable) : [];
  const people: Pickable[] = [...movers, ...line.filter((p) => p.offer === 'here' || group.freeSeats > 0)];
  // Namesakes carry their phone's end, or their number in this list, here and on the confirmation (probe31 M2).
  const marks = namesakeMarks(people);
  return people.map((p, i) => ({ ...p, name: withMark(p.name, marks[i]!) }));
}

const PICK_PAGING: PagingOptions<Pickable> = { line: () => '', frame: 0, perPage: 8 };

async function labelsOf(ctx: BotContext, group: PutInGroup) {
  const summary = await groupSummary(group.id);
  const labels = summary ? await groupLabels(ctx, summary) : undefined;
  return { short: labels?.short ?? group.courseId, start: formatLessonTime(group.firstLesson, group.timeZone, ctx.locale) };
}

async function loadPick(ctx: BotContext, p: { group: string; page: number; list: number }): Promise<PickView | null> {
  const group = await putInGroup(ctx.role!, p.group, ctx.deps.now());
  if (!group) return null;
  const people = pickable(group, await lineFor(group.id), await wishersFor(group.id, ctx.deps.now()));
  return { group, ...(await labelsOf(ctx, group)), page: pageOf(people, p.page, PICK_PAGING), list: p.list, wishes: people.some((x) => x.wishFrom) };
}

const personLabel = (ctx: BotContext, p: Pickable) =>
  p.wishFrom ? ctx.t('putin-wisher', { name: p.name, from: p.wishFrom }) : p.offer ? ctx.t(p.offer === 'here' ? 'cls-putin-person-held' : 'cls-putin-person-elsewhere', { name: p.name }) : ctx.t('cls-putin-person', { name: p.name, place: p.place ?? 0 });

const backToRoster = (pressed: MenuContext, group: string, list: number) => rosterMenu.show(pressed, { group, page: 0, list });

export const putInPickMenu = new ViewMenu<PickView, { group: string; page: number; list: number }>({
  id: 'pi',
  guard: requireStaff(),
  payload: payloadCodec({ group: objectId, page: count, list: count }),
  payloadOf: (v) => ({ group: v.group.id, page: v.page.index, list: v.list }),
  load: loadPick,
  names: { people: (v) => v.page.items.map((p) => p.citizenId), reopen: '/classes', always: true },
  text: (ctx, v) =>
    [
      ctx.t('cls-putin-pick-head', { short: v.short, start: v.start, free: v.group.freeSeats }),
      ctx.t(v.page.items.length ? 'cls-putin-pick' : 'cls-putin-nobody'),
      v.wishes ? ctx.t('putin-wishers') : '',
      pageCounter(ctx, v.page),
    ]
      .filter(Boolean)
      .join('\n'),
  buttons: (b, v, ctx) => {
    for (const p of v.page.items) {
      b.text(personLabel(ctx, p), (pressed) => putInConfirmMenu.show(pressed, { group: v.group.id, entry: p.entryId, page: v.page.index, list: v.list })).row();
    }
    b.pages(v.page, async (pressed, index) => {
      const next = await loadPick(pressed, { group: v.group.id, page: index, list: v.list });
      if (next) await putInPickMenu.edit(pressed, next);
    });
    b.text(ctx.t('btn-back'), (pressed) => backToRoster(pressed, v.group.id, v.list));
  },
});

interface ConfirmView { group: PutInGroup; short: string; start: string; person: Pickable; page: number; list: number; seat?: 'next' | 'free' }

async function loadConfirm(ctx: BotContext, p: { group: string; entry: string; page: number; list: number }): Promise<ConfirmView | null> {
  const group = await putInGroup(ctx.role!, p.group, ctx.deps.now());
  if (!group) return null;
  // Someone no longer in this group's line (enrolled, gone, another center's: a forged button) is not found.
  const person = pickable(group, await lineFor(group.id), await wishersFor(group.id, ctx.deps.now())).find((x) => x.entryId === p.entry);
  if (!person) return null;
  // A move: what the seat she leaves becomes (offered on, or only freed), said before the librarian decides.
  const seat = person.wishFrom ? ((await seatFateOf(person.entryId, ctx.deps.now())) === 'offered-on' ? 'next' : 'free') : undefined;
  return { group, ...(await labelsOf(ctx, group)), person, page: p.page, list: p.list, ...(seat ? { seat } : {}) };
}

function confirmText(ctx: BotContext, v: ConfirmView): string {
  const p = v.person;
  if (p.wishFrom) return [ctx.t('putin-move-confirm', { name: p.name, short: v.short, start: v.start, from: p.wishFrom, seat: v.seat ?? 'next' }), howTold(ctx, p)].join('\n');
  const turn = p.offer ? ctx.t(`cls-putin-offer-${p.offer}`) : ctx.t('cls-putin-ahead', { ahead: p.ahead });
  // A group already begun: how much they would miss, said before she decides.
  const missed = v.group.missed > 0 ? ctx.t('cls-putin-missed', { missed: v.group.missed, lessons: v.group.lessons }) : '';
  return [ctx.t('cls-putin-confirm', { name: p.name, short: v.short, start: v.start }), missed, turn, howTold(ctx, p)].filter(Boolean).join('\n');
}

/** How the person learns of the first lesson: the bot, or the librarian (no Telegram, or the bot blocked: probe s23 M8). */
function howTold(ctx: BotContext, p: LinePerson): string {
  if (p.telegram) return ctx.t('cls-putin-telegram');
  if (!p.blocked) return ctx.t('cls-putin-phone');
  return p.blocked.phone ? ctx.t('putin-blocked-call', { phone: p.blocked.phone }) : ctx.t('putin-blocked-no-phone');
}

export const putInConfirmMenu = new ViewMenu<ConfirmView, { group: string; entry: string; page: number; list: number }>({
  id: 'pk',
  guard: requireStaff(),
  payload: payloadCodec({ group: compactId, entry: compactId, page: count, list: count }),
  payloadOf: (v) => ({ group: v.group.id, entry: v.person.entryId, page: v.page, list: v.list }),
  load: loadConfirm,
  // Pressed twice, or her group filled since the confirmation was drawn: said so, not «нет доступа» (probe37).
  goneKey: async (ctx, p) => ({ here: 'putin-here', full: 'cls-putin-full', 'not-found': 'cls-not-found' })[await putInGone(ctx.role!, p.group, p.entry, ctx.deps.now())],
  names: { people: (v) => [v.person.citizenId], reopen: '/classes', always: true },
  text: confirmText,
  buttons: (b, v, ctx) => {
    if (v.person.wishFrom) {
      b.text(ctx.t('putin-move-yes'), (pressed) => moveHere(pressed, v)).row();
      b.text(ctx.t('btn-back'), (pressed) => putInPickMenu.show(pressed, { group: v.group.id, page: v.page, list: v.list }));
      return;
    }
    b.text(ctx.t('cls-putin-yes'), async (pressed) => {
      const actor = { id: pressed.from.id, name: await answererName(pressed.from.id, pressed.from.first_name) };
      const result = await enrolByStaff(pressed.role!, actor, v.group.id, v.person.entryId, pressed.deps.now(), pressed.deps.offers);
      await backToRoster(pressed, v.group.id, v.list);
      const call = v.person.blocked ? `\n${howTold(pressed, v.person)}` : '';
      const notice = result === 'enrolled' ? pressed.t('cls-putin-done', { name: v.person.name }) + call : pressed.t(`cls-putin-${result}`);
      await pressed.answerCallbackQuery({ text: notice, show_alert: true }).catch(() => undefined);
    }).row();
    b.text(ctx.t('btn-back'), (pressed) => putInPickMenu.show(pressed, { group: v.group.id, page: v.page, list: v.list }));
  },
});

/** «✅ Перевести»: she moves here, her old seat goes to the next in line, she is told (src/domain/group-time-wish.ts). */
async function moveHere(pressed: MenuContext, v: ConfirmView) {
  const result = await moveByStaff(pressed.role!, pressed.from.id, v.group.id, v.person.entryId, pressed.deps.now(), pressed.deps.offers);
  await backToRoster(pressed, v.group.id, v.list);
  const notice = result === 'moved' ? pressed.t('putin-moved', { name: v.person.name }) : pressed.t(result === 'gone' ? 'putin-move-gone' : `cls-putin-${result}`);
  await pressed.answerCallbackQuery({ text: notice, show_alert: true }).catch(() => undefined);
}

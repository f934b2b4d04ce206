import { Composer, type MiddlewareFn } from 'grammy';
import { markAsked, type AskedAnswer } from './asked.js';
import { findCourse } from '../../domain/catalog.js';
import { readLeaveWish } from '../../domain/leave-words.js';
import { labelsMeant, wordsTyped } from '../../domain/text.js';
import { listActiveEntries, type EntryView } from '../../domain/waitlist.js';
import type { BotContext } from '../context.js';
import { objectId, payloadCodec } from '../menus/payload.js';
import { closeWithText, ViewMenu } from '../menus/view-menu.js';
import { askedToLeave, askedToRelease } from './leave-in-words.js';
import { MOVE_CENTER, type MoveFrom } from '../../../scenes/waitlist/move-center.js';
import { entryButtons, leaveMenu, loadPlaces, ownEntry, placesMenu, releaseMenu, type Described, type LeaveView } from './waitlist.js';

/**
 * What a citizen types about one of their entries, outside any flow (walk28 W28-24): «выйти из очереди на госуслуги»
 * asks to leave that line (or to give up that seat), and a course's name right after "My place in line" opens that
 * entry alone, with its buttons. Menu we (one entry).
 */

/** Words that ask to leave a line, before the course's name. */
const LEAVE = /^(?:я )?(?:хочу |можно |прошу )?(?:выйти|уйти|выписаться|отписаться)(?: из (?:очереди|списка|группы))?|^(?:отменить|удалить) запись|^(?:i want to |please )?leave(?: the (?:list|line|queue|waiting list|group))?/;
/** "на курс", "по", "for the course": before a course's name, not part of it. */
export const COURSE_LEAD = /^(?:(?:на|по|с|от|for|of|from|on|in) )?(?:(?:the )?(?:курс|курса|курсе|course) )?/;

/** The person's active entries, each with its course's title in their language. */
export async function entriesWithTitles(ctx: BotContext): Promise<Array<{ entry: EntryView; title: string }>> {
  const entries = await listActiveEntries(ctx.from!.id, ctx.deps.now());
  return Promise.all(entries.map(async (entry) => ({ entry, title: (await findCourse(entry.courseId))?.title[ctx.locale] ?? entry.courseId })));
}

/** The one entry whose course the words name (labelsMeant over the courses' titles); undefined when none or several. */
async function entryNamed(ctx: BotContext, words: string): Promise<EntryView | undefined> {
  const entries = await entriesWithTitles(ctx);
  const meant = labelsMeant(entries.map((e) => e.title), words);
  return meant.length === 1 ? entries[meant[0]!]!.entry : undefined;
}

/** "Leave the line for …?" for a waiting entry, "Give up your seat in …?" for a seat with a lesson to come; false: neither. */
export async function askToGiveUp(ctx: BotContext, entry: EntryView, lead?: string): Promise<boolean> {
  if (entry.status === 'waiting') {
    const view = await ownEntry(ctx, entry.id, 'waiting');
    if (!view) return false;
    askedToLeave(ctx, entry.id, (await leaveMenu.send(ctx, view)).message_id);
    return true;
  }
  const view: LeaveView | null = entry.status === 'enrolled' ? await releaseMenu.open(ctx, { entry: entry.id }) : null;
  if (!view) return false;
  askedToRelease(ctx, entry.id, (await releaseMenu.send(ctx, { ...view, lead })).message_id);
  return true;
}

/**
 * «Выйти из очереди на госуслуги»: that entry's question. Without a course named (or one not theirs), and for leaving
 * said in other words («хочу отписаться», «отказаться от места», «не буду ходить»: walk30 W30-10), the question of
 * the one entry that can be left, or with several the list with each one's button; with none, as before.
 */
export const entryWordsFeature = new Composer<BotContext>();
entryWordsFeature.on('message:text', async (ctx, next) => {
  const plain = wordsTyped(ctx.message.text);
  const lead = LEAVE.exec(plain)?.[0];
  const after = lead === undefined ? readLeaveWish(ctx.message.text)?.after : plain.slice(lead.length).trim();
  if (after === undefined) return next();
  const words = after.replace(COURSE_LEAD, '');
  const entry = words ? await entryNamed(ctx, words) : undefined;
  if (entry && (await askToGiveUp(ctx, entry))) return;
  const places = await loadPlaces(ctx);
  const leavable = (places?.entries ?? []).filter((e) => e.status === 'waiting' || (e.status === 'enrolled' && e.lessonAhead));
  if (leavable.length === 1 && (await askToGiveUp(ctx, leavable[0]!))) return;
  if (leavable.length < 2) return next();
  markAsked(ctx, { kind: 'places', message: (await placesMenu.send(ctx, places!)).message_id });
});

interface EntryScreen {
  entry: Described;
}

async function loadEntry(ctx: BotContext, entryId: string): Promise<EntryScreen | null> {
  const entry = (await loadPlaces(ctx))?.entries.find((e) => e.id === entryId);
  return entry ? { entry } : null;
}

/** One entry of "My place in line" in full, with its own buttons and a way back to all of them. */
const entryMenu = new ViewMenu<EntryScreen, { entry: string }>({
  id: 'we',
  payload: payloadCodec({ entry: objectId }),
  payloadOf: (v) => ({ entry: v.entry.id }),
  load: (ctx, p) => loadEntry(ctx, p.entry),
  goneKey: 'button-outdated',
  text: (_ctx, v) => v.entry.line,
  buttons: (b, v, ctx) => {
    entryButtons(b, [v.entry], ctx);
    b.row().text(ctx.t('entry-all'), async (pressed) => {
      const places = await loadPlaces(pressed);
      if (!places) return void (await closeWithText(pressed, pressed.t('place-none')));
      await placesMenu.edit(pressed, places);
      // The list again: a course's name typed next opens its entry, as after the list sent.
      markAsked(pressed, { kind: 'places', message: pressed.callbackQuery.message!.message_id });
    });
  },
});

/** The updates that came right after "My place in line" (menus are sent only after the flows: read there). */
const afterPlaces = new WeakSet<object>();

/** Before the flows: this update is the one right after "My place in line" (asked.ts); read by placesWordFeature. */
export const placesAnswer: AskedAnswer = (ctx, _asked, next) => {
  afterPlaces.add(ctx);
  return next();
};

/** A course's name typed right after "My place in line" («госуслуги», «на курс госуслуги») opens that entry. */
export const placesWordFeature: MiddlewareFn<BotContext> = async (ctx, next) => {
  const text = ctx.message?.text;
  if (!afterPlaces.has(ctx) || text === undefined || text.startsWith('/')) return next();
  const words = wordsTyped(text).replace(COURSE_LEAD, '');
  const entry = words ? await entryNamed(ctx, words) : undefined;
  const screen = entry ? await loadEntry(ctx, entry.id) : null;
  if (!screen) return next();
  markAsked(ctx, { kind: 'places', message: (await entryMenu.send(ctx, screen)).message_id });
};

/** «Сменить центр», «перейти в другой центр», «change the library»: before a course's name, if any. */
const MOVE = /^(?:я )?(?:хочу |можно |надо )?(?:сменить|поменять|изменить|другой) (?:центр|библиотеку)|^(?:хочу )?перейти в другой центр|^(?:i want to )?(?:change|switch) (?:the |my )?(?:center|centre|library)|^move(?: to another (?:center|centre|library))?/;

/**
 * «Сменить центр» typed right after "My place in line" (walk29 W29-08: it opened the centers near): the entry's own
 * move, as its button, for the one entry that can move (or the one whose course is named too); else as before.
 */
export const placesMoveFeature: MiddlewareFn<BotContext> = async (ctx, next) => {
  const text = ctx.message?.text;
  const plain = text === undefined || !afterPlaces.has(ctx) ? '' : wordsTyped(text);
  const lead = MOVE.exec(plain)?.[0];
  if (lead === undefined) return next();
  const words = plain.slice(lead.length).trim().replace(COURSE_LEAD, '');
  const movable = ((await loadPlaces(ctx))?.entries ?? []).filter((e) => e.status === 'waiting' || (e.status === 'enrolled' && e.lessonAhead));
  const named = words ? await entryNamed(ctx, words) : undefined;
  const entry = named ? movable.find((e) => e.id === named.id) : movable.length === 1 ? movable[0] : undefined;
  if (!entry) return next();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(MOVE_CENTER, entry.id, 'notice' satisfies MoveFrom);
};

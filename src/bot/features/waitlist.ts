import { Composer, InlineKeyboard } from 'grammy';
import { describeCenter, findCenter, findCourse, findOpenCourse } from '../../domain/catalog.js';
import { addressAfter, centerInTownOf, centerWords } from '../../domain/center-names.js';
import { closedCenterData } from '../../domain/center-closure.js';
import { offerButtons, offerKey, openOffersOf } from '../../domain/offer-messages.js';
import { dropOfferCopiesButtons, rememberOfferCopies, shownCopyKey } from './offer-copies.js';
import { offerVars } from '../../domain/offers.js';
import { whoseRecord, whoseVars } from '../../domain/whose-record.js';
import { giveUpSeat, seatFateOf, type SeatFate } from '../../domain/seat-given-up.js';
import { clockTime, formatLessonTime, nearDay } from '../../domain/time.js';
import { centerOpensLine, closedCenterLine } from './center-day-lines.js';
import { groupRoom } from '../../domain/place-words.js';
import { findActiveEntry, leaveWaitlist, listActiveEntries, nextLessonOf, type EntryView } from '../../domain/waitlist.js';
import { coursePausedLine } from './course-paused-line.js';
import type { BotContext } from '../context.js';
import { menuButtonOrWords } from '../filters/menu-button.js';
import { asksAboutLessons, asksHowLong } from '../filters/menu-words.js';
import type { Translator } from '../i18n.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';
import { objectId, payloadCodec } from '../menus/payload.js';
import { SCREEN_WORDS, wordsOf } from '../menus/paging.js';
import { closeWithText, ViewMenu, type MenuButtons } from '../menus/view-menu.js';
import { keptBelowQuestion, releaseText } from './release-question.js';
import { CHANGE_DETAILS } from '../../../scenes/waitlist/change-details.js';
import { MOVE_CENTER, placesBackData, type MoveFrom } from '../../../scenes/waitlist/move-center.js';
import { askedToLeave, askedToRelease } from './leave-in-words.js';
import { markAsked } from './asked.js';

/**
 * "My place in line": every active entry with its position; move a waiting
 * entry to another center, or leave the list after a confirmation, in one
 * message. Each press reads the citizen's own entries again (by their id), so
 * another person's buttons show or change nothing. Menu ids: wl (list), wc (leave?), wr (give up the seat?).
 */

const ENTRY_KEYS: Record<string, string> = { waiting: 'place-entry', offered: 'place-entry-offered', enrolled: 'place-entry-enrolled' };
const WEEKS_IN_A_YEAR = 52;

/** `lessonAhead`: in a group with a lesson to come (only then can a seat be given up: probe s22 H2); `short`: the entry in
 * a few words, for a list too long to show in full (fix28a); `mid`: a group's line with its next lesson, kept first (W28-17). */
export type Described = EntryView & { line: string; short: string; mid: string; courseTitle: string; lessonAhead: boolean };

async function describe(ctx: BotContext, entry: EntryView): Promise<Described> {
  // A deactivated center is not in the citizens' catalog, but its name is still theirs to see.
  const [course, open, title] = await Promise.all([findCourse(entry.courseId), findCenter(entry.centerId), centerInTownOf(entry.centerId, ctx.locale)]);
  const courseTitle = course?.title[ctx.locale] ?? entry.courseId;
  const center = open ?? (await describeCenter(entry.centerId));
  const words = center ? centerWords(center, ctx.locale) : undefined;
  // The short line keeps the town: where one waits is what tells two lists apart (walk s28 W28-04).
  const vars = { course: courseTitle, center: title || entry.centerId, position: entry.position, town: words?.town ?? title };
  const closed = !open && entry.status === 'waiting';
  // A hidden center's day back (walk s21 W21-14); a new one's first day while it is ahead (walk34 W34-10).
  let line = closed ? closedCenterLine(ctx, center, vars) : ctx.t(ENTRY_KEYS[entry.status] ?? 'place-entry', vars) + (open && entry.status === 'waiting' ? centerOpensLine(ctx, open) : '');
  const short = ctx.t(closed ? 'place-short-closed' : `place-short-${entry.status}`, vars);
  // A place worse than last time (people who joined earlier came onto the line: a paper list, a declined seat) is said why.
  const seen = ctx.session.placesSeen?.[entry.id];
  if (entry.status === 'waiting' && !closed && seen !== undefined && seen < entry.position) line += `\n${ctx.t('place-moved-back', { was: seen })}`;
  // A course no longer offered keeps its line: said here too, not only in the notice (probe s23 L3), with its day back (W34-09).
  if (entry.status === 'waiting' && !(await findOpenCourse(entry.courseId))) line += `\n${coursePausedLine(ctx, course?.resumesOn)}`;
  // Past a year an estimate in weeks reads as a joke ("около 2 579 недель" at place 1,504: probe s22 L1).
  if (entry.estimatedWeeks !== undefined) line += `\n${entry.estimatedWeeks > WEEKS_IN_A_YEAR ? ctx.t('place-estimate-long') : ctx.t('place-estimate', { weeks: entry.estimatedWeeks })}`;
  // Enrolled: when and where the next lesson is (the question a person asks most, once in a group).
  const next = entry.status === 'enrolled' ? await nextLessonOf(ctx.from!.id, entry.id, ctx.deps.now()) : undefined;
  let mid = short;
  if (next) {
    // The room as staff typed it (Russian): its usual words in English for an English reader, as in the offer.
    const room = groupRoom(next, ctx.locale);
    // Tonight's lesson as "сегодня в 23:55", not a date to work out (walk s22 W22-25); tomorrow's likewise.
    const near = nearDay(next.startsAt, ctx.deps.now(), next.timeZone);
    const when = near ? ctx.t(`place-when-${near}`, { time: clockTime(next.startsAt, next.timeZone) }) : formatLessonTime(next.startsAt, next.timeZone, ctx.locale);
    // With the library's address: "where is it?" is asked as often as "when?" (walk s21 W21-10). Its town only when the
    // line's title above does not say it already (fix38c: «…, Мариинск: вы записаны… Адрес: Мариинск, …» said it twice).
    line += `\n${words ? ctx.t('place-next-lesson-address', { when, room, address: addressAfter(title, words) }) : ctx.t('place-next-lesson', { when, room })}`;
    // Short of room, a group still says when and where, without the address (walk s28 W28-17).
    mid = `${short}\n${ctx.t('place-next-lesson', { when, room })}`;
  }
  return { ...entry, line, short, mid, courseTitle, lessonAhead: next !== undefined };
}

/** `lead`: the answer to a typed question, above the list (walk s22 W22-04); gone when the list is drawn again. */
interface PlacesView { entries: Described[]; lead?: string; whose?: string }

export async function loadPlaces(ctx: BotContext): Promise<PlacesView | null> {
  const entries = await listActiveEntries(ctx.from!.id, ctx.deps.now());
  if (!entries.length) return null;
  const described = await Promise.all(entries.map((e) => describe(ctx, e)));
  ctx.session.placesSeen = Object.fromEntries(entries.filter((e) => e.status === 'waiting').map((e) => [e.id, e.position]));
  return { entries: described, ...whoseVars(await whoseRecord(ctx.from!.id)) };
}

/** Nearest first: a group, an offer, then the shortest wait (the lines kept in full when not all fit). */
const STATUS_RANK: Record<string, number> = { enrolled: 0, offered: 1, waiting: 2 };
const nearer = (a: Described, b: Described) =>
  (STATUS_RANK[a.status] ?? 3) - (STATUS_RANK[b.status] ?? 3) || (a.estimatedWeeks ?? Infinity) - (b.estimatedWeeks ?? Infinity) || a.position - b.position;

/**
 * A line per entry, within 60 words with what is above them: every line in full where they fit; else the
 * nearest in full while they fit and the others short; past even the short ones, as many as fit and "and N more".
 * Every entry keeps its buttons under the message (a citizen on five lists got 80 words: fix28a).
 */
function entryLines(ctx: BotContext, entries: Described[], above: string): string[] {
  const budget = SCREEN_WORDS - wordsOf(above);
  const fits = (lines: string[]) => wordsOf(lines.join('\n\n')) <= budget;
  const full = entries.map((e) => e.line);
  if (fits(full)) return full;
  const lines = entries.map((e) => e.short);
  if (!fits(lines)) {
    let shown = entries.length - 1;
    while (shown > 0 && !fits([...lines.slice(0, shown), ctx.t('place-more', { count: entries.length - shown })])) shown--;
    return [...lines.slice(0, shown), ctx.t('place-more', { count: entries.length - shown })];
  }
  // First every group's next lesson (when, where), then lines in full, nearest first (walk s28 W28-17: a group with
  // a lesson tomorrow was cut to "you are in a group" while waiting lines got their full lines).
  for (const form of [entries.map((e) => e.mid), full]) {
    for (const entry of [...entries].sort(nearer)) {
      const i = entries.indexOf(entry);
      const tried = lines.map((line, j) => (j === i ? form[i]! : line));
      if (fits(tried)) lines[i] = form[i]!;
    }
  }
  return lines;
}

/** `inFull`: every entry's whole line (to see whether an answer above still fits with them). */
const placesText = (ctx: BotContext, v: PlacesView, inFull = false) => {
  const head = [...(v.lead ? [v.lead] : []), ctx.t('place-header', whoseVars(v.whose))];
  return [...head, ...(inFull ? v.entries.map((e) => e.line) : entryLines(ctx, v.entries, head.join(' ')))].join('\n\n');
};

export const placesMenu = new ViewMenu<PlacesView, Record<string, never>>({
  id: 'wl',
  payload: payloadCodec({}),
  payloadOf: () => ({}),
  load: loadPlaces,
  goneKey: 'place-none',
  text: (ctx, v) => placesText(ctx, v),
  buttons: (b, v, ctx) => entryButtons(b, v.entries, ctx),
});

/** The buttons of these entries: move or leave a waiting one, give up a seat; then the time of day or the phone. */
export function entryButtons(b: MenuButtons, entries: Described[], ctx: BotContext) {
  for (const entry of entries.filter((e) => e.status === 'waiting')) {
    b.text(ctx.t('place-move', { course: entry.courseTitle }), async (pressed) => {
      await pressed.conversation.exitAll();
      await pressed.conversation.enter(MOVE_CENTER, entry.id);
    }).row();
    b.text(ctx.t('place-leave', { course: entry.courseTitle }), (pressed) => (askedToLeave(pressed, entry.id), leaveMenu.show(pressed, { entry: entry.id }))).row();
  }
  // In a group: the seat can be given up here too, not only from a first lesson's reminder (walk s21 #25).
  // Once the group's last lesson has begun there is no seat to give: "back in line at the old place" would put
  // someone who took the course ahead of everyone who joined after them (probe s22 H2).
  for (const entry of entries.filter((e) => e.status === 'enrolled' && e.lessonAhead)) {
    // Moving away: the seat given up to wait at another center, asked first (walk29 W29-08).
    b.text(ctx.t('place-move', { course: entry.courseTitle }), async (pressed) => {
      await pressed.conversation.exitAll();
      await pressed.conversation.enter(MOVE_CENTER, entry.id);
    }).row();
    b.text(ctx.t('place-release', { course: entry.courseTitle }), (pressed) => (askedToRelease(pressed, entry.id), releaseMenu.show(pressed, { entry: entry.id }))).row();
  }
  // The time of day that suits them, or a new phone, without losing the place (walk s22 W22-05).
  b.text(ctx.t('place-details'), async (pressed) => {
    await pressed.conversation.exitAll();
    await pressed.conversation.enter(CHANGE_DETAILS);
  });
}

/** "Give up your seat in …?": back in line at the old place, or off the list; the seat goes to the next person. Menu wr. */
export const releaseMenu = new ViewMenu<LeaveView, { entry: string }>({
  id: 'wr',
  payload: payloadCodec({ entry: objectId }),
  payloadOf: (v) => ({ entry: v.entryId }),
  load: async (ctx, p) => ((await nextLessonOf(ctx.from!.id, p.entry, ctx.deps.now())) ? ownEntry(ctx, p.entry, 'enrolled', true) : null),
  goneKey: 'button-outdated',
  text: (ctx, v) => releaseText(ctx, v),
  buttons: (b, v, ctx) => {
    for (const leave of [false, true]) {
      b.text(ctx.t(leave ? 'rem-btn-release-leave' : 'rem-btn-release-wait'), async (pressed) => {
        const released = await giveUpSeat(v.entryId, pressed.deps.now(), { ...pressed.deps.offers, leave });
        if (!released) return pressed.t('button-outdated');
        pressed.log.info({ leave }, 'seat given up from my place');
        await closeWithText(pressed, pressed.t(leave ? 'rem-released-leave' : 'rem-released-wait'));
      }).row();
    }
    b.text(ctx.t('release-keep'), async (pressed) => {
      if (await keptBelowQuestion(pressed, v)) return;
      const places = await loadPlaces(pressed);
      if (!places) return void (await closeWithText(pressed, pressed.t('rem-kept', whoseVars(v.whose))));
      await placesMenu.edit(pressed, places);
      // A message, not a passing notice a screen reader may never read (walk s22 W22-32); the list stays above it.
      await pressed.reply(pressed.t('rem-kept', whoseVars(v.whose)), { reply_markup: mainMenu(pressed) });
    });
  },
});

/** `lead`: the lesson a typed "не смогу прийти" meant, above the question (walk28 W28-24). `seat`: what becomes of it (seatFateOf). */
export interface LeaveView { entryId: string; course: string; lead?: string; seat?: SeatFate; whose?: string }

/** This person's own entry, still in `status`, with its course's title: what "leave?" and "give up the seat?" ask about. */
export async function ownEntry(ctx: BotContext, entryId: string, status: 'waiting' | 'enrolled', seatFate = false): Promise<LeaveView | null> {
  const entry = await findActiveEntry(ctx.from!.id, entryId);
  if (!entry || entry.status !== status) return null;
  const seat = seatFate ? await seatFateOf(entryId, ctx.deps.now()) : undefined;
  return { entryId, course: (await findCourse(entry.courseId))?.title[ctx.locale] ?? '', ...(seat ? { seat } : {}), ...whoseVars(await whoseRecord(ctx.from!.id)) };
}

export const leaveMenu = new ViewMenu<LeaveView, { entry: string }>({
  id: 'wc',
  payload: payloadCodec({ entry: objectId }),
  payloadOf: (v) => ({ entry: v.entryId }),
  load: (ctx, p) => ownEntry(ctx, p.entry, 'waiting'),
  goneKey: 'button-outdated',
  text: (ctx, v) => ctx.t('leave-confirm', { course: v.course, ...whoseVars(v.whose) }),
  buttons: (b, v, ctx) => {
    b.text(ctx.t('leave-yes'), async (pressed) => {
      const left = await leaveWaitlist(pressed.from.id, v.entryId, pressed.deps.now());
      if (!left) return pressed.t('button-outdated');
      await closeWithText(pressed, pressed.t('leave-done', { course: v.course }));
    });
    // No: back to the list with its buttons (the person came from it and may want another step), "you stay" as a toast.
    b.text(ctx.t('btn-no'), async (pressed) => {
      const places = await loadPlaces(pressed);
      if (!places?.entries.some((e) => e.status === 'waiting')) return void (await closeWithText(pressed, pressed.t('leave-kept')));
      await placesMenu.edit(pressed, places);
      return pressed.t('leave-kept');
    });
  },
});

/**
 * A seat offer the citizen still holds comes again under the list, with its
 * buttons: the first one may be far up the chat (or deleted), and an older
 * person should not have to scroll for it. The buttons are the offer's own.
 * A second message, since the list carries the main menu or its own buttons; an offer
 * past its time (the offers job has not moved it yet) is not sent again. The older copies lose their
 * buttons: one live offer in the chat (walk s21 W21-11).
 */
export async function sendOpenOffers(ctx: BotContext): Promise<void> {
  const copies: Record<string, number> = {};
  for (const offer of await openOffersOf(ctx.from!.id, ctx.deps.now())) {
    const keyboard = InlineKeyboard.from(offerButtons(offer.entryId).map((row) => row.map((b) => InlineKeyboard.text(ctx.t(b.text.key), b.data))));
    await dropOfferCopiesButtons(ctx, offer.entryId);
    const vars = await offerVars(offer.groupId, ctx.locale, offer.expiresAt, ctx.deps.now(), offer.timeOfDay);
    const sent = await ctx.reply(ctx.t(offerKey('offer', vars), vars), { reply_markup: keyboard });
    copies[shownCopyKey(offer)] = sent.message_id;
  }
  rememberOfferCopies(ctx, copies);
}

export function waitlistFeature(i18n: Translator) {
  const composer = new Composer<BotContext>();

  composer.filter(menuButtonOrWords(i18n, 'menu-place'), async (ctx) => {
    await ctx.conversation.exitAll();
    const view = await loadPlaces(ctx);
    if (!view) return void (await ctx.reply(ctx.t('place-none'), { reply_markup: mainMenu(ctx) }));
    // "Когда у меня занятие?" (walk s22 W22-04) and "сколько ждать?" (walk35) asked while only waiting: answered first,
    // not left to be read out of the list. Waiting for several courses: the answer in a few words, so the message stays
    // at 60 (probe25 L5); a list too long even for those gets the answer in a message of its own, above it.
    const typed = ctx.message?.text;
    const answer = typed === undefined ? undefined : asksAboutLessons(typed) ? 'place-no-group-yet' : asksHowLong(typed) ? 'place-how-long' : undefined;
    if (answer && view.entries.every((e) => e.status === 'waiting')) {
      view.lead = [answer, `${answer}-short`].map((key) => ctx.t(key)).find((lead) => wordsOf(placesText(ctx, { ...view, lead }, true)) <= SCREEN_WORDS);
      if (!view.lead) await ctx.reply(ctx.t(answer));
    }
    // Nothing to move, leave or give up (offered only): keep the main menu under the text.
    if (!view.entries.some((e) => e.status === 'waiting' || e.status === 'enrolled')) await ctx.reply(placesText(ctx, view), { reply_markup: mainMenu(ctx) });
    // A course's name typed next picks its entry (walk28 W28-24: entry-words.ts).
    else markAsked(ctx, { kind: 'places', message: (await placesMenu.send(ctx, view)).message_id });
    await sendOpenOffers(ctx);
  });

  // Back on the towns of a move: the move ends, and the message shows "my place in line" again (read anew: the citizen's own entries).
  composer.callbackQuery(placesBackData.only(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.exitAll();
    const view = await loadPlaces(ctx);
    // With its buttons whenever "my place" has them: someone only in a group too (walk34 W34-08: Back read as Cancel).
    if (view?.entries.some((e) => e.status === 'waiting' || e.status === 'enrolled')) return placesMenu.edit(ctx, view);
    await ctx.editMessageText(view ? placesText(ctx, view) : ctx.t('place-none')).catch(() => undefined);
  });

  // The buttons of the "your center closed" notice (src/domain/center-closure.ts): plain data, sent by the outbox.
  composer.callbackQuery(closedCenterData.only('move'), async (ctx) => {
    const { id } = closedCenterData.read(ctx.match);
    const entry = await findActiveEntry(ctx.from.id, id);
    if (!entry || entry.status !== 'waiting') return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    await ctx.answerCallbackQuery();
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(MOVE_CENTER, id, 'notice' satisfies MoveFrom);
  });
  composer.callbackQuery(closedCenterData.only('leave'), async (ctx) => {
    const view = await leaveMenu.open(ctx, { entry: closedCenterData.read(ctx.match).id });
    if (!view) return;
    await ctx.answerCallbackQuery();
    askedToLeave(ctx, view.entryId);
    await leaveMenu.edit(ctx, view); // the notice becomes the "leave the list?" question
  });

  return composer;
}

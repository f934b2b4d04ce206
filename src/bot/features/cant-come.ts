import { Composer, InlineKeyboard, type Filter } from 'grammy';
import { defineCallbackData, OBJECT_ID } from '../../domain/callback-data.js';
import { absenceOf } from '../../domain/absence-notices.js';
import { readCantCome } from '../../domain/cant-come-words.js';
import { groupRoom } from '../../domain/place-words.js';
import { openOffersOf } from '../../domain/offer-messages.js';
import { lessonIdAt, lessonShown, remindedLessonStarts } from '../../domain/said-absent.js';
import { labelsMeant } from '../../domain/text.js';
import { addDays, clockTime, compareDates, formatLessonTime, localToday, nearDay, toLocal } from '../../domain/time.js';
import { lessonsAheadOf } from '../../domain/waitlist.js';
import { whoseRecord, whoseVars } from '../../domain/whose-record.js';
import type { BotContext } from '../context.js';
import { compactId } from '../menus/payload.js';
import { mainMenu } from '../../../scenes/shared/keyboards.js';
import { cantComeTo, isFirstLesson, lessonWhen } from './cant-come-lesson.js';
import { COURSE_LEAD, entriesWithTitles } from './entry-words.js';
import { reminderAnswer } from './reminders/answered.js';

/**
 * «Не смогу прийти завтра» typed outside any flow, with no seat offer open (walk28 W28-24), anywhere in a short
 * message («спасибо, не смогу прийти, заболела»: walk29 W29-24): for someone with a seat, what the reminder's
 * «Не смогу» does for the lesson meant (the day or the course named, else the lesson just reminded of, else the next
 * one; several: which, with buttons), cant-come-lesson.ts; with no seat, a short pointer.
 */

/** Words around the day and the course that say nothing more: "на занятие", "извините". */
const FILLER = new Set(['на', 'в', 'во', 'к', 'занятие', 'занятия', 'занятии', 'урок', 'урока', 'уроке', 'группу', 'извините', 'простите', 'сожалению', 'to', 'the', 'class', 'lesson', 'sorry', 'on', 'for']);
const NEAR_DAYS: Record<string, number> = { сегодня: 0, today: 0, завтра: 1, tomorrow: 1, послезавтра: 2 };
const WEEKDAYS = [/^понедельник/, /^вторник/, /^сред[ау]$/, /^четверг/, /^пятниц/, /^суббот/, /^воскресень/];
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

type Day = { offset: number } | { weekday: number };
function dayOf(word: string): Day | undefined {
  if (word in NEAR_DAYS) return { offset: NEAR_DAYS[word]! };
  const weekday = WEEKDAYS.findIndex((re) => re.test(word));
  const en = WEEKDAYS_EN.indexOf(word);
  return weekday >= 0 ? { weekday } : en >= 0 ? { weekday: en } : undefined;
}

interface Seat {
  entryId: string;
  course: string;
  starts: Date[];
  timeZone: string;
  room: string;
  roomEn?: string;
}

/** The person's seats in groups with a lesson to come, in the order of their entries. */
export async function seatsOf(ctx: BotContext): Promise<Seat[]> {
  const entries = (await entriesWithTitles(ctx)).filter(({ entry }) => entry.status === 'enrolled');
  const seats = await Promise.all(entries.map(async ({ entry, title }) => ({ entryId: entry.id, course: title, ahead: await lessonsAheadOf(ctx.from!.id, entry.id, ctx.deps.now()) })));
  return seats.flatMap(({ ahead, ...seat }) => (ahead ? [{ ...seat, ...ahead }] : []));
}

/** The seat's first lesson on that day (or its next one when no day was said). */
function lessonOn(seat: Seat, day: Day | undefined, now: Date): Date | undefined {
  if (!day) return seat.starts[0];
  const today = localToday(now, seat.timeZone);
  return seat.starts.find((start) => {
    const local = toLocal(start, seat.timeZone);
    return 'offset' in day ? compareDates(local, addDays(today, day.offset)) === 0 : local.weekday === day.weekday;
  });
}

/** "завтра в 10:00", or the date in full. */
export function when(ctx: BotContext, start: Date, timeZone: string): string {
  const near = nearDay(start, ctx.deps.now(), timeZone);
  return near ? ctx.t(`place-when-${near}`, { time: clockTime(start, timeZone) }) : formatLessonTime(start, timeZone, ctx.locale);
}

/** /start and a Telegram just linked: «Вы в группе: «…», следующее занятие завтра в 11:00, …» for each group with a lesson to come; none: undefined. */
export async function inGroupsText(ctx: BotContext): Promise<string | undefined> {
  const seats = await seatsOf(ctx);
  if (seats.length === 0) return undefined;
  const lines = seats.map((seat) => ctx.t('cls-start-group-line', { course: seat.course, when: when(ctx, seat.starts[0]!, seat.timeZone), room: groupRoom(seat, ctx.locale) }));
  return ctx.t('cls-start-in-groups', { count: seats.length, groups: lines.join('\n') });
}

/**
 * «О какой речь?»: each course's button carries the lesson it showed, and «Не приду ни на одно» those shown (up to
 * three: 64 bytes), so a press days later acts on the lesson she saw or says it is past (probe38 L2), never on the
 * seat's next lesson at the time of the press.
 */
const whichData = defineCallbackData('cw', { l: OBJECT_ID, all: /[A-Za-z0-9_-]{16}(?:\.[A-Za-z0-9_-]{16}){1,2}/ });
const MAX_ANY = 3;

/** "Which group do you mean?": each seat's next lesson, a button for each, and one for all of them. */
async function askWhichSeat(ctx: BotContext, seats: Seat[]) {
  const asked: Array<{ seat: Seat; lessonId: string }> = [];
  for (const seat of seats) {
    const lessonId = await lessonIdAt(ctx.from!.id, seat.entryId, seat.starts[0]!);
    // A lesson she said «не смогу» to already is not offered again (fix40a, probe40 L6).
    if (lessonId && !(await absenceOf(lessonId, ctx.from!.id)).open) asked.push({ seat, lessonId });
  }
  if (asked.length === 0) return void (await ctx.reply(ctx.t('said-already')));
  const lines = asked.map(({ seat }) => ctx.t('cant-come-seat-line', { course: seat.course, when: lessonWhen(ctx, seat.starts[0]!, seat.timeZone) }));
  const keyboard = new InlineKeyboard();
  for (const { seat, lessonId } of asked) keyboard.text(ctx.t('cant-come-seat-button', { course: seat.course }), whichData.pack('l', lessonId)).row();
  // Ill, or away: not coming to any of them, in one press (walk36: two reminders came together).
  if (asked.length >= 2 && asked.length <= MAX_ANY) keyboard.text(ctx.t('cant-come-any'), whichData.pack('all', asked.map((a) => compactId.encode(a.lessonId)).join('.')));
  await ctx.reply([ctx.t('cant-come-which', whoseVars(await whoseRecord(ctx.from!.id))), ...lines].join('\n'), { reply_markup: keyboard });
}

/**
 * A press: the lessons it names that are still hers and ahead. Her «Не смогу» for one said already (a second tap before
 * the buttons went, or a redelivered press: probe37) is not said again; none hers: a forged or foreign press.
 */
async function answerWhich(ctx: Filter<BotContext, 'callback_query:data'>, lessonIds: string[]) {
  const now = ctx.deps.now();
  const shown = await Promise.all(lessonIds.map(async (lessonId) => ({ lessonId, at: await lessonShown(ctx.from.id, lessonId, now) })));
  if (shown.every((s) => s.at === undefined)) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  const ahead = shown.flatMap(({ lessonId, at }) => (at && at !== 'past' ? [{ lessonId, ...at }] : []));
  if (ahead.length === 0) {
    // Its buttons go; nothing was answered, so its text stays.
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.answerCallbackQuery().catch(() => undefined);
    return void (await ctx.reply(ctx.t('cant-come-which-past')));
  }
  const seats = await seatsOf(ctx);
  // The question reads as answered, without its buttons, in one edit: the answer comes below it (fix40a).
  await ctx.editMessageText(await answeredWhich(ctx, ahead, seats)).catch(() => undefined);
  const fresh = ahead.filter((a) => reminderAnswer(ctx, a.lessonId) !== 'no');
  if (fresh.length === 0) return void (await ctx.answerCallbackQuery({ text: ctx.t('said-already') }));
  const said = fresh.flatMap((lesson) => {
    const seat = seats.find((s) => s.entryId === lesson.entryId);
    return seat ? [{ seat, start: lesson.startsAt }] : [];
  });
  // One give-up question, not one under another (walk36 L7): the first seat whose first lesson it is gets it, asked
  // last so it is the newest message; another first lesson's seat is said to stay hers until she gives it up.
  const firsts = await Promise.all(said.map(({ seat, start }) => isFirstLesson(ctx, seat, start)));
  const asked = said[firsts.indexOf(true)];
  let told = false;
  for (const one of [...said.filter((s) => s !== asked), ...(asked ? [asked] : [])]) told = (await cantComeTo(ctx, one.seat, one.start, true, one === asked)) || told;
  await ctx.answerCallbackQuery(told ? undefined : { text: ctx.t('button-outdated') }).catch(() => undefined);
}

/**
 * «О какой речь?» once answered: the lessons she will not come to, each by its date (a «сегодня в 10:00» kept there
 * would read as ahead once it has passed: fix39c), whose record it is on top as the question had it.
 */
async function answeredWhich(ctx: BotContext, lessons: Array<{ entryId: string; startsAt: Date }>, seats: Seat[]): Promise<string> {
  const lines = lessons.flatMap(({ entryId, startsAt }) => {
    const seat = seats.find((s) => s.entryId === entryId);
    return seat ? [ctx.t('cant-come-seat-line', { course: seat.course, when: formatLessonTime(startsAt, seat.timeZone, ctx.locale) })] : [];
  });
  return [ctx.t('cant-come-which-answered', whoseVars(await whoseRecord(ctx.from!.id))), ...lines].join('\n');
}

export const cantComeFeature = new Composer<BotContext>();
cantComeFeature.callbackQuery(whichData.only(), async (ctx) => {
  const { action, id } = whichData.read(ctx.match);
  // Each lesson once: a forged `cw:all:` naming one lesson thrice is answered once (probe40 L3).
  await answerWhich(ctx, action === 'l' ? [id] : [...new Set(id.split('.').map((part) => compactId.decode(part)!))]);
});
cantComeFeature.callbackQuery(whichData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
cantComeFeature.on('message:text', async (ctx, next) => {
  const reading = readCantCome(ctx.message.text);
  if (!reading) return next();
  const rest = reading.rest.filter((word) => !FILLER.has(word));
  const days = rest.map(dayOf);
  const day = days.find((d) => d !== undefined);
  const courseWords = rest.filter((_, i) => !days[i]).join(' ').replace(COURSE_LEAD, '');
  // An offer open: "не смогу" is its answer (offers.ts), or not understood there; never a seat's.
  if ((await openOffersOf(ctx.from.id, ctx.deps.now())).length > 0) return next();
  const seats = await seatsOf(ctx);
  // Other words that name no course are the reason or courtesy («заболела», «спасибо»): about every seat.
  const byCourse = courseWords ? labelsMeant(seats.map((s) => s.course), courseWords) : [];
  const named = byCourse.length > 0 ? byCourse : seats.map((_, i) => i);
  // No seat: said so, with where their entries are, or how to join when there are none. Unsure: nothing to ask.
  const pointer = async () => ((await entriesWithTitles(ctx)).length > 0 ? 'cant-come-no-seat' : 'cant-come-no-entry');
  if (seats.length === 0) return reading.sure ? void (await ctx.reply(ctx.t(await pointer()), { reply_markup: mainMenu(ctx) })) : next();
  // The day said picks the groups with a lesson on it; when none has, the groups named; no day: the lesson reminded of.
  const onDay = named.filter((i) => lessonOn(seats[i]!, day, ctx.deps.now()));
  // Two reminders that came together (two groups on one evening): either may be meant, so both are asked about (walk36).
  const reminded = day ? [] : await remindedLessonStarts(ctx.from.id, ctx.deps.now());
  const isReminded = (start: Date) => reminded.some((r) => r.getTime() === start.getTime());
  const remindedSeats = onDay.filter((i) => seats[i]!.starts.some(isReminded));
  const meant = remindedSeats.length > 0 ? remindedSeats : onDay.length > 0 ? onDay : named;
  if (meant.length === 1) {
    const seat = seats[meant[0]!]!;
    const start = remindedSeats.length === 1 ? seat.starts.find(isReminded)! : (lessonOn(seat, day, ctx.deps.now()) ?? seat.starts[0]!);
    if (await cantComeTo(ctx, seat, start, reading.sure)) return;
    return next();
  }
  if (!reading.sure) return next();
  await askWhichSeat(ctx, meant.map((i) => seats[i]!));
});

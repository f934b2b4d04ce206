import { CallTaskModel, listedCallsOf } from '../db/models/call-task.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { enqueue, type OutboxItem } from '../outbox/index.js';
import { audit } from './audit.js';
import { describeCenter, listEveryCenter } from './catalog.js';
import { centerPlace } from './center-names.js';
import { groupRoom } from './place-words.js';
import type { Locale } from '../notify/notifier.js';
import { callRecipients } from './call-tasks.js';
import { staffLanguages } from './staff-language.js';
import { defineCallbackData, ISO_DATE } from './callback-data.js';
import { phoneWithNote } from './phone.js';
import { centerScope, type Role } from './roles.js';
import { singleLine, wordsOf } from './text.js';
import { callsScreenShownSince } from './late-call-lists.js';
import { addDays, compareDates, fromLocal, isoDate, localToday, parseIsoDate, sayDate, toLocal, type LocalDate } from './time.js';

/**
 * The daily call list (issue 11.3): people without Telegram get no lesson
 * reminders, nor do people who blocked the bot (the outbox skips their chat): those who gave a phone are
 * on the list too, their line saying why. So the day before, at CALL_LIST_TIME in the center's time zone,
 * each librarian gets the calls to make: name, phone, lesson time, room. The
 * list is computed from enrolments every time it is read (someone enrolled
 * after 16:00 is on it; someone enrolled on the lesson's own day is not: they
 * were just told); only "call made" marks are stored (CallTask, kind
 * 'lesson'), shared by the center's librarians.
 */

export interface LessonCall {
  lessonId: string;
  citizenId: number;
  name: string;
  phone: string;
  /** "10:00", the center's local time. */
  time: string;
  room: string;
  /** The room in English words (/newclass), for English readers. */
  roomEn?: string;
  /** Town and name (centerPlace), in Russian (the daily list puts it in its reader's language: placesIn). */
  center: string;
  centerId: string;
  /** Who created the group: gets the list when the center has no librarian. */
  groupLibrarianId: number;
  done: boolean;
  /** A Telegram citizen who blocked the bot (no reminder reaches them), not a person without Telegram. */
  blocked: boolean;
  /** No Telegram and no phone (fix28d): not a call; the list names them in one line, to remind in person (inPersonOf). */
  inPerson: boolean;
  /**
   * Put in the group on the lesson's own day: told of it then, at the desk or on the phone (walk s21 W21-21), so not a
   * call; named on /calls as such, not left out, so «no calls today» does not read as forgotten (walk36 L11, fix38c).
   */
  toldThatDay: boolean;
  /** When they were put in the group: a call that came to be after the day's list went makes the list late. */
  enrolledAt?: Date | undefined;
}

/**
 * The calls to make, the names of the people to remind in person (no phone), and those told on the day, of a list of
 * the day. `inPersonIds`: whom that line names, so a screen showing it is closed when one of them is forgotten (fix39c).
 */
export function inPersonOf(all: LessonCall[]) {
  const due = all.filter((c) => !c.toldThatDay);
  const inPerson = due.filter((c) => c.inPerson);
  return { calls: due.filter((c) => !c.inPerson), inPerson: [...new Set(inPerson.map((c) => c.name))], inPersonIds: [...new Set(inPerson.map((c) => c.citizenId))], toldThatDay: all.filter((c) => c.toldThatDay) };
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const markKey = (lessonId: string, citizenId: number) => `lesson:${lessonId}:${citizenId}`;

/** Calls before the lessons on the local date `date` of each center matched by `centers` (a centerId filter). */
async function callsIn(centers: Record<string, unknown>, date: LocalDate): Promise<LessonCall[]> {
  const groups = await ClassGroupModel.find({ status: 'open', ...centers }, { centerId: 1, room: 1, roomEn: 1, librarianId: 1 }).lean();
  if (groups.length === 0) return [];
  // A day either side in UTC holds the local day of any zone; each lesson is checked in its center's zone below.
  const midnight = Date.UTC(date.year, date.month - 1, date.day);
  const lessons = await LessonModel.find(
    { groupId: { $in: groups.map((g) => g._id) }, status: 'scheduled', startsAt: { $gte: new Date(midnight - DAY_MS), $lt: new Date(midnight + 2 * DAY_MS) } },
    { groupId: 1, startsAt: 1 },
  ).sort({ startsAt: 1 }).lean();
  const groupOf = new Map(groups.map((g) => [String(g._id), g]));
  const onDay: Array<{ lesson: (typeof lessons)[number]; group: (typeof groups)[number]; time: string; center: string; timeZone: string }> = [];
  for (const lesson of lessons) {
    const group = groupOf.get(String(lesson.groupId))!;
    const center = await describeCenter(group.centerId);
    const timeZone = center?.timeZone ?? 'Asia/Novokuznetsk';
    const local = toLocal(lesson.startsAt, timeZone);
    if (compareDates(local, date) !== 0) continue;
    onDay.push({ lesson, group, time: `${pad(local.hour)}:${pad(local.minute)}`, center: center ? centerPlace(center, 'ru') : group.centerId, timeZone });
  }
  if (onDay.length === 0) return [];
  const entries = await WaitlistEntryModel.find(
    { groupId: { $in: [...new Set(onDay.map((d) => d.group._id))] }, status: 'enrolled', citizenId: { $exists: true } },
    { groupId: 1, citizenId: 1, enrolledAt: 1 },
  ).lean();
  if (entries.length === 0) return [];
  // People without Telegram; and people who blocked the bot, when there is a phone to call (without one, nothing to do).
  const citizens = await CitizenModel.find(
    { _id: { $in: entries.map((e) => e.citizenId!) }, $or: [{ _id: { $lt: 0 } }, { reachable: false, phone: { $exists: true, $nin: [null, ''] } }] },
    { name: 1, phone: 1, notes: 1 },
  ).lean();
  const citizenOf = new Map(citizens.map((c) => [c._id, c]));
  const calls: LessonCall[] = [];
  for (const d of onDay) {
    // Someone enrolled on the lesson's own day was told of it then, on the phone (walk s21 W21-21: a reminder call
    // listed for a man enrolled by phone minutes before his lesson): marked, not a call (inPersonOf).
    const toldThatDay = (at: Date | null | undefined) => Boolean(at) && compareDates(toLocal(at!, d.timeZone), date) === 0;
    const people = entries
      // Put in after this lesson began (a seat freed after it: joining-lesson.ts), it is not theirs (walk40).
      .filter((e) => String(e.groupId) === String(d.group._id) && !(e.enrolledAt && e.enrolledAt > d.lesson.startsAt))
      .flatMap((e) => {
        const c = citizenOf.get(e.citizenId!);
        const told = toldThatDay(e.enrolledAt);
        return c ? [{ citizenId: c._id, name: singleLine(c.name), phone: phoneWithNote(c.phone, c.notes), blocked: hasTelegram(c._id), inPerson: !hasTelegram(c._id) && !c.phone, toldThatDay: told, enrolledAt: e.enrolledAt ?? undefined }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
    for (const p of people) {
      calls.push({
        lessonId: String(d.lesson._id), ...p, time: d.time, room: singleLine(d.group.room), ...(d.group.roomEn ? { roomEn: d.group.roomEn } : {}), center: d.center,
        centerId: d.group.centerId, groupLibrarianId: d.group.librarianId, done: false,
      });
    }
  }
  const marks = await CallTaskModel.find({ key: { $in: calls.map((c) => markKey(c.lessonId, c.citizenId)) }, done: true }, { key: 1 }).lean();
  const done = new Set(marks.map((m) => m.key));
  return calls.map((c) => ({ ...c, done: done.has(markKey(c.lessonId, c.citizenId)) }));
}

/** The calls the role sees (its centers) before the lessons on `date`. */
export function lessonCallsOn(role: Role, date: LocalDate): Promise<LessonCall[]> {
  return callsIn(centerScope(role), date);
}

/** "Today" for a staff member: in the zone of their (first) center, else the app's. */
export async function staffToday(role: Role, now: Date, fallbackZone: string): Promise<LocalDate> {
  const center = role.kind === 'librarian' && role.centerIds[0] ? await describeCenter(role.centerIds[0]) : undefined;
  return localToday(now, center?.timeZone ?? fallbackZone);
}

/**
 * Marks a call made (or not). Checked again: the lesson's center is the
 * role's, the person is enrolled in its group (callback data can be forged).
 */
export async function setLessonCallDone(role: Role, lessonId: string, citizenId: number, done: boolean, actorId: number, now: Date): Promise<boolean> {
  if (!/^[0-9a-f]{24}$/i.test(lessonId) || !Number.isSafeInteger(citizenId)) return false;
  // Someone the bot still reaches gets the reminder: no call to mark.
  if (hasTelegram(citizenId) && !(await CitizenModel.exists({ _id: citizenId, reachable: false }))) return false;
  const lesson = await LessonModel.findById(lessonId, { groupId: 1 }).lean();
  const group = lesson && (await ClassGroupModel.findOne({ _id: lesson.groupId, ...centerScope(role) }, { centerId: 1 }).lean());
  if (!lesson || !group) return false;
  if (!(await WaitlistEntryModel.exists({ groupId: group._id, citizenId, status: 'enrolled' }))) return false;
  const key = markKey(lessonId, citizenId);
  await CallTaskModel.updateOne(
    { key },
    { $set: { done, doneBy: actorId, doneAt: now }, $setOnInsert: { kind: 'lesson', key, citizenId, centerId: group.centerId, lessonId: lesson._id, status: 'open', createdAt: now } },
    { upsert: true },
  );
  await audit({ actorId, action: done ? 'calllist.done' : 'calllist.undone', target: `lesson:${lessonId}` }, now);
  return true;
}

/**
 * One line of a call list: time, name, phone, and for someone who blocked the bot `words.blocked` (calls-line-blocked,
 * in the reader's language), so the librarian knows why she calls; a call made says so in words after it, as its button
 * does («— позвонили», mark-called; a «✓» is read out as «галочка», walk31 W31-04). The place is said once above its
 * calls (callPlace).
 */
export const callLine = (c: LessonCall, words: LineWords) =>
  `• ${c.time} ${c.name}, ${c.phone}${c.blocked ? ` (${words.blocked})` : ''}${c.done ? ` — ${words.called}` : ''}`;

/** A call list's words in the reader's language: why someone is called (blocked the bot), and a call made. */
export type LineWords = { blocked: string; called: string };

/**
 * Where a run of calls' lessons are: "Зал 1, Кемерово, Областная научная библиотека…:" (the center in the reader's
 * words; the room too, for an English reader: roomWords, walk s28 W28-23).
 */
export const callPlace = (c: LessonCall, center = c.center, locale: Locale = 'ru') => `${groupRoom(c, locale)}, ${center}:`;

/** A list message stays well under Telegram's 4,096 characters and 60 words; the rest is in the menu and /calls. */
const LIST_CHARS = 3500;
const LIST_WORDS = 40;

/**
 * The daily job's body (every few minutes): for each center where the local
 * time is past `at` ("HH:MM"), the calls before tomorrow's lessons go to its
 * librarians, one message each per day (its outbox key); nobody to call, no
 * message. Safe to run any number of times.
 *
 * @example
 * await sendDailyCallLists(config.CALL_LIST_TIME, deps.now());
 */
export async function sendDailyCallLists(
  at: string,
  now: Date,
  lineWords: (language: Locale) => LineWords,
  /** The one line naming the people without a phone (no-phone-remind, with inPersonVars). */
  inPersonNote: (language: Locale, names: string[]) => string = (_, names) => names.join(', '),
): Promise<{ lists: number; calls: number }> {
  const [hour, minute] = at.split(':').map(Number) as [number, number];
  const byRecipient = new Map<string, { staffId: number; date: LocalDate; calls: LessonCall[]; late?: Date }>();
  // Hidden centers too (W29-16): their groups' lessons go on, and so do the calls before them.
  for (const center of await listEveryCenter()) {
    const local = toLocal(now, center.timeZone);
    if (local.hour * 60 + local.minute < hour * 60 + minute) continue;
    const tomorrow = addDays(localToday(now, center.timeZone), 1);
    const calls = await callsIn({ centerId: center.id }, tomorrow);
    if (calls.length === 0) continue;
    // The newest call that came to be after today's list time: the list goes late (callsScreenShownSince).
    const listAt = fromLocal(localToday(now, center.timeZone), hour, minute, center.timeZone);
    const late = calls.reduce<Date | undefined>((at, c) => (c.enrolledAt && c.enrolledAt > listAt && !(at && at >= c.enrolledAt) ? c.enrolledAt : at), undefined);
    const recipients = new Set<number>();
    for (const libId of new Set(calls.map((c) => c.groupLibrarianId))) for (const id of await callRecipients(center.id, libId)) recipients.add(id);
    for (const staffId of recipients) {
      const key = `${staffId}:${isoDate(tomorrow)}`;
      const list = byRecipient.get(key) ?? { staffId, date: tomorrow, calls: [] };
      list.calls.push(...calls);
      if (late && !(list.late && list.late >= late)) list.late = late;
      byRecipient.set(key, list);
    }
  }
  const items: OutboxItem[] = [];
  const languages = await staffLanguages([...new Set([...byRecipient.values()].map((l) => l.staffId))]);
  for (const { staffId, date, calls: all, late } of byRecipient.values()) {
    const { calls, inPerson } = inPersonOf(all);
    if (calls.length === 0 && inPerson.length === 0) continue; // only people told on the day: nothing to do
    if (late && (await callsScreenShownSince(staffId, late))) continue; // her /calls screen shows them: one list (walk38 L8)
    const language = languages.get(staffId) ?? 'ru';
    const remind = inPerson.length > 0 ? inPersonNote(language, inPerson) : '';
    if (calls.length === 0) {
      // Nobody to call, someone to remind when they come in (fix28d): that line only, without the list's button.
      items.push({ key: `calllist:${isoDate(date)}:${staffId}`, citizenId: staffId, priority: 'personal', message: { text: { key: 'no-phone-list-only', vars: { date: sayDate(date, language), remind } } } });
      continue;
    }
    const note = lineWords(language);
    // The place in the reader's words: the center's name and the room (walk s28 W28-23: Cyrillic for an English reader).
    const places = await placesIn(calls, language);
    const lines: string[] = [];
    let length = 0;
    let words = 0;
    let shown = 0;
    for (const [i, call] of calls.entries()) {
      const place = i === 0 || callPlace(calls[i - 1]!) !== callPlace(call) ? [callPlace(call, places.get(call.centerId), language)] : [];
      const added = [...place, callLine(call, note)];
      const text = added.join('\n');
      if (shown > 0 && (length + text.length + 1 > LIST_CHARS || words + wordsOf(text) > LIST_WORDS)) break;
      lines.push(...added);
      length += text.length + 1;
      words += wordsOf(text);
      shown++;
    }
    items.push({
      key: `calllist:${isoDate(date)}:${staffId}`,
      citizenId: staffId,
      priority: 'personal',
      message: {
        text: { key: 'calls-list', vars: { date: sayDate(date, language), count: calls.length, list: [...lines, ...(remind ? [remind] : [])].join('\n'), more: calls.length - shown } },
        buttons: [[{ text: { key: 'calls-list-mark' }, data: callListButton(date) }]],
      },
    });
  }
  const added = items.length > 0 ? (await enqueue(items, now)).added : 0;
  return { lists: added, calls: [...byRecipient.values()].reduce((n, l) => n + inPersonOf(l.calls).calls.length, 0) };
}

/** Town and name of each center of these calls, in `locale`. */
async function placesIn(calls: LessonCall[], locale: Locale): Promise<Map<string, string>> {
  const ids = [...new Set(calls.map((c) => c.centerId))];
  return new Map(await Promise.all(ids.map(async (id): Promise<[string, string]> => [id, await describeCenter(id).then((c) => (c ? centerPlace(c, locale) : id))])));
}

/** The daily message's button, `cl:day:<date>`: opens the list with a toggle per call (src/bot/features/calls). */
export const callListData = defineCallbackData('cl', ['day'], ISO_DATE);
export const callListButton = (date: LocalDate) => callListData.pack('day', isoDate(date));
/** The day of a pressed daily list's button; undefined for forged data or a day that does not exist. */
export const parseCallListData = (data: string | undefined) => {
  const day = callListData.unpack(data)?.id;
  return day === undefined ? undefined : parseIsoDate(day);
};

/**
 * Whether a list of calls (a change's, a broadcast's: `cz`) exists at any center: a staff member who cannot open it
 * is then told it is another center's, not that it is gone (probe s28 L2).
 */
export async function changeCallsExist(changeId: string): Promise<boolean> {
  return /^[0-9a-f]{24}$/.test(changeId) && (await CallTaskModel.exists({ key: listedCallsOf(changeId), kind: 'change' })) !== null;
}

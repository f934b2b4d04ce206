import { CitizenModel } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { LessonModel } from '../db/models/lesson.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale, OutgoingMessage } from '../notify/notifier.js';
import { defineCallbackData, OBJECT_ID } from './callback-data.js';
import { describeCenter } from './catalog.js';
import { enqueue, existingKeys, type OutboxItem } from '../outbox/index.js';
import { addDays, compareDates, fromLocal, isoDate, toLocal } from './time.js';
import { lessonVars } from './lesson-words.js';
import { initialled } from './person-names.js';
import { whoseVars } from './whose-record.js';
import { isObjectId } from './ids.js';

/**
 * Lesson reminders: the day before at a fixed local time (center's zone) and a
 * few hours before. A job enqueues them into the outbox a little ahead, with
 * notBefore = the due time, under keys that include the lesson start: repeats
 * are harmless, a rescheduled lesson gets fresh reminders, a cancelled one none.
 */

export type ReminderKind = 'day' | 'soon';

export interface ReminderSettings {
  /** Local "HH:MM" on the day before the lesson (config REMINDER_DAY_BEFORE_AT). */
  dayBeforeAt: string;
  /** Hours before the lesson (config REMINDER_HOURS_BEFORE). */
  hoursBefore: number;
  /** Enqueue this far ahead of the due time, so the sender is on time (default 10 min). */
  lookaheadMs?: number;
}

export const reminderSettings = (config: { REMINDER_DAY_BEFORE_AT: string; REMINDER_HOURS_BEFORE: number }): ReminderSettings => ({
  dayBeforeAt: config.REMINDER_DAY_BEFORE_AT,
  hoursBefore: config.REMINDER_HOURS_BEFORE,
});

const HOUR_MS = 3600_000;
/** A day-before reminder is due at most two days before the lesson. */
const HORIZON_MS = 48 * HOUR_MS;
/**
 * Someone who took the seat less than this before a reminder is due (or after it) is not asked "Will you come?": "You
 * are enrolled!" has just said when and where, and the question a minute after "I'll come" asks again (walk s21 W21-12).
 * Their "soon" one still comes, without the question or buttons (justEnrolledAt): for a seat taken on the day
 * it was the only reminder, and a person who relies on it to set off got none (walk s22 W22-22).
 */
const JUST_ENROLLED_MS = HOUR_MS;
const AFTER_ENROLLED_MS = 30 * 60_000;
const LAST_CALL_MS = 15 * 60_000;

/**
 * When someone who took the seat at `enrolledAt` gets the plain "soon" reminder (due at `dueAt`) of a lesson at
 * `startsAt`: half an hour after enrolling at the earliest; none within 15 minutes of the start (the enrolment said it).
 */
export function justEnrolledAt(enrolledAt: Date, dueAt: Date, startsAt: Date): Date | undefined {
  const at = Math.max(dueAt.getTime(), enrolledAt.getTime() + AFTER_ENROLLED_MS);
  return at <= startsAt.getTime() - LAST_CALL_MS ? new Date(at) : undefined;
}

/**
 * The reminder buttons (citizen side), with the lesson's id: I'll come, Can't
 * come, and before a first lesson give the seat away and wait (rel:w) or
 * leave (rel:l), or keep it. Answered in src/bot/features/reminders/answers.ts.
 */
export const reminderData = defineCallbackData('rem', ['yes', 'no', 'rel:w', 'rel:l', 'keep'], OBJECT_ID);

export const reminderKey = (lessonId: string, kind: ReminderKind, startsAt: Date, citizenId: number) =>
  `rem:${lessonId}:${kind}:${startsAt.getTime()}:${citizenId}`;

/** When the two reminders of a lesson are due (UTC). */
export function reminderDueTimes(startsAt: Date, timeZone: string, settings: ReminderSettings): Record<ReminderKind, Date> {
  const [hour, minute] = settings.dayBeforeAt.split(':').map(Number) as [number, number];
  const dayBefore = addDays(toLocal(startsAt, timeZone), -1);
  return {
    day: fromLocal(dayBefore, hour, minute, timeZone),
    soon: new Date(startsAt.getTime() - settings.hoursBefore * HOUR_MS),
  };
}

/** From an earlier lesson's "soon" reminder to its end: a "tomorrow" reminder due then waits until it is over. */
export interface BusyTime {
  from: Date;
  until: Date;
}

/** The busy times the earlier lessons of a group make for its later ones. */
export function busyTimesOf(lessons: Array<{ startsAt: Date; durationMinutes: number }>, settings: ReminderSettings): BusyTime[] {
  return lessons.map((l) => ({
    from: new Date(l.startsAt.getTime() - settings.hoursBefore * HOUR_MS),
    until: new Date(l.startsAt.getTime() + l.durationMinutes * 60_000),
  }));
}

/**
 * Which reminders to enqueue now: due within the lookahead, lesson not started; only the latest if both are late.
 * `busy`: the times around the group's earlier lessons. A "tomorrow" reminder that falls in one comes after that
 * lesson ends, so a person with lessons today and tomorrow does not get "soon" and "tomorrow" in the same second.
 */
export function remindersToEnqueue(startsAt: Date, timeZone: string, settings: ReminderSettings, now: Date, busy: BusyTime[] = []) {
  if (startsAt <= now) return [];
  const due = reminderDueTimes(startsAt, timeZone, settings);
  for (const b of [...busy].sort((x, y) => x.from.getTime() - y.from.getTime())) {
    if (b.from <= due.day && due.day < b.until && b.from < startsAt) due.day = b.until;
  }
  const horizon = now.getTime() + (settings.lookaheadMs ?? 10 * 60_000);
  const kinds: Array<{ kind: ReminderKind; dueAt: Date }> = [];
  if (due.soon.getTime() <= horizon) kinds.push({ kind: 'soon', dueAt: due.soon });
  // The day-before one says "tomorrow": only until the lesson's eve is over, and pointless once the hours-before one is due.
  const lessonDay = toLocal(startsAt, timeZone);
  const stillEve = compareDates(toLocal(now, timeZone), lessonDay) < 0 && compareDates(toLocal(due.day, timeZone), lessonDay) < 0;
  if (due.day.getTime() <= horizon && due.day < due.soon && due.soon > now && stillEve) kinds.push({ kind: 'day', dueAt: due.day });
  return kinds;
}

/**
 * The reminders job body (every minute): enqueues every reminder due soon for
 * enrolled participants of open groups. Safe to run any number of times.
 *
 * @example
 * await enqueueDueReminders(reminderSettings(deps.config), deps.now());
 */
export async function enqueueDueReminders(settings: ReminderSettings, now: Date, renew?: RenewQueued): Promise<{ added: number }> {
  // From a day back: a lesson under way still makes its group's next "tomorrow" reminder wait (busyTimesOf).
  const recent = await LessonModel.find(
    { status: 'scheduled', startsAt: { $gt: new Date(now.getTime() - 24 * HOUR_MS), $lte: new Date(now.getTime() + HORIZON_MS + (settings.lookaheadMs ?? 600_000)) } },
    { groupId: 1, startsAt: 1, durationMinutes: 1 },
  ).lean();
  const lessons = recent.filter((l) => l.startsAt > now && (!renew || renew.lessonIds.includes(String(l._id))));
  if (lessons.length === 0) return { added: 0 };
  const groups = await ClassGroupModel.find({ _id: { $in: [...new Set(lessons.map((l) => String(l.groupId)))] }, status: 'open' }, { centerId: 1 }).lean();
  const centerOf = new Map(groups.map((g) => [String(g._id), g.centerId]));

  // Which reminders are due, for whom, under which key.
  const wanted: Array<{ lessonId: string; kind: ReminderKind; plain: boolean; key: string; citizenId: number; language: Locale; notBefore: Date; notAfter: Date; timeZone: string; whose?: string }> = [];
  const dueLessons: Array<{ lesson: (typeof lessons)[number]; timeZone: string; due: ReturnType<typeof remindersToEnqueue> }> = [];
  for (const lesson of lessons) {
    const centerId = centerOf.get(String(lesson.groupId));
    if (!centerId) continue;
    const center = await describeCenter(centerId);
    const earlier = recent.filter((l) => String(l.groupId) === String(lesson.groupId) && l.startsAt < lesson.startsAt);
    const timeZone = center?.timeZone ?? 'Asia/Novokuznetsk';
    const due = remindersToEnqueue(lesson.startsAt, timeZone, settings, now, busyTimesOf(earlier, settings));
    if (due.length > 0) dueLessons.push({ lesson, timeZone, due });
  }
  if (dueLessons.length === 0) return { added: 0 };
  const participants = await enrolledParticipants([...new Set(dueLessons.map((d) => String(d.lesson.groupId)))]);
  for (const { lesson, timeZone, due } of dueLessons) {
    for (const { kind, dueAt } of due) {
      const notAfter = reminderEnd(kind, lesson.startsAt, timeZone);
      for (const p of participants.get(String(lesson.groupId)) ?? []) {
        const plain = !!p.enrolledAt && p.enrolledAt.getTime() > dueAt.getTime() - JUST_ENROLLED_MS;
        // Just enrolled: no "tomorrow" one (the "soon" one follows), and a "soon" one without the question.
        const at = !plain ? dueAt : kind === 'soon' ? justEnrolledAt(p.enrolledAt!, dueAt, lesson.startsAt) : undefined;
        if (!at) continue;
        const key = reminderKey(String(lesson._id), kind, lesson.startsAt, p.citizenId);
        wanted.push({ lessonId: String(lesson._id), kind, plain, key, citizenId: p.citizenId, language: p.language, notBefore: at > now ? at : now, notAfter, timeZone, ...whoseVars(p.whose) });
      }
    }
  }
  // The job runs every minute: build messages only for reminders not queued yet.
  const renewing = renew && (await renew.pick(wanted.map((w) => w.key)));
  const queued = renewing ? new Set<string>() : await existingKeys(wanted.map((w) => w.key));
  const messages = new Map<string, OutgoingMessage>();
  const items: OutboxItem[] = [];
  for (const w of wanted) {
    if (renewing ? !renewing.has(w.key) : queued.has(w.key)) continue;
    // One message for all who get it the same day: «сегодня в …» depends on when it can go out.
    const messageKey = `${w.lessonId}:${w.kind}:${w.plain}:${w.language}:${isoDate(toLocal(w.notBefore, w.timeZone))}`;
    let message = messages.get(messageKey);
    if (!message) messages.set(messageKey, (message = await reminderMessage(w.lessonId, w.kind, w.language, w.plain, w.notBefore)));
    // Read by a relative: the shared message with whose record it is on its first line (walk36 L2).
    const own = w.whose && 'key' in message.text ? { ...message, text: { ...message.text, vars: { ...message.text.vars, whose: w.whose } } } : message;
    items.push({ key: renewing ? `${w.key}${renew.suffix}` : w.key, citizenId: w.citizenId, priority: 'reminder', message: own, notBefore: w.notBefore, notAfter: w.notAfter });
  }
  return items.length > 0 ? enqueue(items, now) : { added: 0 };
}

/**
 * Reminders of these lessons queued again (renewed-reminders.ts: the group's room changed): `pick` says which of the
 * due ones' keys to queue again, under the key with `suffix` (the job goes on finding the old key there).
 */
export type RenewQueued = { lessonIds: string[]; suffix: string; pick: (keys: string[]) => Promise<Set<string>> };

/**
 * Until when a reminder says something true: "soon" until the lesson begins, "tomorrow" until the lesson's day
 * begins on the center's clock. Past that the outbox drops it (a bot down at the time sends nothing stale later).
 */
export function reminderEnd(kind: ReminderKind, startsAt: Date, timeZone: string): Date {
  return kind === 'soon' ? startsAt : fromLocal(toLocal(startsAt, timeZone), 0, 0, timeZone);
}

type Participant = { citizenId: number; language: Locale; enrolledAt?: Date; whose?: string };

/** Enrolled participants of these groups with their language (and whose record, read by a relative), by group id. */
async function enrolledParticipants(groupIds: string[]): Promise<Map<string, Participant[]>> {
  // Positive ids only: people without Telegram are called instead (the daily call list, src/domain/call-lists.ts).
  const entries = await WaitlistEntryModel.find({ groupId: { $in: groupIds }, status: 'enrolled', citizenId: { $gt: 0 } }, { citizenId: 1, groupId: 1, enrolledAt: 1 }).lean();
  const citizens = await CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { language: 1, name: 1, readsFor: 1 }).lean();
  const language = new Map(citizens.map((c): [number, Locale] => [c._id, c.language === 'en' ? 'en' : 'ru']));
  const whose = new Map(citizens.filter((c) => c.readsFor).map((c) => [c._id, initialled(c.name)]));
  const byGroup = new Map<string, Participant[]>();
  for (const e of entries) {
    const lang = language.get(e.citizenId!);
    if (!lang) continue;
    const list = byGroup.get(String(e.groupId)) ?? [];
    list.push({ citizenId: e.citizenId!, language: lang, ...(e.enrolledAt ? { enrolledAt: e.enrolledAt } : {}), ...whoseVars(whose.get(e.citizenId!)) });
    byGroup.set(String(e.groupId), list);
  }
  return byGroup;
}

/**
 * `plain`: for someone who has just said "I'll come": when and where, no "Will you come?" and no buttons.
 * `sentFrom`: the earliest moment it can go out (the "soon" one of a lesson that day says «сегодня в …»).
 */
async function reminderMessage(lessonId: string, kind: ReminderKind, language: Locale, plain: boolean, sentFrom: Date): Promise<OutgoingMessage> {
  const vars = (await lessonVars(lessonId, language, kind === 'soon' ? sentFrom : undefined)) ?? {};
  if (plain) return { text: { key: 'rem-soon-plain', vars } };
  return {
    text: { key: kind === 'day' ? 'rem-day-before' : 'rem-soon', vars },
    buttons: [[
      { text: { key: 'rem-btn-yes' }, data: reminderData.pack('yes', lessonId) },
      { text: { key: 'rem-btn-no' }, data: reminderData.pack('no', lessonId) },
    ]],
  };
}

export type AnswerCheck =
  | { ok: false }
  | { ok: true; entryId: string; groupId: string; librarianId: number; firstLesson: boolean };

/**
 * Is this citizen enrolled in the group of this (scheduled, not yet started)
 * lesson? Reminder buttons can be old or forged: every answer checks again.
 */
export async function checkReminderAnswer(citizenId: number, lessonId: string, now: Date): Promise<AnswerCheck> {
  if (!isObjectId(lessonId)) return { ok: false };
  const lesson = await LessonModel.findById(lessonId, { groupId: 1, startsAt: 1, status: 1 }).lean();
  if (!lesson || lesson.status !== 'scheduled' || lesson.startsAt <= now) return { ok: false };
  const [group, entry] = await Promise.all([
    ClassGroupModel.findById(lesson.groupId, { status: 1, librarianId: 1 }).lean(),
    WaitlistEntryModel.findOne({ citizenId, groupId: lesson.groupId, status: 'enrolled' }, { _id: 1, enrolledAt: 1 }).lean(),
  ]);
  if (!group || group.status !== 'open' || !entry) return { ok: false };
  // Their own first lesson: someone who joined a group already begun starts with a later one (joining-lesson.ts).
  const since = entry.enrolledAt ? { startsAt: { $gte: entry.enrolledAt } } : {};
  const first = await LessonModel.findOne({ groupId: lesson.groupId, status: 'scheduled', ...since }, { _id: 1 }).sort({ startsAt: 1 }).lean();
  return {
    ok: true,
    entryId: String(entry._id),
    groupId: String(lesson.groupId),
    librarianId: group.librarianId,
    firstLesson: String(first?._id) === lessonId,
  };
}

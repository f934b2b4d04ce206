import type { Types } from 'mongoose';
import { LessonModel } from '../db/models/lesson.js';
import { ANSWER_BEFORE_START_MS } from './offer-messages.js';

/**
 * The lesson a newcomer would start with (walk s21 W21-26: a seat freed after the first lesson stayed empty for the
 * whole course while people waited). One rule for offers, late accepts and schedule changes: a group takes newcomers
 * while they would miss at most ONE lesson and more lessons remain than they missed. The newcomer's first lesson is
 * the first scheduled one starting more than `leadMs` from now (by default the hour to answer before it plus half an
 * hour to answer at all); every scheduled lesson before it has begun, at most one did, and if one did, at least two
 * remain from theirs. Before the group's first lesson nothing changes: that lesson is theirs, or none is.
 */

/** The answer is due an hour before the newcomer's first lesson, and there is at least half an hour to give it. */
export const OFFER_LEAD_MS = ANSWER_BEFORE_START_MS + 1_800_000;

export interface JoiningLesson {
  lessonId: string;
  startsAt: Date;
  /** When the answer to a seat offer is due: an hour before this lesson. */
  answerBy: Date;
  /** Scheduled lessons the newcomer misses (0 before the group begins, else 1). */
  missed: number;
}

type LessonRow = { _id: Types.ObjectId | string; startsAt: Date };

/** The rule itself, on a group's scheduled lessons (any order). Undefined: the group takes no newcomer now. */
export function joiningLessonOf(lessons: LessonRow[], now: Date, leadMs = OFFER_LEAD_MS): JoiningLesson | undefined {
  const sorted = [...lessons].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const at = sorted.findIndex((l) => l.startsAt.getTime() > now.getTime() + leadMs);
  if (at < 0 || at > 1) return undefined;
  const before = sorted.slice(0, at);
  if (before.some((l) => l.startsAt.getTime() > now.getTime())) return undefined; // the first lesson is too near, not held
  if (at === 1 && sorted.length - at < 2) return undefined; // more lessons must remain than were missed
  const lesson = sorted[at]!;
  return { lessonId: String(lesson._id), startsAt: lesson.startsAt, answerBy: new Date(lesson.startsAt.getTime() - ANSWER_BEFORE_START_MS), missed: at };
}

/** The lesson a newcomer to this group would start with now, read from the database. */
export async function joiningLesson(groupId: Types.ObjectId | string, now: Date, leadMs = OFFER_LEAD_MS): Promise<JoiningLesson | undefined> {
  const lessons = await LessonModel.find({ groupId, status: 'scheduled' }, { startsAt: 1 }).lean();
  return joiningLessonOf(lessons, now, leadMs);
}

/**
 * Whether a participant belongs on a lesson's roster: they had taken their seat by the time it began. Someone who
 * joined after a lesson is neither marked nor counted absent for it (entries without `enrolledAt` always are).
 */
export const onRoster = (enrolledAt: Date | null | undefined, lessonStartsAt: Date) => !enrolledAt || enrolledAt.getTime() <= lessonStartsAt.getTime();

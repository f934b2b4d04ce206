import { Composer } from 'grammy';
import { findLessonFor, hasStarted, lessonsToMark, saveAttendance } from '../../../domain/attendance.js';
import { saidAbsentIds } from '../../../domain/said-absent.js';
import { findGroupFor, groupSummary, listLessons, listParticipants, type LessonView } from '../../../domain/classes.js';
import { formatLessonTime } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { ticksKept } from './attendance-kept.js';
import { pageOf, type Page } from '../../menus/paging.js';
import { count, objectId, payloadCodec, positions } from '../../menus/payload.js';
import { closeWithText, pageCounter, ViewMenu, type MenuContext } from '../../menus/view-menu.js';
import { namesakeMarks, toggleLabels } from '../../menus/toggle-label.js';
import { GROUPS_PER_PAGE, groupLabels, groupWhereLine, labelledGroups, placedGroups } from './group-labels.js';

/**
 * /attendance: group → lesson → a toggle per participant → Save, in one
 * message edited in place. Ticks live only in the buttons' payload (a bit per
 * participant) until Save writes the whole list at once; every press passes the
 * staff guard and the center check of its group or lesson (callback data can
 * be forged). Menu ids: ag (groups), al (lessons), am (marks).
 */

// ---- Groups.

interface GroupsView { page: Page<Awaited<ReturnType<typeof placedGroups>>[number]> }

async function loadGroups(ctx: BotContext, page: number): Promise<GroupsView | null> {
  const groups = await placedGroups(ctx, await labelledGroups(ctx));
  return groups.length === 0 ? null : { page: pageOf(groups, page, { line: () => '', frame: 0, perPage: GROUPS_PER_PAGE }) };
}

export const attendanceGroupsMenu = new ViewMenu<GroupsView, { page: number }>({
  id: 'ag',
  guard: requireStaff(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (ctx, p) => loadGroups(ctx, p.page),
  names: { people: () => [], reopen: '/attendance', always: true },
  goneKey: 'cls-groups-none',
  text: (ctx, v) => [ctx.t('cls-attendance-groups'), pageCounter(ctx, v.page)].filter(Boolean).join('\n'),
  buttons: (b, v, ctx) => {
    for (const g of v.page.items) {
      const label = g.place ? ctx.t('cls-group-button-at', { ...g.labels, place: g.place }) : ctx.t('cls-group-button', g.labels);
      b.text(label, (pressed) => openLessons(pressed, g.id)).row();
    }
    b.pages(v.page, async (pressed, index) => {
      const next = await loadGroups(pressed, index);
      if (next) await attendanceGroupsMenu.edit(pressed, next);
    });
  },
});

// ---- Lessons of a group.

interface LessonsView {
  groupId: string;
  timeZone: string;
  /** The group's center and course, for staff with groups at several centers ('' else). */
  where: string;
  page: Page<LessonView>;
  /** None has begun yet: the first lesson ahead, to say when marking opens. */
  firstAhead?: LessonView;
}

async function loadLessons(ctx: BotContext, p: { group: string; page: number }): Promise<LessonsView | null> {
  if (!(await findGroupFor(ctx.role!, p.group))) return null;
  const summary = await groupSummary(p.group);
  if (!summary) return null;
  const labels = await groupLabels(ctx, summary);
  const { timeZone } = labels;
  const [lessons, where] = await Promise.all([listLessons(p.group), groupWhereLine(ctx, labels)]);
  const markable = lessonsToMark(lessons, ctx.deps.now(), timeZone);
  const firstAhead = markable.length === 0 ? lessons[0] : undefined;
  return { groupId: p.group, timeZone, where, page: pageOf(markable, p.page, { line: () => '', frame: 0, perPage: 10 }), ...(firstAhead ? { firstAhead } : {}) };
}

const lessonsText = (ctx: BotContext, v: LessonsView) => {
  const said = () => {
    if (v.page.items.length > 0) return [ctx.t('cls-attendance-lessons'), pageCounter(ctx, v.page)].filter(Boolean).join('\n');
    if (!v.firstAhead) return ctx.t('cls-attendance-no-lessons');
    return ctx.t('cls-attendance-none-begun', { time: formatLessonTime(new Date(v.firstAhead.startsAt), v.timeZone, ctx.locale) });
  };
  return [v.where, said()].filter(Boolean).join('\n');
};

/** Opens the lessons of a group in the pressed message (from /attendance or a roster). */
export function openLessons(ctx: MenuContext, groupId: string) {
  return lessonsMenu.show(ctx, { group: groupId, page: 0 });
}

export const lessonsMenu = new ViewMenu<LessonsView, { group: string; page: number }>({
  id: 'al',
  guard: requireStaff(),
  payload: payloadCodec({ group: objectId, page: count }),
  payloadOf: (v) => ({ group: v.groupId, page: v.page.index }),
  load: loadLessons,
  names: { people: () => [], reopen: '/attendance', always: true },
  text: lessonsText,
  buttons: (b, v, ctx) => {
    for (const l of v.page.items) {
      const time = formatLessonTime(new Date(l.startsAt), v.timeZone, ctx.locale);
      // Today's lesson before its hour says so on its button (walk s20 #28: listed, then refused with no warning).
      const mark = l.marked ? ' ✓' : hasStarted(l, ctx.deps.now()) ? '' : ctx.t('cls-lesson-not-begun');
      // roster -1 matches no roster: the ticks start from the saved ones.
      b.text(ctx.t('cls-lesson-button', { index: l.index, time, mark }), async (pressed) => {
        // Today's lesson before its hour has no attendance yet (Save checks again).
        if (!hasStarted(l, pressed.deps.now())) return notStarted(pressed);
        await marksMenu.show(pressed, { lesson: l.id, page: 0, marks: new Set(), roster: -1 });
      }).row();
    }
    b.pages(v.page, async (pressed, index) => {
      const next = await loadLessons(pressed, { group: v.groupId, page: index });
      if (next) await lessonsMenu.edit(pressed, next);
    });
    b.text(ctx.t('btn-back'), async (pressed) => {
      const groups = await loadGroups(pressed, 0);
      if (groups) await attendanceGroupsMenu.edit(pressed, groups);
    });
  },
});

/** The alert for a lesson that has not begun (answered here, so the menu does not answer again). */
async function notStarted(ctx: MenuContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t('cls-attendance-not-started'), show_alert: true });
}

// ---- Marks: a toggle per participant, then Save.

type Participant = { citizenId: number; name: string; phone?: string | undefined };

interface MarksView {
  lesson: LessonView;
  groupId: string;
  time: string;
  /** As LessonsView's. */
  where: string;
  participants: Participant[];
  /** Who said «не смогу» for this lesson: marked beside the name, the mark said once above (walk36 L6). */
  saidAbsent: number[];
  /** Positions in `participants` ticked present (not saved until Save). */
  marks: Set<number>;
  /** Which roster the positions refer to (a short hash of the participants). */
  roster: number;
  /** The pressed buttons were drawn for another roster (someone joined or left): ticks start again from the saved ones. */
  stale: boolean;
  page: Page<Participant & { position: number }>;
}

export const MARKS_PER_PAGE = 10;
/** Names are buttons, not lines of text: pages are counted in buttons only. */
const marksPaging = { line: () => '', frame: 0, perPage: MARKS_PER_PAGE };
const numbered = (people: Participant[]) => people.map((x, position) => ({ ...x, position }));
/** Positions fit a 64-bit mask; groups hold at most 50 (new-class validation). */
const MAX_MARKABLE = 64;
const SAID_ABSENT = '🚫'; // beside the name of someone who said «не смогу»: one sign, so a long name still fits

/** Base-36 fits in two characters (0…1295). People without Telegram have negative ids: `%` keeps the sign, so it is evened out. */
const rosterTag = (people: Participant[]) => people.reduce((h, p) => (((h * 31 + (p.citizenId % 1_000_003)) % 1296) + 1296) % 1296, 7);

async function loadMarks(ctx: BotContext, p: { lesson: string; page: number; marks: Set<number>; roster: number }): Promise<MarksView | null> {
  const found = await findLessonFor(ctx.role!, p.lesson);
  // A lesson cancelled since the buttons were drawn has no attendance to mark.
  if (!found || found.lesson.status !== 'scheduled') return null;
  const participants = (await listParticipants(found.groupId, found.lesson.startsAt)).slice(0, MAX_MARKABLE).map(({ citizenId, name, phone }) => ({ citizenId, name, phone }));
  const roster = rosterTag(participants);
  const stale = p.roster !== roster;
  const saved = new Set(participants.flatMap((x, i) => (found.lesson.attendedIds.includes(x.citizenId) ? [i] : [])));
  const summary = await groupSummary(found.groupId);
  const labels = await groupLabels(ctx, summary!);
  const { timeZone } = labels;
  return {
    lesson: found.lesson,
    groupId: found.groupId,
    where: await groupWhereLine(ctx, labels),
    time: formatLessonTime(new Date(found.lesson.startsAt), timeZone, ctx.locale),
    participants,
    saidAbsent: (await saidAbsentIds(p.lesson)).filter((id) => participants.some((x) => x.citizenId === id)),
    marks: stale ? saved : new Set([...p.marks].filter((i) => i < participants.length)),
    roster,
    stale,
    page: pageOf(numbered(participants), p.page, marksPaging),
  };
}

/** Redraws a view whose roster changed under the pressed buttons; true when it did. */
async function redrawIfStale(ctx: MenuContext, v: MarksView): Promise<boolean> {
  if (!v.stale) return false;
  await marksMenu.edit(ctx, { ...v, stale: false });
  return true;
}

export const marksMenu = new ViewMenu<MarksView, { lesson: string; page: number; marks: Set<number>; roster: number }>({
  id: 'am',
  guard: requireStaff(),
  payload: payloadCodec({ lesson: objectId, page: count, marks: positions, roster: count }),
  payloadOf: (v) => ({ lesson: v.lesson.id, page: v.page.index, marks: v.marks, roster: v.roster }),
  load: loadMarks,
  outdatedNotice: (ctx, v) => (v.stale ? ctx.t('cls-attendance-roster-changed') : undefined),
  // Every participant in order, and the ticks (its payload): a person forgotten meanwhile leaves the list, the ticks stay (probe31 L3).
  names: { people: (v) => v.participants.map((x) => x.citizenId), reopen: '/attendance', always: true, without: ticksKept(loadMarks) },
  text: (ctx, v) => {
    const marks = v.participants.length === 0 ? ctx.t('cls-attendance-empty') : ctx.t('cls-attendance-menu', { index: v.lesson.index, time: v.time });
    const said = v.saidAbsent.length > 0 ? ctx.t('attendance-said-absent', { mark: SAID_ABSENT }) : '';
    return [v.where, marks, said, pageCounter(ctx, v.page)].filter(Boolean).join('\n');
  },
  buttons: (b, v, ctx) => {
    const apart = namesakeMarks(v.page.items, (i) => v.page.items[i]!.position + 1);
    const lead = (p: Participant) => (v.saidAbsent.includes(p.citizenId) ? `${SAID_ABSENT} ` : '');
    const labels = toggleLabels(v.page.items.map((p, i) => ({ name: p.name, lead: lead(p), on: v.marks.has(p.position), state: ctx.t('mark-present'), apart: apart[i] })));
    for (const [i, p] of v.page.items.entries()) {
      b.text(labels[i]!, async (pressed) => {
        if (await redrawIfStale(pressed, v)) return pressed.t('cls-attendance-roster-changed');
        const marks = new Set(v.marks);
        if (!marks.delete(p.position)) marks.add(p.position);
        await marksMenu.editButtons(pressed, { ...v, marks });
      }).row();
    }
    b.pages(v.page, async (pressed, index) => {
      if (await redrawIfStale(pressed, v)) return pressed.t('cls-attendance-roster-changed');
      await marksMenu.edit(pressed, { ...v, page: pageOf(numbered(v.participants), index, marksPaging) });
    });
    if (v.participants.length > 0) b.text(ctx.t('cls-attendance-save'), (pressed) => save(pressed, v)).row();
    b.text(ctx.t('btn-back'), (pressed) => openLessons(pressed, v.groupId));
  },
});

/** Save is the only write: the ticks of every page at once. */
async function save(ctx: MenuContext, v: MarksView) {
  if (await redrawIfStale(ctx, v)) return ctx.t('cls-attendance-roster-changed');
  const present = v.participants.filter((_, i) => v.marks.has(i)).map((p) => p.citizenId);
  const saved = await saveAttendance(ctx.from.id, v.lesson.id, present, ctx.deps.now());
  if (!saved) return ctx.t('cls-not-found');
  if (saved === 'not-started') return notStarted(ctx);
  ctx.log.info({ actor_id: ctx.from.id, lesson_id: v.lesson.id, present: saved.present, absent: saved.absent }, 'attendance saved');
  // The counts replace the list; under them, where to go next (the next lesson to mark, the group's lessons).
  const after = await loadSaved(ctx, v.lesson.id);
  if (after) return void (await savedMenu.edit(ctx, { ...after, saved }));
  await closeWithText(ctx, savedText(ctx, saved));
}

// ---- Saved: the counts, and the next steps as buttons.

type SavedCounts = { present: number; absent: number; completed: boolean };

interface SavedView {
  lesson: LessonView;
  groupId: string;
  saved: SavedCounts;
  /** The next lesson of the group, when it has begun (it can be marked now). */
  next?: { lesson: LessonView; time: string };
}

const savedText = (ctx: BotContext, saved: SavedCounts) =>
  [ctx.t('cls-attendance-saved', { present: saved.present, absent: saved.absent }), ...(saved.completed ? [ctx.t('cls-attendance-completed')] : [])].join('\n');

/** The saved lesson again from the database (the counts as saved; a press rebuilds them), for this staff member's centers only. */
async function loadSaved(ctx: BotContext, lessonId: string): Promise<SavedView | null> {
  const found = await findLessonFor(ctx.role!, lessonId);
  if (!found || found.lesson.status !== 'scheduled') return null;
  const [participants, lessons, summary] = await Promise.all([listParticipants(found.groupId, found.lesson.startsAt), listLessons(found.groupId), groupSummary(found.groupId)]);
  const present = participants.filter((p) => found.lesson.attendedIds.includes(p.citizenId)).length;
  const last = lessons.at(-1);
  const saved = { present, absent: participants.length - present, completed: found.lesson.marked && last?.id === found.lesson.id };
  const next = lessons.find((l) => l.index > found.lesson.index);
  const { timeZone } = summary ? await groupLabels(ctx, summary) : { timeZone: ctx.deps.config.APP_TIMEZONE };
  const markable = next && hasStarted(next, ctx.deps.now()) ? { lesson: next, time: formatLessonTime(new Date(next.startsAt), timeZone, ctx.locale) } : undefined;
  return { lesson: found.lesson, groupId: found.groupId, saved, ...(markable ? { next: markable } : {}) };
}

export const savedMenu = new ViewMenu<SavedView, { lesson: string }>({
  id: 'as',
  guard: requireStaff(),
  payload: payloadCodec({ lesson: objectId }),
  payloadOf: (v) => ({ lesson: v.lesson.id }),
  load: (ctx, p) => loadSaved(ctx, p.lesson),
  names: { people: () => [], reopen: '/attendance', always: true },
  text: (ctx, v) => savedText(ctx, v.saved),
  buttons: (b, v, ctx) => {
    if (v.next) {
      const next = v.next.lesson;
      b.text(ctx.t('cls-attendance-next', { index: next.index, time: v.next.time }), async (pressed) => {
        if (!hasStarted(next, pressed.deps.now())) return notStarted(pressed);
        await marksMenu.show(pressed, { lesson: next.id, page: 0, marks: new Set(), roster: -1 });
      }).row();
    }
    b.text(ctx.t('cls-attendance-to-lessons'), (pressed) => openLessons(pressed, v.groupId));
  },
});

export function attendanceFeature() {
  const composer = new Composer<BotContext>();

  composer.command('attendance', requireStaff(), async (ctx) => {
    const view = await loadGroups(ctx, 0);
    if (!view) return void (await ctx.reply(ctx.t('cls-groups-none')));
    await attendanceGroupsMenu.send(ctx, view);
  });

  return composer;
}

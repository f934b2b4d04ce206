import { Composer } from 'grammy';
import { COURSE_EDIT, courseCardText, type CourseEditArgs } from '../../../../scenes/admin/course-edit.js';
import { countWaitingFor, courseCardData, getCourse, listAllCourses, setCourseActive, type AdminCourse } from '../../../domain/courses-admin.js';
import { HIDE_TERMS, reopeningAhead, reopeningDay, sayReopening, type HideTerm } from '../../../domain/planned-reopening.js';
import type { BotContext } from '../../context.js';
import { requireCoordinator } from '../../filters/roles.js';
import { pageOf, type Page } from '../../menus/paging.js';
import { count, payloadCodec, slug } from '../../menus/payload.js';
import { pageCounter, ViewMenu } from '../../menus/view-menu.js';

/**
 * /courses for coordinators (walk s22 W22-26): every course (stopped ones marked ⏸) → a card with Edit,
 * Stop offering (asked first: how many wait and what they are told) or Offer again, and Back; "Add a course"
 * (scenes/admin/course-edit.ts). One message edited in place; the role is checked on the command and on every
 * button. Menu ids: ko (list), kc (card), kx (stop: asked first).
 */

const COURSES_PER_PAGE = 20;

interface ListView { page: Page<AdminCourse>; stopped: number; total: number }

async function loadList(page: number): Promise<ListView> {
  const courses = await listAllCourses();
  return {
    page: pageOf(courses, page, { line: () => '', frame: 0, perPage: COURSES_PER_PAGE }),
    stopped: courses.filter((c) => !c.active).length,
    total: courses.length,
  };
}

const titleOf = (ctx: BotContext, c: AdminCourse) => (ctx.locale === 'en' ? c.titleEn : c.titleRu);

export const courseListMenu = new ViewMenu<ListView, { page: number }>({
  id: 'ko',
  guard: requireCoordinator(),
  payload: payloadCodec({ page: count }),
  payloadOf: (v) => ({ page: v.page.index }),
  load: (_ctx, p) => loadList(p.page),
  text: (ctx, v) => [ctx.t('crs-list', { total: v.total, stopped: v.stopped }), pageCounter(ctx, v.page)].filter(Boolean).join('\n'),
  buttons: (b, v, ctx) => {
    for (const c of v.page.items) {
      b.text(`${c.active ? '' : '⏸ '}${titleOf(ctx, c)}`, (pressed) => courseCardMenu.show(pressed, { course: c.id, page: v.page.index })).row();
    }
    b.pages(v.page, async (pressed, index) => courseListMenu.edit(pressed, await loadList(index)));
    b.text(ctx.t('crs-btn-add'), (pressed) => enterEdit(pressed, {}));
  },
});

interface CardView { course: AdminCourse; waiting: number; withoutTelegram: number; page: number }

async function loadCard(id: string, page: number): Promise<CardView | null> {
  const course = await getCourse(id);
  if (!course) return null;
  const { all, withoutTelegram } = await countWaitingFor(id);
  return { course, waiting: all, withoutTelegram, page };
}

/** A course's card and its "stop?" question: one view of one course, checked and loaded alike. */
const oneCourse = {
  guard: requireCoordinator(),
  payload: payloadCodec({ course: slug, page: count }),
  payloadOf: (v: CardView) => ({ course: v.course.id, page: v.page }),
  load: (_ctx: BotContext, p: { course: string; page: number }) => loadCard(p.course, p.page),
  goneKey: 'crs-not-found',
};

export const courseCardMenu = new ViewMenu<CardView, { course: string; page: number }>({
  id: 'kc',
  ...oneCourse,
  text: (ctx, v) => courseCardText(ctx, v.course, v.waiting, resumingOn(ctx, v.course)),
  buttons: (b, v, ctx) => {
    b.text(ctx.t('adm-ctr-btn-edit'), (pressed) => enterEdit(pressed, { courseId: v.course.id })).row();
    if (v.course.active) b.text(ctx.t('crs-btn-stop'), (pressed) => courseStopMenu.edit(pressed, v)).row();
    else b.text(ctx.t('crs-btn-start'), (pressed) => setActive(pressed, v, true)).row();
    b.text(ctx.t('btn-back'), async (pressed) => courseListMenu.edit(pressed, await loadList(v.page)));
  },
});

export const courseStopMenu = new ViewMenu<CardView, { course: string; page: number }>({
  id: 'kx',
  ...oneCourse,
  text: (ctx, v) =>
    [
      ctx.t('crs-stop-confirm', { title: titleOf(ctx, v.course), count: v.waiting }),
      v.withoutTelegram > 0 ? ctx.t('crs-stop-paper', { count: v.withoutTelegram }) : '',
    ].filter(Boolean).join('\n\n'),
  buttons: (b, v, ctx) => {
    // Until when, as a center is hidden (walk34 W34-09): people are told the day; «не знаю» stops it without one.
    for (const term of PAUSE_TERMS) b.text(ctx.t(`btn-stop-${term}`), (pressed) => setActive(pressed, v, false, term)).row();
    b.text(ctx.t('crs-btn-stop-yes'), (pressed) => setActive(pressed, v, false)).row();
    b.text(ctx.t('btn-back'), (pressed) => courseCardMenu.edit(pressed, v));
  },
});

/** The terms a course can be stopped for, besides «не знаю» (HIDE_TERMS' days, from today in the region). */
const PAUSE_TERMS = ['1m', '3m'] as const satisfies readonly HideTerm[];

/** A stopped course's planned day to be offered again, said for a reader ('' when none, or gone by). */
const resumingOn = (ctx: BotContext, course: { resumesOn?: string }) =>
  sayReopening(reopeningAhead(course.resumesOn, ctx.deps.now(), ctx.deps.config.APP_TIMEZONE), ctx.locale, ctx.deps.now());

/** Stops (for `term`) or starts the course again, says so in an alert (with how many were told), and shows the card as it is now. */
async function setActive(ctx: BotContext, v: CardView, active: boolean, term: HideTerm = 'unknown'): Promise<void> {
  const now = ctx.deps.now();
  const until = HIDE_TERMS[term] > 0 ? reopeningDay(term, now, ctx.deps.config.APP_TIMEZONE) : undefined;
  const changed = await setCourseActive(ctx.from!.id, v.course.id, active, now, until);
  const key = !changed ? 'adm-ctr-unchanged' : active ? 'crs-started' : until ? 'stopped-until' : 'crs-stopped';
  const calls = changed && changed.calls > 0 ? ` ${ctx.t(active ? 'course-resumed-calls' : 'course-paused-calls', { count: changed.calls })}` : '';
  await ctx.answerCallbackQuery({ text: ctx.t(key, { told: changed ? changed.told : 0, date: sayReopening(until, ctx.locale, now) }) + calls, show_alert: !!changed });
  const card = await loadCard(v.course.id, v.page);
  if (card) await courseCardMenu.edit(ctx, card);
}

/** A conversation started from a button replaces whatever conversation was running. */
async function enterEdit(ctx: BotContext, args: CourseEditArgs) {
  if (Object.keys(ctx.conversation.active()).length > 0) await ctx.conversation.exitAll();
  await ctx.conversation.enter(COURSE_EDIT, args);
}

export function coursesFeature() {
  const composer = new Composer<BotContext>();
  composer.command('courses', requireCoordinator(), async (ctx) => courseListMenu.send(ctx, await loadList(0)));
  // The buttons under the card the add/edit conversation leaves: the card (as a menu) or the list.
  const saved = composer.callbackQuery(courseCardData.any, requireCoordinator());
  saved.callbackQuery(courseCardData.only('c'), async (ctx) => {
    const card = await courseCardMenu.open(ctx, { course: courseCardData.read(ctx.match).id, page: 0 });
    if (!card) return;
    await ctx.answerCallbackQuery();
    await courseCardMenu.edit(ctx, card);
  });
  saved.callbackQuery(courseCardData.only('list'), async (ctx) => {
    await ctx.answerCallbackQuery();
    await courseListMenu.edit(ctx, await loadList(0));
  });
  saved.use((ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}

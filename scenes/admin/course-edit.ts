import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import {
  COURSE_FIELDS,
  countWaitingFor,
  courseCardData,
  createCourse,
  getCourse,
  updateCourse,
  validateCourseText,
  type AdminCourse,
  type CourseField,
  type CourseFields,
} from '../../src/domain/courses-admin.js';
import { roleOf } from '../../src/domain/roles.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext, TranslateFlavor } from '../shared/context.js';
import { Questions } from '../shared/questions.js';

export const COURSE_EDIT = 'admin-course-edit';

/** Entered with no course to add one, or with `{ courseId }` to change one field of it. */
export interface CourseEditArgs {
  courseId?: string;
}

/** A course's words as the coordinator sees them: on the preview, the card and the saved card. */
export function courseDetails(ctx: TranslateFlavor, c: Partial<CourseFields>): string {
  return ctx.t('crs-details', { titleRu: c.titleRu ?? '—', shortRu: c.shortRu ?? '—', descriptionRu: c.descriptionRu ?? '—', titleEn: c.titleEn ?? '—' });
}

/** The card: the words, whether it is offered (stopped: until when, said as `until`), how many wait for it (walk s22 W22-26). */
export function courseCardText(ctx: TranslateFlavor, course: AdminCourse, waiting: number, until = ''): string {
  const status = course.active ? ctx.t('crs-status-active') : until ? ctx.t('status-stopped-until', { date: until }) : ctx.t('crs-status-stopped');
  return [courseDetails(ctx, course), status, ctx.t('crs-waiting', { count: waiting })].join('\n');
}

/**
 * Add a course: Russian title → short name → one-line description → English title → preview → Save.
 * Edit: which field → that step → preview → Save. Back and Cancel on every step (Questions); the coordinator
 * role is checked on entry and again on Save.
 */
export function courseEditScene(deps: SceneDeps) {
  const isCoordinator = async (userId: number) => (await roleOf(userId, deps.config.ADMIN_IDS))?.kind === 'coordinator';

  async function courseEdit(conversation: SceneConversation, ctx: SceneContext, args: CourseEditArgs = {}) {
    const q = new Questions(conversation, ctx);
    const userId = ctx.from!.id;
    if (!(await conversation.external(() => isCoordinator(userId)))) return q.finish(ctx.t('not-allowed'));
    const existing = args.courseId ? await conversation.external(() => getCourse(args.courseId!)) : undefined;
    if (args.courseId && !existing) return q.finish(ctx.t('crs-not-found'));
    const draft: Partial<CourseFields> = existing ? { ...existing } : {};
    const fields: readonly CourseField[] = existing
      ? [(await q.ask(ctx.t('crs-which-field', { title: existing.titleRu }), {
          choices: COURSE_FIELDS.map((f) => ({ label: ctx.t(`crs-field-${f}`), value: f })),
        })) as CourseField]
      : COURSE_FIELDS;
    for (const field of fields) {
      draft[field] = await q.ask(ctx.t(`crs-ask-${field}`, { title: draft.titleRu ?? '' }), {
        typed: (t) => validateCourseText(field, t) ?? { value: t },
        remember: true,
        current: draft[field],
      });
    }
    await q.ask(`${ctx.t(existing ? 'crs-preview-edit' : 'crs-preview-new')}\n\n${courseDetails(ctx, draft)}`, {
      choices: [{ label: ctx.t('adm-ctr-btn-save'), value: 'save' }],
    });
    const saved = await conversation.external(async () => {
      // The role may have been taken away since the conversation started.
      if (!(await isCoordinator(userId))) return { ok: false as const };
      const now = deps.now();
      const id = existing?.id ?? (await createCourse(userId, draft as CourseFields, now));
      const changed = existing ? await updateCourse(userId, existing.id, draft, now) : [];
      const course = await getCourse(id);
      if (changed === undefined || !course) return { ok: false as const };
      return { ok: true as const, course, waiting: (await countWaitingFor(id)).all, changed: changed.length };
    });
    if (!saved.ok) return q.finish(ctx.t('not-allowed'));
    const intro = ctx.t(!existing ? 'crs-created' : saved.changed > 0 ? 'crs-updated' : 'adm-ctr-no-changes');
    const keyboard = new InlineKeyboard()
      .text(ctx.t('crs-btn-card'), courseCardData.pack('c', saved.course.id))
      .row()
      .text(ctx.t('crs-btn-list'), courseCardData.pack('list'));
    await q.finish(`${intro}\n\n${courseCardText(ctx, saved.course, saved.waiting)}`, keyboard);
  }

  return createConversation<SceneOuterContext, SceneContext>(courseEdit, COURSE_EDIT);
}

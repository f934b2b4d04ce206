import { createConversation } from '@grammyjs/conversations';
import { centerPlace } from '../../src/domain/center-names.js';
import { GROUP_TIMES_OF_DAY, type GroupTimeOfDay } from '../../src/db/models/class-group.js';
import { findCourse, listCenters, listCourses } from '../../src/domain/catalog.js';
import { peopleCountOf } from '../../src/domain/people-count.js';
import { getPartner } from '../../src/domain/partners/partners.js';
import { createGroupRequest } from '../../src/domain/partners/requests.js';
import { representativeOf } from '../../src/domain/roles.js';
import { multiLine } from '../../src/domain/text.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { Questions } from '../shared/questions.js';

export const REQUEST_GROUP = 'partners-request-group';

/** 0 = Monday … 6 = Sunday, as in src/domain/time.ts weekdayOf. */
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];
/** The most people a request may name (prt-req-people-invalid says it). */
const MAX_PEOPLE = 50;

/**
 * A representative asks for a closed group for their people: course → how many
 * people → preferred centers → days → times of day → a note (or none) →
 * summary → Send. The role is checked on entry and on Send.
 */
export function requestGroupScene(deps: SceneDeps) {
  async function requestGroup(conversation: SceneConversation, ctx: SceneContext) {
    const q = new Questions(conversation, ctx);
    const userId = ctx.from!.id;
    const role = await conversation.external(() => representativeOf(userId));
    if (!role) return q.finish(ctx.t('not-allowed'));
    const [courses, allCenters, partner] = await conversation.external(() => Promise.all([listCourses(), listCenters(), getPartner(role.partnerId)]));
    // The partner's own centers first; all of them when it named none.
    const centers = partner?.centerIds.length ? allCenters.filter((c) => partner.centerIds.includes(c.id)) : allCenters;

    const courseId = await q.ask(ctx.t('prt-req-ask-course'), { choices: courses.map((c) => ({ label: c.title[ctx.locale], value: c.id })) });
    // «6-7» is its larger number, said on the summary (walk35 L5); the buttons' values are one number.
    const [from, to] = (
      await q.ask(ctx.t('prt-req-ask-people'), {
        choices: ['5', '8', '10', '12', '15'].map((v) => ({ label: v, value: v })),
        columns: 5,
        typed: (t) => {
          // The number among words ("около 10", "10 человек", «шесть»), as people write it (walk s20 #16).
          const said = peopleCountOf(t, MAX_PEOPLE);
          if (!said) return { error: 'prt-req-people-invalid' };
          return { value: said.range ? `${said.range.from}-${said.range.to}` : String(said.count) };
        },
      })
    ).split('-').map(Number) as [number, number?];
    const people = to ?? from;
    const peopleSaid = to === undefined ? people : ctx.t('people-range', { from, to });
    // One center is no choice (walk s18 #13): it is not asked, and the summary names it.
    const centerIds =
      centers.length === 1
        ? [centers[0]!.id]
        : await q.many(ctx.t('prt-req-ask-centers'), centers.map((c) => ({ label: centerPlace(c, ctx.locale, ': '), value: c.id })));
    const weekdays = (await q.many(ctx.t('prt-req-ask-days'), WEEKDAYS.map((d) => ({ label: ctx.t(`cls-weekday-${d}`), value: String(d) })), { columns: 2 })).map(Number);
    const timesOfDay = (await q.many(ctx.t('prt-req-ask-times'), GROUP_TIMES_OF_DAY.map((t) => ({ label: ctx.t(`time-${t}`), value: t })), { columns: 3 })) as GroupTimeOfDay[];
    const noteAnswer = await q.ask(ctx.t('prt-req-ask-note'), {
      choices: [{ label: ctx.t('prt-req-no-note'), value: '' }],
      typed: (t) => (multiLine(t).length >= 1 && t.length <= 500 ? { value: multiLine(t) } : { error: 'prt-req-note-invalid' }),
    });
    const course = await conversation.external(() => findCourse(courseId));
    const request = { courseId, people, centerIds, weekdays, timesOfDay, ...(noteAnswer ? { note: noteAnswer } : {}) };
    await q.ask(
      ctx.t('prt-req-summary', {
        course: course?.title[ctx.locale] ?? courseId,
        people: peopleSaid,
        centers: centers.filter((c) => centerIds.includes(c.id)).map((c) => centerPlace(c, ctx.locale)).join('; '),
        days: WEEKDAYS.filter((d) => weekdays.includes(d)).map((d) => ctx.t(`cls-weekday-${d}`)).join(', '),
        times: timesOfDay.map((t) => ctx.t(`time-${t}`)).join(', '),
        note: noteAnswer || '—',
      }),
      { choices: [{ label: ctx.t('prt-req-send'), value: 'send' }] },
    );
    const id = await conversation.external(async () => {
      // The role may have been removed, or the partner deactivated, while the form was open.
      const current = await representativeOf(userId);
      if (!current || current.partnerId !== role.partnerId) return null;
      return (await createGroupRequest(userId, role.partnerId, request, deps.now(), deps.config.ADMIN_IDS)) ?? null;
    });
    // The form was open for a representative: the one reason it is refused now is that the access was closed (probe s18 F2).
    await q.finish(ctx.t(id ? 'prt-req-sent' : 'prt-closed-request'));
  }
  return createConversation<SceneOuterContext, SceneContext>(requestGroup, REQUEST_GROUP);
}

import { createConversation } from '@grammyjs/conversations';
import { centerPlace } from '../../src/domain/center-names.js';
import { getCenter, setCenterActive } from '../../src/domain/centers-admin.js';
import { sayReopening } from '../../src/domain/planned-reopening.js';
import { roleOf } from '../../src/domain/roles.js';
import { localToday } from '../../src/domain/time.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { Questions } from '../shared/questions.js';
import { futureDay } from './future-day.js';

export const CENTER_HIDE_UNTIL = 'admin-center-hide-until';

/**
 * /centers → a center → «⏸ Скрыть от жителей» → «📅 До другого дня»: the day the center takes people again, typed
 * ("9.12"), for a closure of a few days or to a known day (walk29 W29-15). Then hidden as with a term's button:
 * the people waiting are told that day, and the coordinator is reminded of it.
 */
export function centerHideScene(deps: SceneDeps) {
  async function centerHide(conversation: SceneConversation, ctx: SceneContext, args: { centerId?: string } = {}) {
    const q = new Questions(conversation, ctx);
    const userId = ctx.from!.id;
    const isCoordinator = () => conversation.external(async () => (await roleOf(userId, deps.config.ADMIN_IDS))?.kind === 'coordinator');
    if (!(await isCoordinator())) return q.finish(ctx.t('not-allowed'));
    const center = args.centerId ? await conversation.external(() => getCenter(args.centerId!)) : undefined;
    if (!center) return q.finish(ctx.t('adm-ctr-not-found'));
    if (!center.active) return q.finish(ctx.t('adm-ctr-unchanged'));
    const now = new Date(await conversation.external(() => deps.now().toISOString()));
    // A year at most by a typed day; longer is «Срок пока неизвестен».
    const day = futureDay(ctx, localToday(now, center.timeZone), { today: 'adm-ctr-hide-date-past', far: 'adm-ctr-hide-date-far' });
    const until = await q.ask(ctx.t('adm-ctr-hide-date-ask', { center: centerPlace(center, ctx.locale, ': ') }), { typed: day });
    const done = await conversation.external(async () => {
      // Checked again on the step that acts: roles change, and another coordinator may have hidden it meanwhile.
      if ((await roleOf(userId, deps.config.ADMIN_IDS))?.kind !== 'coordinator') return 'not-allowed' as const;
      return (await setCenterActive(userId, center.id, false, deps.now(), { until })) || ('unchanged' as const);
    });
    if (done === 'not-allowed') return q.finish(ctx.t('not-allowed'));
    if (done === 'unchanged') return q.finish(ctx.t('adm-ctr-unchanged'));
    // More than two months on: with its year, as the people waiting read it.
    const date = sayReopening(until, ctx.locale, now);
    await q.finish([ctx.t('adm-ctr-deactivated-until', { told: done.told, date }), ctx.t('adm-ctr-hide-lessons')].join('\n'));
  }
  return createConversation<SceneOuterContext, SceneContext>(centerHide, CENTER_HIDE_UNTIL);
}

import { createConversation } from '@grammyjs/conversations';
import { centerPlace } from '../../src/domain/center-names.js';
import { listCenters } from '../../src/domain/catalog.js';
import { centersOfStaff, createInvite, grantCenters, tellNewLibrarian } from '../../src/domain/staff.js';
import { handOverGroups } from '../../src/domain/staff-leaving.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneHooks, SceneOuterContext } from '../shared/context.js';
import { checked, Questions } from '../shared/questions.js';

export const ADD_STAFF = 'classes-add-staff';

/** Coordinator adds a librarian: invite link or Telegram id → centers → done. */
export function addStaffScene(deps: SceneDeps, hooks: SceneHooks) {
  async function addStaff(conversation: SceneConversation, ctx: SceneContext) {
    const q = new Questions(conversation, ctx);
    const actorId = ctx.from!.id;
    // Callback data can be forged and roles can change: check again inside.
    if (!deps.config.ADMIN_IDS.includes(actorId)) return q.finish(ctx.t('not-allowed'));
    const how = await q.ask(ctx.t('cls-staff-how'), {
      choices: [
        { label: ctx.t('cls-staff-by-link'), value: 'link' },
        { label: ctx.t('cls-staff-by-id'), value: 'id' },
      ],
    });
    const userId =
      how === 'id'
        ? Number(await q.ask(ctx.t('cls-staff-ask-id'), { typed: checked((t) => (/^\d{1,15}$/.test(t) && Number(t) > 0 ? undefined : 'cls-staff-id-invalid')) }))
        : 0;
    const centers = await conversation.external(() => listCenters());
    const chosenNames = (ids: string[]) => centers.filter((c) => ids.includes(c.id)).map((c) => centerPlace(c, ctx.locale)).join('; ');
    // Someone who is a librarian already: their centers are ticked, and what is chosen becomes their set (walk s20 #42).
    const current = userId ? await conversation.external(() => centersOfStaff(userId)) : [];
    // Left above the result, the picker says what was chosen, not the question (walk s20 #11).
    const chosen = await q.many(
      ctx.t('cls-staff-centers'),
      centers.map((c) => ({ label: centerPlace(c, ctx.locale, ': '), value: c.id })),
      { record: (ids) => ctx.t('cls-staff-centers-chosen', { centers: chosenNames(ids) }), initial: current },
    );
    if (how === 'link') {
      const code = await conversation.external(() => createInvite(actorId, chosen, deps.now()));
      return q.finish(ctx.t('cls-staff-invite-link', { link: `https://t.me/${ctx.me.username}?start=staff-${code}` }));
    }
    const names = chosenNames(chosen);
    const moved = await conversation.external(async (outer) => {
      // Her groups at the centers unticked go to the center's other librarian, else to this coordinator (probe s23 H1);
      // first, so a kill before the centers change leaves nothing with her.
      const unticked = (await centersOfStaff(userId)).filter((c) => !chosen.includes(c));
      const handed = unticked.length > 0 ? await handOverGroups(actorId, userId, deps.now(), unticked) : 0;
      await grantCenters(actorId, userId, chosen, deps.now(), undefined, { exactly: true });
      await tellNewLibrarian(userId, chosen, deps.now());
      // Their command list; a person who never opened the bot has no chat yet, which is fine.
      await hooks.showStaffCommands(outer.api, userId).catch(() => undefined);
      return handed;
    });
    // The bot cannot write first to someone who never opened it: her /start then says what she is (W22-30).
    const said = [ctx.t('cls-staff-granted', { id: String(userId), centers: names }), ctx.t('staff-granted-start'), moved > 0 ? ctx.t('staff-revoked-groups', { count: moved }) : ''];
    await q.finish(said.filter(Boolean).join('\n'));
  }
  return createConversation<SceneOuterContext, SceneContext>(addStaff, ADD_STAFF);
}

import { createConversation } from '@grammyjs/conversations';
import { centerPlace } from '../../src/domain/center-names.js';
import { listStaffCenters } from '../../src/domain/catalog.js';
import { centersOfStaff, createInvite, grantCenters, listLibrarians, nameLibrarianOnce, tellNewLibrarian } from '../../src/domain/staff.js';
import { chosenLost, handOverChoices, handOverGroupList, type HandOverChoice } from '../../src/domain/staff-leaving.js';
import { closeViewsOfCenters, groupLines, takerNames, tellCentersChanged } from '../../src/domain/staff-centers.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneHooks, SceneOuterContext } from '../shared/context.js';
import { staffCenterLabel } from '../shared/center-label.js';
import { checked, Questions, type Choice } from '../shared/questions.js';

export const ADD_STAFF = 'classes-add-staff';

/** The name colleagues see, else her Telegram id (the coordinator typed it), said to be one until she writes to the bot. */
const librarianName = async (userId: number) => (await listLibrarians()).find((s) => s.id === userId)?.displayName;
const unnamed = (ctx: SceneContext, id: number) => ctx.t('staff-unnamed', { id: String(id) });

/** Who may take her groups: the default first (marked), the other librarians of those centers, then the coordinator. */
function handOverButtons(ctx: SceneContext, actorId: number, choices: { defaults: HandOverChoice[]; candidates: HandOverChoice[] }): Choice[] {
  const isDefault = (id: number) => choices.defaults.length === 1 && choices.defaults[0]!.id === id;
  const label = (id: number, name: string) => (isDefault(id) ? ctx.t('staff-handover-default', { name }) : name);
  return [
    ...choices.candidates.map((c) => ({ label: label(c.id, c.name ?? unnamed(ctx, c.id)), value: String(c.id) })),
    { label: label(actorId, ctx.t('staff-handover-me')), value: String(actorId) },
  ];
}

/** `user`: the librarian whose centers are changed (/staff's «✎ Центры: …», W28-14); none: whom to add is asked. */
export interface AddStaffArgs {
  user?: number;
}

/** Coordinator adds a librarian (invite link or Telegram id → centers → done), or changes a librarian's centers. */
export function addStaffScene(deps: SceneDeps, hooks: SceneHooks) {
  async function addStaff(conversation: SceneConversation, ctx: SceneContext, args: AddStaffArgs = {}) {
    const q = new Questions(conversation, ctx);
    const actorId = ctx.from!.id;
    // Callback data can be forged and roles can change: check again inside.
    if (!deps.config.ADMIN_IDS.includes(actorId)) return q.finish(ctx.t('not-allowed'));
    const how = args.user ? 'id' : await q.ask(ctx.t('cls-staff-how'), {
      choices: [
        { label: ctx.t('cls-staff-by-link'), value: 'link' },
        { label: ctx.t('cls-staff-by-id'), value: 'id' },
      ],
    });
    const userId = args.user ??
      (how === 'id'
        ? Number(await q.ask(ctx.t('cls-staff-ask-id'), { typed: checked((t) => (/^\d{1,15}$/.test(t) && Number(t) > 0 ? undefined : 'cls-staff-id-invalid')) }))
        : 0);
    // Every center, hidden ones too: a center hidden from citizens keeps its librarians (W29-17).
    const centers = await conversation.external(() => listStaffCenters());
    const chosenNames = (ids: string[]) => centers.filter((c) => ids.includes(c.id)).map((c) => centerPlace(c, ctx.locale)).join('; ');
    // Someone who is a librarian already: their centers are ticked, and what is chosen becomes their set (walk s20 #42).
    const current = userId ? await conversation.external(() => centersOfStaff(userId)) : [];
    // A librarian already: the picker and the answer name her (W28-14).
    const name = current.length > 0 ? ((await conversation.external(() => librarianName(userId))) ?? unnamed(ctx, userId)) : '';
    // Left above the result, the picker says what was chosen, not the question (walk s20 #11).
    const chosen = await q.many(
      name ? ctx.t('staff-centers-ask', { name }) : ctx.t('cls-staff-centers'),
      centers.map((c) => ({ label: staffCenterLabel(ctx, c, deps.now()), value: c.id })),
      { record: (ids) => ctx.t('cls-staff-centers-chosen', { centers: chosenNames(ids) }), initial: current },
    );
    if (how === 'link') {
      const code = await conversation.external(() => createInvite(actorId, chosen, deps.now()));
      return q.finish(ctx.t('cls-staff-invite-link', { link: `https://t.me/${ctx.me.username}?start=staff-${code}` }));
    }
    const names = chosenNames(chosen);
    const unticked = current.filter((c) => !chosen.includes(c));
    // Unticked centers where she runs open groups: the coordinator chooses who takes them, as when revoking her.
    let lost: string | undefined;
    let moved: string[];
    let added: { opened: boolean; named?: string | undefined };
    let nobody = '';
    // Nobody else works at all those centers and every group goes to the coordinator: said once (fix28k).
    let alone: { name: string; centers: string } | undefined;
    for (;;) {
      const choices = unticked.length > 0 ? await conversation.external(() => handOverChoices(actorId, userId, unticked)) : undefined;
      let to: number | undefined;
      if (choices && choices.groups > 0 && choices.candidates.length > 0) {
        to = Number(await q.ask([lost === undefined ? '' : lost ? ctx.t('handover-chosen-lost', { name: lost }) : ctx.t('handover-chosen-lost-unnamed'),
          ctx.t('staff-centers-untick-ask', { name: name || unnamed(ctx, userId), centers: chosenNames(unticked), count: choices.groups })].filter(Boolean).join('\n\n'), {
          choices: handOverButtons(ctx, actorId, choices),
        }));
      } else if (choices && choices.groups > 0) {
        // Nobody else works at all those centers: each group goes to its center's other librarian, else to the coordinator.
        if (choices.defaults.every((c) => c.id === actorId)) alone = { name: name || unnamed(ctx, userId), centers: chosenNames(unticked) };
        else nobody = ctx.t('staff-handover-to', { names: choices.defaults.map((c) => c.name ?? unnamed(ctx, c.id)).join(', ') });
      }
      const result = await conversation.external(async (outer) => {
        // Her centers as they are now (another coordinator may have changed them): those left out lose her.
        const leaving = (await centersOfStaff(userId)).filter((c) => !chosen.includes(c));
        // The one chosen lost one of those centers meanwhile: the coordinator is told and asked again, nothing moves.
        if (to !== undefined) {
          const gone = await chosenLost(actorId, userId, to, leaving);
          if (gone !== undefined) return { lost: gone };
        }
        // Her groups there go first (probe s23 H1), so a kill before the centers change leaves nothing with her.
        const before = await centersOfStaff(userId);
        const handed = leaving.length > 0 ? await handOverGroupList(actorId, userId, deps.now(), leaving, to, hooks.say) : [];
        await grantCenters(actorId, userId, chosen, deps.now(), undefined, { exactly: true });
        // Someone who opened the bot before (W28-25) is named in /staff at once: her Telegram name, as Telegram gives it.
        const chat = (await outer.api.getChat(userId).catch(() => undefined)) as { first_name?: string; last_name?: string } | undefined;
        if (chat?.first_name) await nameLibrarianOnce(userId, [chat.first_name, chat.last_name].filter(Boolean).join(' '));
        // The «Готово» names her when her name is known, and asks to have her open the bot only when she has not (W29-03).
        const known = { opened: Boolean(chat?.first_name), named: before.length === 0 ? await librarianName(userId) : undefined };
        // A librarian already is told what changed, not welcomed (W28-13); her screens of the centers left close.
        if (before.length === 0) await tellNewLibrarian(userId, chosen, deps.now());
        else await tellCentersChanged(userId, { before, after: chosen, handed }, deps.now(), hooks.say);
        await closeViewsOfCenters(userId, leaving, deps.now());
        // Their command list; a person who never opened the bot has no chat yet, which is fine.
        await hooks.showStaffCommands(outer.api, userId).catch(() => undefined);
        // For the coordinator: which groups went to whom ("вы" for herself).
        const takers = await takerNames(handed);
        const taker = (g: { to: number }) => (g.to === actorId ? ctx.t('staff-handover-you') : (takers.get(g.to) ?? unnamed(ctx, g.to)));
        // All of them hers, as said above the list: no «Группа передана» nor «— вы» again (fix28k).
        if (alone && handed.length && handed.every((g) => g.to === actorId)) return { ...known, handed: await groupLines(handed, ctx.locale, hooks.say, deps.now()), mine: handed.length };
        return { ...known, handed: handed.length ? [ctx.t('staff-centers-handed', { count: handed.length }), ...(await groupLines(handed, ctx.locale, hooks.say, deps.now(), taker))] : [], mine: 0 };
      });
      if ('lost' in result) {
        lost = result.lost;
        continue;
      }
      moved = result.handed;
      added = result;
      // The one chosen lost the center meanwhile and nobody else is left (W28-27): why the groups are hers.
      if (alone && result.mine) {
        const vars = { ...alone, count: result.mine, name: lost || alone.name };
        nobody = ctx.t(lost === undefined ? 'staff-revoke-untick-none' : lost ? 'staff-revoke-lost-none' : 'staff-revoke-lost-none-unnamed', vars);
      }
      break;
    }
    // A librarian already: her name, her centers, the groups handed over (W28-14); she knows the bot already.
    if (name) return q.finish([ctx.t('staff-centers-done', { name, centers: names }), nobody, ...moved].filter(Boolean).join('\n'));
    // The bot cannot write first to someone who never opened it: her /start then says what she is (W22-30).
    const granted = added.named ? ctx.t('cls-staff-granted-named', { name: added.named, centers: names }) : ctx.t('cls-staff-granted', { id: String(userId), centers: names });
    const said = [granted, added.opened ? '' : ctx.t('staff-granted-start'), nobody, ...moved];
    await q.finish(said.filter(Boolean).join('\n'));
  }
  return createConversation<SceneOuterContext, SceneContext>(addStaff, ADD_STAFF);
}

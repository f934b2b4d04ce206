import { createConversation } from '@grammyjs/conversations';
import { setCommandsFor } from '../../src/bot/commands.js';
import type { BotContext, BotDeps, SceneContext } from '../../src/bot/context.js';
import type { Translator } from '../../src/bot/i18n.js';
import { mainMenu } from '../../src/bot/keyboards/main-menu.js';
import { listCenters } from '../../src/domain/catalog.js';
import { createInvite, grantCenters, tellNewLibrarian } from '../../src/domain/staff.js';
import { askChoice, askText, BACK, type SceneConversation } from '../kit.js';
import { askMany } from './steps.js';

export const ADD_STAFF = 'classes-add-staff';

/** Coordinator adds a librarian: invite link or Telegram id → centers → done. */
export function addStaffScene(deps: BotDeps, i18n: Translator) {
  async function addStaff(conversation: SceneConversation, ctx: SceneContext) {
    const actorId = ctx.from!.id;
    // Callback data can be forged and roles can change: check again inside.
    if (!deps.config.ADMIN_IDS.includes(actorId)) {
      await ctx.reply(ctx.t('not-allowed'));
      return;
    }
    let step: 'how' | 'id' | 'centers' = 'how';
    let how = 'link';
    let userId = 0;
    for (;;) {
      if (step === 'how') {
        const answer = await askChoice(conversation, ctx, {
          text: ctx.t('cls-staff-how'),
          choices: [
            { label: ctx.t('cls-staff-by-link'), value: 'link' },
            { label: ctx.t('cls-staff-by-id'), value: 'id' },
          ],
          back: false,
        });
        if (answer === BACK) continue;
        how = answer;
        step = how === 'id' ? 'id' : 'centers';
      } else if (step === 'id') {
        const answer = await askText(conversation, ctx, {
          text: ctx.t('cls-staff-ask-id'),
          validate: (t) => (/^\d{1,15}$/.test(t) && Number(t) > 0 ? undefined : 'cls-staff-id-invalid'),
        });
        if (answer === BACK) step = 'how';
        else (userId = Number(answer)), (step = 'centers');
      } else {
        const centers = await conversation.external(() => listCenters());
        const chosen = await askMany(conversation, ctx, {
          text: ctx.t('cls-staff-centers'),
          choices: centers.map((c) => ({ label: `${c.town}: ${c.name}`, value: c.id })),
        });
        if (chosen === BACK) {
          step = how === 'id' ? 'id' : 'how';
          continue;
        }
        const names = centers.filter((c) => chosen.includes(c.id)).map((c) => `${c.town}, ${c.name}`).join('; ');
        if (how === 'link') {
          const code = await conversation.external(() => createInvite(actorId, chosen, deps.now()));
          const username = ctx.me.username;
          await ctx.reply(ctx.t('cls-staff-invite-link', { link: `https://t.me/${username}?start=staff-${code}` }), { reply_markup: mainMenu(ctx) });
        } else {
          await conversation.external(async () => {
            await grantCenters(actorId, userId, chosen, deps.now());
            await tellNewLibrarian(userId, names, deps.now());
            // Their command list; a person who never opened the bot has no chat yet, which is fine.
            await setCommandsFor(ctx.api, i18n, 'librarian', userId).catch(() => undefined);
          });
          await ctx.reply(ctx.t('cls-staff-granted', { id: String(userId), centers: names }), { reply_markup: mainMenu(ctx) });
        }
        return;
      }
    }
  }
  return createConversation<BotContext, SceneContext>(addStaff, ADD_STAFF);
}

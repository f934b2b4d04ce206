import { createConversation } from '@grammyjs/conversations';
import { findCenter } from '../src/domain/catalog.js';
import { findActiveEntry, moveToCenter } from '../src/domain/waitlist.js';
import type { BotContext, SceneContext } from '../src/bot/context.js';
import { mainMenu } from '../src/bot/keyboards/main-menu.js';
import { BACK, cancelScene, type SceneConversation } from './kit.js';
import { pickCenter } from './pick-center.js';

export const MOVE_CENTER = 'move-center';

/** Moves a waiting entry (its id is the argument) to another center, keeping the join time. */
async function moveCenter(conversation: SceneConversation, ctx: SceneContext, entryId: string) {
  const citizenId = ctx.from!.id;
  const entry = await conversation.external(async () => {
    const found = await findActiveEntry(citizenId, entryId);
    return found && found.status === 'waiting' ? { centerId: found.centerId } : null;
  });
  if (!entry) {
    await ctx.reply(ctx.t('button-outdated'), { reply_markup: mainMenu(ctx) });
    return;
  }
  const centerId = await pickCenter(conversation, ctx, ctx.t('join-center-how'));
  if (centerId === BACK) return cancelScene(conversation, ctx);
  if (centerId === entry.centerId) {
    await ctx.reply(ctx.t('move-same'), { reply_markup: mainMenu(ctx) });
    return;
  }
  const moved = await conversation.external(() => moveToCenter(citizenId, entryId, centerId));
  const center = await conversation.external(() => findCenter(centerId));
  await ctx.reply(moved ? ctx.t('move-done', { center: center?.name ?? '', position: moved.position }) : ctx.t('button-outdated'), {
    reply_markup: mainMenu(ctx),
  });
}

export function moveCenterScene() {
  return createConversation<BotContext, SceneContext>(moveCenter, MOVE_CENTER);
}

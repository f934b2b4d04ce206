import { createConversation } from '@grammyjs/conversations';
import { listCenters } from '../src/domain/catalog.js';
import { nearestCenters } from '../src/domain/geo.js';
import type { BotContext, SceneContext } from '../src/bot/context.js';
import { locationKeyboard, mainMenu } from '../src/bot/keyboards/main-menu.js';
import { nearestForLog } from '../src/bot/conversation-storage.js';
import { askWithReplyKeyboard, BACK, cancelScene, type SceneConversation } from './kit.js';
import { sharedLocation } from './pick-center.js';

export const CENTERS_NEAR_ME = 'centers-near-me';

/** Share a location → the nearest centers, each as a map pin with address, phone and hours. */
async function centersNearMe(conversation: SceneConversation, ctx: SceneContext) {
  const location = await askWithReplyKeyboard(conversation, ctx, {
    text: ctx.t('centers-ask-location'),
    keyboard: locationKeyboard(ctx),
    accept: sharedLocation,
    hint: (c) => c.t('location-invalid'),
  });
  if (location === BACK) return cancelScene(conversation, ctx);
  // From the precise location of this very update: the stored log keeps only a town-level one (src/bot/conversation-storage.ts).
  const nearest = await conversation.external({
    task: async (outside) => nearestCenters(await listCenters(), sharedLocation(outside) ?? location, 3),
    beforeStore: nearestForLog,
  });
  await ctx.reply(ctx.t('centers-nearest'), { reply_markup: mainMenu(ctx) });
  for (const { center, km } of nearest) {
    await ctx.replyWithVenue(center.latitude, center.longitude, center.name, center.address);
    await ctx.reply(ctx.t('center-details', { name: center.name, address: center.address, phone: center.phone, hours: center.hours, km }));
  }
}

export function centersNearMeScene() {
  return createConversation<BotContext, SceneContext>(centersNearMe, CENTERS_NEAR_ME);
}

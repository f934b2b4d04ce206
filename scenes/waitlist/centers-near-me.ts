import { createConversation } from '@grammyjs/conversations';
import { listCenters } from '../../src/domain/catalog.js';
import { nearestCenters } from '../../src/domain/geo.js';
import type { SceneContext, SceneConversation, SceneOuterContext } from '../shared/context.js';
import { locationKeyboard, mainMenu } from '../shared/keyboards.js';
import { Questions } from '../shared/questions.js';
import { sharedLocation } from './pick-center.js';

export const CENTERS_NEAR_ME = 'centers-near-me';

/** Share a location → the nearest centers, each as a map pin with address, phone and hours. */
async function centersNearMe(conversation: SceneConversation, ctx: SceneContext) {
  const q = new Questions(conversation, ctx);
  const location = await q.withReplyKeyboard(ctx.t('centers-ask-location'), locationKeyboard(ctx), sharedLocation, (c) => c.t('location-invalid'));
  const centers = await conversation.external(() => listCenters());
  await ctx.reply(ctx.t('centers-nearest'), { reply_markup: mainMenu(ctx) });
  for (const { center, km } of nearestCenters(centers, location, 3)) {
    await ctx.replyWithVenue(center.latitude, center.longitude, center.name, center.address);
    await ctx.reply(ctx.t('center-details', { name: center.name, address: center.address, phone: center.phone, hours: center.hours, km }));
  }
}

export function centersNearMeScene() {
  return createConversation<SceneOuterContext, SceneContext>(centersNearMe, CENTERS_NEAR_ME);
}

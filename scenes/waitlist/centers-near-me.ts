import { createConversation } from '@grammyjs/conversations';
import type { SceneContext, SceneConversation, SceneOuterContext } from '../shared/context.js';
import { locationKeyboard, mainMenu } from '../shared/keyboards.js';
import { Questions } from '../shared/questions.js';
import { nearestToShared, sharedLocation } from './pick-center.js';

export const CENTERS_NEAR_ME = 'centers-near-me';

/** Share a location → the nearest centers as map pins, then their address, phone and hours. */
async function centersNearMe(conversation: SceneConversation, ctx: SceneContext) {
  const q = new Questions(conversation, ctx);
  const location = await q.withReplyKeyboard(ctx.t('centers-ask-location'), locationKeyboard(ctx), sharedLocation, (c) => c.t('location-invalid'));
  const nearest = await nearestToShared(conversation, location, 3);
  // A pin per center (a tap opens the map), then every center's details in one message: 4 messages, not 7.
  for (const { center } of nearest) await ctx.replyWithVenue(center.latitude, center.longitude, center.name, center.address);
  const details = nearest.map(({ center, km }) =>
    ctx.t('center-details', { name: center.name, address: center.address, phone: center.phone, hours: center.hours, km }),
  );
  await ctx.reply([ctx.t('centers-nearest'), ...details].join('\n\n'), { reply_markup: mainMenu(ctx) });
}

export function centersNearMeScene() {
  return createConversation<SceneOuterContext, SceneContext>(centersNearMe, CENTERS_NEAR_ME);
}

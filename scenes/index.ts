import type { BotDeps } from '../src/bot/context.js';
import type { Translator } from '../src/bot/i18n.js';
import { centersNearMeScene } from './centers-near-me.js';
import { joinWaitlistScene } from './join-waitlist.js';
import { moveCenterScene } from './move-center.js';

/** Every conversation the bot can enter, registered after the global commands. */
export function scenes(deps: BotDeps, _i18n: Translator) {
  return [joinWaitlistScene(deps), centersNearMeScene(), moveCenterScene()];
}

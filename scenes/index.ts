import type { BotDeps } from '../src/bot/context.js';
import type { Translator } from '../src/bot/i18n.js';
import { adminScenes } from './admin/index.js';
import { CENTERS_NEAR_ME, centersNearMeScene } from './centers-near-me.js';
import { classesScenes } from './classes/index.js';
import { JOIN_WAITLIST, joinWaitlistScene } from './join-waitlist.js';
import { MOVE_CENTER, moveCenterScene } from './move-center.js';
import { remindersScenes } from './reminders/index.js';

/** Citizens' flows that take a shared location only to find the nearest centers (stored at town level). */
export const CITIZEN_LOCATION_SCENES = [JOIN_WAITLIST, CENTERS_NEAR_ME, MOVE_CENTER];

/** Every conversation the bot can enter, registered after the global commands. */
export function scenes(deps: BotDeps, i18n: Translator) {
  return [
    joinWaitlistScene(deps),
    centersNearMeScene(),
    moveCenterScene(),
    ...classesScenes(deps, i18n),
    ...remindersScenes(deps, i18n),
    ...adminScenes(deps, i18n),
  ];
}

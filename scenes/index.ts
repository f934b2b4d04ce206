import type { BotDeps } from '../src/bot/context.js';
import type { Translator } from '../src/bot/i18n.js';
import { adminScenes } from './admin/index.js';
import { centersNearMeScene } from './centers-near-me.js';
import { classesScenes } from './classes/index.js';
import { joinWaitlistScene } from './join-waitlist.js';
import { moveCenterScene } from './move-center.js';
import { remindersScenes } from './reminders/index.js';

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

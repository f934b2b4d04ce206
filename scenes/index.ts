import type { MiddlewareFn } from 'grammy';
import { broadcastScene } from './admin/broadcast.js';
import { centerEditScene } from './admin/center-edit.js';
import { addStaffScene } from './classes/add-staff.js';
import { newClassScene } from './classes/new-class.js';
import { changeScheduleScene } from './reminders/change.js';
import type { SceneDeps, SceneHooks, SceneOuterContext } from './shared/context.js';
import { centersNearMeScene } from './waitlist/centers-near-me.js';
import { joinWaitlistScene } from './waitlist/join-waitlist.js';
import { moveCenterScene } from './waitlist/move-center.js';

/**
 * Every conversation the bot can enter, registered after the global commands.
 * A feature enters one by the id its file exports (JOIN_WAITLIST, NEW_CLASS, …).
 */
export function scenes(deps: SceneDeps, hooks: SceneHooks): MiddlewareFn<SceneOuterContext>[] {
  return [
    joinWaitlistScene(deps),
    centersNearMeScene(),
    moveCenterScene(),
    newClassScene(deps),
    addStaffScene(deps, hooks),
    changeScheduleScene(deps),
    broadcastScene(deps),
    centerEditScene(deps),
  ];
}

export type { SceneDeps, SceneHooks };

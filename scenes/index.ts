import type { MiddlewareFn } from 'grammy';
import { broadcastScene } from './admin/broadcast.js';
import { centerEditScene } from './admin/center-edit.js';
import { centerHideScene } from './admin/center-hide.js';
import { courseEditScene } from './admin/course-edit.js';
import { importListScene } from './admin/import-list.js';
import { addStaffScene } from './classes/add-staff.js';
import { newClassScene } from './classes/new-class.js';
import { addPersonScene } from './desk/add-person.js';
import { findPersonScene } from './desk/find-person.js';
import { forgetPersonScene } from './desk/forget-person.js';
import { changeScheduleScene } from './reminders/change.js';
import { partnerAddPersonScene } from './partners/add-referral.js';
import { partnerAddPhoneScene } from './partners/add-phone.js';
import { declineRequestScene } from './partners/decline-request.js';
import { partnerEditScene } from './partners/partner-edit.js';
import { requestGroupScene } from './partners/request-group.js';
import type { SceneDeps, SceneHooks, SceneOuterContext } from './shared/context.js';
import { CENTERS_NEAR_ME, centersNearMeScene } from './waitlist/centers-near-me.js';
import { changeDetailsScene } from './waitlist/change-details.js';
import { JOIN_WAITLIST, joinWaitlistScene } from './waitlist/join-waitlist.js';
import { MOVE_CENTER, moveCenterScene } from './waitlist/move-center.js';

/** Citizens' flows that take a shared location only to find the nearest centers (stored at town level). */
export const CITIZEN_LOCATION_SCENES = [JOIN_WAITLIST, CENTERS_NEAR_ME, MOVE_CENTER];

/**
 * Every conversation the bot can enter, registered after the global commands.
 * A feature enters one by the id its file exports (JOIN_WAITLIST, NEW_CLASS, …).
 */
export function scenes(deps: SceneDeps, hooks: SceneHooks): MiddlewareFn<SceneOuterContext>[] {
  return [
    joinWaitlistScene(deps),
    centersNearMeScene(deps),
    moveCenterScene(deps),
    changeDetailsScene(deps),
    newClassScene(deps),
    addStaffScene(deps, hooks),
    changeScheduleScene(deps),
    broadcastScene(deps),
    centerEditScene(deps),
    centerHideScene(deps),
    courseEditScene(deps),
    importListScene(deps, hooks),
    addPersonScene(deps),
    forgetPersonScene(deps),
    findPersonScene(deps),
    partnerEditScene(deps),
    requestGroupScene(deps),
    declineRequestScene(deps),
    partnerAddPersonScene(deps),
    partnerAddPhoneScene(deps),
  ];
}

export type { SceneDeps, SceneHooks };

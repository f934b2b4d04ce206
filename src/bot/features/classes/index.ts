import type { Composer, MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../../context.js';
import type { Translator } from '../../i18n.js';
import { attendanceFeature } from './attendance.js';
import { groupsFeature } from './groups.js';
import { offersFeature } from './offers.js';
import { staffFeature } from './staff.js';

/** The classes features, in order (registered after the scenes, before `unhandled`). */
export function classesFeatures(_deps: BotDeps, i18n: Translator): Array<Composer<BotContext> | MiddlewareFn<BotContext>> {
  return [staffFeature(i18n), offersFeature(), attendanceFeature(), groupsFeature()];
}

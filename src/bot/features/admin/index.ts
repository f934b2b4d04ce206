import type { Composer, MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../../context.js';
import type { Translator } from '../../i18n.js';
import { broadcastFeature } from './broadcast.js';
import { centersFeature } from './centers.js';
import { coursesFeature } from './courses.js';
import { exportFeature } from './export.js';
import { importFeature } from './import.js';
import { statsFeature } from './stats.js';

/** The admin features, in order (registered after the scenes, before `unhandled`). */
export function adminFeatures(_deps: BotDeps, _i18n: Translator): Array<Composer<BotContext> | MiddlewareFn<BotContext>> {
  return [statsFeature(), broadcastFeature(), centersFeature(), coursesFeature(), exportFeature(), importFeature()];
}

import type { Composer, MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../../context.js';
import type { Translator } from '../../i18n.js';
import { reminderAnswersFeature } from './answers.js';
import { changeFeature } from './change.js';

/** The reminders features, in order (registered after the scenes, before `unhandled`). */
export function remindersFeatures(_deps: BotDeps, _i18n: Translator): Array<Composer<BotContext> | MiddlewareFn<BotContext>> {
  return [reminderAnswersFeature, changeFeature];
}

import type { Composer, MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../../src/bot/context.js';
import type { Translator } from '../../src/bot/i18n.js';
import { changeScheduleScene } from './change.js';

/** The reminders conversations (createConversation(...) composers). */
export function remindersScenes(deps: BotDeps, _i18n: Translator): Array<Composer<BotContext> | MiddlewareFn<BotContext>> {
  return [changeScheduleScene(deps)];
}

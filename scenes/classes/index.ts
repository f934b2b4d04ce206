import type { Composer, MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../../src/bot/context.js';
import type { Translator } from '../../src/bot/i18n.js';
import { addStaffScene } from './add-staff.js';
import { newClassScene } from './new-class.js';

/** The classes conversations (createConversation(...) composers). */
export function classesScenes(deps: BotDeps, i18n: Translator): Array<Composer<BotContext> | MiddlewareFn<BotContext>> {
  return [newClassScene(deps), addStaffScene(deps, i18n)];
}

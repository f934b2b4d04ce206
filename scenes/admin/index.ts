import type { Composer, MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../../src/bot/context.js';
import type { Translator } from '../../src/bot/i18n.js';
import { broadcastScene } from './broadcast.js';
import { centerEditScene } from './center-edit.js';
import { importListScene } from './import-list.js';

/** The admin conversations (createConversation(...) composers). */
export function adminScenes(deps: BotDeps, _i18n: Translator): Array<Composer<BotContext> | MiddlewareFn<BotContext>> {
  return [broadcastScene(deps), centerEditScene(deps), importListScene(deps)];
}

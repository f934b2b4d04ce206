import { Composer } from 'grammy';
import { BROADCAST } from '../../../../scenes/admin/broadcast.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';

/** /broadcast starts the conversation (scenes/admin/broadcast.ts) for staff only. */
export function broadcastFeature() {
  const composer = new Composer<BotContext>();
  composer.command('broadcast', requireStaff(), (ctx) => ctx.conversation.enter(BROADCAST));
  return composer;
}

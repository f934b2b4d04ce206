import { Composer } from 'grammy';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { CHANGE_SCHEDULE } from '../../../../scenes/reminders/change.js';

/** /change: move or cancel lessons, shift or cancel a group (staff only). */
const composer = new Composer<BotContext>();
composer.command('change', requireStaff(), async (ctx) => {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(CHANGE_SCHEDULE);
});

export { composer as changeFeature };

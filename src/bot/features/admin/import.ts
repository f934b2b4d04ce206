import { Composer } from 'grammy';
import { IMPORT_LIST } from '../../../../scenes/admin/import-list.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';

/** /import starts the paper-list import (scenes/admin/import-list.ts) for staff only. */
export function importFeature() {
  const composer = new Composer<BotContext>();
  composer.command('import', requireStaff(), (ctx) => ctx.conversation.enter(IMPORT_LIST));
  return composer;
}

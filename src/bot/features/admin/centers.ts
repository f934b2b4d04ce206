import { Composer, type InlineKeyboard } from 'grammy';
import { centerCardKeyboard, centerCardText, centerListKeyboard } from '../../../../scenes/admin/center-card.js';
import { CENTER_EDIT, type CenterEditArgs } from '../../../../scenes/admin/center-edit.js';
import { countWaiting, getCenter, listAllCenters, setCenterActive } from '../../../domain/centers-admin.js';
import type { BotContext } from '../../context.js';
import { requireCoordinator } from '../../filters/roles.js';

const ID = '([a-z0-9-]{1,50})';

/** Shows a screen: edits the pressed message in place, or sends a new one for a command. */
async function show(ctx: BotContext, text: string, keyboard: InlineKeyboard) {
  if (ctx.callbackQuery?.message) {
    const edited = await ctx.editMessageText(text, { reply_markup: keyboard }).then(() => true, () => false);
    if (edited) return;
  }
  await ctx.reply(text, { reply_markup: keyboard });
}

async function showList(ctx: BotContext) {
  const centers = await listAllCenters();
  const inactive = centers.filter((c) => !c.active).length;
  await show(ctx, ctx.t('adm-ctr-list', { total: centers.length, inactive }), centerListKeyboard(ctx, centers));
}

async function showCard(ctx: BotContext, id: string): Promise<boolean> {
  const center = await getCenter(id);
  if (!center) return false;
  await show(ctx, centerCardText(ctx, center, await countWaiting(id)), centerCardKeyboard(ctx, center));
  return true;
}

/** A conversation started from a button replaces whatever conversation was running. */
async function enterEdit(ctx: BotContext, args: CenterEditArgs) {
  await ctx.answerCallbackQuery();
  if (Object.keys(ctx.conversation.active()).length > 0) await ctx.conversation.exitAll();
  await ctx.conversation.enter(CENTER_EDIT, args);
}

/**
 * /centers for coordinators: every center (inactive ones marked) → a card with
 * Edit / Deactivate or Reactivate / Back, and "Add a center" (scenes/admin/center-edit.ts).
 * The role is checked on the command and on every button (callback data can be forged).
 */
export function centersFeature() {
  const composer = new Composer<BotContext>();
  composer.command('centers', requireCoordinator(), showList);
  composer.callbackQuery('ctr:list', requireCoordinator(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await showList(ctx);
  });
  composer.callbackQuery(new RegExp(`^ctr:c:${ID}$`), requireCoordinator(), async (ctx) => {
    const found = await showCard(ctx, ctx.match[1]!);
    await ctx.answerCallbackQuery(found ? undefined : { text: ctx.t('adm-ctr-not-found') });
  });
  composer.callbackQuery('ctr:add', requireCoordinator(), (ctx) => enterEdit(ctx, {}));
  composer.callbackQuery(new RegExp(`^ctr:edit:${ID}$`), requireCoordinator(), (ctx) => enterEdit(ctx, { centerId: ctx.match[1]! }));
  composer.callbackQuery(new RegExp(`^ctr:(off|on):${ID}$`), requireCoordinator(), async (ctx) => {
    const [, action, id] = ctx.match as RegExpMatchArray;
    const active = action === 'on';
    const changed = await setCenterActive(ctx.from.id, id!, active, ctx.deps.now());
    const key = !changed ? 'adm-ctr-unchanged' : active ? 'adm-ctr-reactivated' : 'adm-ctr-deactivated';
    await ctx.answerCallbackQuery({ text: ctx.t(key, { told: changed ? changed.told : 0 }), show_alert: !!changed && !active });
    await showCard(ctx, id!);
  });
  return composer;
}

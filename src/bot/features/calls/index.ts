import { Composer } from 'grammy';
import { callListData, parseCallListData } from '../../../domain/call-lists.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { openCallList, sendCalls } from './menus.js';
import { callDigestData } from '../../../domain/call-digests.js';
import { changeCallsMenu } from './change-calls.js';
import { callTaskAnswersFeature } from './task-answers.js';

/**
 * Calls to people without Telegram (issue 11.3): the answers to call tasks,
 * /calls, and the daily call list's button. Librarians (their centers) and
 * coordinators (every center).
 */
export function callsFeatures(): Array<Composer<BotContext>> {
  const composer = new Composer<BotContext>();
  composer.command('calls', requireStaff(), (ctx) => sendCalls(ctx));
  // The daily list's "Mark calls" (sent through the outbox as plain data): the list becomes the toggle menu in place.
  composer.callbackQuery(callListData.only('day'), requireStaff(), async (ctx) => {
    const date = parseCallListData(ctx.callbackQuery.data);
    if (!date) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    await ctx.answerCallbackQuery();
    await openCallList(ctx, date);
  });
  composer.callbackQuery(callListData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  // A call digest's "Open the list": /calls (seat offers) below it, or the change's own list in its place.
  composer.callbackQuery(callDigestData.only('calls'), requireStaff(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await sendCalls(ctx);
  });
  composer.callbackQuery(callDigestData.only('change'), requireStaff(), async (ctx) => {
    const view = await changeCallsMenu.open(ctx, { change: callDigestData.read(ctx.match).id, page: 0 });
    if (!view) return;
    await ctx.answerCallbackQuery();
    await changeCallsMenu.send(ctx, view);
  });
  composer.callbackQuery(callDigestData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return [callTaskAnswersFeature(), composer];
}

import { Composer, InlineKeyboard } from 'grammy';
import { answerCallTask, answererName, peekCallTask, type CallAnswer, type CallAnswerResult } from '../../../domain/call-answers.js';
import { callTaskData, callTaskMessage } from '../../../domain/call-tasks.js';
import { formatLessonTime } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { refreshCallsScreens } from './menus.js';
import { renderMessage } from './render.js';

/**
 * The buttons under a call task (sent through the outbox, or from /calls;
 * callTaskData in src/domain/call-tasks.ts). Accepted, No answer, and after Declined the
 * choice keep / leave (or back). Every press passes requireStaff here and the
 * center check in the domain: another center's librarian, or forged data,
 * changes nothing. The pressed message shows the outcome; a colleague who
 * presses later is told who answered and their message shows it too.
 */

const ANSWERS = { a: 'accepted', n: 'no-answer', k: 'declined-keep', l: 'declined-leave' } as const satisfies Record<string, CallAnswer>;

/** The first paragraph of a card opened after a colleague (call-card-opened starts with ⚠️); cards sent before fix31b made it an alert. */
const OPENED_NOTE = /^⚠️[^\n]*\n\n/u;

/** The pressed message's text with the outcome under it, without buttons. */
async function showOutcome(ctx: BotContext, lines: string[]) {
  // Answered, the «already opened by a colleague» line at its top (walk29 W29-07) no longer matters: it goes.
  const original = (ctx.callbackQuery?.message?.text ?? '').replace(OPENED_NOTE, '');
  await ctx.editMessageText([original, ...lines].filter(Boolean).join('\n\n')).catch(() => undefined);
}

async function report(ctx: BotContext, result: CallAnswerResult) {
  if (result.ok) {
    if (result.answer === 'no-answer') return void (await ctx.answerCallbackQuery({ text: ctx.t('calls-no-answer-noted', { count: result.noAnswerCount }), show_alert: true }));
    await ctx.answerCallbackQuery();
    const at = formatLessonTime(ctx.deps.now(), ctx.deps.config.APP_TIMEZONE, ctx.locale);
    const status = result.answer === 'accepted' ? 'accepted' : 'declined';
    return showOutcome(ctx, [ctx.t('calls-status', { status }), ctx.t('calls-answered-by', { by: await answererName(ctx.from!.id, ctx.from!.first_name), at })]);
  }
  switch (result.reason) {
    case 'forbidden':
      ctx.log.warn({ user_id: ctx.from?.id }, 'call task answer refused: another center');
      // They are staff, just not of this center: say so (as /requests does), not "for library staff only".
      return void (await ctx.answerCallbackQuery({ text: ctx.t('calls-other-center'), show_alert: true }));
    case 'no-button':
      return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    case 'gone':
      await ctx.answerCallbackQuery({ text: ctx.t('calls-task-gone'), show_alert: true });
      return void (await ctx.editMessageReplyMarkup().catch(() => undefined));
    case 'expired':
      await ctx.answerCallbackQuery({ text: ctx.t('calls-expired'), show_alert: true });
      return showOutcome(ctx, [ctx.t('calls-status', { status: 'expired' })]);
    case 'taken':
      await ctx.answerCallbackQuery({ text: result.by ? ctx.t('calls-taken', { by: result.by }) : ctx.t('calls-taken-nobody'), show_alert: true });
      return showOutcome(ctx, [
        ctx.t('calls-status', { status: result.status }),
        ...(result.by && result.at ? [ctx.t('calls-answered-by', { by: result.by, at: formatLessonTime(new Date(result.at), ctx.deps.config.APP_TIMEZONE, ctx.locale) })] : []),
      ]);
  }
}

export function callTaskAnswersFeature() {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(callTaskData.only('a', 'n', 'k', 'l'), requireStaff(), async (ctx) => {
    const { action, id } = callTaskData.read(ctx.match);
    const answer = ANSWERS[action as keyof typeof ANSWERS];
    const name = await answererName(ctx.from.id, ctx.from.first_name);
    const message = ctx.callbackQuery.message;
    // The colleagues' cards of this call are edited by the domain (walk s22 W22-13); this one shows the outcome below.
    const pressed = message ? { chatId: message.chat.id, messageId: message.message_id } : undefined;
    const result = await answerCallTask(ctx.role!, { id: ctx.from.id, name }, id, answer, ctx.deps.now(), ctx.deps.offers, pressed);
    if (result.ok) ctx.log.info({ task_id: id, answer }, 'call task answered');
    await report(ctx, result);
    // The center's /calls screens lose the call (or count the missed one), as after a tick on a list (task28 fixF).
    if (result.ok) refreshCallsScreens(result.centerId);
  });

  // Declined: keep them on the list or not (the same choice a Telegram citizen makes); Back shows the three answers again.
  composer.callbackQuery(callTaskData.only('d', 'b'), requireStaff(), async (ctx) => {
    const { action, id } = callTaskData.read(ctx.match);
    const state = await peekCallTask(ctx.role!, id);
    if (state !== 'open') return report(ctx, state);
    // Back: the card's own answers again (no "no answer" on the card of someone with no phone, probe29 L2).
    const card = action === 'b' ? await callTaskMessage(id, ctx.locale) : null;
    if (action === 'b' && !card) return report(ctx, { ok: false, reason: 'gone' });
    const keyboard =
      action === 'd'
        ? new InlineKeyboard().text(ctx.t('calls-btn-keep'), callTaskData.pack('k', id)).row().text(ctx.t('calls-btn-leave'), callTaskData.pack('l', id)).row().text(ctx.t('btn-back'), callTaskData.pack('b', id))
        : renderMessage(ctx, card!).keyboard;
    await ctx.answerCallbackQuery(action === 'd' ? { text: ctx.t('calls-decline-ask') } : undefined);
    await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined);
  });

  // Any other ct:* data (malformed, forged).
  composer.callbackQuery(callTaskData.any, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}

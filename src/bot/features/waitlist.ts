import { Composer, InlineKeyboard } from 'grammy';
import { describeCenter, findCenter, findCourse } from '../../domain/catalog.js';
import { findActiveEntry, leaveWaitlist, listActiveEntries, type EntryView } from '../../domain/waitlist.js';
import type { BotContext } from '../context.js';
import { labelsOf } from '../filters/menu-button.js';
import type { Translator } from '../i18n.js';
import { mainMenu } from '../keyboards/main-menu.js';
import { MOVE_CENTER } from '../../../scenes/move-center.js';

const ENTRY_KEYS: Record<string, string> = { waiting: 'place-entry', offered: 'place-entry-offered', enrolled: 'place-entry-enrolled' };

async function describe(ctx: BotContext, entry: EntryView) {
  // A deactivated center is not in the citizens' catalog, but its name is still theirs to see.
  const [course, open, any] = await Promise.all([findCourse(entry.courseId), findCenter(entry.centerId), describeCenter(entry.centerId)]);
  const courseTitle = course?.title[ctx.locale] ?? entry.courseId;
  const vars = { course: courseTitle, center: any?.name ?? entry.centerId, position: entry.position };
  const closed = !open && entry.status === 'waiting';
  let line = ctx.t(closed ? 'place-entry-center-closed' : (ENTRY_KEYS[entry.status] ?? 'place-entry'), vars);
  if (entry.estimatedWeeks !== undefined) line += `\n${ctx.t('place-estimate', { weeks: entry.estimatedWeeks })}`;
  return { line, courseTitle };
}

/** "My place in line": every active entry with its position; leave the list or move to another center. */
export function waitlistFeature(i18n: Translator) {
  const composer = new Composer<BotContext>();

  composer.hears(labelsOf(i18n, 'menu-place'), async (ctx) => {
    await ctx.conversation.exitAll();
    const entries = await listActiveEntries(ctx.from!.id, ctx.deps.now());
    if (entries.length === 0) {
      await ctx.reply(ctx.t('place-none'), { reply_markup: mainMenu(ctx) });
      return;
    }
    const lines: string[] = [ctx.t('place-header')];
    const keyboard = new InlineKeyboard();
    for (const entry of entries) {
      const { line, courseTitle } = await describe(ctx, entry);
      lines.push(line);
      if (entry.status !== 'waiting') continue;
      keyboard.text(ctx.t('place-move', { course: courseTitle }), `wl:move:${entry.id}`).row();
      keyboard.text(ctx.t('place-leave', { course: courseTitle }), `wl:leave:${entry.id}`).row();
    }
    await ctx.reply(lines.join('\n\n'), { reply_markup: keyboard.inline_keyboard.length ? keyboard : mainMenu(ctx) });
  });

  composer.callbackQuery(/^wl:leave:([0-9a-f]{24})$/, async (ctx) => {
    const entry = await findActiveEntry(ctx.from.id, ctx.match[1]!);
    if (!entry || entry.status !== 'waiting') return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    const course = await findCourse(entry.courseId);
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('leave-confirm', { course: course?.title[ctx.locale] ?? '' }), {
      reply_markup: new InlineKeyboard().text(ctx.t('leave-yes'), `wl:leave-yes:${ctx.match[1]}`).text(ctx.t('btn-no'), 'wl:keep'),
    });
  });

  composer.callbackQuery(/^wl:leave-yes:([0-9a-f]{24})$/, async (ctx) => {
    const entry = await findActiveEntry(ctx.from.id, ctx.match[1]!);
    const left = entry ? await leaveWaitlist(ctx.from.id, ctx.match[1]!, ctx.deps.now()) : false;
    if (!entry || !left) return void (await ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
    const course = await findCourse(entry.courseId);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('leave-done', { course: course?.title[ctx.locale] ?? '' })).catch(() => undefined);
  });

  composer.callbackQuery('wl:keep', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('leave-kept')).catch(() => undefined);
  });

  composer.callbackQuery(/^wl:move:([0-9a-f]{24})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(MOVE_CENTER, ctx.match[1]);
  });

  return composer;
}

import { Composer, InlineKeyboard } from 'grammy';
import { describeCenter, findCourse } from '../../../domain/catalog.js';
import { findGroupFor, groupSummary, listGroups, listParticipants, type GroupSummary } from '../../../domain/classes.js';
import { noShows } from '../../../domain/attendance.js';
import { formatLessonTime } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { NEW_CLASS } from '../../../../scenes/classes/new-class.js';

/** Course title, center name and first lesson of a group, for staff screens. */
export async function groupLabels(ctx: BotContext, g: GroupSummary) {
  const [course, center] = await Promise.all([findCourse(g.courseId), describeCenter(g.centerId)]);
  const tz = center?.timeZone ?? ctx.deps.config.APP_TIMEZONE;
  return {
    course: course?.title[ctx.locale] ?? g.courseId,
    center: center ? `${center.town}, ${center.name}` : g.centerId,
    start: g.firstLessonAt ? formatLessonTime(new Date(g.firstLessonAt), tz, ctx.locale) : '—',
    timeZone: tz,
  };
}

/** /newclass and /classes (librarians and coordinators). */
export function groupsFeature() {
  const composer = new Composer<BotContext>();

  composer.command('newclass', requireStaff(), async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(NEW_CLASS);
  });

  composer.command('classes', requireStaff(), async (ctx) => {
    const groups = await listGroups(ctx.role!);
    if (groups.length === 0) return void (await ctx.reply(ctx.t('cls-groups-none')));
    const lines: string[] = [ctx.t('cls-groups-header')];
    const keyboard = new InlineKeyboard();
    for (const g of groups) {
      const labels = await groupLabels(ctx, g);
      lines.push(ctx.t('cls-group-line', { ...labels, enrolled: g.enrolled, capacity: g.capacity, offered: g.offered }));
      keyboard.text(ctx.t('cls-group-button', labels), `grp:o:${g.id}`).row();
    }
    await ctx.reply(lines.join('\n'), { reply_markup: keyboard });
  });

  composer.callbackQuery(/^grp:o:([0-9a-f]{24})$/, requireStaff(), async (ctx) => {
    const group = await findGroupFor(ctx.role!, ctx.match[1]!);
    if (!group) return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-not-found'), show_alert: true }));
    await ctx.answerCallbackQuery();
    const id = String(group._id);
    const [summary, participants, missed] = await Promise.all([groupSummary(id), listParticipants(id), noShows(id)]);
    const labels = await groupLabels(ctx, summary!);
    const roster = participants.map((p, i) => `${i + 1}. ${ctx.t('cls-roster-line', { name: p.name, missed: missed.get(p.citizenId) ?? 0 })}`);
    await ctx.reply(
      ctx.t('cls-group-details', {
        ...labels,
        room: group.room,
        enrolled: summary!.enrolled,
        capacity: group.capacity,
        offered: summary!.offered,
        roster: roster.length ? roster.join('\n') : ctx.t('cls-roster-empty'),
      }),
      { reply_markup: new InlineKeyboard().text(ctx.t('cls-attendance-button'), `att:g:${id}`) },
    );
  });

  composer.callbackQuery(/^grp:/, requireStaff(), (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}

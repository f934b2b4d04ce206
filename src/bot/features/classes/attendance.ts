import { Composer, InlineKeyboard } from 'grammy';
import { findLessonFor, hasStarted, saveAttendance, setPresent } from '../../../domain/attendance.js';
import { findGroupFor, groupSummary, listGroups, listLessons, listParticipants, type LessonView } from '../../../domain/classes.js';
import { formatLessonTime } from '../../../domain/time.js';
import type { BotContext } from '../../context.js';
import { requireStaff } from '../../filters/roles.js';
import { groupLabels } from './groups.js';

/**
 * Attendance: group → lesson → participants toggled present/absent (each tap
 * saved at once) → Save. Every callback is role-checked and scoped to the
 * staff member's centers. Data: att:g:<groupId>, att:l:<lessonId>,
 * att:t:<lessonId>:<citizenId>, att:s:<lessonId>.
 */
export function attendanceFeature() {
  const composer = new Composer<BotContext>();

  composer.command('attendance', requireStaff(), async (ctx) => {
    const groups = await listGroups(ctx.role!);
    if (groups.length === 0) return void (await ctx.reply(ctx.t('cls-groups-none')));
    const keyboard = new InlineKeyboard();
    for (const g of groups) keyboard.text(ctx.t('cls-group-button', await groupLabels(ctx, g)), `att:g:${g.id}`).row();
    await ctx.reply(ctx.t('cls-attendance-groups'), { reply_markup: keyboard });
  });

  composer.callbackQuery(/^att:g:([0-9a-f]{24})$/, requireStaff(), async (ctx) => {
    const group = await findGroupFor(ctx.role!, ctx.match[1]!);
    if (!group) return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-not-found'), show_alert: true }));
    await ctx.answerCallbackQuery();
    const labels = await groupLabels(ctx, (await groupSummary(String(group._id)))!);
    const keyboard = new InlineKeyboard();
    for (const l of await listLessons(String(group._id))) {
      const time = formatLessonTime(new Date(l.startsAt), labels.timeZone, ctx.locale);
      keyboard.text(ctx.t('cls-lesson-button', { index: l.index, time, mark: l.marked ? ' ✓' : '' }), `att:l:${l.id}`).row();
    }
    await ctx.reply(ctx.t('cls-attendance-lessons'), { reply_markup: keyboard });
  });

  async function menu(ctx: BotContext, lesson: LessonView, groupId: string) {
    const participants = await listParticipants(groupId);
    const keyboard = new InlineKeyboard();
    for (const p of participants) {
      const present = lesson.attendedIds.includes(p.citizenId);
      keyboard.text(`${present ? '✅' : '▫️'} ${p.name}`, `att:t:${lesson.id}:${p.citizenId}`).row();
    }
    keyboard.text(ctx.t('cls-attendance-save'), `att:s:${lesson.id}`);
    return { keyboard, empty: participants.length === 0 };
  }

  composer.callbackQuery(/^att:l:([0-9a-f]{24})$/, requireStaff(), async (ctx) => {
    const found = await findLessonFor(ctx.role!, ctx.match[1]!);
    if (!found) return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-not-found'), show_alert: true }));
    if (!hasStarted(found.lesson, ctx.deps.now())) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-attendance-not-started'), show_alert: true }));
    }
    await ctx.answerCallbackQuery();
    const { keyboard, empty } = await menu(ctx, found.lesson, found.groupId);
    if (empty) return void (await ctx.reply(ctx.t('cls-attendance-empty')));
    const labels = await groupLabels(ctx, (await groupSummary(found.groupId))!);
    const time = formatLessonTime(new Date(found.lesson.startsAt), labels.timeZone, ctx.locale);
    await ctx.reply(ctx.t('cls-attendance-menu', { index: found.lesson.index, time }), { reply_markup: keyboard });
  });

  composer.callbackQuery(/^att:t:([0-9a-f]{24}):(\d{1,15})$/, requireStaff(), async (ctx) => {
    const found = await findLessonFor(ctx.role!, ctx.match[1]!);
    const citizenId = Number(ctx.match[2]);
    const participants = found ? await listParticipants(found.groupId) : [];
    if (!found || !participants.some((p) => p.citizenId === citizenId)) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-not-found'), show_alert: true }));
    }
    const updated = await setPresent(found.lesson.id, citizenId, !found.lesson.attendedIds.includes(citizenId), ctx.deps.now());
    if (!updated) return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-attendance-not-started'), show_alert: true }));
    await ctx.answerCallbackQuery();
    if (updated) await ctx.editMessageReplyMarkup({ reply_markup: (await menu(ctx, updated, found.groupId)).keyboard }).catch(() => undefined);
  });

  composer.callbackQuery(/^att:s:([0-9a-f]{24})$/, requireStaff(), async (ctx) => {
    const found = await findLessonFor(ctx.role!, ctx.match[1]!);
    if (!found) return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-not-found'), show_alert: true }));
    const saved = await saveAttendance(ctx.from.id, found.lesson.id, ctx.deps.now());
    if (saved === 'not-started') return void (await ctx.answerCallbackQuery({ text: ctx.t('cls-attendance-not-started'), show_alert: true }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (!saved) return;
    ctx.log.info({ actor_id: ctx.from.id, lesson_id: found.lesson.id, present: saved.present, absent: saved.absent }, 'attendance saved');
    const lines = [ctx.t('cls-attendance-saved', { present: saved.present, absent: saved.absent })];
    if (saved.completed) lines.push(ctx.t('cls-attendance-completed'));
    await ctx.reply(lines.join('\n'));
  });

  composer.callbackQuery(/^att:/, requireStaff(), (ctx) => ctx.answerCallbackQuery({ text: ctx.t('button-outdated') }));
  return composer;
}

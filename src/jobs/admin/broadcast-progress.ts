import type { Agenda } from 'agenda';
import { broadcastStatus, finishBroadcast, rememberProgressText } from '../../domain/broadcast.js';
import { broadcastCallsButton } from '../../domain/call-digests.js';
import type { Locale } from '../../notify/notifier.js';

export const BROADCAST_PROGRESS_JOB = 'admin-broadcast-progress';
/** How often the author's progress message is edited. */
export const PROGRESS_EVERY_MS = 3000;

/** Buttons under the author's message: a row of (label, callback data). */
export type ProgressButtons = Array<Array<{ text: string; callback_data: string }>>;

/** What the job needs from the outside: a way to write to the author, and translations. */
export interface ProgressChannel {
  edit(chatId: number, messageId: number, text: string, buttons?: ProgressButtons): Promise<void>;
  send(chatId: number, text: string, buttons?: ProgressButtons): Promise<void>;
  t(locale: Locale, key: string, vars?: Record<string, string | number>): string;
}

/**
 * One tick: edits the author's ONE progress message if the numbers changed and,
 * when nothing is left to send, marks the broadcast done and sends the final
 * report (once, even if two ticks race). Returns true when finished.
 */
export async function broadcastProgressTick(channel: ProgressChannel, broadcastId: string, now: Date): Promise<boolean> {
  const b = await broadcastStatus(broadcastId, now);
  if (!b || b.status === 'done') return true;
  const { progress } = b;
  const vars = {
    delivered: progress.delivered,
    blocked: progress.blocked + progress.skipped + b.unreachable,
    failed: progress.failed,
    total: b.recipients,
    // People without Telegram are never sent to and never "blocked": said apart, so the library calls them.
    phoneOnly: b.noTelegram,
  };
  // People without Telegram are calls to make: the author's messages carry the button to their list (walk s20 #29).
  const buttons = b.noTelegram > 0 ? callsButtons(channel, b.authorLocale, broadcastId) : undefined;
  const finished = progress.pending === 0;
  const text = channel.t(b.authorLocale, finished ? 'adm-bc-progress-done' : 'adm-bc-progress', vars);
  if (b.progressChatId !== undefined && b.progressMessageId !== undefined && text !== b.lastProgressText) {
    await channel.edit(b.progressChatId, b.progressMessageId, text, buttons).catch(() => undefined);
    await rememberProgressText(broadcastId, text);
  }
  if (!finished) return false;
  if (await finishBroadcast(broadcastId, progress, now)) {
    const report = channel.t(b.authorLocale, 'adm-bc-report', { ...vars, unreachable: b.unreachable, newlyBlocked: progress.blocked + progress.skipped });
    if (b.progressChatId !== undefined) await channel.send(b.progressChatId, report, buttons);
  }
  return true;
}

/** "📞 Whom to call" under a broadcast's report: its call list (src/bot/features/calls/change-calls.ts). */
export function callsButtons(channel: Pick<ProgressChannel, 't'>, locale: Locale, broadcastId: string): ProgressButtons {
  const button = broadcastCallsButton(broadcastId);
  return [[{ text: channel.t(locale, button.key), callback_data: button.data }]];
}

/** Schedules the next tick (the job re-schedules itself until the broadcast is done). */
export async function scheduleProgress(agenda: Agenda, broadcastId: string, now: Date): Promise<void> {
  await agenda.schedule(new Date(now.getTime() + PROGRESS_EVERY_MS), BROADCAST_PROGRESS_JOB, { broadcastId });
}

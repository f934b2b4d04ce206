import type { Agenda } from 'agenda';
import type { AppDeps } from '../../bot/context.js';
import { enqueueDueReminders, reminderSettings } from '../../domain/reminders.js';

export const REMINDERS_JOB = 'reminders:enqueue';

/**
 * The reminders job: every minute, due reminders go into the outbox (the
 * outbox sender, started by main.ts, sends them). Tests call
 * enqueueDueReminders directly with a controlled clock.
 */
export function defineRemindersJobs(agenda: Agenda, deps: AppDeps): void {
  agenda.define(REMINDERS_JOB, async () => {
    const { added } = await enqueueDueReminders(reminderSettings(deps.config), deps.now());
    if (added > 0) deps.logger.info({ added }, 'reminders enqueued');
  });
  // Reminders are enqueued ten minutes ahead with their due time, so a minute is precise enough.
  void agenda.every('1 minute', REMINDERS_JOB).catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'could not schedule the reminders job'));
}

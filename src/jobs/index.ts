import type { Agenda } from 'agenda';
import type { AppDeps, BotJobs } from '../bot/context.js';
import { defineAdminJobs } from './admin/index.js';
import { scheduleProgress, type ProgressChannel } from './admin/broadcast-progress.js';
import { defineCallsJobs } from './calls/index.js';
import { defineClassesJobs } from './classes/index.js';
import { definePrivacyJobs } from './privacy/index.js';
import { defineRemindersJobs } from './reminders/index.js';
import { defineRetentionJobs } from './retention/index.js';

/** Registers every job definition; each area keeps its jobs in a folder of its own. */
export function defineJobs(agenda: Agenda, deps: AppDeps, progressChannel: ProgressChannel): void {
  void defineClassesJobs(agenda, deps);
  defineRemindersJobs(agenda, deps);
  void defineAdminJobs(agenda, deps, progressChannel);
  definePrivacyJobs(agenda, deps);
  defineRetentionJobs(agenda, deps);
  defineCallsJobs(agenda, deps);
}

/** The bot's view of the jobs: what it may start (main.ts passes it in BotDeps). */
export function agendaJobs(agenda: Agenda): BotJobs {
  return { followBroadcast: (broadcastId, now) => scheduleProgress(agenda, broadcastId, now) };
}

import type { Agenda } from 'agenda';
import type { BotDeps } from '../bot/context.js';
import { defineAdminJobs } from './admin/index.js';
import type { ProgressChannel } from './admin/broadcast-progress.js';
import { defineClassesJobs } from './classes/index.js';
import { definePrivacyJobs } from './privacy/index.js';
import { defineRemindersJobs } from './reminders/index.js';
import { defineRetentionJobs } from './retention/index.js';

/** Registers every job definition; each area keeps its jobs in a folder of its own. */
export function defineJobs(agenda: Agenda, deps: BotDeps, progressChannel: ProgressChannel): void {
  defineClassesJobs(agenda, deps);
  defineRemindersJobs(agenda, deps);
  defineAdminJobs(agenda, deps, progressChannel);
  definePrivacyJobs(agenda, deps);
  defineRetentionJobs(agenda, deps);
}

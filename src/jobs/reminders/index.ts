import type { Agenda } from 'agenda';
import type { BotDeps } from '../../bot/context.js';

/** The reminders job definitions. Tests call the job bodies directly with a controlled clock. */
export function defineRemindersJobs(_agenda: Agenda, _deps: BotDeps): void {}

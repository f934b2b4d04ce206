import type { Agenda } from 'agenda';
import type { BotDeps } from '../../bot/context.js';

/** The admin job definitions. Tests call the job bodies directly with a controlled clock. */
export function defineAdminJobs(_agenda: Agenda, _deps: BotDeps): void {}

import type { Agenda } from 'agenda';
import type { BotDeps } from '../../bot/context.js';

/** The classes job definitions. Tests call the job bodies directly with a controlled clock. */
export function defineClassesJobs(_agenda: Agenda, _deps: BotDeps): void {}

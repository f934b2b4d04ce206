import type { Agenda } from 'agenda';
import type { BotDeps } from '../bot/context.js';

/** Registers every job definition. Each feature's jobs live in a file of their own here. */
export function defineJobs(_agenda: Agenda, _deps: BotDeps): void {}

import type { Agenda } from 'agenda';
import type { AppDeps } from '../../bot/context.js';
import { createI18n, type Translator } from '../../bot/i18n.js';
import { sendDailyCallLists } from '../../domain/call-lists.js';
import { inPersonVars } from '../../domain/no-phone-notices.js';

export const CALL_LIST_JOB = 'calls:daily-list';

/** The translations for the lists' lines (read once, on the first run). */
let i18n: Translator | undefined;

/** The job body (tests call it with their clock). */
export function runCallListJob(deps: AppDeps) {
  const translator = (i18n ??= createI18n(deps.config.DEFAULT_LOCALE));
  return sendDailyCallLists(
    deps.config.CALL_LIST_TIME,
    deps.now(),
    (language) => ({ blocked: translator.t(language, 'calls-line-blocked'), called: translator.t(language, 'mark-called') }),
    (language, names) => translator.t(language, 'no-phone-remind', inPersonVars(names)),
  );
}

/**
 * The daily call list: centers may be in different time zones, so instead of
 * one cron time the job looks every five minutes whether CALL_LIST_TIME has
 * passed in each center's zone; each librarian's list of a day has one outbox
 * key, so it goes once, also after a restart later that evening.
 */
export function defineCallsJobs(agenda: Agenda, deps: AppDeps): void {
  agenda.define(CALL_LIST_JOB, async () => {
    const { lists, calls } = await runCallListJob(deps);
    if (lists > 0) deps.logger.info({ lists, calls }, 'daily call lists enqueued');
  });
  void agenda.every('5 minutes', CALL_LIST_JOB).catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'could not schedule the call list job'));
}

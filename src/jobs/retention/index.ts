import type { Agenda } from 'agenda';
import type { BotDeps } from '../../bot/context.js';
import { applyRetention } from '../../domain/retention.js';
import { chatStateTtl } from '../privacy/index.js';

export const RETENTION_JOB = 'retention:daily';

/** The retention job body (tests call it with their clock). */
export function runRetentionJob(deps: BotDeps) {
  const { config } = deps;
  return applyRetention(
    {
      personalDays: config.RETENTION_PERSONAL_DAYS,
      outboxDays: config.RETENTION_OUTBOX_DAYS,
      chatStateTtlMs: chatStateTtl(config),
      offerTtlHours: config.OFFER_TTL_HOURS,
    },
    deps.now(),
  );
}

/** Once a day at RETENTION_RUN_AT local time; the numbers go to the audit log (and the log). */
export function defineRetentionJobs(agenda: Agenda, deps: BotDeps): void {
  agenda.define(RETENTION_JOB, async () => deps.logger.info(await runRetentionJob(deps), 'retention: personal data past its period deleted'), {
    lockLifetime: 30 * 60_000,
  });
  const [hour, minute] = deps.config.RETENTION_RUN_AT.split(':').map(Number);
  void agenda
    .every(`${minute} ${hour} * * *`, RETENTION_JOB, undefined, { timezone: deps.config.APP_TIMEZONE })
    .catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'could not schedule the retention job'));
}

import type { Agenda } from 'agenda';
import type { AppDeps } from '../../bot/context.js';
import { applyRetention, type RetentionResult } from '../../domain/retention.js';
import { collectCallListChanges } from '../../domain/call-list-changes.js';
import { closeView, keepingViews, type ViewToRedraw } from '../../domain/shown-views.js';
import { chatStateTtl } from '../privacy/index.js';

export const RETENTION_JOB = 'retention:daily';

/**
 * The retention job body (tests call it with their clock). A person forgotten here leaves the call lists (as by
 * /forget): the open /calls screens of those centers are redrawn after it, as after the offers job (fix30c, task31 fixD).
 */
export async function runRetentionJob(deps: AppDeps): Promise<RetentionResult> {
  const { config } = deps;
  let result: RetentionResult | undefined;
  let centers: string[] = [];
  // The staff screens naming those forgotten are redrawn without them (fix34e), or closed when the bot cannot.
  const closeAll = async (views: ViewToRedraw[]) => void (await Promise.all(views.map((view) => closeView(view, deps.now()))));
  await keepingViews(async () => {
    centers = await collectCallListChanges(async () => {
      result = await applyRetention(
        {
          personalDays: config.RETENTION_PERSONAL_DAYS,
          outboxDays: config.RETENTION_OUTBOX_DAYS,
          chatStateTtlMs: chatStateTtl(config),
          offers: deps.offers,
        },
        deps.now(),
      );
    });
  }, deps.screensForgotten ?? closeAll);
  if (deps.callsChanged) await deps.callsChanged(centers);
  return result!;
}

/** Once a day at RETENTION_RUN_AT local time; the numbers go to the audit log (and the log). */
export function defineRetentionJobs(agenda: Agenda, deps: AppDeps): void {
  agenda.define(RETENTION_JOB, async () => deps.logger.info(await runRetentionJob(deps), 'retention: personal data past its period deleted'), {
    lockLifetime: 30 * 60_000,
  });
  const [hour, minute] = deps.config.RETENTION_RUN_AT.split(':').map(Number);
  void agenda
    .every(`${minute} ${hour} * * *`, RETENTION_JOB, undefined, { timezone: deps.config.APP_TIMEZONE })
    .catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'could not schedule the retention job'));
}

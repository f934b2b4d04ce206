import type { Agenda } from 'agenda';
import type { AppDeps } from '../../bot/context.js';
import { finishCutOffMoves } from '../../domain/desk-move.js';
import { processOffers } from '../../domain/offers.js';
import { handOverStrayGroups } from '../../domain/staff-leaving.js';

export const OFFERS_JOB = 'classes:offers';

/**
 * The offers job body: half-way reminders and expiry (tests call it with their clock). First a staff move cut off
 * by a restart is finished (its notice and audit; probe s22 M2), so a seat free at its new center is offered here.
 * Groups whose librarian no longer manages their center (a kill before the hand-over, probe s23 H1) are handed over.
 */
export async function runOffersJob(deps: AppDeps) {
  await handOverStrayGroups(deps.config.ADMIN_IDS, deps.now());
  await finishCutOffMoves(deps.now());
  return processOffers(deps.now(), { ttlHours: deps.config.OFFER_TTL_HOURS });
}

/**
 * The classes job definitions. Tests call the job bodies directly with a controlled clock.
 * Resolves once the schedule is stored (a failure is logged, not thrown).
 */
export function defineClassesJobs(agenda: Agenda, deps: AppDeps): Promise<void> {
  agenda.define(OFFERS_JOB, async () => {
    const result = await runOffersJob(deps);
    if (result.expired || result.reminded) deps.logger.info(result, 'seat offers processed');
  });
  // Half-way reminders need no better precision than this; `every` keeps one schedule across restarts.
  return agenda.every('10 minutes', OFFERS_JOB).then(
    () => undefined,
    (error: unknown) => deps.logger.warn({ err: String(error) }, 'could not schedule the offers job'),
  );
}

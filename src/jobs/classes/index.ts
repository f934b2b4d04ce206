import type { Agenda } from 'agenda';
import type { AppDeps } from '../../bot/context.js';
import { finishCourseChanges } from '../../domain/course-state.js';
import { finishCutOffMoves } from '../../domain/desk-move.js';
import { processOffers } from '../../domain/offers.js';
import { settleUndeliveredOffers } from '../../domain/undelivered-offers.js';
import { collectCallListChanges } from '../../domain/call-list-changes.js';
import { recountSeats } from '../../domain/seat-recount.js';
import { backfillLineCenters } from '../../domain/line-center.js';
import { handOverStrayGroups } from '../../domain/staff-leaving.js';

export const OFFERS_JOB = 'classes:offers';

/**
 * The offers job body: half-way reminders and expiry (tests call it with their clock). First a staff move cut off
 * by a restart is finished (its notice and audit; probe s22 M2), so a seat free at its new center is offered here.
 * Groups whose librarian no longer manages their center (a kill before the hand-over, probe s23 H1) are handed over.
 * Seats lost by a kill between a seat's two writes are recounted (probe s23 M3), before the offers that give them out.
 */
export async function runOffersJob(deps: AppDeps) {
  let result: Awaited<ReturnType<typeof processOffers>> | undefined;
  // What it changes on call lists (an offer ran out, a seat passed on by phone) redraws the open /calls screens (fix30c).
  const centers = await collectCallListChanges(async () => {
    await handOverStrayGroups(deps.config.ADMIN_IDS, deps.now());
    await finishCutOffMoves(deps.now());
    // A course stopped or offered again whose people were not yet told when the process died (probe s23 M1).
    await finishCourseChanges(deps.now());
    const seats = await recountSeats(deps.now());
    if (seats.fixed) deps.logger.info(seats, 'seat counts set right (a seat change cut off by a restart)');
    // Offers Telegram refused that the outbox's catch-up did not settle (probe s20 F5, fix31a).
    const refused = await settleUndeliveredOffers(deps.now(), deps.offers);
    const offers = await processOffers(deps.now(), deps.offers);
    result = { ...offers, expired: offers.expired + refused };
  });
  if (deps.callsChanged) await deps.callsChanged(centers);
  return result!;
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
  // At start-up, without waiting for the schedule: a course change cut off a minute ago or more is finished (probe
  // s23 M1); the seats are looked at, a kill's leftovers noted now (the job sets them right a minute or more later),
  // or set right now when noted before it (probe s23 M3).
  // And entries seated at another center before they kept their own line's center get it back where the audit says it.
  const recount = finishCourseChanges(deps.now())
    .then(() => recountSeats(deps.now()))
    .then(async (seats) => ({ seats, lineCenters: await backfillLineCenters() }))
    .then(
      ({ seats, lineCenters }) => {
        if (seats.fixed) deps.logger.info(seats, 'seat counts set right at start-up');
        if (lineCenters) deps.logger.info({ entries: lineCenters }, 'line centers recovered from the audit log at start-up');
      },
      (error: unknown) => deps.logger.warn({ err: String(error) }, 'could not finish course changes, recount seats or recover line centers at start-up'),
    );
  // Half-way reminders need no better precision than this; `every` keeps one schedule across restarts.
  const scheduled = agenda.every('10 minutes', OFFERS_JOB).then(
    () => undefined,
    (error: unknown) => deps.logger.warn({ err: String(error) }, 'could not schedule the offers job'),
  );
  return Promise.all([recount, scheduled]).then(() => undefined);
}

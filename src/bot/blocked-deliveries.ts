import { collectCallListChanges } from '../domain/call-list-changes.js';
import { offerNotDelivered } from '../domain/undelivered-offers.js';
import type { AppDeps } from './context.js';

/**
 * The outbox's SenderDeps.blocked: Telegram refused a message with 403 (the person blocked the bot). A seat offer that
 * never arrived is handled at once as one for a person without Telegram (fix31a: a call card, or the seat passed on);
 * the call lists it changes redraw the open /calls screens, as after a job. An error is logged, and the catch-up goes
 * on: the offers job settles what was missed.
 */
export function blockedDeliveries(deps: AppDeps): (key: string) => Promise<void> {
  return async (key) => {
    try {
      const centers = await collectCallListChanges(async () => void (await offerNotDelivered(key, 'blocked', deps.now(), deps.offers)));
      if (centers.length > 0 && deps.callsChanged) await deps.callsChanged(centers);
    } catch (error) {
      deps.logger.error({ err: { message: String(error) }, key }, 'outbox: a refused seat offer was not passed on (the offers job will)');
    }
  };
}

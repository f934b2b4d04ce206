import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { countSeatOffers, readOutboxDepth } from './database-gauges.js';

/**
 * The process's Prometheus metrics (served at /metrics by src/ops/health.ts). Counters are per process;
 * the outbox and seat-offer numbers are read from the database at each scrape, so every process shows
 * the same, whole-deployment figures for them.
 */
export const metricsRegistry = new Registry();

let collectingProcessMetrics = false;

/**
 * Starts Node's own metrics (CPU, memory, event loop, GC) in the registry, once: by the process that
 * serves /metrics, not on import. They hook into the runtime (a GC observer, an event-loop monitor)
 * and are never let go, so importing the bot elsewhere (a script, each test file) would pile them up.
 */
export function collectProcessMetrics(): void {
  if (collectingProcessMetrics) return;
  collectingProcessMetrics = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

export const updatesHandled = new Counter({
  name: 'tvoy_kurs_updates_handled_total',
  help: 'Telegram updates handled, by update type',
  labelNames: ['type'] as const,
  registers: [metricsRegistry],
});

export const updateHandlingSeconds = new Histogram({
  name: 'tvoy_kurs_update_handling_seconds',
  help: 'Time from receiving an update to the end of its handling',
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
  registers: [metricsRegistry],
});

export const messagesSent = new Counter({
  name: 'tvoy_kurs_messages_sent_total',
  help: 'Messages the Bot API accepted (send* methods), by method',
  labelNames: ['method'] as const,
  registers: [metricsRegistry],
});

export const botApiErrors = new Counter({
  name: 'tvoy_kurs_bot_api_errors_total',
  help: 'Bot API answers with an error status: 429 (flood limit), 403 (blocked by the user), others',
  labelNames: ['status'] as const,
  registers: [metricsRegistry],
});

const outboxDue = new Gauge({
  name: 'tvoy_kurs_outbox_due',
  help: 'Outbox items due now and not yet sent, by priority',
  labelNames: ['priority'] as const,
  registers: [metricsRegistry],
});
const outboxScheduled = new Gauge({
  name: 'tvoy_kurs_outbox_scheduled',
  help: 'Outbox items waiting for a later time',
  registers: [metricsRegistry],
});
const outboxOldestDueAge = new Gauge({
  name: 'tvoy_kurs_outbox_oldest_due_age_seconds',
  help: 'How long the oldest due outbox item has waited (0 when none is due)',
  registers: [metricsRegistry],
});
const seatOffers = new Gauge({
  name: 'tvoy_kurs_seat_offers',
  help: 'Seat offers recorded, by outcome (pending, accepted, declined, expired, released)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});
const seatOffersMade = new Gauge({
  name: 'tvoy_kurs_seat_offers_made',
  help: 'Seat offers made (all outcomes)',
  registers: [metricsRegistry],
});

/** Reads the database-backed gauges; called right before /metrics is rendered. */
export async function refreshDatabaseGauges(now: Date): Promise<void> {
  const [depth, offers] = await Promise.all([readOutboxDepth(now), countSeatOffers()]);
  outboxDue.reset();
  for (const [priority, count] of Object.entries(depth.dueByPriority)) outboxDue.set({ priority }, count);
  outboxScheduled.set(depth.scheduled);
  outboxOldestDueAge.set(depth.oldestDueAgeSeconds ?? 0);
  seatOffers.reset();
  let made = 0;
  for (const [outcome, count] of Object.entries(offers)) {
    seatOffers.set({ outcome }, count);
    made += count;
  }
  seatOffersMade.set(made);
}

const SENDING_METHODS = /^(send\w+|copyMessages?|forwardMessages?)$/;

/**
 * Wraps the Bot API `fetch` to count messages sent and error answers (429s, 403s).
 *
 * @example
 * const client = { fetch: countBotApiCalls(nodeFetch) };
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any fetch (node-fetch's, the global one) passes through unchanged
export function countBotApiCalls<F extends (url: any, init?: any) => Promise<{ status: number }>>(fetchFn: F): F {
  return (async (url: unknown, init?: unknown) => {
    const response = await fetchFn(url, init);
    const method = String(typeof url === 'string' ? url : ((url as { url?: string })?.url ?? url)).split('?')[0]!.split('/').pop() ?? '';
    if (response.status === 200 && SENDING_METHODS.test(method)) messagesSent.inc({ method });
    else if (response.status >= 400) botApiErrors.inc({ status: response.status === 429 || response.status === 403 ? String(response.status) : 'other' });
    return response;
  }) as F;
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import mongoose from 'mongoose';
import { collectProcessMetrics, metricsRegistry, refreshDatabaseGauges } from './metrics.js';
import { readOutboxDepth } from './database-gauges.js';

export interface HealthOptions {
  /** True while Agenda processes jobs (agenda.isActiveJobProcessor()). */
  agendaRunning: () => boolean;
  /** /readyz fails when the oldest due outbox item has waited longer than this. */
  outboxStuckAfterMs: number;
  now: () => Date;
  /** How long the database ping may take (default 2 s). */
  pingTimeoutMs?: number;
}

interface Check {
  ok: boolean;
  [detail: string]: unknown;
}

/**
 * /healthz (the process answers), /readyz (database, Agenda, outbox not stuck) and /metrics (Prometheus).
 * Returns a request listener that answers these paths and returns false for any other, so it can be
 * put in front of the webhook handler on the same node:http server.
 *
 * @example
 * const health = createHealthHandler({ agendaRunning: () => agenda.isActiveJobProcessor(), outboxStuckAfterMs: 15 * 60_000, now });
 * createServer((req, res) => health(req, res) || webhook(req, res));
 */
export function createHealthHandler(options: HealthOptions) {
  collectProcessMetrics();
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (path === '/healthz') {
      send(res, 200, 'application/json', JSON.stringify({ ok: true }));
      return true;
    }
    if (path === '/readyz') {
      void readiness(options).then(
        (result) => send(res, result.ok ? 200 : 503, 'application/json', JSON.stringify(result)),
        (error: unknown) => send(res, 503, 'application/json', JSON.stringify({ ok: false, error: String(error) })),
      );
      return true;
    }
    if (path === '/metrics') {
      void renderMetrics(options.now()).then(
        (text) => send(res, 200, metricsRegistry.contentType, text),
        (error: unknown) => send(res, 500, 'text/plain', `metrics unavailable: ${String(error)}\n`),
      );
      return true;
    }
    return false;
  };
}

/** Serves only the health endpoints (polling mode, HEALTH_PORT). */
export async function startHealthServer(port: number, handler: ReturnType<typeof createHealthHandler>, host?: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (!handler(req, res)) send(res, 404, 'text/plain', 'not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}

export async function readiness(options: HealthOptions): Promise<{ ok: boolean; checks: Record<string, Check> }> {
  const database = await pingDatabase(options.pingTimeoutMs ?? 2_000);
  const agenda: Check = { ok: options.agendaRunning() };
  let outbox: Check = { ok: false, reason: 'database unreachable' };
  if (database.ok) {
    const depth = await readOutboxDepth(options.now());
    const age = depth.oldestDueAgeSeconds ?? 0;
    outbox = { ok: age * 1000 <= options.outboxStuckAfterMs, oldestDueAgeSeconds: Math.round(age), limitSeconds: options.outboxStuckAfterMs / 1000 };
  }
  const checks = { database, agenda, outbox };
  return { ok: Object.values(checks).every((c) => c.ok), checks };
}

async function pingDatabase(timeoutMs: number): Promise<Check> {
  const db = mongoose.connection.readyState === mongoose.ConnectionStates.connected ? mongoose.connection.db : undefined;
  if (!db) return { ok: false, reason: 'not connected' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Check>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const ping = db.command({ ping: 1 }).then(
    () => ({ ok: true }),
    (error: unknown) => ({ ok: false, reason: String(error instanceof Error ? error.message : error) }),
  );
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

async function renderMetrics(now: Date): Promise<string> {
  // Without the database the process counters still help: show them, leave the database gauges as they were.
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected) await refreshDatabaseGauges(now).catch(() => undefined);
  return metricsRegistry.metrics();
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

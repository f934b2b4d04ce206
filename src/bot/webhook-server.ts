import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { RawUpdate } from '../db/repositories/received-updates.js';

/** Telegram's header carrying the secret given to setWebhook. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** Telegram's updates are a few kilobytes; anything near this is not from Telegram. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** An extra route on the same server (health checks, metrics). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Serves the requests it recognises (returns true), e.g. createHealthHandler() of src/ops/health.ts. */
export type RequestInterceptor = (req: IncomingMessage, res: ServerResponse) => boolean;

/** What the webhook does with a well-formed, signed update. */
export type ReceiveUpdate = (update: RawUpdate) => Promise<void>;

export interface WebhookServerOptions {
  /** The path of WEBHOOK_URL, e.g. "/telegram". */
  path: string;
  /** WEBHOOK_SECRET: requests without it in SECRET_HEADER are refused. */
  secretToken: string;
  /** Stores the update (and starts handling it in the background); resolves once it is safe to answer 200. */
  receive: ReceiveUpdate;
  logger: Logger;
  maxBodyBytes?: number;
  /** Past this the answer is 503 and Telegram delivers the update again (the database is slow or down). */
  receiveTimeoutMs?: number;
}

export interface WebhookServer {
  server: Server;
  /**
   * Serves another path on the same port, e.g. health checks:
   * `webhook.mount('GET', '/healthz', (req, res) => void res.end('ok'))`.
   */
  mount(method: string, path: string, handler: RouteHandler): void;
  /** Lets a handler that knows its own paths answer first, e.g. `webhook.use(health)`. */
  use(interceptor: RequestInterceptor): void;
  listen(port: number, host?: string): Promise<void>;
  /** Stops taking requests and waits for the open ones to be answered. */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The HTTP server Telegram posts updates to. It is built to be exposed to the
 * internet: a request without the secret is refused (401) before its body is
 * read, a body over the limit is refused (413) without being kept in memory, a
 * malformed one gets 400, and nothing a client sends can stop the process.
 * A good update is answered as soon as it is stored: handling goes on in the
 * background (see update-inbox.ts), so a slow update never meets Telegram's
 * timeout, and a stored update survives a restart.
 *
 * @example
 * const webhook = createWebhookServer({ path: '/telegram', secretToken, receive: inbox.receive, logger });
 * webhook.mount('GET', '/healthz', (req, res) => void res.end('ok'));
 * await webhook.listen(8080);
 */
export function createWebhookServer(options: WebhookServerOptions): WebhookServer {
  const { path, logger, receive, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, receiveTimeoutMs = 5_000 } = options;
  const secret = Buffer.from(options.secretToken);
  const routes = new Map<string, RouteHandler>();
  const interceptors: RequestInterceptor[] = [];
  const key = (method: string, routePath: string) => `${method.toUpperCase()} ${routePath}`;

  const hasSecret = (req: IncomingMessage) => {
    const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ''));
    return given.length === secret.length && timingSafeEqual(given, secret);
  };

  const webhook: RouteHandler = async (req, res) => {
    if (!hasSecret(req)) throw new HttpError(401, 'wrong or missing secret token');
    const update = parseUpdate(await readBody(req, maxBodyBytes));
    let stored: boolean;
    try {
      stored = await settlesWithin(receive(update), receiveTimeoutMs);
    } catch (error) {
      logger.error({ err: String(error), update_id: update.update_id }, 'update not stored');
      stored = false;
    }
    // Telegram delivers it again later; an update stored after all is recognised then and not handled twice.
    if (!stored) throw new HttpError(503, 'the update could not be stored now; deliver it again');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  };
  routes.set(key('POST', path), webhook);

  const server = createServer((req, res) => {
    if (interceptors.some((intercept) => intercept(req, res))) return;
    const routePath = (req.url ?? '/').split('?')[0] ?? '/';
    const handler = routes.get(key(req.method ?? 'GET', routePath));
    const fail = (status: number, message: string) => {
      if (res.headersSent) return void res.end();
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${message}\n`);
      // The unread rest of a refused body is thrown away as it arrives, never kept, and the connection
      // is cut a second later. Cutting it at once would make the client's system drop our answer unread.
      req.removeAllListeners('data');
      req.resume();
      setTimeout(() => req.socket.destroy(), 1_000).unref();
    };
    if (!handler) return fail(404, 'not found');
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        if (error instanceof HttpError) {
          logger.warn({ status: error.status, path: routePath, reason: error.message }, 'webhook request refused');
          return fail(error.status, error.message);
        }
        logger.error({ err: String(error), path: routePath }, 'http request failed');
        fail(500, 'internal error');
      });
  });
  // A client that sends its headers or body very slowly cannot hold connections open for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  return {
    server,
    mount(method, routePath, handler) {
      routes.set(key(method, routePath), handler);
    },
    use(interceptor) {
      interceptors.push(interceptor);
    },
    listen: (port, host) => new Promise((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve())),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** Reads the body, refusing (413) one that announces or reaches more than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new HttpError(413, `body over ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        chunks.length = 0;
        return reject(new HttpError(413, `body over ${limit} bytes`));
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A Telegram update is a JSON object with a whole-number update_id; anything else is a 400. */
function parseUpdate(body: Buffer): RawUpdate {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
  const id = (value as { update_id?: unknown } | null)?.update_id;
  if (typeof value !== 'object' || Array.isArray(value) || !Number.isSafeInteger(id) || (id as number) < 0) {
    throw new HttpError(400, 'not a Telegram update (an object with update_id)');
  }
  return value as RawUpdate;
}

/** True if the promise fulfils within `ms`; false on timeout; rejects if it rejects first. */
async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  const outcome = promise.then(() => true as const);
  outcome.catch(() => undefined); // a failure after the timeout is not an unhandled rejection
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([outcome, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

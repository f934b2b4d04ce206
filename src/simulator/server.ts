import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callBotApi } from './bot-api.js';
import { EmulatorClient } from './client.js';
import { BadBody, disconnectSignal, parseParams, readBody, sendJson } from './http.js';
import { EmulatorState, type StateOptions } from './state.js';
import { callUserApi } from './user-api.js';
import { WebhookDeliverer } from './webhook.js';

export interface EmulatorOptions extends StateOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Pause before re-posting an update the webhook refused (Telegram waits longer). */
  webhookRetryDelayMs?: number;
  /** How long a webhook may take to answer before the delivery counts as failed (default 60 s; tests shorten it). */
  webhookTimeoutMs?: number;
}

export interface RunningEmulator {
  /** Base URL, e.g. http://127.0.0.1:8081 */
  url: string;
  /** What to pass as grammY's `client.apiRoot` / the bot's TELEGRAM_API_ROOT (same as url). */
  apiRoot: string;
  port: number;
  state: EmulatorState;
  webhook: WebhookDeliverer;
  client: EmulatorClient;
  close(): Promise<void>;
}

const BOT_PATH = /^\/bot([^/]*)\/([^/]*)\/?$/;
const FILE_PATH = /^\/file\/bot[^/]+\/(.+)$/;

/** Starts a Telegram Bot API stand-in on node:http. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const state = new EmulatorState(options);
  let lastToken = '';
  const webhook = new WebhookDeliverer(state.updates, options.webhookRetryDelayMs ?? 1000, () => state.clock.now(), async (method, params) => {
    await callBotApi({ state, webhook, signal: new AbortController().signal }, lastToken, method, params);
  }, options.webhookTimeoutMs);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const signal = disconnectSignal(req, res);
    const body = await readBody(req);
    const bot = BOT_PATH.exec(url.pathname);
    if (bot) {
      const token = decodeURIComponent(bot[1] ?? '');
      const params = parseParams(req, url, body);
      const reply = await callBotApi({ state, webhook, signal }, token, decodeURIComponent(bot[2] ?? ''), params);
      if (reply.status !== 401) lastToken = token;
      return sendJson(res, reply.status, reply.body);
    }
    const file = FILE_PATH.exec(url.pathname);
    if (file) return serveFile(res, decodeURIComponent(file[1] ?? ''));
    if (url.pathname.startsWith('/_emulator/')) {
      const json = body.length > 0 ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
      const reply = await callUserApi({
        state, webhook, signal, method: req.method ?? 'GET',
        path: url.pathname.slice('/_emulator'.length), query: url.searchParams, body: json,
      });
      return sendJson(res, reply.status, reply.body);
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Telegram Bot API emulator. Bot API: /bot<token>/<method>. User side: /_emulator/...\n');
      return;
    }
    sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
  }

  /** getFile paths are documents/<file_id>.<extension>; an older path by file name gets the newest upload with that name. */
  function serveFile(res: ServerResponse, filePath: string): void {
    const name = filePath.split('/').pop() ?? '';
    const file = state.files.get(name.replace(/\.[A-Za-z0-9]{1,8}$/, '')) ?? [...state.files.values()].reverse().find((candidate) => candidate.filename === name);
    if (!file) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    res.writeHead(200, { 'content-type': file.mimeType, 'content-length': file.bytes.length });
    res.end(file.bytes);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof BadBody || error instanceof SyntaxError ? 400 : 500;
      sendJson(res, status, { ok: false, error_code: status, description: (error as Error).message });
    });
  });
  server.keepAliveTimeout = 65_000; // long polls and benchmark clients reuse connections

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url, apiRoot: url, port, state, webhook,
    client: new EmulatorClient(url),
    async close() {
      webhook.close();
      state.updates.release();
      state.cancelWaits();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

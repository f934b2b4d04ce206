import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseMultipart } from './multipart.js';
import type { ApiParams } from './types.js';

const MAX_BODY_BYTES = 60 * 1024 * 1024; // Telegram's upload limit is 50 MB

export class BadBody extends Error {}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadBody('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Query string and body merged into one parameter object (body wins), like the Bot API. */
export function parseParams(req: IncomingMessage, url: URL, body: Buffer): ApiParams {
  const params: ApiParams = Object.fromEntries(url.searchParams);
  const contentType = req.headers['content-type'] ?? '';
  if (body.length === 0) return params;
  if (contentType.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new BadBody("Bad Request: can't parse JSON");
    }
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) Object.assign(params, parsed);
  } else if (contentType.startsWith('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  } else if (contentType.startsWith('multipart/form-data')) {
    try {
      Object.assign(params, Object.fromEntries(parseMultipart(body, contentType)));
    } catch (error) {
      throw new BadBody(`Bad Request: ${(error as Error).message}`);
    }
  }
  return params;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed || res.writableEnded) return; // e.g. a long poll whose client went away
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** An AbortSignal that fires when the client disconnects before we answer. */
export function disconnectSignal(req: IncomingMessage, res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  req.on('aborted', () => controller.abort());
  return controller.signal;
}

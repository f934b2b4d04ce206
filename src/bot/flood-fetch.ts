import { Readable } from 'node:stream';
import type { FloodGate } from './flood-gate.js';

type Fetch = typeof fetch;

export interface FloodFetchOptions {
  /**
   * Send a call again after the retry_after of its 429 (replies: yes; the
   * outbox: no, it sees the 429 and reschedules the item itself).
   */
  retry: boolean;
  /**
   * Wait while the chat or the bot is held (replies: yes; the outbox: no, it asks
   * `holdMs` before each send and waits on its own timer, which tests drive).
   */
  wait?: boolean;
  /** Give up (hand the 429 to the caller) after this many attempts ... */
  maxAttempts?: number;
  /** ... or when Telegram asks to wait longer than this. */
  maxDelaySeconds?: number;
  /** How to wait (tests inject their timer: the gate's clock and the waits must be the same time). */
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
}

/**
 * Wraps `fetch` under grammY's client so every Bot API call of this process
 * keeps to the flood gate: a message call waits while its chat (or the whole
 * bot) is held, and a 429 answer holds what it concerns. With `retry`, the call
 * is sent again after its retry_after, uploads included: the multipart body is
 * read into memory once so it can be sent again (the bot's uploads are charts
 * and CSV files of a few hundred kB at most).
 *
 * It sits under the client, not in an API transformer, because conversations
 * build their own Api objects from the client options and record each call's
 * final result: a wait or a retry here is invisible to them (and not repeated
 * when they replay).
 *
 * @example
 * const replies = floodControlledFetch(gate, nodeFetch, { retry: true });
 * const outbox = floodControlledFetch(gate, nodeFetch, { retry: false, wait: false });
 */
export function floodControlledFetch(gate: FloodGate, fetchFn: Fetch, options: FloodFetchOptions): Fetch {
  const { retry, wait = true, maxAttempts = 5, maxDelaySeconds = 30, sleep = realSleep } = options;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const call = await readCall(input, init);
    if (!call.isMessage || call.chatId === undefined) return send(call, input, init);
    return gate.inTurn(call.chatId, () => send(call, input, init));
  }) as Fetch;

  async function send(call: ApiCall, input: string | URL | Request, init?: RequestInit): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      if (call.isMessage) {
        if (wait) for (let ms = gate.holdMs(call.chatId); ms > 0; ms = gate.holdMs(call.chatId)) await sleep(ms, init?.signal);
        gate.noteMessageCall(call.chatId);
      }
      const response = (await fetchFn(input, call.init())) as Response;
      if (response.status !== 429) return response;
      const retryAfter = await retryAfterOf(response);
      if (call.isMessage) gate.record429(call.chatId, retryAfter);
      if (!retry || attempt >= maxAttempts || retryAfter > maxDelaySeconds) return response;
      await response.arrayBuffer().catch(() => undefined); // frees the connection
      // A message call waits on the gate at the top of the loop; other calls wait here.
      if (!call.isMessage) await sleep(retryAfter * 1000, init?.signal);
    }
  }
}

/** Calls that create or change a message: the ones Telegram's flood limits count. */
export function isMessageMethod(method: string): boolean {
  return (method.startsWith('send') && method !== 'sendChatAction') || /^(edit|copy|forward)/.test(method);
}

interface ApiCall {
  method: string;
  chatId?: string;
  isMessage: boolean;
  /** The request options for one attempt (a fresh body each time). */
  init(): RequestInit | undefined;
}

async function readCall(input: string | URL | Request, init?: RequestInit): Promise<ApiCall> {
  const url = String(input instanceof Request ? input.url : input);
  const method = url.slice(url.lastIndexOf('/') + 1).split('?')[0]!;
  const isMessage = isMessageMethod(method);
  const body = init?.body;
  if (body === undefined || body === null) return { method, isMessage, init: () => init };
  if (typeof body === 'string') {
    const chatId = (JSON.parse(body) as { chat_id?: unknown }).chat_id;
    return { method, isMessage, chatId: chatId === undefined ? undefined : String(chatId), init: () => init };
  }
  // An upload: grammY streams multipart/form-data, which can be read only once.
  const chunks: Buffer[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  const bytes = Buffer.concat(chunks);
  const chatId = /name="chat_id"\r\n\r\n([^\r]*)/.exec(bytes.toString('latin1'))?.[1];
  return { method, isMessage, chatId, init: () => ({ ...init, body: Readable.from([bytes]) as unknown as RequestInit["body"] }) };
}

async function retryAfterOf(response: Response): Promise<number> {
  const body = (await response.clone().json().catch(() => ({}))) as { parameters?: { retry_after?: number } };
  return body.parameters?.retry_after ?? 1;
}

function realSleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

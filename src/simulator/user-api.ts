import type { ChatEvent, EmulatorState, NewUser } from './state.js';
import type { FaultOptions } from './limits.js';
import {
  UserActionError, pressInlineButton, pressReplyButton, sendCommand, sendContact, sendDocument, sendLocation, sendSticker, sendText, sendVoice, setBlocked,
  type ContactInput, type DocumentInput,
} from './user-actions.js';
import type { TgLocation } from './types.js';
import type { WebhookDeliverer } from './webhook.js';

/** Everything a user-side route can see. */
interface RouteInput {
  state: EmulatorState;
  webhook: WebhookDeliverer;
  match: RegExpExecArray;
  query: URLSearchParams;
  body: Record<string, unknown>;
  signal: AbortSignal;
}

type Route = [method: string, pattern: RegExp, handler: (input: RouteInput) => unknown];

const userId = (input: RouteInput) => Number(input.match[1]);

function requireField<T>(body: Record<string, unknown>, name: string): T {
  if (body[name] === undefined) throw new UserActionError(`missing "${name}"`);
  return body[name] as T;
}

function fileInfo(file: { fileId: string; filename: string; mimeType: string; bytes: Buffer }) {
  return { file_id: file.fileId, filename: file.filename, mime_type: file.mimeType, size: file.bytes.length };
}

/** The user side of the emulator, under /_emulator/. JSON in, JSON out. */
const ROUTES: Route[] = [
  ['POST', /^\/users$/, ({ state, body }) => state.addUser(body as unknown as NewUser).user],
  ['GET', /^\/users$/, ({ state }) => [...state.users.values()].map((r) => ({ ...r.user, started: r.started, blocked: r.blocked }))],
  ['POST', /^\/users\/(\d+)\/text$/, (i) => sendText(i.state, userId(i), requireField<string>(i.body, 'text'))],
  ['POST', /^\/users\/(\d+)\/command$/, (i) =>
    sendCommand(i.state, userId(i), requireField<string>(i.body, 'command'), i.body['args'] as string | undefined)],
  ['POST', /^\/users\/(\d+)\/contact$/, (i) => sendContact(i.state, userId(i), i.body as unknown as ContactInput)],
  ['POST', /^\/users\/(\d+)\/document$/, (i) => sendDocument(i.state, userId(i), i.body as unknown as DocumentInput)],
  ['POST', /^\/users\/(\d+)\/location$/, (i) => sendLocation(i.state, userId(i), i.body as unknown as TgLocation)],
  ['POST', /^\/users\/(\d+)\/voice$/, (i) => sendVoice(i.state, userId(i), i.body)],
  ['POST', /^\/users\/(\d+)\/sticker$/, (i) => sendSticker(i.state, userId(i), i.body)],
  ['POST', /^\/users\/(\d+)\/press-inline$/, (i) => pressInlineButton(i.state, userId(i), i.body)],
  ['POST', /^\/users\/(\d+)\/press-reply$/, (i) =>
    pressReplyButton(i.state, userId(i), requireField<string>(i.body, 'label'), i.body)],
  ['POST', /^\/users\/(\d+)\/block$/, (i) => (setBlocked(i.state, userId(i), true), true)],
  ['POST', /^\/users\/(\d+)\/unblock$/, (i) => (setBlocked(i.state, userId(i), false), true)],
  ['GET', /^\/users\/(\d+)\/messages$/, (i) => i.state.transcript(userId(i), i.query.get('include_own') === 'true')],
  ['GET', /^\/users\/(\d+)\/keyboard$/, (i) => i.state.user(userId(i)).replyKeyboard],
  ['GET', /^\/users\/(\d+)\/next$/, async (i): Promise<ChatEvent | null> => {
    const kinds = i.query.get('kinds')?.split(',') as ChatEvent['kind'][] | undefined;
    const afterSeq = i.query.get('after_seq');
    return i.state.waitForBotEvent(userId(i), {
      timeoutMs: Number(i.query.get('timeout_ms') ?? 5000),
      ...(kinds ? { kinds } : {}),
      ...(afterSeq !== null ? { afterSeq: Number(afterSeq) } : {}),
    });
  }],
  ['POST', /^\/users\/(\d+)\/skip$/, (i) => {
    i.state.user(userId(i)).cursor = i.state.lastSeq;
    return i.state.lastSeq;
  }],
  ['GET', /^\/seq$/, ({ state }) => state.lastSeq],
  ['GET', /^\/callback-answers\/(\d+)$/, ({ state, match }) => {
    const query = state.callbackQueries.get(match[1] ?? '');
    if (!query) throw new UserActionError('unknown callback query', 404);
    return query.answer;
  }],
  ['GET', /^\/files$/, ({ state }) => [...state.files.values()].map(fileInfo)],
  ['GET', /^\/files\/([^/]+)$/, ({ state, match }) => {
    const file = state.files.get(decodeURIComponent(match[1] ?? ''));
    if (!file) throw new UserActionError('unknown file', 404);
    return { ...fileInfo(file), base64: file.bytes.toString('base64') };
  }],
  ['GET', /^\/counters$/, ({ state }) => state.counters.snapshot()],
  ['POST', /^\/counters\/reset$/, ({ state }) => (state.counters.reset(), true)],
  ['POST', /^\/faults$/, ({ state, body }) => {
    state.limiter.faults = { ...(body as FaultOptions) };
    return state.limiter.faults;
  }],
  ['GET', /^\/info$/, ({ state, webhook }) => ({
    bot: state.bot, webhook: webhook.info(), pending_updates: state.updates.pendingCount, users: state.users.size,
  })],
  ['POST', /^\/reset$/, ({ state, webhook }) => {
    webhook.set(null);
    state.reset();
    return true;
  }],
];

export interface UserApiReply {
  status: number;
  body: unknown;
}

/** Routes `/_emulator/<path>`; replies `{ ok, result }` or `{ ok: false, error }`. */
export async function callUserApi(
  input: Omit<RouteInput, 'match'> & { method: string; path: string },
): Promise<UserApiReply> {
  for (const [method, pattern, handler] of ROUTES) {
    const match = pattern.exec(input.path);
    if (!match || method !== input.method) continue;
    try {
      return { status: 200, body: { ok: true, result: (await handler({ ...input, match })) ?? null } };
    } catch (error) {
      const status = error instanceof UserActionError ? error.status : /unknown user/.test(String(error)) ? 404 : 500;
      return { status, body: { ok: false, error: (error as Error).message } };
    }
  }
  return { status: 404, body: { ok: false, error: `no route ${input.method} /_emulator${input.path}` } };
}

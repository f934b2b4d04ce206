import { ApiError, Errors } from './errors.js';
import type { MethodContext, MethodHandler } from './methods/context.js';
import { botInfoMethods } from './methods/bot-info.js';
import { fileMethods } from './methods/files.js';
import { messageMethods } from './methods/messages.js';
import { pollingMethods } from './methods/polling.js';
import type { ApiParams } from './types.js';

/** Telegram matches method names case-insensitively. */
const METHODS = new Map<string, { name: string; handler: MethodHandler }>(
  Object.entries({ ...botInfoMethods, ...fileMethods, ...messageMethods, ...pollingMethods }).map(
    ([name, handler]) => [name.toLowerCase(), { name, handler }],
  ),
);

/** `<bot id>:<secret>`; real secrets are 35 characters, we accept a range. */
export const TOKEN_PATTERN = /^\d{1,20}:[A-Za-z0-9_-]{30,64}$/;

export interface ApiReply {
  status: number;
  body: unknown;
}

/** Runs one Bot API call and shapes the reply as Telegram does (HTTP status = error_code). */
export async function callBotApi(ctx: MethodContext, token: string, methodName: string, params: ApiParams): Promise<ApiReply> {
  const entry = METHODS.get(methodName.toLowerCase());
  ctx.state.counters.recordCall(entry?.name ?? methodName);
  try {
    if (!TOKEN_PATTERN.test(token)) throw Errors.unauthorized();
    if (!entry) throw Errors.notFound();
    ctx.state.useToken(token);
    const result = await entry.handler(ctx, params);
    return { status: 200, body: { ok: true, result } };
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError(500, `Internal Server Error: ${(error as Error).message}`);
    ctx.state.counters.recordError(apiError.code);
    return { status: apiError.code, body: apiError.toJSON() };
  }
}

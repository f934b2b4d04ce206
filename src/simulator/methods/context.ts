import type { EmulatorState } from '../state.js';
import type { ApiParams } from '../types.js';
import type { WebhookDeliverer } from '../webhook.js';

/** What a Bot API method implementation may use. */
export interface MethodContext {
  state: EmulatorState;
  webhook: WebhookDeliverer;
  /** Aborts when the HTTP client disconnects (long polling must stop waiting). */
  signal: AbortSignal;
}

export type MethodHandler = (ctx: MethodContext, params: ApiParams) => unknown;

import { Errors } from '../errors.js';
import { optionalArray, optionalBoolean, optionalNumber, optionalString } from '../params.js';
import type { MethodHandler } from './context.js';

const getUpdates: MethodHandler = async (ctx, params) => {
  if (ctx.webhook.config) throw Errors.webhookConflict();
  const limit = Math.min(100, Math.max(1, optionalNumber(params, 'limit') ?? 100));
  const timeout = Math.max(0, optionalNumber(params, 'timeout') ?? 0);
  ctx.state.updates.setAllowed(optionalArray(params, 'allowed_updates'));
  return ctx.state.updates.poll(optionalNumber(params, 'offset'), limit, timeout, ctx.signal);
};

const setWebhook: MethodHandler = (ctx, params) => {
  const url = optionalString(params, 'url') ?? '';
  const secretToken = optionalString(params, 'secret_token');
  if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
    throw Errors.badRequest('secret token contains unallowed characters');
  }
  if (url !== '' && !/^https?:\/\//.test(url)) throw Errors.badRequest('bad webhook: Failed to resolve host: Name or service not known');
  if (optionalBoolean(params, 'drop_pending_updates')) ctx.state.updates.dropAll();
  ctx.state.updates.setAllowed(optionalArray(params, 'allowed_updates'));
  // Plain http is allowed (unlike Telegram) because the emulator targets local bots.
  ctx.webhook.set(
    url === ''
      ? null
      : { url, maxConnections: optionalNumber(params, 'max_connections') ?? 40, ...(secretToken ? { secretToken } : {}) },
  );
  ctx.state.updates.release(); // a running long poll ends, as in Telegram
  return true;
};

const deleteWebhook: MethodHandler = (ctx, params) => {
  if (optionalBoolean(params, 'drop_pending_updates')) ctx.state.updates.dropAll();
  ctx.webhook.set(null);
  return true;
};

const getWebhookInfo: MethodHandler = (ctx) => ctx.webhook.info();

export const pollingMethods: Record<string, MethodHandler> = { getUpdates, setWebhook, deleteWebhook, getWebhookInfo };

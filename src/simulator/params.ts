import { Errors } from './errors.js';
import type { ApiParams } from './types.js';

/*
 * Bot API parameters arrive as JSON values (JSON bodies) or as strings (query, urlencoded,
 * multipart, where objects are JSON-encoded). These readers accept both, as Telegram does.
 */

function decodeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function optionalString(params: ApiParams, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw Errors.badRequest(`field "${name}" must be of type String`);
}

export function optionalNumber(params: ApiParams, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) throw Errors.badRequest(`field "${name}" must be a Number`);
  return number;
}

export function requireNumber(params: ApiParams, name: string): number {
  const value = optionalNumber(params, name);
  if (value === undefined) throw Errors.badRequest(`${name} is empty`);
  return value;
}

export function optionalBoolean(params: ApiParams, name: string): boolean {
  const value = params[name];
  return value === true || value === 'true' || value === 1 || value === '1';
}

export function optionalObject(params: ApiParams, name: string): Record<string, unknown> | undefined {
  const value = decodeJson(params[name]);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw Errors.badRequest(`can't parse ${name} JSON object`);
  return value as Record<string, unknown>;
}

export function optionalArray(params: ApiParams, name: string): unknown[] | undefined {
  const value = decodeJson(params[name]);
  if (value === undefined || value === null || value === '') return undefined;
  if (!Array.isArray(value)) throw Errors.badRequest(`can't parse ${name} JSON array`);
  return value as unknown[];
}

/** chat_id as a number; `@username` strings are resolved by the caller. */
export function chatIdParam(params: ApiParams): number | string {
  const value = params['chat_id'];
  if (value === undefined || value === null || value === '') throw Errors.badRequest('chat_id is empty');
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

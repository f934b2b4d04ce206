import { randomBytes } from 'node:crypto';
import { Errors } from '../errors.js';
import { UploadedFile } from '../multipart.js';
import { chatIdParam, optionalString } from '../params.js';
import type { EmulatorState } from '../state.js';
import { visibleText } from '../text.js';
import type { ApiParams, StoredFile, TgMessage } from '../types.js';
import type { MethodHandler } from './context.js';
import { replyMarkupParam } from './markup.js';

const MAX_CAPTION = 1024;

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  png: 'image/png', ics: 'text/calendar', json: 'application/json', html: 'text/html',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xls: 'application/vnd.ms-excel',
};

/** The MIME type a file is sent with: the declared one, else guessed from the name's extension, as Telegram does. */
export function guessMime(filename: string, declared: string): string {
  if (declared && declared !== 'application/octet-stream') return declared;
  const extension = filename.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? (declared || 'application/octet-stream');
}

/**
 * Resolves a file parameter: a multipart upload (directly or via attach://name), an
 * existing file_id, or a URL (kept as a reference without bytes).
 */
function resolveFile(state: EmulatorState, params: ApiParams, field: string): StoredFile {
  let value = params[field];
  if (typeof value === 'string' && value.startsWith('attach://')) value = params[value.slice('attach://'.length)];
  if (value instanceof UploadedFile) {
    const file: StoredFile = {
      fileId: `BQAC${randomBytes(16).toString('base64url')}`,
      filename: value.filename,
      mimeType: guessMime(value.filename, value.mimeType),
      bytes: value.bytes,
    };
    state.files.set(file.fileId, file);
    return file;
  }
  if (typeof value !== 'string' || value === '') throw Errors.badRequest(`there is no ${field} in the request`);
  const known = state.files.get(value);
  if (known) return known;
  if (!/^https?:\/\//.test(value)) throw Errors.badRequest('wrong file identifier/HTTP URL specified');
  const filename = decodeURIComponent(new URL(value).pathname.split('/').pop() || 'file');
  const file: StoredFile = { fileId: `BQAC${randomBytes(16).toString('base64url')}`, filename, mimeType: guessMime(filename, ''), bytes: Buffer.alloc(0) };
  state.files.set(file.fileId, file);
  return file;
}

function captionParam(params: ApiParams): Partial<TgMessage> {
  const raw = optionalString(params, 'caption');
  if (raw === undefined || raw === '') return {};
  const caption = visibleText(raw, params['parse_mode']);
  if (caption.length > MAX_CAPTION) throw Errors.captionTooLong();
  return { caption };
}

const uniqueId = (file: StoredFile) => file.fileId.slice(-12);

const sendDocument: MethodHandler = (ctx, params) => {
  const caption = captionParam(params);
  const markup = replyMarkupParam(params);
  const record = ctx.state.chatForBot(chatIdParam(params));
  const file = resolveFile(ctx.state, params, 'document');
  ctx.state.rateLimit(record.chat.id);
  const document = {
    file_id: file.fileId, file_unique_id: uniqueId(file), file_name: file.filename,
    mime_type: file.mimeType, file_size: file.bytes.length,
  };
  return ctx.state.botSends(record, { document, ...caption }, markup);
};

const sendPhoto: MethodHandler = (ctx, params) => {
  const caption = captionParam(params);
  const markup = replyMarkupParam(params);
  const record = ctx.state.chatForBot(chatIdParam(params));
  const file = resolveFile(ctx.state, params, 'photo');
  ctx.state.rateLimit(record.chat.id);
  // Telegram returns several sizes; image decoding is out of scope, so one nominal size.
  const photo = [{ file_id: file.fileId, file_unique_id: uniqueId(file), width: 1280, height: 720, file_size: file.bytes.length }];
  return ctx.state.botSends(record, { photo, ...caption }, markup);
};

const getFile: MethodHandler = (ctx, params) => {
  const file = ctx.state.files.get(optionalString(params, 'file_id') ?? '');
  if (!file) throw Errors.badRequest('invalid file_id');
  // Like Telegram's "documents/file_12.csv": unique per file, so two uploads named "list.csv" never mix.
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(file.filename)?.[1] ?? 'bin';
  return { file_id: file.fileId, file_unique_id: uniqueId(file), file_size: file.bytes.length, file_path: `documents/${file.fileId}.${extension}` };
};

export const fileMethods: Record<string, MethodHandler> = { sendDocument, sendPhoto, getFile };

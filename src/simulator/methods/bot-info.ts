import { Errors } from '../errors.js';
import { chatIdParam, optionalArray, optionalObject, optionalString } from '../params.js';
import type { ApiParams } from '../types.js';
import type { MethodHandler } from './context.js';

function commandsKey(params: ApiParams): string {
  return JSON.stringify([optionalObject(params, 'scope') ?? { type: 'default' }, optionalString(params, 'language_code') ?? '']);
}

const getMe: MethodHandler = (ctx) => ({ ...ctx.state.bot });

const setMyCommands: MethodHandler = (ctx, params) => {
  const commands = optionalArray(params, 'commands');
  if (!commands) throw Errors.badRequest('commands is empty');
  for (const command of commands) {
    const name = (command as { command?: unknown })?.command;
    if (typeof name !== 'string' || !/^[a-z0-9_]{1,32}$/.test(name)) throw Errors.badRequest('BOT_COMMAND_INVALID');
  }
  ctx.state.commands.set(commandsKey(params), commands);
  return true;
};

const getMyCommands: MethodHandler = (ctx, params) => ctx.state.commands.get(commandsKey(params)) ?? [];

const deleteMyCommands: MethodHandler = (ctx, params) => {
  ctx.state.commands.delete(commandsKey(params));
  return true;
};

const getChat: MethodHandler = (ctx, params) => {
  const chatId = chatIdParam(params);
  const record = ctx.state.users.get(Number(chatId));
  if (!record) throw Errors.chatNotFound();
  return { ...record.chat, accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: {} };
};

/** Methods that configure things the emulator does not model; accepted so bots start normally. */
const accept: MethodHandler = () => true;

export const botInfoMethods: Record<string, MethodHandler> = {
  getMe, setMyCommands, getMyCommands, deleteMyCommands, getChat,
  setChatMenuButton: accept,
  getChatMenuButton: () => ({ type: 'default' }),
  setMyDescription: accept,
  setMyShortDescription: accept,
  setMyName: accept,
  close: accept,
  logOut: accept,
};

import type { RunningEmulator } from '../../src/simulator/index.js';

export const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq';

export interface ApiResult {
  status: number;
  ok: boolean;
  result?: any;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

/** Calls the Bot API over real HTTP with a JSON body. */
export async function api(emu: RunningEmulator, method: string, params: Record<string, unknown> = {}, token = TOKEN): Promise<ApiResult> {
  const response = await fetch(`${emu.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, ...((await response.json()) as Omit<ApiResult, 'status'>) };
}

/** A user who has written to the bot (so the bot may answer), with their pending update confirmed. */
export async function startedUser(emu: RunningEmulator, id: number, firstName = `User${id}`) {
  await emu.client.createUser({ id, first_name: firstName, username: `user${id}` });
  await emu.client.sendCommand(id, 'start');
  emu.state.updates.dropAll();
}

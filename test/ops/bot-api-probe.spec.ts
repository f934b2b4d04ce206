import { describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BotTokenRejectedError, waitForBotApi } from '../../src/ops/bot-api-probe.js';

describe('bot-api-probe', () => {
  const TOKEN = '123456:secret-token-abcdefghijklmnopqrstuvwxyz';

  /** Records what the probe says and the pauses it takes, without waiting. */
  function recorder() {
    const lines: Array<{ level: 'warn' | 'info'; message: string }> = [];
    const pauses: number[] = [];
    return {
      lines,
      pauses,
      log: { warn: (message: string) => lines.push({ level: 'warn', message }), info: (message: string) => lines.push({ level: 'info', message }) },
      sleep: async (ms: number) => void pauses.push(ms),
    };
  }

  async function listen(server: Server): Promise<string> {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const ok = { status: 200, json: async () => ({ ok: true, result: { username: 'tvoy_kurs_bot' } }) };

  describe('start-up check of the Bot API', () => {
    it('says in one plain line what it tried, what failed and what to check, backs off, and says when it got through', async () => {
      // A port nothing listens on: a real "connection refused".
      const closed = createServer();
      const root = await listen(closed);
      await new Promise((resolve) => closed.close(resolve));
      const r = recorder();
      let calls = 0;
      const result = await waitForBotApi({
        apiRoot: root,
        token: TOKEN,
        log: r.log,
        sleep: r.sleep,
        fetch: async (url, init) => (++calls <= 7 ? fetch(url, init) : ok),
      });

      expect(result).toEqual({ username: 'tvoy_kurs_bot', attempts: 8 });
      const warnings = r.lines.filter((l) => l.level === 'warn').map((l) => l.message);
      expect(warnings).toHaveLength(7);
      expect(warnings[0]).toBe(
        `Cannot reach the Telegram Bot API at ${root}/bot<BOT_TOKEN>/getMe: connection refused. ` +
          'Check the network, a firewall or proxy on the way, and TELEGRAM_API_ROOT. Trying again in 2 s (attempt 1).',
      );
      expect(warnings.every((w) => !w.includes('\n') && !w.includes('secret-token'))).toBe(true);
      expect(r.pauses).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000]);
      expect(r.lines.at(-1)).toEqual({ level: 'info', message: `Got through to the Bot API at ${root} on attempt 8 (bot @tvoy_kurs_bot).` });
    });

    it('gives up on a silent server after the attempt timeout (well within 15 s) and names it', async () => {
      const silent = createServer(() => undefined); // accepts, never answers
      const root = await listen(silent);
      const r = recorder();
      let calls = 0;
      try {
        await waitForBotApi({
          apiRoot: root,
          token: TOKEN,
          log: r.log,
          sleep: r.sleep,
          attemptTimeoutMs: 300,
          fetch: async (url, init) => (++calls === 1 ? fetch(url, init) : ok),
        });
      } finally {
        silent.closeAllConnections();
        await new Promise((resolve) => silent.close(resolve));
      }
      expect(r.lines[0]!.message).toContain(': no answer within 0.3 s.');
      expect(r.lines[0]!.message).toContain(`${root}/bot<BOT_TOKEN>/getMe`);
    });

    it('names a DNS failure and an HTTP error answer', async () => {
      const r = recorder();
      const answers = [
        async () => {
          throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', hostname: 'api.telegram.org' } });
        },
        async () => ({ status: 502, json: async () => ({}) }),
        async () => ok,
      ];
      await waitForBotApi({ apiRoot: 'https://api.telegram.org', token: TOKEN, log: r.log, sleep: r.sleep, fetch: () => answers.shift()!() });
      expect(r.lines[0]!.message).toContain('getMe: DNS lookup failed for api.telegram.org.');
      expect(r.lines[1]!.message).toContain('getMe: it answered HTTP 502.');
    });

    it('stops at once when Telegram rejects the token (retrying cannot help)', async () => {
      const r = recorder();
      const rejected = waitForBotApi({
        apiRoot: 'https://api.telegram.org',
        token: TOKEN,
        log: r.log,
        sleep: r.sleep,
        fetch: async () => ({ status: 401, json: async () => ({ ok: false, description: 'Unauthorized' }) }),
      });
      await expect(rejected).rejects.toThrow(BotTokenRejectedError);
      await expect(rejected).rejects.toThrow(/rejected BOT_TOKEN \(HTTP 401\)/);
      expect(r.pauses).toEqual([]);
    });
  });
});

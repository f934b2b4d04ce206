import { describe, expect, it } from '@jest/globals';
import { MongoClient } from 'mongodb';
import pino from 'pino';
import { stopInOrder } from '../../src/ops/shutdown.js';
import { freePort } from '../helpers/bot-process.js';

describe('shutdown', () => {
  it('goes on past a part whose database is already gone, and says which part', async () => {
    // A database that went away first (the container or systemd stopped it with the bot): nothing listens.
    const gone = new MongoClient(`mongodb://127.0.0.1:${await freePort()}/bot`, { serverSelectionTimeoutMS: 300 });
    const lines: Array<{ step?: string; msg?: string }> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as { step?: string; msg?: string }) });
    const stopped: string[] = [];

    const failed = await stopInOrder(
      [
        ['updates', () => void stopped.push('updates')],
        ['agenda', async () => gone.db().command({ ping: 1 })],
        ['database', async () => (await gone.close(), stopped.push('database'))],
      ],
      logger,
    );

    expect(failed).toBe(1);
    expect(stopped).toEqual(['updates', 'database']);
    expect(lines).toEqual([expect.objectContaining({ step: 'agenda', msg: expect.stringMatching(/could not stop cleanly/) })]);
  });
});

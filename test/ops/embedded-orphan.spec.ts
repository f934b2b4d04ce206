import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';

describe('embedded-orphan', () => {
  /** The embedded server answers (a ping) at this address. */
  async function answers(uri: string): Promise<boolean> {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500 });
    try {
      await client.db('admin').command({ ping: 1 });
      return true;
    } catch {
      return false;
    } finally {
      await client.close();
    }
  }

  /**
   * Probe s20 F1: a bot killed with SIGKILL left its embedded FerretDB running, and every restart added one more
   * server on the same SQLite files. The server now stops once the process that started it is gone.
   */
  describe('the embedded database dies with the bot', () => {
    it('a process killed with SIGKILL leaves no FerretDB behind on its data', async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'orphan-'));
      const script = `import { startEmbeddedDatabase } from ${JSON.stringify(path.resolve('src/db/embedded.ts'))};
      const db = await startEmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)}, engine: 'ferretdb' });
      console.log(db.uri); setInterval(() => {}, 1000);`;
      // One process (no tsx CLI in between): the parent FerretDB watches is the one killed.
      // Its stderr is not the test's: a server left behind would hold the test run's output open.
      const owner = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
      const uri = await new Promise<string>((resolve, reject) => {
        owner.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString().trim().split('\n')[0]!));
        owner.once('exit', (code) => reject(new Error(`the owner exited first (${code})`)));
      });
      expect(await answers(uri)).toBe(true);

      owner.kill('SIGKILL');
      let alive = true;
      for (let i = 0; i < 20 && alive; i++) {
        await new Promise((r) => setTimeout(r, 500));
        alive = await answers(uri);
      }
      // Whatever the outcome, nothing stays running on the test's data.
      if (alive) spawnSync('pkill', ['-f', dataDir]);
      expect(alive).toBe(false);
    }, 30_000);
  });
});

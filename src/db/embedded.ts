import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { packageRoot } from '../paths.js';

/** A MongoDB-compatible server this process started and owns. */
export interface EmbeddedDatabase {
  uri: string;
  engine: 'mongodb-memory-server' | 'ferretdb';
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the data lives between runs, e.g. ./data */
  dataDir: string;
  /** Skip the other engine (tests use ferretdb: no 7 s download attempt on an offline machine). */
  engine?: EmbeddedDatabase['engine'];
  warn?: (message: string) => void;
  /** FerretDB's port (a free one by default); a test restarts the server on the same one. */
  port?: number;
}

const ferretDir = path.join(packageRoot, 'tools/ferretdb');
export const ferretBinary = path.join(ferretDir, 'bin/ferretdb');

/**
 * Starts a database for `npm start` and the tests when MONGODB_URI is unset:
 * mongod through mongodb-memory-server where it can be downloaded, otherwise
 * FerretDB (built from tools/ferretdb with Go on first use).
 *
 * @example
 * const db = await startEmbeddedDatabase({ dataDir: './data' });
 * await mongoose.connect(db.uri);
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const database = await startEngine(options);
  // Tells `npm run backup` / `restore` where the running server is (its port is a free one, chosen now).
  const uriFile = path.join(options.dataDir, EMBEDDED_URI_FILE);
  writeFileSync(uriFile, database.uri);
  return {
    ...database,
    stop: async () => {
      rmSync(uriFile, { force: true });
      await database.stop();
    },
  };
}

/** Under DATA_DIR while an embedded server runs: its connection string. */
export const EMBEDDED_URI_FILE = 'embedded-uri';

/** The connection string of the embedded server running on dataDir, if one wrote it. */
export function runningEmbeddedUri(dataDir: string): string | undefined {
  try {
    return readFileSync(path.join(dataDir, EMBEDDED_URI_FILE), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

async function startEngine(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const warn = options.warn ?? ((m: string) => console.warn(m));
  // Data from an earlier FerretDB run stays with FerretDB (and skips the download attempt).
  const hasFerretData = existsSync(path.join(options.dataDir, 'ferretdb'));
  if (options.engine !== 'ferretdb' && !(hasFerretData && options.engine === undefined)) {
    try {
      return await startMongoMemoryServer(options.dataDir);
    } catch (error) {
      if (options.engine === 'mongodb-memory-server') throw error;
      warn(`mongod is not available (${firstLine(error)}); using FerretDB instead`);
    }
  }
  return startFerretDb(options.dataDir, warn, options.port);
}

async function startMongoMemoryServer(dataDir: string): Promise<EmbeddedDatabase> {
  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const dbPath = path.join(dataDir, 'mongodb');
  mkdirSync(dbPath, { recursive: true });
  // It prints a whole stack trace when the download fails; the caller says it in one line instead.
  const { warn, error } = console;
  console.warn = console.error = () => undefined;
  const server = await MongoMemoryServer.create({ instance: { dbPath, storageEngine: 'wiredTiger' } }).finally(() => {
    Object.assign(console, { warn, error });
  });
  return {
    uri: server.getUri(),
    engine: 'mongodb-memory-server',
    stop: async () => void (await server.stop({ doCleanup: false })),
  };
}

/** Builds the FerretDB wrapper with Go unless the binary is there and newer than its sources. */
export function ensureFerretBinary(): string {
  if (existsSync(ferretBinary) && !ferretSourcesChanged()) return ferretBinary;
  const build = spawnSync('go', ['build', '-o', 'bin/ferretdb', '.'], { cwd: ferretDir, stdio: 'inherit' });
  if (build.error || build.status !== 0) {
    throw new Error(
      'No database: MONGODB_URI is unset, mongod could not be downloaded, and FerretDB could not be built ' +
        '(Go is needed: https://go.dev/dl/). Set MONGODB_URI to a MongoDB server.',
    );
  }
  return ferretBinary;
}

/** True when a Go source of the wrapper changed after the binary was built (a pull brought a new one). */
function ferretSourcesChanged(): boolean {
  const built = statSync(ferretBinary).mtimeMs;
  return readdirSync(ferretDir)
    .filter((name) => name.endsWith('.go') || name === 'go.mod' || name === 'go.sum')
    .some((name) => statSync(path.join(ferretDir, name)).mtimeMs > built);
}

async function startFerretDb(dataDir: string, warn: (message: string) => void, fixedPort?: number): Promise<EmbeddedDatabase> {
  const binary = ensureFerretBinary();
  const dir = path.resolve(dataDir, 'ferretdb');
  mkdirSync(dir, { recursive: true });
  const port = fixedPort ?? (await freePort());
  // IMMEDIATE transactions take SQLite's write lock up front and wait for it (busy_timeout);
  // the default DEFERRED ones fail at once with SQLITE_BUSY when concurrent writers collide.
  const sqliteUrl = `file:${dir}/?_txlock=immediate&_pragma=busy_timeout(30000)&_pragma=synchronous(normal)`;
  // --exit-with-parent: a bot killed with SIGKILL leaves no server behind on these files (tools/ferretdb/main.go).
  const args = [`--listen-addr=127.0.0.1:${port}`, `--sqlite-url=${sqliteUrl}`, '--exit-with-parent'];
  const launch = () => spawn(binary, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  let child: ChildProcess = launch();
  let stopping = false;
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  const uri = `mongodb://127.0.0.1:${port}/`;
  await waitUntilReady(uri, child);
  superviseFerretDb(() => child, (next) => (child = next), launch, () => stopping, warn);
  return {
    uri,
    engine: 'ferretdb',
    stop: async () => {
      stopping = true;
      process.removeListener('exit', killChild);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The embedded server is the bot's own child: when it dies (killed, out of
 * memory) nobody else would start it again, and the bot would apologise to
 * everyone until a restart. It is started again on the same port and data,
 * after 1 s, doubling up to 30 s while it keeps dying; the bot's driver
 * reconnects by itself. (An external MongoDB is looked after by its own host.)
 */
function superviseFerretDb(
  current: () => ChildProcess,
  replace: (child: ChildProcess) => void,
  launch: () => ChildProcess,
  stopping: () => boolean,
  warn: (message: string) => void,
): void {
  let delayMs = 1000;
  let startedAt = Date.now();
  const watch = (child: ChildProcess) =>
    child.once('exit', (code, signal) => {
      if (stopping()) return;
      // It ran a while: the next death starts the back-off again.
      if (Date.now() - startedAt > 60_000) delayMs = 1000;
      warn(`The embedded database stopped (${signal ?? `exit code ${code}`}); starting it again in ${delayMs / 1000} s`);
      setTimeout(() => {
        if (stopping() || current() !== child) return;
        startedAt = Date.now();
        const next = launch();
        replace(next);
        watch(next);
      }, delayMs).unref();
      delayMs = Math.min(30_000, delayMs * 2);
    });
  watch(current());
}

async function waitUntilReady(uri: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`FerretDB exited with code ${child.exitCode}`);
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 300 });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`FerretDB did not start: ${firstLine(error)}`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.close();
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const firstLine = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0];

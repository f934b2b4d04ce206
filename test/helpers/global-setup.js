// Plain JS: jest loads globalSetup outside its TypeScript transform, so the
// shared embedded-database module is loaded through tsx.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

/**
 * One MongoDB-compatible server for the whole run (MONGODB_URI when set, else FerretDB);
 * every test file then works in a database of its own (see test-db.ts).
 */
export default async function globalSetup() {
  if (process.env.MONGODB_URI) return;
  const { startEmbeddedDatabase } = await tsImport('../../src/db/embedded.ts', import.meta.url);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tvoy-kurs-test-'));
  const engine = process.env.TEST_DB_ENGINE ?? 'ferretdb';
  const db = await startEmbeddedDatabase({ dataDir, engine });
  process.env.MONGODB_URI = db.uri;
  globalThis.__testDatabase = db;
}

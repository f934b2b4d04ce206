import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Imports run one way: bot → scenes → domain → db (README, "Layout"). A scene
 * gets its context type and keyboards from scenes/shared, never from the bot;
 * the domain and the database know no messenger.
 */
const root = path.resolve(import.meta.dirname, '..');

function importsUnder(dir: string): Array<{ file: string; target: string }> {
  const found: Array<{ file: string; target: string }> = [];
  for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    for (const match of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from\s+'([^']+)'/gms)) {
      const spec = match[1]!;
      const target = spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(file), spec)) : spec;
      found.push({ file: path.relative(root, file), target });
    }
  }
  return found;
}

const offending = (dir: string, forbidden: RegExp) => importsUnder(dir).filter((i) => forbidden.test(i.target));

describe('imports run one way: bot → scenes → domain → db', () => {
  it('scenes never import the bot', () => {
    expect(offending('scenes', /^src\/bot\//)).toEqual([]);
  });

  it('the domain and the database import neither grammY, the bot nor the scenes', () => {
    const messenger = /^(grammy|@grammyjs\/)|^src\/bot\/|^scenes\//;
    expect(offending('src/domain', messenger)).toEqual([]);
    expect(offending('src/db', /^(grammy|@grammyjs\/)|^src\/bot\/|^scenes\/|^src\/domain\//)).toEqual([]);
  });
});

describe('every spec runs (test/helpers/specs.ts)', () => {
  it("each folder with specs has part files 1..N, each taking its share of N, so together they import every spec", () => {
    const folders = readdirSync(path.join(root, 'test'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const wrong: string[] = [];
    for (const folder of folders) {
      const names = readdirSync(path.join(root, 'test', folder.name));
      if (!names.some((name) => name.endsWith('.spec.ts'))) continue;
      const parts = names.filter((name) => /^part-\d+\.test\.ts$/.test(name)).sort();
      const shares = parts.map((name) => {
        const text = readFileSync(path.join(root, 'test', folder.name, name), 'utf8');
        const share = /importSpecs\(import\.meta\.url(?:, \{ part: (\d+), of: (\d+) \})?\)/.exec(text);
        return share ? `${share[1] ?? 1}/${share[2] ?? 1}` : 'none';
      });
      const expected = parts.map((_, i) => `${i + 1}/${parts.length}`);
      if (parts.length === 0 || shares.join() !== expected.join()) wrong.push(`${folder.name}: ${shares.join(', ') || 'no part file'}`);
    }
    expect(wrong).toEqual([]);
  });
});

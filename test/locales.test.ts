import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { localesDir } from '../src/bot/i18n.js';

/** locales/<locale>.ftl plus any locales/<locale>/*.ftl (one file per area). */
function localeFiles(locale: string): string[] {
  const dir = path.join(localesDir, locale);
  const extra = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ftl')).map((f) => path.join(dir, f)) : [];
  return [path.join(localesDir, `${locale}.ftl`), ...extra];
}

const keysOf = (locale: string) =>
  localeFiles(locale)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
    .split('\n')
    .map((line) => /^([a-z][a-z0-9-]*)\s*=/.exec(line)?.[1])
    .filter((key): key is string => key !== undefined);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('locales', () => {
  const ru = keysOf('ru');
  const en = keysOf('en');

  it('have the same keys in Russian and English', () => {
    expect(ru.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !ru.includes(k))).toEqual([]);
  });

  it('define each key once', () => {
    expect(ru.filter((k, i) => ru.indexOf(k) !== i)).toEqual([]);
    expect(en.filter((k, i) => en.indexOf(k) !== i)).toEqual([]);
  });

  it('contain every key the code asks for by name', () => {
    const root = path.resolve(localesDir, '..');
    const used = new Set<string>();
    for (const file of [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'scenes'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z][a-z0-9-]*)'/g)) used.add(match[1]!);
    }
    expect([...used].filter((key) => !ru.includes(key))).toEqual([]);
  });

  it('name keys and files by what they are about, not by the task that added them', () => {
    const taskNamed = /^(fix|walk|probe)\d+[a-z]*(-|$)/;
    expect([...ru, ...en].filter((key) => taskNamed.test(key))).toEqual([]);
    const files = [...localeFiles('ru'), ...localeFiles('en')].map((file) => path.basename(file, '.ftl'));
    expect(files.filter((name) => taskNamed.test(name))).toEqual([]);
  });

  it('English texts use English quotes, not « » (walk34 W34-13)', () => {
    // Messages only: comments may quote the Russian texts they stand beside.
    const guillemets = localeFiles('en').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#') && /[«»]/.test(line))
        .map((line) => `${path.basename(file)}: ${line.trim()}`),
    );
    expect(guillemets).toEqual([]);
  });
});

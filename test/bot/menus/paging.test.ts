import { describe, expect, it } from '@jest/globals';
import { pageBounds, pageLines, pageOf } from '../../../src/bot/menus/paging.js';
import { count, objectId, payloadCodec, positions, slug } from '../../../src/bot/menus/payload.js';

describe('paging', () => {
  const line = (s: string) => s;

  it('cuts by characters and by items, never splitting an item, and clamps a page that no longer exists', () => {
    const items = Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(100, '.'));
    expect(pageBounds(items, { line, frame: 96, perPage: 50 })).toEqual([[0, 30]]);
    // 4096 - 1500 = 2596 characters: 25 lines of 100 and 24 line breaks fit (2524), 26 do not (2625).
    expect(pageBounds(items, { line, frame: 1500, perPage: 50 })).toEqual([[0, 25], [25, 30]]);
    expect(pageBounds(items, { line, frame: 0, perPage: 7 }).map(([s, e]) => e - s)).toEqual([7, 7, 7, 7, 2]);
    expect(pageOf(items, 99, { line, frame: 0, perPage: 7 })).toMatchObject({ index: 4, count: 5, offset: 28 });
    expect(pageOf([], 3, { line, frame: 0, perPage: 7 })).toMatchObject({ index: 0, count: 1, items: [] });
  });

  it('puts many long lines on several pages within the limit, and clips a line longer than a page', () => {
    const items = Array.from({ length: 120 }, (_, i) => `${i}. ${'Я'.repeat(80)}`);
    const options = { line, frame: 200, perPage: 1000 };
    const bounds = pageBounds(items, options);
    expect(bounds.length).toBeGreaterThan(2);
    expect(bounds.at(-1)![1]).toBe(120);
    for (let i = 0; i < bounds.length; i++) expect(pageLines(pageOf(items, i, options), options).join('\n').length).toBeLessThanOrEqual(4096 - 200);
    const huge = pageOf(['x'.repeat(10_000), 'y'], 0, options);
    expect(huge.items).toHaveLength(1);
    expect(pageLines(huge, options)[0]).toHaveLength(4096 - 200);
  });
});

describe('menu payloads', () => {
  it('round-trips typed fields and refuses malformed or forged text', () => {
    const codec = payloadCodec({ lesson: objectId, page: count, marks: positions, center: slug });
    const value = { lesson: 'a'.repeat(24), page: 12, marks: new Set([0, 3, 49]), center: 'kemerovo-regional' };
    const text = codec.encode(value);
    expect(text).not.toContain('/');
    expect(codec.decode(text)).toEqual(value);
    for (const bad of ['', 'x', `${'a'.repeat(24)}.c.1`, `${'g'.repeat(24)}.c.1.kemerovo`, `${'a'.repeat(24)}.c.1.Kemerovo`, `${text}.extra`]) {
      expect(codec.decode(bad)).toBeUndefined();
    }
    expect(positions.encode(new Set(Array.from({ length: 50 }, (_, i) => i))).length).toBeLessThanOrEqual(10);
    expect(payloadCodec({}).decode('')).toEqual({});
  });
});

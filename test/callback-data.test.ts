import { describe, expect, it } from '@jest/globals';
import { centerCardData } from '../scenes/admin/center-card.js';
import { centerInfoData } from '../scenes/waitlist/centers-near-me.js';
import { linkData } from '../src/bot/features/link-telegram.js';
import { callListData } from '../src/domain/call-lists.js';
import { callTaskData } from '../src/domain/call-tasks.js';
import { defineCallbackData, MAX_CALLBACK_BYTES, OBJECT_ID } from '../src/domain/callback-data.js';
import { closedCenterData } from '../src/domain/center-closure.js';
import { offerData } from '../src/domain/offer-messages.js';
import { reminderData } from '../src/domain/reminders.js';

const ID = '65a1f0c2b3d4e5f607182930';

describe('callback data defined once, packed and unpacked by the same definition', () => {
  const data = defineCallbackData('demo', { go: OBJECT_ID, 'sub:x': OBJECT_ID, list: null });

  it('round trip: what pack writes, unpack reads back with its action and id', () => {
    for (const [action, id] of [['go', ID], ['sub:x', ID], ['list', undefined]] as const) {
      const packed = data.pack(action, id);
      expect(data.unpack(packed)).toEqual({ action, id: id ?? '' });
      expect(data.only(action).test(packed)).toBe(true);
      expect(data.read(data.only(action).exec(packed)!)).toEqual({ action, id: id ?? '' });
    }
    expect(data.pack('go', ID)).toBe(`demo:go:${ID}`);
    expect(data.pack('list')).toBe('demo:list');
  });

  it('forged or malformed data unpacks to nothing, and no trigger but `any` takes it', () => {
    const forged = [
      'demo:go:zzz', `demo:go:${ID}x`, `demo:go:${ID.toUpperCase()}`, `demo:go:${ID}:more`, 'demo:go:', 'demo:go',
      'demo:list:1', `demo:stop:${ID}`, `demo:sub:${ID}`, `demo:sub:y:${ID}`, `demos:go:${ID}`, `x${`demo:go:${ID}`}`, 'demo', '',
    ];
    for (const text of forged) {
      expect(data.unpack(text)).toBeUndefined();
      expect(data.only().test(text)).toBe(false);
    }
    expect(forged.filter((text) => data.any.test(text))).toEqual(forged.filter((text) => text === 'demo' || text.startsWith('demo:')));
    expect(data.unpack(undefined)).toBeUndefined();
  });

  it('a trigger takes only the actions it names', () => {
    expect(data.only('list').test(`demo:go:${ID}`)).toBe(false);
    expect(data.only('go', 'list').test('demo:list')).toBe(true);
    // The dot in a prefix or action is no wildcard.
    expect(defineCallbackData('a', ['b.c'], null).unpack('a:bxc')).toBeUndefined();
  });

  it('too long: data over 64 bytes is never unpacked, and packing it is a bug', () => {
    const loose = defineCallbackData('long', ['id'], /[a-zа-я]{1,100}/);
    const fits = 'a'.repeat(MAX_CALLBACK_BYTES - 'long:id:'.length);
    expect(loose.unpack(loose.pack('id', fits))).toEqual({ action: 'id', id: fits });
    expect(() => loose.pack('id', `${fits}a`)).toThrow();
    expect(loose.unpack(`long:id:${fits}a`)).toBeUndefined();
    // Bytes, not characters: Cyrillic letters take two each.
    expect(() => loose.pack('id', 'я'.repeat(30))).toThrow();
  });

  it('packing an id of another shape, or an id where none belongs, is a bug', () => {
    expect(() => data.pack('go', 'zzz')).toThrow();
    expect(() => data.pack('go')).toThrow();
    expect(() => data.pack('list', ID)).toThrow();
    expect(() => defineCallbackData('Bad:prefix', ['a'], null)).toThrow();
  });
});

describe('the buttons already in chats and in the outbox keep their wire format', () => {
  it('each feature packs the very strings it sent before the helper', () => {
    expect(offerData.pack('acc', ID)).toBe(`offer:acc:${ID}`);
    expect(offerData.pack('dec', ID)).toBe(`offer:dec:${ID}`);
    expect(offerData.pack('leave', ID)).toBe(`offer:leave:${ID}`);
    expect(reminderData.pack('rel:w', ID)).toBe(`rem:rel:w:${ID}`);
    expect(reminderData.pack('yes', ID)).toBe(`rem:yes:${ID}`);
    expect(callTaskData.pack('k', ID)).toBe(`ct:k:${ID}`);
    expect(callListData.pack('day', '2026-12-01')).toBe('cl:day:2026-12-01');
    expect(closedCenterData.pack('move', ID)).toBe(`wl:move:${ID}`);
    expect(centerInfoData.pack('', 'kemerovo-central')).toBe('ci:kemerovo-central');
    expect(centerCardData.pack('off', 'mariinsk-central')).toBe('ctr:off:mariinsk-central');
    expect(centerCardData.pack('list')).toBe('ctr:list');
    expect(linkData.pack('yes', 'a1:abcdefghijklmnop')).toBe('link:yes:a1:abcdefghijklmnop');
  });

  it('and read them back; a reminder`s outbox key is not a button', () => {
    expect(reminderData.unpack(`rem:rel:l:${ID}`)).toEqual({ action: 'rel:l', id: ID });
    expect(reminderData.unpack(`rem:${ID}:day:1767225600000:5001`)).toBeUndefined();
    expect(offerData.unpack(`offer:${ID}:1767225600000`)).toBeUndefined();
    expect(centerInfoData.unpack('ci:Kemerovo')).toBeUndefined();
  });
});

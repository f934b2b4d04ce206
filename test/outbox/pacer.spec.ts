import { describe, expect, it } from '@jest/globals';
import { Pacer } from '../../src/outbox/pacer.js';

/** The pacer alone: arithmetic on a clock the test moves. */
describe('pacer', () => {
  const setup = (burst: number) => {
    let now = 0;
    const pacer = new Pacer({ ratePerSecond: 10, burst }, () => now);
    /** Sends to `chat` as soon as the pacer allows; returns when it went. */
    const send = (chat: number) => {
      now = Math.max(now, pacer.readyAt(chat));
      pacer.sent(chat);
      return now;
    };
    return { pacer, send, wait: (ms: number) => void (now += ms), now: () => now };
  };

  it('lets a burst go at once, then keeps the rate', () => {
    const { send } = setup(3);
    expect([1, 2, 3, 4, 5].map(send)).toEqual([0, 0, 0, 100, 200]);
  });

  it('keeps one second between two messages into one chat, without holding other chats', () => {
    const { send } = setup(5);
    expect([send(1), send(2), send(1), send(3)]).toEqual([0, 0, 1000, 1000]);
  });

  it('a 429 holds everything for retry_after; the bucket filled meanwhile makes the pause up', () => {
    const { pacer, send, now } = setup(3);
    [1, 2, 3].forEach(send);
    pacer.rateLimited(1000);
    expect(send(4)).toBe(1000);
    expect(now()).toBe(1000);
    // Three tokens came during the pause: two more go at once.
    expect([send(5), send(6), send(7)]).toEqual([1000, 1000, 1100]);
  });
});

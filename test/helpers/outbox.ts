import { drainOutbox, type SenderDeps, type SenderOptions, type SenderReport, type Timer } from '../../src/outbox/index.js';

/** A timer whose sleeps return at once and only move its own time (pauses are recorded). */
export class VirtualTimer implements Timer {
  current = 0;
  readonly pauses: number[] = [];
  now = () => this.current;
  sleep = (ms: number) => {
    this.pauses.push(ms);
    this.current += ms;
    return Promise.resolve();
  };
}

/**
 * Sends every due outbox item through the test bot's notifier (FakeTelegram),
 * without real waiting. Advance `t.clock` first for items due later.
 *
 * @example
 * await enqueue([...], t.clock.now());
 * const report = await deliverAll(t);
 * expect(ivan.lastText()).toContain('...');
 */
export function deliverAll(t: { senderDeps: SenderDeps }, options: SenderOptions = {}): Promise<SenderReport> {
  return drainOutbox(t.senderDeps, { timer: new VirtualTimer(), ...options });
}

import { ManualClock } from '../../src/simulator/clock.js';

/**
 * The injected clock for waits (429 retry_after, the flood gate, the outbox's pacing):
 * nothing in a test sleeps for real. Its time is a ManualClock, which the emulator
 * can share (`startEmulator({ clock: timer.clock })`), so both sides see the same time.
 *
 * - 'instant' (default): a sleep returns at once and moves the time by its length.
 * - 'manual': a sleep waits until the test moves the time past its end with `advance()`
 *   (for a test that must act while something is waiting).
 *
 * @example
 * const timer = new TestTimer();
 * const t = createTestBot({ timer });
 * // ... a 429 with retry_after 1 ...
 * expect(timer.pauses).toEqual([1000]);
 */
export class TestTimer {
  /** Every sleep asked for, in ms, in order. */
  readonly pauses: number[] = [];
  private sleepers: Array<{ until: number; wake: () => void }> = [];
  private sleeperAdded?: () => void;

  constructor(
    readonly clock = new ManualClock(),
    private readonly mode: 'instant' | 'manual' = 'instant',
  ) {}

  readonly now = (): number => this.clock.now();

  readonly sleep = (ms: number): Promise<void> => {
    this.pauses.push(ms);
    if (this.mode === 'instant') {
      this.advance(ms);
      return Promise.resolve();
    }
    return new Promise((wake) => {
      this.sleepers.push({ until: this.now() + ms, wake });
      this.sleeperAdded?.();
    });
  };

  /** Moves the time on and wakes every sleep that has ended. */
  advance(ms: number): void {
    this.clock.advance(ms);
    const due = this.sleepers.filter((s) => s.until <= this.now());
    this.sleepers = this.sleepers.filter((s) => s.until > this.now());
    for (const sleeper of due) sleeper.wake();
  }

  /** A view of this timer whose sleeps move the time at once (and so wake this timer's sleepers). */
  readonly advancing = { now: this.now, sleep: (ms: number) => Promise.resolve(this.advance(ms)) };

  /** Resolves once something sleeps on this timer ('manual' mode). */
  someoneSleeping(): Promise<void> {
    if (this.sleepers.length > 0) return Promise.resolve();
    return new Promise((resolve) => (this.sleeperAdded = resolve));
  }
}

import type { Logger } from '../logger.js';

/**
 * Stops the parts of the bot in order. A part that fails to stop (the
 * database went away first: a container stop or systemd signals the embedded
 * database too) is logged and the rest still stop, so the process ends with a
 * clear line instead of an uncaught error and a stack trace.
 *
 * @example
 * await stopInOrder([['updates', stopReceiving], ['agenda', () => agenda.stop()]], logger);
 */
export async function stopInOrder(steps: Array<[name: string, stop: () => Promise<unknown> | void]>, logger: Logger): Promise<number> {
  let failed = 0;
  for (const [name, stop] of steps) {
    try {
      await stop();
    } catch (error) {
      failed++;
      logger.warn({ step: name, err: String(error) }, 'shutdown: this part could not stop cleanly; going on');
    }
  }
  return failed;
}

import type { Context, NextFunction } from 'grammy';
import { updateHandlingSeconds, updatesHandled } from '../../ops/metrics.js';

/** Counts every update by type and times its handling (for /metrics). Install first. */
export function updateMetrics() {
  return async (ctx: Context, next: NextFunction) => {
    const type = Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'unknown';
    const stop = updateHandlingSeconds.startTimer();
    try {
      await next();
    } finally {
      stop();
      updatesHandled.inc({ type });
    }
  };
}

import pino from 'pino';

/**
 * The application logger. Log ids (update_id, citizen ids), never names or phone numbers.
 * `redact` is a safety net for objects logged by mistake.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info') {
  return pino({
    level,
    redact: {
      paths: ['*.first_name', '*.last_name', '*.username', '*.phone_number', '*.name', '*.phone', '*.text'],
      censor: '[hidden]',
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;

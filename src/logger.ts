import pino from 'pino';
import pretty from 'pino-pretty';

/** `auto`: readable lines when stdout is a terminal, JSON otherwise (a log collector, a container, a file). */
export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * The application logger. Log ids (update_id, citizen ids), never names or phone numbers.
 * `redact` is a safety net for objects logged by mistake.
 */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  format: LogFormat = (process.env.LOG_FORMAT as LogFormat | undefined) ?? 'auto',
) {
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: ['*.first_name', '*.last_name', '*.username', '*.phone_number', '*.name', '*.phone', '*.text'],
      censor: '[hidden]',
    },
  };
  const readable = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  // A synchronous pretty stream (no worker thread): a start-up failure is printed before the process exits.
  if (readable) return pino(options, pretty({ colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true }));
  return pino(options);
}

export type Logger = ReturnType<typeof createLogger>;

import 'dotenv/config';
import { z } from 'zod';

/** Comma-separated Telegram user ids, e.g. "123,456". */
const idList = z
  .string()
  .trim()
  .regex(/^(\d+(\s*,\s*\d+)*)?$/, 'a comma-separated list of numeric Telegram user ids, e.g. 12345,67890')
  .transform((s) => (s ? s.split(',').map((id) => Number(id.trim())) : []));

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const positiveInt = (fallback: number, what: string) =>
  z.coerce.number({ error: `${what}: a whole number` }).int().positive().default(fallback);

const schema = z.object({
  BOT_TOKEN: z
    .string({ error: 'required: the token from @BotFather, like 123456:ABC-DEF...' })
    .trim()
    .regex(/^\d+:[\w-]{20,}$/, 'a bot token from @BotFather, like 123456:ABC-DEF...'),
  MONGODB_URI: z
    .string()
    .trim()
    .regex(/^mongodb(\+srv)?:\/\//, 'a MongoDB connection string starting with mongodb:// (or leave it unset for the embedded database)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TELEGRAM_API_ROOT: z.url('an http(s) URL of the Bot API, e.g. http://127.0.0.1:8081').default('https://api.telegram.org'),
  ADMIN_IDS: idList.default([]),
  APP_TIMEZONE: z.string().refine(isTimeZone, 'an IANA time zone such as Asia/Novokuznetsk').default('Asia/Novokuznetsk'),
  DEFAULT_LOCALE: z.enum(['ru', 'en'], { error: 'ru or en' }).default('ru'),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OFFER_TTL_HOURS: positiveInt(48, 'OFFER_TTL_HOURS'),
  REMINDER_DAY_BEFORE_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time HH:MM, e.g. 18:00')
    .default('18:00'),
  REMINDER_HOURS_BEFORE: positiveInt(2, 'REMINDER_HOURS_BEFORE'),
  /** Local time (each center's zone) when librarians get the calls for tomorrow's lessons of people without Telegram. */
  CALL_LIST_TIME: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time HH:MM (24-hour, two digits each), e.g. 16:00')
    .default('16:00'),
  SEND_RATE_PER_SECOND: positiveInt(30, 'SEND_RATE_PER_SECOND'),
  CONVERSATION_TTL_HOURS: positiveInt(24, 'CONVERSATION_TTL_HOURS'),
  SESSION_TTL_DAYS: positiveInt(30, 'SESSION_TTL_DAYS'),
  WEBHOOK_URL: z.url('the public https URL Telegram should post updates to').optional(),
  // At least 16 characters: a short secret could be guessed, and with it anyone could post updates as anyone.
  WEBHOOK_SECRET: z.string().regex(/^[\w-]{16,256}$/, '16 to 256 letters, digits, _ and - (for example from `openssl rand -hex 32`)').optional(),
  PORT: positiveInt(8080, 'PORT'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty'], { error: 'auto, json or pretty' }).default('auto'),
  /** Polling mode: /healthz, /readyz, /metrics on this port (off when unset). Webhook mode serves them on PORT. */
  HEALTH_PORT: z.coerce.number({ error: 'HEALTH_PORT: a port number' }).int().min(1).max(65535, 'a port number up to 65535').optional(),
  /** /readyz fails when the oldest due outbox item has waited longer than this. */
  OUTBOX_STUCK_AFTER_MINUTES: positiveInt(15, 'OUTBOX_STUCK_AFTER_MINUTES'),
  RETENTION_PERSONAL_DAYS: positiveInt(180, 'RETENTION_PERSONAL_DAYS'),
  RETENTION_OUTBOX_DAYS: positiveInt(30, 'RETENTION_OUTBOX_DAYS'),
  /** Local time of the daily retention run, HH:MM. */
  RETENTION_RUN_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time HH:MM, e.g. 03:30')
    .default('03:30'),
}).refine((config) => !config.WEBHOOK_URL || config.WEBHOOK_SECRET, {
  // Without the secret anyone who learns the URL can post updates as any user (a coordinator too).
  path: ['WEBHOOK_SECRET'],
  message: 'required with WEBHOOK_URL: a long random string (letters, digits, _ and -) that Telegram sends with every update',
});

export type Config = z.output<typeof schema>;

/** Thrown when the environment is unusable; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the configuration.
 *
 * @example
 * const config = loadConfig(process.env); // throws ConfigError: "BOT_TOKEN: required: ..."
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(blanksRemoved);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration (see .env.example):\n  ${lines.join('\n  ')}`);
}

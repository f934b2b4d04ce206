import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../src/config.js';

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678';

describe('configuration', () => {
  it('fills in the defaults when only BOT_TOKEN is set', () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN });
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config).toMatchObject({
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      ADMIN_IDS: [],
      APP_TIMEZONE: 'Asia/Novokuznetsk',
      DEFAULT_LOCALE: 'ru',
      OFFER_TTL_HOURS: 48,
    });
  });

  it('names a missing BOT_TOKEN and says what is expected', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow(/BOT_TOKEN: required: the token from @BotFather/);
  });

  it.each([
    ['BOT_TOKEN', 'not-a-token', /BOT_TOKEN: a bot token from @BotFather/],
    ['ADMIN_IDS', '12, abc', /ADMIN_IDS: a comma-separated list of numeric Telegram user ids/],
    ['APP_TIMEZONE', 'Mars/Olympus', /APP_TIMEZONE: an IANA time zone/],
    ['DEFAULT_LOCALE', 'de', /DEFAULT_LOCALE: ru or en/],
    ['MONGODB_URI', 'localhost:27017', /MONGODB_URI: a MongoDB connection string/],
    ['TELEGRAM_API_ROOT', 'emulator', /TELEGRAM_API_ROOT: an http\(s\) URL/],
    ['OFFER_TTL_HOURS', '-3', /OFFER_TTL_HOURS/],
  ])('refuses a malformed %s with one clear message', (name, value, message) => {
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, [name]: value })).toThrow(message);
  });

  it('refuses WEBHOOK_URL without WEBHOOK_SECRET (unsigned updates could come from anyone)', () => {
    const env = { BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://bot.example.org/telegram' };
    expect(() => loadConfig(env)).toThrow(/^Invalid configuration[^]*WEBHOOK_SECRET: required with WEBHOOK_URL/);
    expect(loadConfig({ ...env, WEBHOOK_SECRET: 'a-long-random-string' }).WEBHOOK_SECRET).toBe('a-long-random-string');
    // A short secret could be guessed.
    expect(() => loadConfig({ ...env, WEBHOOK_SECRET: 'short' })).toThrow(/WEBHOOK_SECRET: 16 to 256 letters/);
  });

  it('reads coordinators and treats an empty MONGODB_URI as unset', () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN, ADMIN_IDS: '111, 222', MONGODB_URI: '' });
    expect(config.ADMIN_IDS).toEqual([111, 222]);
    expect(config.MONGODB_URI).toBeUndefined();
  });
});

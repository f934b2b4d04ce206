import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/config.js';

describe('ops-config', () => {
  const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678';

  describe('configuration of health, logs and retention', () => {
    it('has defaults for everything, health off', () => {
      const config = loadConfig({ BOT_TOKEN: TOKEN });
      expect(config).toMatchObject({
        LOG_FORMAT: 'auto',
        OUTBOX_STUCK_AFTER_MINUTES: 15,
        RETENTION_PERSONAL_DAYS: 180,
        RETENTION_OUTBOX_DAYS: 30,
        RETENTION_RUN_AT: '03:30',
      });
      expect(config.HEALTH_PORT).toBeUndefined();
    });

    it('reads a health port', () => {
      expect(loadConfig({ BOT_TOKEN: TOKEN, HEALTH_PORT: '9090' }).HEALTH_PORT).toBe(9090);
    });

    it.each([
      ['LOG_FORMAT', 'xml', /LOG_FORMAT: auto, json or pretty/],
      ['HEALTH_PORT', 'http', /HEALTH_PORT: a port number/],
      ['HEALTH_PORT', '70000', /HEALTH_PORT: a port number up to 65535/],
      ['RETENTION_PERSONAL_DAYS', '0', /RETENTION_PERSONAL_DAYS/],
      ['RETENTION_OUTBOX_DAYS', 'month', /RETENTION_OUTBOX_DAYS: a whole number/],
      ['RETENTION_OUTBOX_DAYS', '1.5', /RETENTION_OUTBOX_DAYS/],
      ['RETENTION_RUN_AT', '3:30', /RETENTION_RUN_AT: a local time HH:MM/],
      ['OUTBOX_STUCK_AFTER_MINUTES', '-1', /OUTBOX_STUCK_AFTER_MINUTES/],
    ])('refuses a malformed %s=%s with one message naming it', (name, value, message) => {
      expect(() => loadConfig({ BOT_TOKEN: TOKEN, [name]: value })).toThrow(message);
    });

    it('names every bad variable at once', () => {
      expect(() => loadConfig({ BOT_TOKEN: TOKEN, RETENTION_RUN_AT: 'night', HEALTH_PORT: 'x' })).toThrow(/HEALTH_PORT.*\n.*RETENTION_RUN_AT|RETENTION_RUN_AT.*\n.*HEALTH_PORT/);
    });
  });
});

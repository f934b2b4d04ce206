import type { TranslateFlavor } from './context.js';

/** A time zone as people say it ("время Кемерова, UTC+7"), never its id. */
export function timeZoneWords(ctx: TranslateFlavor, timeZone: string): string {
  const known: Record<string, string> = {
    'Asia/Novokuznetsk': 'tz-kuzbass',
    'Asia/Krasnoyarsk': 'tz-krasnoyarsk',
    'Asia/Omsk': 'tz-omsk',
    'Europe/Moscow': 'tz-moscow',
  };
  const key = known[timeZone];
  if (key) return ctx.t(key);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return ctx.t('tz-other', { offset: offset.replace('GMT', 'UTC') });
}

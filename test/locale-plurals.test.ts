import { describe, expect, it } from '@jest/globals';
import { createI18n } from '../src/bot/i18n.js';

/** Russian counts through Fluent's plural selectors, no abbreviations ("нед.", "дн."). */
describe('plain Russian counts', () => {
  const i18n = createI18n('ru');
  const ru = (key: string, vars: Record<string, string | number>) => i18n.t('ru', key, vars);

  it('weeks of waiting: около 1 недели, около 3 недель, около 8 недель', () => {
    expect(ru('place-estimate', { weeks: 1 })).toBe('Примерное ожидание: около 1 недели.');
    expect(ru('place-estimate', { weeks: 3 })).toBe('Примерное ожидание: около 3 недель.');
    expect(ru('place-estimate', { weeks: 8 })).toBe('Примерное ожидание: около 8 недель.');
  });

  it('days to shift a group: 1 день, 3 дня, 5 дней, 21 день', () => {
    const first = (days: number, direction = 'later') =>
      ru('rem-chg-preview-shift', { days, direction, course: 'К', center: 'Ц', lessons: '', count: 0 }).split('\n')[0];
    expect(first(1)).toBe('Сдвинуть группу на 1 день позже?');
    expect(first(3)).toBe('Сдвинуть группу на 3 дня позже?');
    expect(first(5)).toBe('Сдвинуть группу на 5 дней позже?');
    expect(first(21)).toBe('Сдвинуть группу на 21 день позже?');
    expect(first(7, 'earlier')).toBe('Сдвинуть группу на 7 дней раньше?');
  });

  it('consent buttons say it without gender brackets', () => {
    expect(ru('consent-agree', {})).toBe('✓ Даю согласие');
    expect(ru('consent-decline', {})).toBe('Не даю согласия');
  });
});

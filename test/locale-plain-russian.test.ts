import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createI18n, localesDir } from '../src/bot/i18n.js';

/**
 * The rules of plain Russian that a machine can check, over every message in
 * locales/ru.ftl and locales/ru/*.ftl (issue 16.3). What only a person can
 * judge (short sentences, one question at a time) is read by a person.
 */
const files = (locale: string) => [path.join(localesDir, `${locale}.ftl`), ...readdirSync(path.join(localesDir, locale)).map((f) => path.join(localesDir, locale, f))];

/** Each message: its key and its source text (continuation lines included), comments left out. */
function messages(locale: string): Array<{ key: string; text: string }> {
  const found: Array<{ key: string; text: string }> = [];
  for (const file of files(locale)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const start = /^([a-z][a-z0-9-]*)\s*=\s?(.*)$/.exec(line);
      if (start) found.push({ key: start[1]!, text: start[2]! });
      else if (/^\s+\S/.test(line) && found.length) found.at(-1)!.text += `\n${line.trim()}`;
    }
  }
  return found;
}

const ru = messages('ru');
const offending = (pattern: RegExp) => ru.filter((m) => pattern.test(m.text)).map((m) => `${m.key}: ${m.text}`);

describe('plain Russian in every message', () => {
  it('has no abbreviations ("нед.", "дн.", "мин", "стр.", "тел.", "ул.", "им.", "Пн")', () => {
    expect(offending(/(^|[\s(«])(нед|дн|мин|стр|тел|ул|пр|им|эл|зачисл|г|руб)\.(?!\w)/iu)).toEqual([]);
    expect(offending(/(^|[\s(«])(Пн|Вт|Ср|Чт|Пт|Сб|Вс|МБ|мин)(?=[\s,.–—)»]|$)/u)).toEqual([]);
  });

  it('writes no gender in brackets or with slashes ("Согласен(на)", "был(а)")', () => {
    expect(offending(/\p{L}\((а|на|ла|ы)\)|\p{L}\/\p{L}+а\b/u)).toEqual([]);
  });

  it('speaks to the reader as "вы", never "ты"', () => {
    expect(offending(/(^|[^\p{L}])(ты|тебя|тебе|тобой|твой|твоя|твоё|твои)(?!\p{L})/u)).toEqual([]);
  });

  it('names the messenger one way, in Cyrillic, as the citizens read it ("Телеграм", never "Telegram")', () => {
    expect(offending(/Telegram/)).toEqual([]);
  });

  it('shows no time-zone ids and no English words but names (Excel, CSV)', () => {
    expect(offending(/\b(Asia|Europe)\//)).toEqual([]);
    // Names (of programs, of a bot, of the English language on its switch) and the English examples of the English fields.
    const allowed = new Set(['userinfobot', 'English', 'Excel', 'LibreOffice', 'CSV', 'XLSX', 'UTC', 'Central', 'City', 'Library', 'Kemerovo', 'Lenina', 'St', 'weekdays', 'Computer', 'room', 'second', 'floor']);
    // Commands (/start), variables ($name) and selector keys ([one]) are not words a person reads.
    const english = ru.flatMap((m) =>
      [...m.text.replace(/\/[a-z]+|\$\w+|\[[a-z]+\]|\{ [a-z][a-z-]* \}/g, ' ').matchAll(/[A-Za-z]{2,}/g)]
        .map((w) => w[0])
        .filter((w) => !allowed.has(w))
        .map((w) => `${m.key}: ${w}`),
    );
    expect(english).toEqual([]);
  });

  it('puts every number that meets a noun through a plural selector', () => {
    const nouns = /\{ \$(\w+) \} (недел|дн[еяи]|день|дней|строк|заняти|мест[ао]?\b|минут|час|человек|получател|раз\b|мегабайт|занятий)/gu;
    // A number before a noun is fine inside its own selector's variants ({ $n -> [one] … { $n } строка … }).
    const bare = ru.flatMap((m) => [...m.text.matchAll(nouns)].filter((n) => !m.text.includes(`$${n[1]} ->`)).map((n) => `${m.key}: ${n[0]}`));
    expect(bare).toEqual([]);
  });

  it('nests no quotes, even when a name has its own («Лесная Поляна»)', () => {
    const i18n = createI18n('ru');
    // Every variable any message uses (a message may refer to another one that needs its own); centers'
    // names may carry quotes of their own, so they are never put in quotes (course titles have none).
    const centerVars = new Set(['center', 'name', 'centers', 'scope']);
    const vars = Object.fromEntries(
      ru.flatMap((m) => [...m.text.matchAll(/\$(\w+)/g)].map((v) => [v[1]!, centerVars.has(v[1]!) ? 'Библиотека «Лесная Поляна»' : 'Основы'])),
    );
    const nested = ru.flatMap((m) => {
      const text = i18n.t('ru', m.key, vars);
      return /«[^»]*«/.test(text) ? [`${m.key}: ${text}`] : [];
    });
    expect(nested).toEqual([]);
  });

  it('uses the same words for the same thing: "Не смогу" in offers and reminders', () => {
    const i18n = createI18n('ru');
    expect(i18n.t('ru', 'cls-offer-decline')).toBe('Не смогу');
    expect(i18n.t('ru', 'rem-btn-no')).toBe('Не смогу');
    expect(i18n.t('ru', 'cls-offer-accept')).toBe(i18n.t('ru', 'rem-btn-yes'));
  });
});

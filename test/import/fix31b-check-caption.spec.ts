import { describe, expect, it } from '@jest/globals';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { utf8Csv } from './files.js';

describe('fix31b-check-caption', () => {
  /**
   * task31 fixB: /import's check file was always captioned «Строки, которые не будут добавлены, с причинами.», even when
   * it held only remarks on rows that will be added (a son on his mother's phone). Its caption says what it holds.
   */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 93_100;
  const HEAD = ['ФИО', 'Телефон', 'Курс', 'Центр', 'Дата записи'];
  const MOTHER = ['Дублева Мария', '8 913 310-00-07', 'basics', 'belovo-central', '01.11.2026'];
  const SON = ['Дублев Сергей', '89133100007', 'basics', 'belovo-central', '01.11.2026'];
  const BAD = ['Непонятова Ольга', '12-34', 'basics', 'belovo-central', '02.11.2026'];

  async function captionOf(language: 'ru' | 'en', rows: string[][]) {
    const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
    const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: language });
    await coordinator.text('/import');
    await coordinator.document(utf8Csv([HEAD, ...rows]), 'list.csv');
    await coordinator.press(language === 'ru' ? '✓ Да, у всех' : /^✓ Yes/);
    const sent = t.telegram.callsOf('sendDocument');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload.document.filename).toBe('import-check.csv');
    expect(t.errors).toEqual([]);
    return sent[0]!.payload.caption as string;
  }

  describe('/import: the check file is captioned by what it holds (fix31b)', () => {
    it('fix31b: only remarks on rows to add: «Строки, которые будут добавлены, с замечаниями.»', async () => {
      expect(await captionOf('ru', [MOTHER, SON])).toBe('Строки, которые будут добавлены, с замечаниями.');
    });

    it('fix31b: rows refused and remarks: both said', async () => {
      expect(await captionOf('ru', [MOTHER, SON, BAD])).toBe('Строки, которые не будут добавлены, с причинами, и строки, которые будут добавлены, с замечаниями.');
    });

    it('fix31b: (en) only remarks on rows to add', async () => {
      expect(await captionOf('en', [MOTHER, SON])).toBe('Rows that will be added, with remarks.');
    });
  });
});

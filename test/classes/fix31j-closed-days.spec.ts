import { describe, expect, it } from '@jest/globals';
import { librarian } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

describe('fix31j-closed-days', () => {
  useSampleDataPerTest();

  // Monday 30 November, 10:00 in Novokuznetsk (UTC+7).
  const clock = () => new TestClock(new Date('2026-11-30T03:00:00Z'));
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour - 7));

  /** The librarian closes her center from 8 to 10 December (/change → «Все группы центра»), then opens a new group. */
  async function closeThenNewClass(t: TestBot, staffId: number, language: 'ru' | 'en', dates = '4.12 16:00\n8.12 16:00\n11.12 16:00') {
    await librarian(staffId, 'Анна', ['novokuznetsk-central']);
    await groupWithParticipants(t.clock.now(), [{ id: staffId + 1 }], { lessonStarts: [at(1, 10), at(8, 10), at(15, 10)], actorId: staffId });
    const anna = t.user({ id: staffId, first_name: 'Анна', language_code: language });
    await anna.text('/change');
    await anna.press(language === 'ru' ? '🏢 Все группы центра: закрыт на несколько дней' : '🏢 All groups of a center: closed for some days');
    await anna.text(language === 'ru' ? 'с 8 по 10 декабря' : '8-10 December');
    await anna.press(language === 'ru' ? '✓ Подтвердить' : /Confirm/);
    await deliverAll(t);
    await anna.text('/newclass');
    await anna.press(language === 'ru' ? 'Безопасный интернет' : /Safe internet/i);
    await anna.text(language === 'ru' ? '4 декабря' : 'Dec 4');
    await anna.press(language === 'ru' ? '✎ Написать даты списком' : '✎ Type a list of dates');
    await anna.text(dates);
    await anna.press('60');
    await anna.text('Зал 5');
    if (language === 'en') await anna.press('Skip'); // the room's English name
    await anna.press('8');
    return anna;
  }

  describe('fix31j W31-17: a new group with a lesson on the days the center is closed', () => {
    it('fix31j: (ru) the /newclass preview says the lesson of 8 December falls on the closed days', async () => {
      const t = createTestBot({ clock: clock() });
      const anna = await closeThenNewClass(t, 31901, 'ru');
      expect(anna.lastText()).toContain('2. 8 декабря, вторник, 16:00');
      expect(anna.lastText()).toContain('⚠ Центр закрыт с 8 по 10 декабря: занятие 8 декабря попадает на эти дни. Чтобы изменить даты, нажмите «Назад».');
      expect(t.errors).toEqual([]);
    });

    it('fix31j: (en) the same warning in English, no Cyrillic in it', async () => {
      const t = createTestBot({ clock: clock() });
      const anna = await closeThenNewClass(t, 31911, 'en');
      const line = anna.lastText().split('\n').find((l) => l.startsWith('⚠ The center is closed'));
      expect(line).toBe('⚠ The center is closed from 8 to 10 December: the lesson on 8 December falls on those days. To change the dates, press Back.');
      expect(t.errors).toEqual([]);
    });

    it('fix31j: a group with no lesson on those days gets no such warning', async () => {
      const t = createTestBot({ clock: clock() });
      const anna = await closeThenNewClass(t, 31921, 'ru', '4.12 16:00\n11.12 16:00');
      expect(anna.lastText()).toContain('2. 11 декабря, пятница, 16:00');
      expect(anna.lastText()).not.toContain('Центр закрыт');
      expect(t.errors).toEqual([]);
    });

    it('fix34c: /change moving a lesson or shifting the group onto the closed days warns as /newclass does (W31-12 rest)', async () => {
      const t = createTestBot({ clock: clock() });
      await librarian(31931, 'Анна', ['novokuznetsk-central']);
      await groupWithParticipants(t.clock.now(), [{ id: 31932 }], { lessonStarts: [at(1, 10), at(8, 10), at(15, 10)], actorId: 31931 });
      const anna = t.user({ id: 31931, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      await anna.press('🏢 Все группы центра: закрыт на несколько дней');
      await anna.text('с 8 по 10 декабря');
      await anna.press('✓ Подтвердить');
      const warning = '⚠ Центр закрыт с 8 по 10 декабря: занятие 9 декабря попадает на эти дни. Чтобы изменить даты, нажмите «Назад».';
      await anna.text('/change');
      await anna.press('Перенести одно занятие');
      await anna.press(/^1\. 1 декабря/);
      await anna.text('9.12');
      await anna.press('10:00');
      expect(anna.lastText()).toMatch(/^Перенести занятие\?/);
      expect(anna.lastText()).toContain(warning);
      for (let step = 0; step < 4; step++) await anna.press('Назад');
      await anna.press('Сдвинуть всю группу');
      await anna.press('+7');
      expect(anna.lastText()).toContain('⚠ Центр закрыт с 8 по 10 декабря: занятие 8 декабря попадает на эти дни.');
      expect(t.errors).toEqual([]);
    });
  });
});

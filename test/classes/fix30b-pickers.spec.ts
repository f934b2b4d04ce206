import { describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { librarian } from '../calls/fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';

describe('fix30b-pickers', () => {
  useSampleDataPerTest();

  // Осинники is UTC+7: 22:50Z on 1 December is 05:50 on Wednesday 2 December there; the library opens at 10:00 by its card.
  const EARLY_2_DEC = new Date('2026-12-01T22:50:00Z');

  /** walk29 W29-22: typed «готово» on a picker of several; a first lesson that looks like a slip is asked about. */
  describe('W29-22: pickers take a typed «готово»; an early first lesson is asked about', () => {
    it('/newclass: «готово» typed on the weekday picker goes on to the time, as the button does', async () => {
      const t = createTestBot({ clock: new TestClock(EARLY_2_DEC) });
      await librarian(30201, 'Марина', ['osinniki-central']);
      const marina = t.user({ id: 30201, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/newclass');
      await marina.press('Основы компьютерной грамотности');
      await marina.press(/^3 декабря/);
      await marina.press('📅 По дням недели');
      await marina.press('вторник');
      await marina.text('готово');
      expect(marina.lastText()).toContain('Во сколько начинается занятие?');
      expect(marina.textsSince(0).join('\n')).not.toContain('Пожалуйста, нажмите одну из кнопок');
      // Back from the time: the picker again, its ticks as they were; «✓ Готово» typed (the button's label) goes on.
      await marina.press('Назад');
      expect(marina.buttonLabels()).toEqual(expect.arrayContaining(['вторник — выбрано', 'четверг — выбрано']));
      await marina.text('✓ Готово');
      expect(marina.lastText()).toContain('Во сколько начинается занятие?');
      await marina.text('14:00');
      expect(marina.lastText()).toContain('Сколько занятий?');
      expect(t.errors).toEqual([]);
    });

    it('/newclass: nothing ticked, «готово» typed is told to pick one, not to press a button', async () => {
      const t = createTestBot({ clock: new TestClock(EARLY_2_DEC) });
      await librarian(30202, 'Марина', ['osinniki-central']);
      const marina = t.user({ id: 30202, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/newclass');
      await marina.press('Основы компьютерной грамотности');
      await marina.press(/^3 декабря/);
      await marina.press('📅 По дням недели');
      await marina.press('четверг — выбрано');
      await marina.text('Готово');
      expect(marina.lastText()).toBe('Выберите хотя бы один вариант.');
      expect(t.errors).toEqual([]);
    });

    it('/staff centers: «done» typed by an English coordinator saves the ticks', async () => {
      const t = createTestBot({ clock: new TestClock(EARLY_2_DEC), env: { ADMIN_IDS: '30210' } });
      await librarian(30211, 'Olga', ['osinniki-central']);
      const coordinator = t.user({ id: 30210, first_name: 'Mary', language_code: 'en' });
      await coordinator.text('/staff');
      await coordinator.press(/Olga/);
      await coordinator.press(/^Kemerovo: Fedorov/);
      await coordinator.text('done');
      expect(coordinator.lastText()).toMatch(/^Done\./);
      expect((await StaffMemberModel.findById(30211).lean())?.centerIds).toEqual(expect.arrayContaining(['osinniki-central', 'kemerovo-regional']));
      expect(t.errors).toEqual([]);
    });

    it('/newclass: a first lesson typed for today at 07:50 (two hours away, before the 10:00 opening) is asked about; «Изменить» asks the dates again', async () => {
      const t = createTestBot({ clock: new TestClock(EARLY_2_DEC) });
      await librarian(30221, 'Марина', ['osinniki-central']);
      const marina = t.user({ id: 30221, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/newclass');
      await marina.press('Основы компьютерной грамотности');
      await marina.text('02.12.2026');
      await marina.press('✎ Написать даты списком');
      await marina.text('02.12.2026 07:50\n09.12.2026 07:50');
      expect(marina.lastText()).toBe('Первое занятие сегодня в 07:50 — через 2 часа, до открытия центра (10:00). Верно?');
      expect(marina.buttonLabels()).toEqual(expect.arrayContaining(['Да, верно', 'Изменить']));
      await marina.press('Изменить');
      expect(marina.lastText()).toContain('Напишите даты и время занятий');
      await marina.text('02.12.2026 12:00\n09.12.2026 12:00');
      // Six hours away, after the opening: no question.
      expect(marina.lastText()).toContain('Сколько минут длится занятие?');
      expect(t.errors).toEqual([]);
    });

    it('/newclass weekly: «Да, верно» goes on; a first lesson on another day before the opening is asked too (English)', async () => {
      const t = createTestBot({ clock: new TestClock(EARLY_2_DEC) });
      await librarian(30231, 'Marina', ['osinniki-central']);
      const marina = t.user({ id: 30231, first_name: 'Marina', language_code: 'en' });
      await marina.text('/newclass');
      await marina.press(/^Basic computer/);
      await marina.press(/^3 December/);
      await marina.press(/^📅/);
      await marina.text('done');
      await marina.text('08:00');
      expect(marina.lastText()).toBe('The first lesson is on 3 December at 08:00: before the center opens (10:00). Is that right?');
      await marina.press("Yes, that's right");
      expect(marina.lastText()).toContain('How many lessons');
      expect(t.errors).toEqual([]);
      expect(await ClassGroupModel.countDocuments({ centerId: 'osinniki-central', librarianId: 30231 })).toBe(0);
    });
  });
});

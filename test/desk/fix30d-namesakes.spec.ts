import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { librarian } from '../calls/fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('fix30d-namesakes', () => {
  /**
   * probe30 L2: /add without a phone asks about a person of that name at this center who HAS a phone too («В этом центре
   * уже есть Смирнов Олег, +7 913 000-40-01 (Госуслуги). Это тот же человек?»), and «Да» puts the course on that card.
   */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-25T03:00:00Z');
  const setup = () => createTestBot({ clock: new TestClock(NOW) });

  async function add(staff: TestUser, name: string, phone: string | undefined, course: string) {
    await staff.text('/add');
    await staff.press('✓ Да, бланк подписан');
    await staff.text(name);
    if (phone) await staff.text(phone);
    else await staff.press('Нет телефона');
    await staff.press(course);
    return staff.lastText();
  }

  describe('/add without a phone: a namesake with a phone at this center (probe30 L2)', () => {
    it('is named with the phone; «Да» adds the course to that card, and the card\'s phone is called', async () => {
      await librarian(7301, 'Фёдорова', ['kemerovo-regional']);
      const t = setup();
      const lib = t.user({ id: 7301, first_name: 'Фёдорова', language_code: 'ru' });
      await add(lib, 'Смирнов Олег', '8 913 000-40-01', 'Госуслуги онлайн');
      await lib.press('Не важно');
      await lib.press('✓ Записать в очередь');
      expect(await add(lib, 'смирнов олег', undefined, 'Безопасный интернет')).toBe(
        'В этом центре уже есть Смирнов Олег, +7 913 000-40-01 (Госуслуги). Это тот же человек?',
      );
      expect(lib.buttonLabels()).toEqual(['Да, тот же человек', 'Нет, другой человек', 'Назад', 'Отмена']);
      await lib.press('Да, тот же человек');
      await lib.press('Не важно');
      expect(lib.lastText()).toContain('Телефон: +7 913 000-40-01');
      await lib.press('✓ Записать в очередь');
      expect(lib.lastText()).toMatch(/^Записали в очередь: «Безопасный интернет».*\nТелеграма у человека нет: когда подойдёт очередь, библиотека позвонит по записанному телефону\.\nЭтот человек уже был в списке центра: курс добавлен ему же\.$/);
      const people = await CitizenModel.find({}).lean();
      expect(people).toHaveLength(1);
      expect((await WaitlistEntryModel.find({ citizenId: people[0]!._id }).lean()).map((e) => e.courseId).sort()).toEqual(['gosuslugi', 'safe-internet']);
      expect(t.errors).toEqual([]);
    });

    it('«Нет, другой человек» registers a person of their own, without a phone, under their plain name at the center', async () => {
      await librarian(7302, 'Фёдорова', ['kemerovo-regional']);
      const t = setup();
      const lib = t.user({ id: 7302, first_name: 'Фёдорова', language_code: 'ru' });
      await add(lib, 'Кузьмина Зоя', '8 913 000-40-02', 'Госуслуги онлайн');
      await lib.press('Не важно');
      await lib.press('✓ Записать в очередь');
      await add(lib, 'Кузьмина Зоя', undefined, 'Госуслуги онлайн');
      expect(lib.lastText()).toBe('В этом центре уже есть Кузьмина Зоя, +7 913 000-40-02 (Госуслуги). Это тот же человек?');
      await lib.press('Нет, другой человек');
      await lib.press('Не важно');
      await lib.press('✓ Записать в очередь');
      expect(lib.lastText()).toMatch(/^Записали в очередь: «Госуслуги онлайн».*Место в очереди: 2\.\nТелефона и Телеграма у человека нет/);
      expect((await CitizenModel.find({}, { phoneKey: 1 }).lean()).map((c) => c.phoneKey).sort()).toEqual(['+79130004002|зоя кузьмина', 'nophone:kemerovo-regional|зоя кузьмина']);
      expect(t.errors).toEqual([]);
    });
  });
});

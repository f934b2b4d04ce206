import { describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { namesakeKey } from '../../src/domain/person-names.js';
import { librarian } from '../calls/fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('no-phone-namesakes', () => {
  /**
   * Two different people of one name, both without a phone, at one center (probe29 M1): /add asks whether the person at
   * the desk is the one registered there («Это тот же человек?»), as it does for a shared phone; «Нет, другой человек»
   * registers her on her own (the same course too), and /find, /forgetperson tell the two apart.
   */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-25T03:00:00Z');
  const GOSUSLUGI = 'Госуслуги онлайн';
  const BASICS = 'Основы компьютерной грамотности';
  const setup = () => createTestBot({ clock: new TestClock(NOW) });

  /** /add with «Нет телефона» at the librarian's one center, up to the course; returns what comes after the course. */
  async function addNoPhone(staff: TestUser, name: string, course: string) {
    await staff.text('/add');
    await staff.press('✓ Да, бланк подписан');
    await staff.text(name);
    await staff.press('Нет телефона');
    await staff.press(course);
    return staff.lastText();
  }

  async function finish(staff: TestUser) {
    await staff.press('Не важно');
    await staff.press('✓ Записать в очередь');
    return staff.lastText();
  }

  describe('namesakes without a phone at one center (probe29 M1)', () => {
    it('«Нет, другой человек» registers the second Иванова on her own, for the same course and for another', async () => {
      await librarian(7291, 'Фёдорова', ['kemerovo-regional']);
      const t = setup();
      const lib = t.user({ id: 7291, first_name: 'Фёдорова', language_code: 'ru' });
      expect(await addNoPhone(lib, 'Иванова Мария Петровна', GOSUSLUGI)).toBe('Когда человеку удобнее заниматься?');
      expect(await finish(lib)).toMatch(/^Записали в очередь: «Госуслуги онлайн».*Место в очереди: 1\./);

      // Another woman of the same name (typed otherwise), the same course: asked, not refused.
      expect(await addNoPhone(lib, 'мария иванова петровна', GOSUSLUGI)).toBe(
        'В этом центре уже есть Иванова Мария Петровна, без телефона (Госуслуги). Это тот же человек?',
      );
      expect(lib.buttonLabels()).toEqual(['Да, тот же человек', 'Нет, другой человек', 'Назад', 'Отмена']);
      await lib.press('Нет, другой человек');
      expect(await finish(lib)).toMatch(/^Записали в очередь: «Госуслуги онлайн».*Место в очереди: 2\.\nТелефона и Телеграма у человека нет: [^\n]*$/);
      expect(await CitizenModel.countDocuments()).toBe(2);

      // A third, for another course: asked with both, each button by her courses; «another» again makes a third record.
      expect(await addNoPhone(lib, 'Иванова Мария Петровна', BASICS)).toBe(
        'В этом центре уже есть люди без телефона с именем Иванова Мария Петровна:\n' +
          '• Иванова Мария Петровна (Госуслуги)\n• Мария Иванова Петровна (Госуслуги)\nЭто один из них?',
      );
      expect(lib.buttonLabels().slice(0, 3)).toEqual(['Да, тот же: Госуслуги', 'Да, тот же: Госуслуги', 'Нет, другой человек']);
      await lib.press('Нет, другой человек');
      expect(await finish(lib)).toMatch(/^Записали в очередь: «Основы компьютерной грамотности».*Место в очереди: 1\.\nТелефона и Телеграма у человека нет: [^\n]*$/);
      const people = await CitizenModel.find({}, { phoneKey: 1 }).sort({ createdAt: 1, phoneKey: 1 }).lean();
      expect(people.map((p) => p.phoneKey).sort()).toEqual([
        'nophone:kemerovo-regional|иванова мария петровна',
        'nophone:kemerovo-regional|иванова мария петровна#2',
        'nophone:kemerovo-regional|иванова мария петровна#3',
      ]);
      for (const p of people) expect(await WaitlistEntryModel.countDocuments({ citizenId: p._id })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('«Да, тот же человек» gives her the new course, or says she is on that course already', async () => {
      await librarian(7292, 'Фёдорова', ['kemerovo-regional']);
      const t = setup();
      const lib = t.user({ id: 7292, first_name: 'Фёдорова', language_code: 'ru' });
      await addNoPhone(lib, 'Кузнецова Антонина Павловна', GOSUSLUGI);
      await finish(lib);
      await addNoPhone(lib, 'Кузнецова Антонина Павловна', BASICS);
      await lib.press('Да, тот же человек');
      expect(await finish(lib)).toMatch(/\nЭтот человек уже был в списке центра: курс добавлен ему же\.$/);
      expect(await addNoPhone(lib, 'Кузнецова Антонина Павловна', GOSUSLUGI)).toBe(
        'В этом центре уже есть Кузнецова Антонина Павловна, без телефона (Госуслуги, Основы). Это тот же человек?',
      );
      await lib.press('Да, тот же человек');
      expect(lib.lastText()).toMatch(/^Этот человек уже в очереди на курс «Госуслуги онлайн» \(Кемерово.*\): место 1\. Ничего не меняли\.$/);
      expect(await CitizenModel.countDocuments()).toBe(1);
      expect(await WaitlistEntryModel.countDocuments()).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('in English: the question and its buttons without Cyrillic but the name', async () => {
      await librarian(7293, 'Fedorova', ['kemerovo-regional']);
      const t = setup();
      const lib = t.user({ id: 7293, first_name: 'Fedorova', language_code: 'en' });
      const add = async () => {
        await lib.text('/add');
        await lib.press(/^✓ Yes/);
        await lib.text('Иванова Мария');
        await lib.press('No phone');
        await lib.press('Public services online');
      };
      await add();
      await lib.press('Any time');
      await lib.press(/^✓/);
      await add();
      expect(lib.lastText()).toBe('This center already has Иванова Мария, no phone (Public services). Is this the same person?');
      expect(lib.buttonLabels().slice(0, 2)).toEqual(['Yes, the same person', 'No, another person']);
      expect(t.errors).toEqual([]);
    });

    it('probe29 L1: /forgetperson and /find name namesakes\' buttons by their center, or by their courses at one center', async () => {
      const at = (centerId: string, courseId: string, identity?: string) => ({
        name: 'Иванова Мария Петровна', courseId, centerId, timeOfDay: 'any' as const, joinedAt: NOW, ...(identity ? { identity } : {}),
      });
      const regional = 'nophone:kemerovo-regional|иванова мария петровна';
      await registerWithoutTelegram([at('kemerovo-regional', 'gosuslugi'), at('kemerovo-gogol', 'gosuslugi')], { actorId: 1, now: NOW });
      await librarian(7294, 'Фёдорова', ['kemerovo-regional', 'kemerovo-gogol']);
      const t = setup();
      const lib = t.user({ id: 7294, first_name: 'Фёдорова', language_code: 'ru' });
      await lib.text('/forgetperson');
      await lib.text('Иванова');
      expect(lib.buttonLabels().slice(0, 2).sort()).toEqual(['Иванова Мария Петровна — Гоголя', 'Иванова Мария Петровна — Фёдорова']);
      await lib.press('Иванова Мария Петровна — Гоголя');
      expect(lib.lastText()).toContain('Библиотека имени Н. В. Гоголя');
      await lib.text('/cancel');

      // A second one at Фёдорова («another person» at /add), for another course: the two there say their courses.
      await registerWithoutTelegram([at('kemerovo-regional', 'basics', namesakeKey(regional, 2))], { actorId: 1, now: NOW });
      await lib.text('/find');
      await lib.text('Иванова');
      expect(lib.buttonLabels().slice(0, 3).sort()).toEqual([
        'Иванова Мария Петровна — Гоголя: Госуслуги',
        'Иванова Мария Петровна — Фёдорова: Госуслуги',
        'Иванова Мария Петровна — Фёдорова: Основы',
      ]);
      await lib.text('/cancel');

      // Three on one course, two of them at Фёдорова: the place in line tells those two apart.
      await registerWithoutTelegram([at('kemerovo-regional', 'gosuslugi', namesakeKey(regional, 3))], { actorId: 1, now: NOW });
      await lib.text('/forgetperson');
      await lib.text('Иванова');
      // Four do not fit one page of 60 words: the buttons of both pages.
      const first = lib.buttonLabels();
      await lib.press('Следующие ›');
      const names = [...first, ...lib.buttonLabels()].filter((label) => label.startsWith('Иванова'));
      expect(names.sort()).toEqual([
        'Иванова Мария Петровна — Гоголя: Госуслуги, место 1',
        'Иванова Мария Петровна — Фёдорова: Госуслуги, место 1',
        'Иванова Мария Петровна — Фёдорова: Госуслуги, место 2',
        'Иванова Мария Петровна — Фёдорова: Основы, место 1',
      ]);
      expect(t.errors).toEqual([]);
    });
  });
});

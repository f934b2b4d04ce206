import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay } from '../classes/fixtures.js';

describe('entry-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  const statuses = async (citizenId: number) => Object.fromEntries((await WaitlistEntryModel.find({ citizenId }).lean()).map((e) => [e.courseId, e.status]));

  /** A seat in a new group of this course for this person, with lessons at these instants (10:00 in Kemerovo is 03:00Z). */
  async function seat(t: TestBot, citizenId: number, courseId: string, lessonStarts: Date[]) {
    await groupWithOffers(t.clock.now(), { courseId, lessonStarts, capacity: 1 });
    const entry = await WaitlistEntryModel.findOne({ citizenId, courseId }).lean();
    expect(await acceptOffer(citizenId, String(entry!._id), t.clock.now())).toMatchObject({ ok: true });
  }

  // The test clock starts on 24 November, 03:00Z (10:00 in Kemerovo).
  const day = (d: number) => new Date(Date.UTC(2026, 10, d, 3));

  describe('what a citizen types about one entry (walk28 W28-24)', () => {
    it('fix29a W28-24: «выйти из очереди на госуслуги» asks to leave that line; a typed «да» leaves it, the other line stays', async () => {
      const t = createTestBot();
      await addToWaitlist(5901, { at: joinDay(1) });
      await addToWaitlist(5901, { at: joinDay(2), courseId: 'gosuslugi' });
      const vala = t.user({ id: 5901, first_name: 'Валентина', language_code: 'ru' });
      await vala.text('выйти из очереди на госуслуги');
      expect(vala.lastText()).toBe('Выйти из очереди на курс «Госуслуги онлайн»? Место в очереди будет потеряно.');
      expect(vala.buttonLabels()).toEqual(['Да, выйти', 'Нет']);
      await vala.text('да');
      expect(vala.lastText()).toBe('Вы вышли из очереди на курс «Госуслуги онлайн».');
      expect(await statuses(5901)).toEqual({ basics: 'waiting', gosuslugi: 'left' });
      // Without a course named and one line left: that line's question (walk30 W30-10; with several, the list).
      await vala.text('выйти из очереди');
      expect(vala.lastText()).toBe('Выйти из очереди на курс «Основы компьютерной грамотности»? Место в очереди будет потеряно.');
      expect(t.errors).toEqual([]);
    });

    it('fix29a W28-24: a course\'s name right after «Моё место в очереди» opens that entry alone, with its buttons and a way back', async () => {
      const t = createTestBot();
      await addToWaitlist(5911, { at: joinDay(1) });
      await addToWaitlist(5911, { at: joinDay(2), courseId: 'gosuslugi' });
      const vala = t.user({ id: 5911, first_name: 'Валентина', language_code: 'ru' });
      await vala.text('госуслуги');
      expect(vala.lastText()).toMatch(/^Не получилось понять сообщение/);
      await vala.text('🔢 Моё место в очереди');
      await vala.text('госуслуги');
      expect(vala.lastText()).toMatch(/^«Госуслуги онлайн», Областная научная библиотека имени В\. Д\. Фёдорова.*: место в очереди 1\./);
      expect(vala.lastText()).not.toContain('Основы');
      expect(vala.buttonLabels()).toEqual(['Сменить центр: Госуслуги онлайн', 'Выйти из очереди: Госуслуги онлайн', '✎ Время или телефон', '« Все записи']);
      await vala.press('Выйти из очереди: Госуслуги онлайн');
      expect(vala.lastText()).toBe('Выйти из очереди на курс «Госуслуги онлайн»? Место в очереди будет потеряно.');
      await vala.press('Нет');
      await vala.text('🔢 Моё место в очереди');
      await vala.text('основы');
      expect(vala.lastText()).toMatch(/^«Основы компьютерной грамотности»/);
      await vala.press('« Все записи');
      expect(vala.lastText()).toMatch(/^Ваши записи:/);
      // Back on the list, a course's name opens its entry again.
      await vala.text('госуслуги');
      expect(vala.lastText()).toMatch(/^«Госуслуги онлайн»/);
      expect(await statuses(5911)).toEqual({ basics: 'waiting', gosuslugi: 'waiting' });
      expect(t.errors).toEqual([]);
    });

    it('fix29a W28-24: «не смогу прийти завтра» with a seat asks to give up the seat of the group meeting tomorrow; «нет» keeps it', async () => {
      const t = createTestBot();
      await addToWaitlist(5921, { at: joinDay(1) });
      await addToWaitlist(5921, { at: joinDay(2), courseId: 'internet' });
      await seat(t, 5921, 'basics', [day(26), day(28)]);
      await seat(t, 5921, 'internet', [day(25), day(27)]);
      const vala = t.user({ id: 5921, first_name: 'Валентина', language_code: 'ru' });
      await vala.text('не смогу прийти завтра');
      expect(vala.lastText()).toBe('Ваше занятие: завтра в 10:00, Зал 1.\nМы сообщили библиотекарю, что вас не будет.\nОтказаться от места в группе «Интернет и электронная почта»? Сейчас в очереди на него никого нет: место пока останется свободным.');
      expect(vala.buttonLabels()).toEqual(['Освободить, остаться в очереди', 'Освободить и выйти из очереди', 'Нет, остаться в группе']);
      await vala.text('нет');
      expect(vala.lastText()).toBe('Хорошо, место остаётся за вами.');
      // No day, two seats: which, with a button for each; not the lesson answered just now (fix41b, probe40 L6).
      await vala.text('Не смогу прийти.');
      expect(vala.lastText()).toBe('Вы записаны в несколько групп. О какой речь? Ближайшие занятия:\n• «Основы компьютерной грамотности»: 26 ноября, четверг, 10:00');
      expect(vala.buttonLabels()).toEqual(['Не приду: Основы компьютерной грамотности']);
      await vala.press('Не приду: Основы компьютерной грамотности');
      expect(vala.lastText()).toBe('Ваше занятие: 26 ноября, четверг, 10:00, Зал 1.\nМы сообщили библиотекарю, что вас не будет.\nОтказаться от места в группе «Основы компьютерной грамотности»? Сейчас в очереди на него никого нет: место пока останется свободным.');
      await vala.press('Освободить, остаться в очереди');
      expect(await statuses(5921)).toEqual({ basics: 'waiting', internet: 'enrolled' });
      // The course named picks it: said already, so not asked about its seat again (fix41b, probe40 L6).
      await vala.text('не смогу прийти на интернет');
      expect(vala.lastText()).toBe('Ваше занятие: завтра в 10:00, Зал 1.\nЖаль. Мы сообщили библиотекарю, что вас не будет.');
      expect(t.errors).toEqual([]);
    });

    it('fix29a W28-24: «не смогу прийти» without a seat gets a short pointer; other «не могу …» words are not taken for it', async () => {
      const t = createTestBot();
      await addToWaitlist(5931, { at: joinDay(1) });
      const zina = t.user({ id: 5931, first_name: 'Зинаида', language_code: 'ru' });
      await zina.text('не смогу прийти завтра');
      expect(zina.lastText()).toBe('У вас пока нет места в группе, поэтому занятий нет. Ваши записи — в «Моё место в очереди».');
      await zina.text('не могу найти центр');
      expect(zina.lastText()).not.toMatch(/^У вас пока нет места/);
      expect(await statuses(5931)).toEqual({ basics: 'waiting' });
      // Nobody's entry: how to join instead.
      const emily = t.user({ id: 5932, first_name: 'Emily', language_code: 'en' });
      await emily.text("I can't come tomorrow");
      expect(emily.lastText()).toBe('You are not signed up for a course yet, so there are no lessons. To sign up, press "Join a course" at the bottom of the screen.');
      expect(t.errors).toEqual([]);
    });

    it('fix29a W28-24: in English', async () => {
      const t = createTestBot();
      await addToWaitlist(5941, { at: joinDay(1), language: 'en' });
      await addToWaitlist(5941, { at: joinDay(2), courseId: 'gosuslugi', language: 'en' });
      await seat(t, 5941, 'basics', [day(25), day(27)]);
      const john = t.user({ id: 5941, first_name: 'John', language_code: 'en' });
      await john.text('leave the list for public services');
      expect(john.lastText()).toMatch(/"Public services online"\?/);
      expect(john.buttonLabels()).toHaveLength(2);
      await john.text("I can't come tomorrow");
      expect(john.lastText()).toMatch(/^Your lesson: tomorrow at 10:00, Hall 1\.\nWe have told the librarian you will not come\.\n.*"Basic computer literacy" group\?/);
      expect(john.lastText()).not.toMatch(/[а-яё]/i);
      expect(t.errors).toEqual([]);
    });
  });
});

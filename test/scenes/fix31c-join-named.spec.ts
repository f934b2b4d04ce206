import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { CenterModel } from '../../src/db/models/center.js';
import { CourseModel } from '../../src/db/models/course.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { joinWishOf } from '../../src/domain/join-wish.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { createTestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';

describe('fix31c-join-named', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
    // A town of one center, named as people say it: «в Топках», "in Topki" (walk30 W30-11).
    await CenterModel.create({
      _id: 'topki-central', name: 'Центральная библиотека Топки', town: 'Топки', address: 'улица Луначарского, 23', latitude: 55.27, longitude: 85.61,
      phone: '+7 38454 4-12-33', hours: 'будни 10:00–18:00', en: { name: 'Central Library Topki', town: 'Topki', address: '23 Lunacharskogo St', hours: 'weekdays 10:00–18:00' },
    });
    invalidateCatalog();
  });

  describe('a course and a town named in the first message are taken (walk30 W30-11)', () => {
    it('fix31c named: «хочу записаться на госуслуги в Топках» asks neither the course nor the town; Back asks the town, then the course', async () => {
      const t = createTestBot();
      const vera = t.user({ id: 3191, first_name: 'Вера', language_code: 'ru' });
      await vera.text('хочу записаться на госуслуги в Топках');
      expect(vera.lastText()).toBe(
        'Курс: «Госуслуги онлайн». Выбрать другой можно кнопкой «Назад».\nВ этом городе один центр: Центральная библиотека Топки, улица Луначарского, 23.\nШаг 3 из 5. Когда вам удобнее заниматься?',
      );
      expect(vera.buttonLabels()).toContain('Назад');
      // Back: the town question (Топки among the towns), then the course question; each answered again goes on.
      await vera.press('Назад');
      expect(vera.lastText()).toMatch(/^Курс: «Госуслуги онлайн»\. Выбрать другой можно кнопкой «Назад»\.\nШаг 2 из 5\. Где вам удобно/);
      expect(vera.buttonLabels()).toContain('Топки');
      await vera.press('Назад');
      expect(vera.lastText()).toMatch(/^Шаг 1 из 5\. Выберите курс/);
      // Another course chosen: the town she named still stands.
      await vera.press('Основы компьютерной грамотности');
      expect(vera.lastText()).toMatch(/^В этом городе один центр: Центральная библиотека Топки[^]*\nШаг 3 из 5\./);
      await vera.press('Утром');
      await joinWaitlist(vera, { from: 'consent' });
      expect(await WaitlistEntryModel.findOne({ citizenId: 3191 }).lean()).toMatchObject({ courseId: 'basics', centerId: 'topki-central', status: 'waiting' });
      expect(t.errors).toEqual([]);
    });

    it('fix31c named: "I want to join a course in Topki" asks the course, not the town; a town of several centers lists its centers', async () => {
      const t = createTestBot();
      const emily = t.user({ id: 3192, first_name: 'Emily', language_code: 'en' });
      await emily.text('I want to join a course in Topki');
      expect(emily.lastText()).toMatch(/^Step 1 of 5\./);
      await emily.press('Public services online');
      expect(emily.lastText()).toMatch(/^This town has one center: Central Library Topki, 23 Lunacharskogo St\.\nStep 3 of 5\./);
      await emily.press('Back');
      expect(emily.lastText()).toMatch(/^Step 2 of 5\./);

      const nina = t.user({ id: 3193, first_name: 'Нина', language_code: 'ru' });
      await nina.text('хочу записаться на курс поиск работы в интернете в Кемерово');
      expect(nina.lastText()).toMatch(/^Курс: «Поиск работы в интернете»\. Выбрать другой можно кнопкой «Назад»\.\nШаг 2 из 5\. [^]*Гоголя/);
      expect(nina.buttonLabels()).toContain('Назад');
      await nina.press('Назад');
      expect(nina.buttonLabels()).toContain('Кемерово');
      expect(t.errors).toEqual([]);
    });

    it('walk36: a course not offered now, named («хочу на госуслуги»), is said to be paused above the courses, in both languages', async () => {
      await CourseModel.updateOne({ _id: 'gosuslugi' }, { $set: { active: false, resumesOn: '2027-02-01' } });
      invalidateCatalog();
      expect(await joinWishOf('хочу на госуслуги')).toEqual({ paused: 'gosuslugi' });
      // An offered course named is taken as before; a stopped one is never taken for it.
      expect(await joinWishOf('хочу на поиск работы')).toEqual({ course: 'job-search' });
      const t = createTestBot();
      const vera = t.user({ id: 3193, first_name: 'Вера', language_code: 'ru' });
      for (const typed of ['хочу на госуслуги', 'хочу записаться на госуслуги в Топках']) {
        await vera.text(typed);
        expect(vera.lastText()).toMatch(/^Курс «Госуслуги онлайн» не набирает новых людей примерно до 1 февраля( 2027 года)?\. Можно выбрать другой курс\.\nШаг 1 из 5\. Выберите курс:$/);
        expect(vera.buttonLabels()).not.toContain('Госуслуги онлайн');
        await vera.press('Отмена');
      }
      // No day planned: the pause without one.
      await CourseModel.updateOne({ _id: 'gosuslugi' }, { $unset: { resumesOn: 1 } });
      invalidateCatalog();
      const emily = t.user({ id: 3194, first_name: 'Emily', language_code: 'en' });
      await emily.text("I'd like the public services course");
      expect(emily.lastText()).toBe('"Public services online" is not taking new people now. You can choose another course.\nStep 1 of 5. Choose a course:');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: { $in: [3193, 3194] } })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('fix31c named: what the words name, and what they do not', async () => {
      expect(await joinWishOf('хочу записаться на госуслуги в Топках')).toEqual({ course: 'gosuslugi', town: 'Топки' });
      expect(await joinWishOf('I want to join a course in Topki')).toEqual({ town: 'Топки' });
      expect(await joinWishOf('запишите на интернет в Ленинске-Кузнецком')).toEqual({ town: 'Ленинск-Кузнецкий' });
      expect(await joinWishOf('хочу учиться в Новокузнецке, поиск работы в интернете')).toEqual({ course: 'job-search', town: 'Новокузнецк' });
      expect(await joinWishOf('sign up for public services in Yurga')).toEqual({ course: 'gosuslugi', town: 'Юрга' });
      expect(await joinWishOf('хочу записаться')).toEqual({});
      expect(await joinWishOf('хочу записаться на компьютерные курсы')).toEqual({});
      expect(await joinWishOf('хочу освоить компьютерную грамотность')).toEqual({ course: 'basics' });
      expect(await joinWishOf('не хочу на госуслуги в Топках')).toEqual({});
      expect(await joinWishOf('хочу записаться на курс top')).toEqual({});
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { createGroup } from '../../src/domain/classes.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from './fixtures.js';

describe('attendance-lessons-begun', () => {
  /**
   * Walk s18 #16: /attendance listed lessons days ahead, and tapping one only said
   * "not started yet". Listed now: lessons that have begun, and today's.
   * The group's lessons: 1 December and 3 December, 10:00 in Kemerovo (03:00 UTC).
   */
  useSampleDataPerTest();

  async function librarianWithGroup(language: 'ru' | 'en') {
    const t = createTestBot({ env: { ADMIN_IDS: '900' } });
    await StaffMemberModel.create({ _id: 5301, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: 900 });
    await addToWaitlist(5311, { at: new Date(Date.UTC(2026, 9, 1)), name: 'Участник 5311' });
    await groupWithOffers(t.clock.now(), { capacity: 2, actorId: 5301 });
    await acceptOffer(5311, String((await WaitlistEntryModel.findOne({ citizenId: 5311 }).lean())!._id), t.clock.now());
    const anna = t.user({ id: 5301, first_name: 'Анна', language_code: language });
    const openGroup = async () => {
      await anna.text('/attendance');
      await anna.press(/: /);
    };
    return { t, anna, openGroup };
  }

  describe('/attendance lists the lessons that can be marked', () => {
    it('none before the first lesson\'s day (says when), today\'s before its hour, begun ones after; never one days ahead', async () => {
      const { t, anna, openGroup } = await librarianWithGroup('ru');
      await openGroup(); // 24 November
      expect(anna.lastText()).toBe('Занятия этой группы ещё не начались. Первое: 1 декабря, вторник, 10:00. Отметить посещение можно с этого дня.');
      expect(anna.buttonLabels()).toEqual(['Назад']);

      t.clock.current = new Date('2026-12-01T01:00:00Z'); // 08:00 on the first lesson's day
      await openGroup();
      expect(anna.lastText()).toBe('Выберите занятие:');
      // Listed, and its button says it has not begun (walk s20 #28).
      expect(anna.buttonLabels()).toEqual(['1. 1 декабря, вторник, 10:00 — ещё не началось', 'Назад']);

      t.clock.current = new Date('2026-12-01T04:00:00Z'); // the first lesson has begun
      await openGroup();
      expect(anna.buttonLabels()).toEqual(['1. 1 декабря, вторник, 10:00', 'Назад']);
      await anna.press(/^1\. /);
      expect(anna.lastText()).toMatch(/^Занятие 1, 1 декабря/);

      t.clock.current = new Date('2026-12-03T04:00:00Z');
      await openGroup();
      expect(anna.buttonLabels()).toEqual(['1. 1 декабря, вторник, 10:00', '2. 3 декабря, четверг, 10:00', 'Назад']);
      expect(t.errors).toEqual([]);
    });

    it('in English too', async () => {
      const { t, anna, openGroup } = await librarianWithGroup('en');
      await openGroup();
      expect(anna.lastText()).toMatch(/^This group's classes have not started yet\. The first: .+\. You can mark attendance from that day\.$/);
      t.clock.current = new Date('2026-12-01T01:00:00Z');
      await openGroup();
      expect(anna.buttonLabels()[0]).toBe('1. Tuesday 1 December, 10:00 — not started yet');
      expect(t.errors).toEqual([]);
    });
  });

  describe('/attendance names the center for a librarian with groups at several centers (walk s21 W21-19)', () => {
    it('on the group buttons (sorted by center) and above the lessons and the marks; one center: as before', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5321, displayName: 'Марина', centerIds: ['kemerovo-lesnaya-polyana', 'kemerovo-gogol'], addedBy: 900 });
      const starts = [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')];
      const marina = t.user({ id: 5321, first_name: 'Марина', language_code: 'ru' });
      await createGroup(5321, { courseId: 'basics', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 3', capacity: 6, lessonStarts: starts, durationMinutes: 60 }, t.clock.now());
      await createGroup(5321, { courseId: 'basics', centerId: 'kemerovo-gogol', room: 'Зал 1', capacity: 6, lessonStarts: starts, durationMinutes: 60 }, t.clock.now());
      t.clock.current = new Date('2026-12-01T04:00:00Z'); // both groups' first lesson has begun
      const gogol = await ClassGroupModel.findOneAndUpdate({ centerId: 'kemerovo-gogol' }, { status: 'cancelled' });

      await marina.text('/attendance'); // one center so far
      expect(marina.buttonLabels()).toEqual(['Основы компьютерной грамотности: 1 декабря, вторник, 10:00']);
      await marina.press(/^Основы/);
      expect(marina.lastText()).toBe('Выберите занятие:');

      await ClassGroupModel.updateOne({ _id: gogol!._id }, { status: 'open' });
      await marina.text('/attendance');
      expect(marina.buttonLabels()).toEqual([
        'Библиотека «Лесная Поляна»: Основы, 1 декабря, вторник, 10:00',
        'Библиотека имени Н. В. Гоголя: Основы, 1 декабря, вторник, 10:00',
      ]);
      await marina.press(/^Библиотека «Лесная Поляна»/);
      expect(marina.lastText()).toBe('Кемерово, Библиотека «Лесная Поляна». Курс: Основы компьютерной грамотности.\nВыберите занятие:');
      await marina.press(/^1\. /);
      expect(marina.lastText()).toBe('Кемерово, Библиотека «Лесная Поляна». Курс: Основы компьютерной грамотности.\nВ группе пока нет участников.');

      await StaffMemberModel.create({ _id: 5322, displayName: 'Mary', centerIds: ['kemerovo-lesnaya-polyana', 'kemerovo-gogol'], addedBy: 900 });
      const mary = t.user({ id: 5322, first_name: 'Mary', language_code: 'en' });
      await mary.text('/attendance');
      expect(mary.buttonLabels()).toEqual(['Gogol Library: Basics, Tuesday 1 December, 10:00', 'Lesnaya Polyana Library: Basics, Tuesday 1 December, 10:00']);
      await mary.press(/^Gogol/);
      expect(mary.lastText()).toBe('Kemerovo, Gogol Library. Course: Basic computer literacy.\nChoose a lesson:');
      expect(t.errors).toEqual([]);
    });
  });
});

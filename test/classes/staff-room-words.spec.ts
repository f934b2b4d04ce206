import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { runCallListJob } from '../../src/jobs/calls/index.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { paperPerson } from '../calls/fixtures.js';

describe('staff-room-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const CENTER = 'osinniki-central';
  const ROOM = 'Кабинет информатики, второй этаж';
  const paperId = (n: number) => -(2 ** 49 + n);

  /**
   * Walk s28 W28-23, staff side: Kate, an English librarian, read the room as typed, in Cyrillic («Public services
   * online, Кабинет информатики, второй этаж» in /classes). Her screens and notices put it as citizens read it.
   */
  describe('a room typed in Russian, on an English librarian’s screens', () => {
    it('fix29b W28-23: the roster, the daily call list, /calls and a call card say it in English words', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')) }); // 16:00 in Osinniki
      await StaffMemberModel.create([
        { _id: 7291, displayName: 'Kate', centerIds: [CENTER], addedBy: 900, language: 'en' },
        { _id: 7292, displayName: 'Анна', centerIds: [CENTER], addedBy: 900, language: 'ru' },
      ]);
      const kate = t.user({ id: 7291, first_name: 'Kate', language_code: 'en' });
      const anna = t.user({ id: 7292, first_name: 'Анна', language_code: 'ru' });
      // A group with one person without Telegram in it (a call before each lesson) and a free seat for another.
      const lessons = [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')];
      const groupId = await createGroup(7291, { courseId: 'basics', centerId: CENTER, room: ROOM, capacity: 2, lessonStarts: lessons, durationMinutes: 90 }, t.clock.now());
      const inGroup = await paperPerson(paperId(291), { name: 'Мария Иванова', phone: '+79231290291', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: CENTER });
      await WaitlistEntryModel.updateOne({ _id: inGroup }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: new Date('2026-11-01T03:00:00Z') } });
      await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: 1, freeSeats: -1 } });
      await paperPerson(paperId(292), { name: 'Пётр Сидоров', phone: '+79231290292', joinedAt: new Date('2026-10-02T03:00:00Z'), centerId: CENTER });

      // The offer's call card.
      await offerFreeSeats(groupId, t.clock.now(), testOffers());
      await deliverAll(t);
      expect(kate.lastText()).toContain('Please call: a person without Telegram has a seat in a group.');
      expect(kate.lastText()).toMatch(/\nWhere: [^\n]*, Kabinet informatiki, floor 2\n/);
      expect(anna.lastText()).toContain(`, ${ROOM}\n`);

      // The daily call list and /calls.
      expect(await runCallListJob(t.deps)).toMatchObject({ lists: 2 });
      await deliverAll(t);
      const list = kate.lastText();
      expect(list).toMatch(/^📞 Tomorrow, 1 December, /);
      expect(list).toContain('Kabinet informatiki, floor 2, Osinniki, ');
      expect(list).not.toMatch(/[А-яЁё](?![^\n]*\+7)/u); // only the person's name, on the call's line
      expect(anna.lastText()).toContain(`${ROOM}, Осинники, `);
      await kate.text('/calls');
      await kate.press(/^Tomorrow/);
      expect(kate.lastText()).toContain('Kabinet informatiki, floor 2, Osinniki, ');
      expect(kate.lastText()).not.toContain(ROOM);

      // The group's card in /classes.
      await kate.text('/classes');
      await kate.press(/^1\. /);
      expect(kate.lastText()).toMatch(/^Basic computer literacy, Kabinet informatiki, floor 2\n/);
      await anna.text('/classes');
      await anna.press(/^1\. /);
      expect(anna.lastText()).toMatch(new RegExp(`^Основы компьютерной грамотности, ${ROOM}\\n`));
      expect(t.errors).toEqual([]);
    });

    it('fix29b W28-23: /newclass asks for the room in English where someone reads English, and they read those words', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T05:00:00Z')) });
      await StaffMemberModel.create({ _id: 7295, displayName: 'Анна', centerIds: ['mariinsk-central'], addedBy: 900, language: 'ru' });
      const anna = t.user({ id: 7295, first_name: 'Анна', language_code: 'ru' });
      // Nobody reads English in Мариинск yet: the room step is as before.
      await newClassUpToRoom(anna);
      await anna.text(ROOM);
      expect(anna.lastText()).toMatch(/^Шаг 5 из 6\. Сколько мест/);
      await anna.text('/cancel');

      // Emily waits there and reads English; Пётр reads Russian.
      await addToWaitlist(7296, { centerId: 'mariinsk-central', language: 'en', name: 'Emily', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(7297, { centerId: 'mariinsk-central', name: 'Пётр', at: new Date('2026-10-02T03:00:00Z') });
      const emily = t.user({ id: 7296, first_name: 'Emily', language_code: 'en' });
      const petr = t.user({ id: 7297, first_name: 'Пётр', language_code: 'ru' });
      await newClassUpToRoom(anna);
      await anna.text(ROOM);
      expect(anna.lastText()).toBe(
        'Шаг 4 из 6. Как назвать эту аудиторию для тех, кто читает бота на английском? Напишите английскими буквами, например: Computer room, second floor. Или нажмите «Пропустить», тогда они прочтут: Kabinet informatiki, floor 2.',
      );
      expect(anna.buttonLabels()).toEqual(['Пропустить', 'Назад', 'Отмена']);
      await anna.text('Компьютерный класс');
      expect(anna.lastText()).toBe('Напишите название аудитории английскими буквами (до 100 знаков) или нажмите «Пропустить».');
      await anna.text('Computer class, second floor');
      await anna.press('6');
      expect(anna.lastText()).toContain(`Аудитория: ${ROOM}\nНа английском: Computer class, second floor\n`);
      await anna.press('✓ Создать группу');
      await deliverAll(t);
      expect(emily.lastText()).toContain(', Computer class, second floor\n');
      expect(petr.lastText()).toContain(`, ${ROOM}\n`);
      // Skipped: English readers get the automatic words, as before.
      await newClassUpToRoom(anna);
      await anna.text('Зал 3');
      await anna.press('Пропустить');
      expect(anna.lastText()).toMatch(/^Шаг 5 из 6\. Сколько мест/);
      expect(t.errors).toEqual([]);
    });
  });

  /** A librarian of one center: /newclass up to the room (basics, 3 and 5 December at 10:00, 90 minutes). */
  async function newClassUpToRoom(librarian: TestUser) {
    await librarian.text('/newclass');
    await librarian.press('Основы компьютерной грамотности');
    await librarian.text('03.12.2026');
    await librarian.press('✎ Написать даты списком');
    await librarian.text('03.12.2026 10:00\n05.12.2026 10:00');
    await librarian.press('90');
  }
});

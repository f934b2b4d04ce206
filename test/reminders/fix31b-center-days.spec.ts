import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot, testOffers } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from './fixtures.js';

describe('fix31b-center-days', () => {
  /**
   * task31 fixB (W29-15 leftovers of fix30b): a center closed for some days through /change → «Все группы центра».
   * The call list is titled by the closing, not by its first person's course; an offer sent again says the center is
   * closed, not «Расписание группы изменилось»; a person's one message stays within 60 words however many lessons.
   */

  useSampleDataPerTest();

  // Monday 30 November, 10:00 in Kemerovo and Novokuznetsk (UTC+7).
  const clock = () => new TestClock(new Date('2026-11-30T03:00:00Z'));
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour - 7));
  const KEMEROVO = 'kemerovo-regional';
  const ROOM = 'Компьютерный класс на втором этаже';
  const words = (text: string) => `${wordsOf(text)}: ${text}`;
  const WITHIN_60 = /^(?:[1-5]?\d|60): /;

  /** The librarian closes her center for this week (30 November to 6 December). */
  async function closeThisWeek(t: TestBot, staffId: number) {
    const anna = t.user({ id: staffId, first_name: 'Анна', language_code: 'ru' });
    await anna.text('/change');
    await anna.press('🏢 Все группы центра: закрыт на несколько дней');
    await anna.press('На эту неделю: с 30 ноября по 6 декабря');
    await anna.press('✓ Подтвердить');
    await deliverAll(t);
    return anna;
  }

  describe('fix31b: a center closed for some days', () => {
    it.each([
      ['ru', 31101],
      ['en', 31111],
    ] as const)('fix31b: (%s) an offer sent again says the center is closed, within 60 words at its longest', async (language, base) => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await librarian(base, 'Анна', [KEMEROVO]);
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: base + 1 }], {
        centerId: KEMEROVO, courseId: 'job-search', room: ROOM, lessonStarts: [at(2, 14), at(4, 14), at(9, 14), at(11, 14), at(16, 14)],
      });
      await addToWaitlist(base + 2, { centerId: KEMEROVO, courseId: 'job-search', language, timeOfDay: 'morning', at: new Date('2026-11-20T03:00:00Z') });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers({ ttlHours: 240 }))).toBe(1);
      await deliverAll(t);
      const vera = t.user({ id: base + 2, first_name: 'Вера', language_code: language });
      const before = vera.messages().length;
      await closeThisWeek(t, base);
      const again = vera.messages().slice(before);
      expect(again).toHaveLength(1);
      const text = again[0]!.text!;
      if (language === 'ru') {
        expect(text).toMatch(/^Центр закрыт по 6 декабря\. Место за вами\.\n/);
        expect(text).toContain('• 16 декабря, среда, 14:00');
      } else {
        expect(text).toMatch(/^The center is closed through 6 December\. Your seat is still there\.\n/);
        expect(text).not.toMatch(/[А-Яа-яЁё]/);
      }
      expect(text).not.toMatch(/Расписание группы изменилось|schedule has changed/);
      if (process.env.OFFER_WORDS) console.log(words(text));
      expect(words(text)).toMatch(WITHIN_60);
      expect(t.errors).toEqual([]);
    });

    it('fix31b: the call list of a closing holds calls of two courses: titled by the center closed, on /calls too', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await librarian(31121, 'Анна', ['novokuznetsk-central']);
      const basics = await groupWithParticipants(t.clock.now(), [], { lessonStarts: [at(1, 10), at(8, 10)] });
      const gosuslugi = await groupWithParticipants(t.clock.now(), [], { courseId: 'gosuslugi', lessonStarts: [at(2, 14), at(9, 14)] });
      for (const [id, name, courseId, groupId] of [[-31122, 'Волков Пётр Семёнович', 'basics', basics.groupId], [-31123, 'Зайцева Анна Львовна', 'gosuslugi', gosuslugi.groupId]] as const) {
        const entryId = await paperPerson(id, { name, phone: `+7905123${String(-id).slice(-4)}`, joinedAt: new Date('2026-10-01'), centerId: 'novokuznetsk-central', courseId });
        await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId) }, $unset: { activeKey: 1 } });
      }
      const anna = await closeThisWeek(t, 31121);
      expect(anna.lastText()).toMatch(/^📞 Позвоните 2 людям/);
      await anna.press('📋 Открыть список');
      expect(anna.lastText()).toMatch(/^📞 Центр закрыт на несколько дней \(Новокузнецк, .+\), занятия в эти дни отменены\. Позвоните \(0 из 2\):\n/);
      expect(anna.lastText()).not.toContain('Звонки об изменении');
      await anna.text('/calls');
      expect(anna.lastText()).toContain('Центр закрыт на несколько дней, занятия отменены. Позвонить: 2 людям.');
      // fix31j (walk31 W31-13): by its days, short enough for a phone, not by the center's long name.
      expect(anna.buttonLabels()).toContain('🏢 Закрыт 30 ноября–6 декабря: позвонили 0 из 2');
      expect(t.errors).toEqual([]);
    });

    it.each([
      ['ru', 31131],
      ['en', 31141],
    ] as const)('fix31b: (%s) a person with many lessons in those days, one group cancelled by it: one message within 60 words', async (language, base) => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await librarian(base, 'Анна', [KEMEROVO]);
      const person = base + 1;
      const jobs = await groupWithParticipants(t.clock.now(), [{ id: person, language }], { centerId: KEMEROVO, courseId: 'job-search', room: ROOM, lessonStarts: [at(1, 10), at(2, 10), at(3, 10), at(4, 10), at(8, 10)] });
      const basics = await groupWithParticipants(t.clock.now(), [], { centerId: KEMEROVO, room: ROOM, lessonStarts: [at(1, 14), at(3, 14), at(10, 14)] });
      const gosuslugi = await groupWithParticipants(t.clock.now(), [], { centerId: KEMEROVO, courseId: 'gosuslugi', room: ROOM, lessonStarts: [at(2, 16), at(4, 16)] });
      for (const [courseId, { groupId }] of [['basics', basics], ['gosuslugi', gosuslugi]] as const) {
        await WaitlistEntryModel.create({ citizenId: person, courseId, centerId: KEMEROVO, timeOfDay: 'any', status: 'enrolled', groupId: new Types.ObjectId(groupId), joinedAt: new Date('2026-10-20'), enrolledAt: new Date('2026-11-20') });
      }
      expect(jobs.groupId).toBeDefined();
      await closeThisWeek(t, base);
      const her = t.user({ id: person, first_name: 'Нина', language_code: language });
      expect(her.messages()).toHaveLength(1);
      const text = her.lastText();
      if (language === 'ru') {
        // fix34c (walk31 W31-13): what follows takes a lesson's line, to stay within 60 words.
        expect(text).toMatch(/^[^:\n]+ \(Кемерово\) не работает с 30 ноября по 6 декабря\.\nЗанятия в эти дни отменены и не переносятся:\n• .+\n…и ещё 6 занятий\nЗанятия продолжатся 8 декабря, вторник, 10:00 \(«Поиск работы в интернете»\)\.\nГруппа отменена: «Госуслуги онлайн»\./);
      } else {
        expect(text).toMatch(/^[^:\n]+ \(Kemerovo\) is closed from 30 November to 6 December\.\nLessons on these days are cancelled \(not made up\):\n• .+\n…and 6 more\nLessons resume on Tuesday 8 December, 10:00 \("Job search online"\)\.\nGroup cancelled: "Public services online"\./);
        expect(text).not.toMatch(/[А-Яа-яЁё]/);
      }
      if (process.env.OFFER_WORDS) console.log(words(text));
      expect(words(text)).toMatch(WITHIN_60);
      expect(t.errors).toEqual([]);
    });
  });
});

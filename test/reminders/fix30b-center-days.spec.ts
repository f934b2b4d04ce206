import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from './fixtures.js';

describe('fix30b-center-days', () => {
  useSampleDataPerTest();

  // Monday 30 November, 10:00 in Novokuznetsk (UTC+7).
  const clock = () => new TestClock(new Date('2026-11-30T03:00:00Z'));
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour - 7));

  /** A person with neither Telegram nor a phone, enrolled in the group (told in person by the librarians). */
  async function noPhonePerson(id: number, name: string, groupId: string) {
    await CitizenModel.create({ _id: id, language: 'ru', name, reachable: false, consent: { version: 'paper', givenAt: new Date('2026-11-01'), method: 'paper', centerId: 'novokuznetsk-central', recordedBy: 900, recordedAt: new Date('2026-11-01') } });
    await WaitlistEntryModel.create({ citizenId: id, courseId: 'basics', centerId: 'novokuznetsk-central', timeOfDay: 'any', status: 'enrolled', groupId: new Types.ObjectId(groupId), joinedAt: new Date('2026-11-01'), enrolledAt: new Date('2026-11-20') });
  }

  /** walk29 W29-15: a center closed for some days, in one step of /change. */
  describe('W29-15: /change → «Все группы центра»: a center closed for some days', () => {
    it('cancels every lesson of the center on those days, in every group; one message a person even in two groups; the librarians told of the one without a phone', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await librarian(30301, 'Анна', ['novokuznetsk-central']);
      const basics = await groupWithParticipants(t.clock.now(), [{ id: 30311 }, { id: 30312 }, { id: 30313, language: 'en' }], { lessonStarts: [at(1, 10), at(3, 10), at(8, 10)] });
      const gosuslugi = await groupWithParticipants(t.clock.now(), [{ id: 30314 }], { courseId: 'gosuslugi', lessonStarts: [at(2, 14), at(9, 14)] });
      await WaitlistEntryModel.create({ citizenId: 30311, courseId: 'gosuslugi', centerId: 'novokuznetsk-central', timeOfDay: 'any', status: 'enrolled', groupId: new Types.ObjectId(gosuslugi.groupId), joinedAt: new Date('2026-10-20'), enrolledAt: new Date('2026-11-20') });
      await noPhonePerson(-30315, 'Кузнецова Антонина Павловна', basics.groupId);
      // Another center's group on the same days: untouched.
      const other = await groupWithParticipants(t.clock.now(), [{ id: 30316 }], { centerId: 'kemerovo-regional', lessonStarts: [at(2, 10), at(4, 10)] });
      const anna = t.user({ id: 30301, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      await anna.press('🏢 Все группы центра: закрыт на несколько дней');
      expect(anna.lastText()).toMatch(/^Центр: Новокузнецк: .+\.\nВ какие дни он закрыт\? Выберите или напишите даты/);
      // Today has no lesson here: no button for it.
      expect(anna.buttonLabels()).toEqual(['Завтра: 1 декабря', 'На эту неделю: с 30 ноября по 6 декабря', 'На следующую неделю: с 7 по 13 декабря', 'Назад', 'Отмена']);
      await anna.text('29.11'); // yesterday, not next year (probe30 M1)
      expect(anna.lastText()).toBe('Эти дни уже прошли. Напишите сегодняшнюю или более позднюю дату.');
      await anna.text('5.12');
      expect(anna.lastText()).toBe('В эти дни у групп центра нет занятий. Напишите другие даты или нажмите «Назад».');
      await anna.text('01.12–03.12');
      expect(anna.lastText()).toMatch(
        /^Отменить 3 занятия в 2 группах с 1 по 3 декабря\?\nНовокузнецк: .+\nГруппы: «Основы компьютерной грамотности», «Госуслуги онлайн»\nКаждому человеку напишем один раз\. Получат сообщение: 4\.\nБез телефона: 1 — библиотекари центра получат напоминание сказать лично\.$/,
      );
      await anna.press('✓ Подтвердить');
      expect(anna.lastText()).toBe('Готово. Отменено занятий: 3. Участникам отправляются сообщения: 4. Без телефона: 1 — библиотекари центра получили напоминание сказать лично.');
      const status = async (groupId: string) => (await LessonModel.find({ groupId }).sort({ startsAt: 1 }).lean()).map((l) => l.status);
      expect(await status(basics.groupId)).toEqual(['cancelled', 'cancelled', 'scheduled']);
      expect(await status(gosuslugi.groupId)).toEqual(['cancelled', 'scheduled']);
      expect(await status(other.groupId)).toEqual(['scheduled', 'scheduled']);

      await deliverAll(t);
      const both = t.user({ id: 30311, first_name: 'Нина', language_code: 'ru' });
      expect(both.messages()).toHaveLength(1);
      expect(both.lastText()).toMatch(/^[^:\n]+ \(Новокузнецк\) не работает с 1 по 3 декабря\.\nЗанятия в эти дни отменены и не переносятся:\n/);
      expect(both.lastText()).toContain('• Основы компьютерной грамотности, 1 декабря, вторник, 10:00\n• Госуслуги онлайн, 2 декабря, среда, 14:00\n• Основы компьютерной грамотности, 3 декабря, четверг, 10:00\n');
      // What follows (walk31 W31-13): the lessons are not made up; her first lesson after, with its course when two go on.
      expect(both.lastText()).toContain('\nЗанятия продолжатся 8 декабря, вторник, 10:00 («Основы компьютерной грамотности»).\n');
      expect(both.lastText()).toMatch(/\nВопросы: \+7 /);
      expect(t.user({ id: 30312, first_name: 'Оля' }).messages()).toHaveLength(1);
      const english = t.user({ id: 30313, first_name: 'Tom', language_code: 'en' });
      expect(english.lastText()).toMatch(/^[^:\n]+ \(Novokuznetsk\) is closed from 1 to 3 December\.\nLessons on these days are cancelled \(not made up\):\n• Basic computer literacy, Tuesday 1 December, 10:00\n/);
      expect(english.lastText()).toContain('\nLessons resume on Tuesday 8 December, 10:00.\n');
      expect(english.lastText()).not.toMatch(/[А-Яа-яЁё]/);
      expect(t.user({ id: 30314, first_name: 'Петр' }).lastText()).toContain('• Госуслуги онлайн, 2 декабря, среда, 14:00\nЗанятия продолжатся 9 декабря, среда, 14:00.\n');
      expect(t.user({ id: 30316, first_name: 'Кемерово' }).messages()).toHaveLength(0);
      // The librarian: one line to tell her in person, what happened in it.
      expect(anna.lastText()).toMatch(/^📌 Центр не работает с 1 по 3 декабря \(Новокузнецк: .+\): занятия в эти дни отменены\.\nБез телефона, сказать лично: Кузнецова Антонина Павловна/);
      expect(t.errors).toEqual([]);
    });

    it('a week that holds every lesson left of a group cancels the group (said in the preview); Back at the days goes to the groups', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await librarian(30321, 'Анна', ['novokuznetsk-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 30331 }], { lessonStarts: [at(8, 10), at(10, 10)] });
      await groupWithParticipants(t.clock.now(), [{ id: 30332 }], { courseId: 'gosuslugi', lessonStarts: [at(2, 14), at(16, 14)] });
      const anna = t.user({ id: 30321, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      await anna.press('🏢 Все группы центра: закрыт на несколько дней');
      await anna.press('Назад');
      expect(anna.lastText()).toBe('Какую группу изменить?');
      await anna.press('🏢 Все группы центра: закрыт на несколько дней');
      await anna.press('На следующую неделю: с 7 по 13 декабря');
      expect(anna.lastText()).toMatch(/^Отменить 2 занятия в 1 группе с 7 по 13 декабря\?/);
      expect(anna.lastText()).toContain('Все оставшиеся занятия приходятся на эти дни, поэтому группа отменится, участники вернутся в очередь на прежние места: «Основы компьютерной грамотности».');
      await anna.press('✓ Подтвердить');
      expect((await ClassGroupModel.findById(groupId).lean())?.status).toBe('cancelled');
      expect((await WaitlistEntryModel.findOne({ citizenId: 30331 }).lean())?.status).toBe('waiting');
      await deliverAll(t);
      const nina = t.user({ id: 30331, first_name: 'Нина', language_code: 'ru' });
      expect(nina.messages()).toHaveLength(1);
      expect(nina.lastText()).toContain('Группа отменена: «Основы компьютерной грамотности». Вы снова в очереди на прежнем месте.');
      expect(t.user({ id: 30332, first_name: 'Петр' }).messages()).toHaveLength(0);
      expect(t.errors).toEqual([]);
    });

    it('a person without Telegram, with a phone: the librarian is asked to call her once, naming the days (one day: «1 декабря»)', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await librarian(30341, 'Анна', ['novokuznetsk-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 30351 }], { lessonStarts: [at(1, 10), at(3, 10)] });
      const entryId = await paperPerson(-30352, { name: 'Волков Пётр Семёнович', phone: '+79051234567', joinedAt: new Date('2026-10-01'), centerId: 'novokuznetsk-central' });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId) }, $unset: { activeKey: 1 } });
      const anna = t.user({ id: 30341, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      await anna.press('🏢 Все группы центра: закрыт на несколько дней');
      await anna.press('Завтра: 1 декабря');
      expect(anna.lastText()).toMatch(/^Отменить 1 занятие в 1 группе 1 декабря\?/);
      await anna.press('✓ Подтвердить');
      expect(anna.lastText()).toBe('Готово. Отменено занятий: 1. Участникам отправляются сообщения: 1. Без Телеграма: 1 — библиотекари центра получили список, кому позвонить.');
      await deliverAll(t);
      expect(anna.lastText()).toMatch(/^📞 Позвоните человеку без Телеграма: Волков Пётр Семёнович, телефон .+\.\nЦентр не работает 1 декабря \(Новокузнецк: .+\): занятия в эти дни отменены\.$/);
      expect(await CallTaskModel.countDocuments({ citizenId: -30352, kind: 'change', status: 'open' })).toBe(1);
      expect(t.user({ id: 30351, first_name: 'Нина' }).lastText()).toMatch(/^[^:\n]+ \(Новокузнецк\) не работает 1 декабря\.\n/);
      expect(t.errors).toEqual([]);
    });

    it('someone holding a seat offer in the group gets the offer again once, with the lessons left, and is counted once', async () => {
      const t = createTestBot({ clock: clock(), env: { ADMIN_IDS: '900' } });
      await librarian(30361, 'Анна', ['novokuznetsk-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 30371 }], { lessonStarts: [at(2, 14), at(4, 14), at(9, 14)] });
      await addToWaitlist(30372, { centerId: 'novokuznetsk-central', at: new Date('2026-11-20T03:00:00Z') });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers({ ttlHours: 240 }))).toBe(1);
      await deliverAll(t);
      const vera = t.user({ id: 30372, first_name: 'Вера', language_code: 'ru' });
      const before = vera.messages().length;
      const anna = t.user({ id: 30361, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/change');
      await anna.press('🏢 Все группы центра: закрыт на несколько дней');
      await anna.press('На эту неделю: с 30 ноября по 6 декабря');
      expect(anna.lastText()).toMatch(/^Отменить 2 занятия в 1 группе с 30 ноября по 6 декабря\?[\s\S]*Получат сообщение: 2\.$/);
      await anna.press('✓ Подтвердить');
      expect(anna.lastText()).toBe('Готово. Отменено занятий: 2. Участникам отправляются сообщения: 2.');
      await deliverAll(t);
      const again = vera.messages().slice(before);
      expect(again).toHaveLength(1);
      expect(again[0]!.text).toMatch(/^Центр закрыт по 6 декабря\. Место за вами\./); // not «Расписание группы изменилось» (fix31b)
      expect(again[0]!.text).toContain('9 декабря, среда, 14:00');
      expect(again[0]!.text).not.toContain('2 декабря, среда, 14:00');
      expect(t.user({ id: 30371, first_name: 'Нина' }).messages()).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });
  });
});

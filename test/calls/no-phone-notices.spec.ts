import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { groupWithParticipants } from '../reminders/fixtures.js';
import { librarian, paperPerson } from './fixtures.js';

describe('no-phone-notices', () => {
  /**
   * What the librarians are told about people with neither a phone nor Telegram (fix28d), in the words of the thing
   * told (helper fix29d, round 29).
   */
  useSampleDataPerTest();

  const CENTER = 'novokuznetsk-central';
  const THURSDAYS = [3, 10, 17, 24].map((d) => new Date(Date.UTC(2026, 11, d, 7))); // 14:00 in Novokuznetsk

  /** People with no phone, registered at the center and put in the group. */
  async function noPhoneIn(groupId: string, names: string[], now: Date) {
    const added = await registerWithoutTelegram(
      names.map((name) => ({ name, courseId: 'basics', centerId: CENTER, timeOfDay: 'any' as const, joinedAt: new Date('2026-10-06T03:00:00Z') })),
      { actorId: 900, now },
    );
    for (const r of added) {
      if (r.outcome !== 'added') throw new Error('not added');
      await WaitlistEntryModel.updateOne({ _id: r.entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: now }, $unset: { activeKey: 1 } });
    }
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: names.length, freeSeats: -names.length } });
  }

  /** People with no phone waiting at a center (registered at its desk). */
  async function noPhoneWaiting(centerId: string, names: string[]) {
    await registerWithoutTelegram(
      names.map((name, i) => ({ name, courseId: 'basics', centerId, timeOfDay: 'any' as const, joinedAt: new Date(Date.UTC(2026, 9, 10 + i, 3)) })),
      { actorId: 900, now: new Date('2026-10-10T03:00:00Z') },
    );
  }

  describe('librarians told about people with no phone', () => {
    it('W29-14: a shifted group of 4 lessons with 2 people to tell says «4 занятия»; 5 people are counted as people', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(7293, 'Марина', [CENTER]);
      const { groupId } = await groupWithParticipants(t.clock.now(), [], { lessonStarts: THURSDAYS });
      await noPhoneIn(groupId, ['Кузнецова Антонина', 'Орлова Нина'], t.clock.now());
      const staff = t.user({ id: 900, first_name: 'Координатор', language_code: 'ru' });
      await staff.text('/change');
      await staff.press('Сдвинуть всю группу');
      await staff.press('+7');
      await staff.press('✓ Подтвердить');
      await deliverAll(t);
      expect(t.telegram.messagesTo(7293).at(-1)!.text).toBe(
        '📌 Расписание группы изменилось: Основы компьютерной грамотности, занятия теперь по четвергам в 14:00, 4 занятия, с 10 декабря.\n' +
          'Без телефона, сказать лично: Кузнецова Антонина, Орлова Нина',
      );

      // Five of them: counted, and the lessons still four.
      await noPhoneIn(groupId, ['Алексеева Вера', 'Борисова Галина', 'Власова Дарья'], t.clock.now());
      await staff.text('/change');
      await staff.press('Сдвинуть всю группу');
      await staff.press('+7');
      await staff.press('✓ Подтвердить');
      await deliverAll(t);
      expect(t.telegram.messagesTo(7293).at(-1)!.text).toBe(
        '📌 Расписание группы изменилось: Основы компьютерной грамотности, занятия теперь по четвергам в 14:00, 4 занятия, с 17 декабря.\n' +
          'Без телефона, сказать лично: 5 человек',
      );
      expect(t.errors).toEqual([]);
    });

    it('W29-04: a seat digest counts the calls apart from the people to tell in person, in both languages; with nobody to call, 📌 and names', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')) });
      await librarian(7294, 'Ольга');
      await librarian(7295, 'Emily');
      await paperPerson(-(2 ** 49 + 294), { name: 'Смирнова Галина', phone: '+79052223301', joinedAt: new Date('2026-10-01T03:00:00Z') });
      await noPhoneWaiting('kemerovo-regional', ['Орлова Нина']);
      const olga = t.user({ id: 7294, first_name: 'Ольга', language_code: 'ru' });
      const emily = t.user({ id: 7295, first_name: 'Emily', language_code: 'en' });
      await emily.text('/calls'); // her app's language noted: notices in English
      await groupWithOffers(t.clock.now());
      await deliverAll(t);
      expect(olga.lastText()).toBe(
        '📞 Позвоните 1 человеку; 1 человеку без телефона скажите при встрече: им предложено место в группе «Основы компьютерной грамотности», Кемерово, Областная научная библиотека имени В. Д. Фёдорова.\n' +
          'Место держим до 26 ноября, четверг, 10:00. Телефоны и кнопки ответа — в списке звонков.',
      );
      expect(emily.lastText()).toMatch(/^📞 Please call 1 person; tell 1 person with no phone in person: they were offered a seat in "Basic computer literacy", /);

      // Two with no phone, nobody to dial.
      await noPhoneWaiting('kemerovo-regional', ['Волков Пётр', 'Белова Зоя']);
      await groupWithOffers(t.clock.now(), { lessonStarts: [new Date('2026-12-08T03:00:00Z')] });
      await deliverAll(t);
      expect(olga.lastText()).toMatch(/^📌 2 людям без телефона скажите при встрече: им предложено место в группе «Основы компьютерной грамотности», .*\nМесто держим до .*\. Имена и кнопки ответа — в списке звонков\.$/);
      expect(emily.lastText()).toMatch(/^📌 Tell 2 people with no phone in person: .* The names and answer buttons are in the call list\.$/s);
      expect(t.errors).toEqual([]);
    });

    it("W29-04: a broadcast's digest says whom to call and whom to tell in person", async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(7296, 'Анна', ['kemerovo-gogol']);
      await librarian(7297, 'Борис', ['kemerovo-gogol']);
      await paperPerson(-(2 ** 49 + 296), { name: 'Смирнова Галина', phone: '+79052223301', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-gogol' });
      await noPhoneWaiting('kemerovo-gogol', ['Орлова Нина']);
      await addToWaitlist(3296, { centerId: 'kemerovo-gogol' }); // someone with Telegram too
      const anna = t.user({ id: 7296, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/broadcast');
      await anna.press('Очереди центра');
      await anna.press('Все курсы');
      await anna.text('Библиотека в пятницу закрыта.');
      await anna.press('✓ Отправить');
      await deliverAll(t);
      expect(t.telegram.messagesTo(7297).at(-1)!.text).toBe(
        '📞 Позвоните 1 человеку; 1 человеку без телефона скажите при встрече. Что передать:\n«Библиотека в пятницу закрыта.»\nТелефоны — в списке.',
      );
      expect(t.errors).toEqual([]);
    });

    it('W29-04, W29-15: a hidden center: whom to call, whom to tell if met; the list says so', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(7298, 'Нина', ['belovo-central']);
      await paperPerson(-(2 ** 49 + 298), { name: 'Смирнова Галина', phone: '+79052223301', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'belovo-central' });
      await noPhoneWaiting('belovo-central', ['Волков Пётр']);
      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/centers');
      await olga.press('Белово: Центральная городская библиотека');
      await olga.press('⏸ Скрыть от жителей');
      await olga.press('⏸ Срок пока неизвестен');
      await deliverAll(t);
      const nina = t.user({ id: 7298, first_name: 'Нина', language_code: 'ru' });
      expect(nina.lastText()).toBe(
        '📞 Позвоните 1 человеку; 1 человеку без телефона скажите, если встретите: центр пока не принимает записи (Белово, Центральная городская библиотека). ' +
          'Предложите другой центр (место в очереди сохранится), подождать или выход из очереди.',
      );
      await nina.press('📋 Открыть список');
      expect(nina.lastText()).toContain('• Волков Пётр, нет телефона, скажите, если встретите');
      expect(t.errors).toEqual([]);
    });

    it('W29-06: /calls names the people to remind in person on a day with nobody to call, as the day\'s list does', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')) }); // 16:00 in Novokuznetsk
      await librarian(7299, 'Марина', [CENTER]);
      const { groupId } = await groupWithParticipants(new Date('2026-11-20T03:00:00Z'), []); // lessons on 1 and 3 December
      await noPhoneIn(groupId, ['Кузнецова Антонина'], new Date('2026-11-20T03:00:00Z'));
      const marina = t.user({ id: 7299, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/calls');
      expect(marina.lastText()).toContain('Сегодня (30 ноября) звонков перед занятиями нет.\nЗавтра (1 декабря): без телефона, напомнить лично: Кузнецова Антонина');
      expect(marina.buttonLabels()).toEqual([]);

      // Someone with a phone on that day too: the day's button, and its list names her; so does /calls (walk31 W31-04).
      await WaitlistEntryModel.updateOne(
        { _id: await paperPerson(-(2 ** 49 + 299), { name: 'Смирнова Галина', phone: '+79052223301', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: CENTER }) },
        { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: new Date('2026-11-20T03:00:00Z') }, $unset: { activeKey: 1 } },
      );
      await marina.text('/calls');
      expect(marina.lastText()).toContain('Завтра (1 декабря): без телефона, напомнить лично: Кузнецова Антонина');
      await marina.press('Завтра (1 декабря): 0 из 1');
      expect(marina.lastText()).toContain('Без телефона, напомнить лично: Кузнецова Антонина');
      expect(t.errors).toEqual([]);
    });
  });
});

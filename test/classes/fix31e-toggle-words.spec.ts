import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CenterModel } from '../../src/db/models/center.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { createGroup } from '../../src/domain/classes.js';
import { runCallListJob } from '../../src/jobs/calls/index.js';
import { TOGGLE_LABEL_MAX } from '../../src/bot/menus/toggle-label.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('fix31e-toggle-words', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await CenterModel.updateMany({}, { $set: { timeZone: 'Asia/Novokuznetsk' } });
    invalidateCatalog();
  });
  afterAll(() => done());

  const paperId = (n: number) => -(2 ** 49 + n);
  /** The bot's marks a screen reader reads out as shapes («белый квадратик», «галочка»). */
  const MARKS = /[☐▫✅✓✔☑]/u;
  const NAV = new Set(['⬅ Все звонки', '⬅ All calls', '💾 Сохранить', '💾 Save', 'Назад', 'Back']);

  /** Four people without Telegram (two of them namesakes but for the patronymic) in a group of `centerId` at 10:00 on 1 and 3 December (Kuzbass time). */
  async function groupOfFour(centerId: string) {
    const lessonStarts = [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')];
    const groupId = await createGroup(900, { courseId: 'basics', centerId, room: 'Зал 1', capacity: 10, lessonStarts, durationMinutes: 90 }, new Date('2026-11-20T03:00:00Z'));
    const people = [
      { id: paperId(31501), name: 'Кулешова Мария Александровна', phone: '+79231110001' },
      { id: paperId(31502), name: 'Иванова Анна', phone: '+79231110002' },
      { id: paperId(31503), name: 'Кулешова Мария Алексеевна', phone: '+79231110003' },
      { id: paperId(31504), name: 'Беляева Валентина Петровна', phone: '+79231110004' },
    ];
    for (const [i, p] of people.entries()) {
      const joinedAt = new Date(Date.UTC(2026, 9, 1 + i, 3));
      const entryId = await paperPerson(p.id, { ...p, joinedAt, centerId });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: joinedAt } });
    }
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: people.length, freeSeats: -people.length } });
  }

  const toggles = (labels: string[]) => labels.filter((l) => !NAV.has(l)).sort();
  const sorted = (labels: string[]) => [...labels].sort();

  describe('toggles beside people say their state in words (walk30 W30-15)', () => {
    it('fix31e W30-15: /calls and /attendance say «— позвонили» / «— на занятии» («called» / «present»), no marks; a long name shortened to fit a phone, namesakes whole', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')) }); // 16:00 in Kemerovo
      await librarian(31511, 'Галина Петровна', ['kemerovo-regional']);
      await librarian(31512, 'Kate Smith', ['kemerovo-regional']);
      await groupOfFour('kemerovo-regional');
      const galina = t.user({ id: 31511, first_name: 'Галина', language_code: 'ru' });
      const kate = t.user({ id: 31512, first_name: 'Kate', language_code: 'en' });

      // The calls before tomorrow's lesson: nothing beside a call not made yet, «— позвонили» once made.
      expect(await runCallListJob(t.deps)).toMatchObject({ lists: 2 }); // one a librarian
      await deliverAll(t);
      await galina.press('Отметить звонки');
      expect(galina.lastText()).toContain('Позвонили — нажмите на человека: рядом появится «позвонили». Ещё раз — снять отметку.');
      const [ru1, ru2, ru3, ru4] = ['10:00 Иванова Анна', '10:00 Кулешова Мария Александровна', '10:00 Кулешова Мария Алексеевна', '10:00 Беляева Валентина Петровна'];
      expect(toggles(galina.buttonLabels())).toEqual(sorted([ru1, ru2, ru3, ru4]));
      await galina.press(ru4);
      expect(galina.lastText()).toContain('сделано 1 из 4');
      // Too long with its state: the patronymic and the first name to initials, so the state is seen on a phone.
      expect(toggles(galina.buttonLabels())).toEqual(sorted([ru1, ru2, ru3, '10:00 Беляева В. П. — позвонили']));
      // Namesakes would both read «Кулешова М. А.»: they are said whole.
      await galina.press(ru2);
      expect(toggles(galina.buttonLabels())).toEqual(sorted([ru1, `${ru2} — позвонили`, ru3, '10:00 Беляева В. П. — позвонили']));
      await kate.text('/calls');
      await kate.press(/^Tomorrow \(1 December\)/);
      expect(kate.lastText()).toContain('Tap a person once you have called: it then says "called".');
      // In English the lines, each call made saying «— called» (walk31 W31-04), take two pages of 60 words; the namesake
      // on the next page still keeps both names whole.
      expect(toggles(kate.buttonLabels())).toEqual(sorted([ru1, `${ru2} — called`, '10:00 Беляева В. П. — called', 'Next ▶️']));
      await kate.press('Next ▶️');
      expect(toggles(kate.buttonLabels())).toContain(ru3);

      // Attendance, when the lesson has begun.
      t.clock.current = new Date('2026-12-01T04:00:00Z');
      for (const [user, lesson] of [
        [galina, /^1\. 1 декабря/],
        [kate, /^1\. Tuesday 1 December/],
      ] as const) {
        await user.text('/attendance');
        await user.press(/^(Основы компьютерной грамотности|Basic computer literacy)/);
        await user.press(lesson);
      }
      expect(galina.lastText()).toContain('Нажмите на имя каждого, кто пришёл: рядом появится «на занятии». Ещё раз — снять отметку.');
      expect(kate.lastText()).toContain('Tap the name of each person who came: it then says "present".');
      const [a1, a2, a3, a4] = ['Иванова Анна', 'Кулешова Мария Александровна', 'Кулешова Мария Алексеевна', 'Беляева Валентина Петровна'];
      expect(toggles(galina.buttonLabels())).toEqual(sorted([a1, a2, a3, a4]));
      await galina.press(a4);
      expect(toggles(galina.buttonLabels())).toEqual(sorted([a1, a2, a3, 'Беляева Валентина П. — на занятии']));
      await galina.press(a3);
      expect(toggles(galina.buttonLabels())).toEqual(sorted([a1, a2, `${a3} — на занятии`, 'Беляева Валентина П. — на занятии']));
      await kate.press(a1);
      expect(toggles(kate.buttonLabels())).toEqual(sorted([`${a1} — present`, a2, a3, a4]));

      // Every label in words, short enough for a phone.
      for (const user of [galina, kate]) {
        for (const message of user.messages()) {
          for (const label of (message.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text)) {
            if (!/Кулешова|Иванова/.test(label)) continue;
            expect(label).not.toMatch(MARKS);
            // Only the namesakes, said whole, are longer than a phone shows.
            if (!label.includes('Кулешова Мария Але')) expect(label.length).toBeLessThanOrEqual(TOGGLE_LABEL_MAX);
          }
        }
      }
    });

    it('fix31e W30-15: on a broadcast\'s call list a person without a phone, told in person, is «— сказали»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(31531, 'Анна', ['kemerovo-gogol']);
      await addToWaitlist(31532, { centerId: 'kemerovo-gogol' });
      await registerWithoutTelegram(
        [{ name: 'Степанова Клавдия', courseId: 'basics', centerId: 'kemerovo-gogol', timeOfDay: 'any', joinedAt: new Date('2026-10-06T03:00:00Z') }],
        { actorId: 900, now: t.clock.now() },
      );
      const anna = t.user({ id: 31531, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/broadcast');
      await anna.press('Очереди центра');
      await anna.press('Все курсы');
      await anna.text('Библиотека в пятницу закрыта.');
      await anna.press('✓ Отправить');
      await anna.press('📞 Кому позвонить');
      expect(anna.buttonLabels()).toContain('Степанова Клавдия');
      await anna.press('Степанова Клавдия');
      expect(anna.buttonLabels()).toContain('Степанова Клавдия — сказали');
      expect(t.errors).toEqual([]);
    });
  });
});

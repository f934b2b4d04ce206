import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { distinctLabels, statsSummary } from '../../src/bot/features/admin/stats-view.js';
import { createI18n } from '../../src/bot/i18n.js';
import { Types } from 'mongoose';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { svgToPng } from '../../src/charts/render.js';
import { statsChartSvg } from '../../src/charts/svg.js';
import { computeStats, reportFrom, weekStart } from '../../src/domain/stats.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('stats', () => {
  const NOW = new Date('2026-11-24T03:00:00Z'); // a Tuesday
  const DAY = 24 * 3600 * 1000;
  const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
  const LIBRARIAN = 700;
  let groupId: Types.ObjectId;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Анна', centerIds: ['novokuznetsk-central'], addedBy: 900 });
    // Kemerovo: 3 waiting (basics ×2, internet), Novokuznetsk: 1 waiting.
    await addToWaitlist(1, { at: daysAgo(2) });
    await addToWaitlist(2, { at: daysAgo(10) });
    await addToWaitlist(3, { at: daysAgo(20), courseId: 'internet' });
    await addToWaitlist(4, { at: daysAgo(3), centerId: 'novokuznetsk-central' });
    // Two enrolled at Novokuznetsk after waiting 10 and 20 days; one of them completed.
    const group = await ClassGroupModel.create({
      courseId: 'basics', centerId: 'novokuznetsk-central', room: '1', capacity: 10, timeOfDay: 'morning', librarianId: LIBRARIAN, createdAt: daysAgo(15),
    });
    groupId = group._id;
    for (const [id, joined, enrolled, status] of [[5, 30, 20, 'enrolled'], [6, 40, 20, 'completed']] as const) {
      const { entry } = await addToWaitlist(id, { at: daysAgo(joined), centerId: 'novokuznetsk-central' });
      await WaitlistEntryModel.updateOne(
        { _id: entry.id },
        { $set: { status, groupId, enrolledAt: daysAgo(enrolled), ...(status === 'completed' ? { completedAt: daysAgo(1) } : {}) } },
      );
      // Both took an offered seat: 6's row was closed before acceptedAt was kept (its outcome alone says so).
      await SeatOfferModel.create({ entryId: entry.id, groupId, offeredAt: daysAgo(enrolled + 1), outcome: 'accepted', ...(id === 5 ? { acceptedAt: daysAgo(enrolled) } : {}) });
    }
    // Two lessons marked: citizen 6 missed one of them. A third lesson not yet marked does not count.
    await LessonModel.create([
      { groupId, index: 1, startsAt: daysAgo(14), durationMinutes: 90, attendedIds: [5, 6], markedAt: daysAgo(14) },
      { groupId, index: 2, startsAt: daysAgo(7), durationMinutes: 90, attendedIds: [5], markedAt: daysAgo(7) },
      { groupId, index: 3, startsAt: daysAgo(1), durationMinutes: 90 },
    ]);
    // Three offers went out at Novokuznetsk (one per outbox message).
    const entries = await WaitlistEntryModel.find({ centerId: 'novokuznetsk-central' }).lean();
    await DeliveryModel.insertMany(
      entries.slice(0, 3).map((e, i) => ({ key: `offer:${e._id}:${i}`, citizenId: e.citizenId, message: '{}', notBefore: NOW, createdAt: NOW })),
    );
  });
  afterAll(() => done());

  describe('stats domain', () => {
    it('never shows two table rows that read the same, however long the names', () => {
      const labels = distinctLabels(['Кемерово: Библиотека имени Н. В. Гоголя', 'Кемерово: Библиотека имени А. С. Пушкина', 'Юрга: ЦГБ', 'Юрга: ЦГБ']);
      expect(new Set(labels).size).toBe(4);
      expect(labels[0]).toBe('Кемерово: Б…В. Гоголя');
      expect(labels.every((l) => l.length <= 23)).toBe(true);
      expect(labels.slice(2)).toEqual(['Юрга: ЦГБ', 'Юрга: ЦГБ 2']);
    });

    it('weeks start on Monday', () => {
      expect(weekStart(NOW).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    });

    it('counts waiting per center and course, weekly sign-ups, median wait, offers, no-shows, completions', async () => {
      const all = await computeStats({}, NOW);
      expect(all.totalWaiting).toBe(4);
      expect(all.waitingByCenter).toEqual([
        { centerId: 'kemerovo-regional', waiting: 3 },
        { centerId: 'novokuznetsk-central', waiting: 1 },
      ]);
      expect(all.waitingByCourse).toEqual([
        { courseId: 'basics', waiting: 3 },
        { courseId: 'internet', waiting: 1 },
      ]);
      expect(all.weeks).toHaveLength(8);
      expect(all.weeks.at(-1)).toEqual({ weekStart: '2026-11-23', signups: 0, enrollments: 0 });
      expect(all.weeks.reduce((s, w) => s + w.signups, 0)).toBe(6); // joined 2..40 days ago, all within 8 weeks
      expect(all.weeks.reduce((s, w) => s + w.enrollments, 0)).toBe(2);
      expect(all.medianWaitDays).toBe(15);
      expect(all.offers).toEqual({ made: 3, accepted: 2, pending: 0, rate: 2 / 3 });
      expect(all.attendance).toEqual({ expected: 4, absent: 1, noShowRate: 0.25 });
      expect(all.completions).toBe(1);

      const kemerovo = await computeStats({ centerIds: ['kemerovo-regional'] }, NOW);
      expect(kemerovo.totalWaiting).toBe(3);
      expect(kemerovo.offers.made).toBe(0);
      expect(kemerovo.attendance.expected).toBe(0);
    });

    it('says how many offers are still to be answered, apart from the accepted ones (walk s20 #34)', async () => {
      const offered = (await WaitlistEntryModel.findOne({ status: 'waiting', centerId: 'novokuznetsk-central' }).lean())!;
      await WaitlistEntryModel.updateOne({ _id: offered._id }, { $set: { status: 'offered' } });
      try {
        const report = await computeStats({}, NOW);
        expect(report.offers).toMatchObject({ made: 3, accepted: 2, pending: 1 });
        const i18n = createI18n('ru');
        const text = statsSummary({ t: (key: string, vars?: Record<string, string | number>) => i18n.t('ru', key, vars) } as never, report, { scopeName: '', timeZone: 'Asia/Novokuznetsk', centers: [], courses: [] });
        expect(text).toContain('Приняли место: 2 из 3 предложенных (67%), ещё ждут ответа: 1');
      } finally {
        await WaitlistEntryModel.updateOne({ _id: offered._id }, { $set: { status: 'waiting' } });
      }
    });

    it('renders the chart to a PNG without a browser', async () => {
      const png = await svgToPng(
        statsChartSvg({ barsTitle: 'Ждут <по> центрам', bars: [{ label: 'Кемерово & Co', value: 3 }], linesTitle: 'Недели', weekLabels: ['01.11', '08.11'], series: [{ label: 'a', color: '#000', values: [1, 2] }] }),
      );
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    });
  });

  describe('/stats', () => {
    it('shows a coordinator every center as a table and a chart, narrows to one center with a button, audits', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const coordinator = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      const viewsBefore = await AuditEntryModel.countDocuments({ actorId: 900, action: 'stats.view' }); // other tests' views, in any order
      await coordinator.text('/stats');
      const text = coordinator.lastText();
      expect(text).toContain('Статистика: все центры');
      // Each center named in full, as on every other staff screen, not by its street (walk s22 W22-28).
      expect(text).toContain('Ждут в очереди, по центрам:\nКемерово, Областная научная библиотека имени В. Д. Фёдорова: 3\n');
      expect(text).toContain('\nВсего ждут: 4\n');
      expect(text).toContain('Приняли место: 2 из 3 предложенных (67%)');
      expect(text).toContain('Пропуски занятий: 25% (не пришли 1 раз из 4 ожидаемых посещений)');
      expect(text).toContain('За 2026 год: закончили курс — 1, групп с занятиями — 1.');
      expect(text).toContain('Закончили курс за всё время: 1');
      expect(t.telegram.callsOf('sendPhoto')).toHaveLength(1);
      expect(t.telegram.callsOf('sendMessage').at(-1)!.payload.parse_mode).toBe('HTML');

      // One message (walk s22 W22-28): the tables and the totals together, no pages while it fits 4,096 characters.
      expect(text).not.toContain('Страница');
      // A course title too long for the column is its short name, not a cut title.
      expect(text).not.toMatch(/Основы компьютерной грам…/);
      expect(text).toMatch(/^(<pre>)?Курс +Ждут\nОсновы +3$/m);
      // The eight weeks, each by its Monday ("Неделя с 05.10").
      expect(text.match(/^(<pre>)?\d\d\.\d\d +\d+ +\d+(<\/pre>)?$/gm)).toHaveLength(8);
      expect(text).toMatch(/^<pre>Неделя с +Записи +Зачислены\n05\.10 /m);

      await coordinator.press('🏢 Выбрать центр');
      expect(coordinator.lastText()).toContain('Статистика: все центры'); // the picker changes only the buttons
      await coordinator.press(/^Новокузнецк: Центральная/);
      expect(coordinator.lastText()).toContain('Статистика: Новокузнецк: Центральная');
      expect(coordinator.lastText()).toContain('Всего ждут: 1');
      // A center where nobody waits: the total says 0, and no course table stands empty under its header.
      await coordinator.press('🏢 Выбрать центр');
      await coordinator.press(/^Юрга:/);
      expect(coordinator.lastText()).toContain('Всего ждут: 0');
      expect(coordinator.lastText()).not.toContain('по центрам:'); // no heading over an empty list
      expect(coordinator.lastText()).not.toMatch(/^(<pre>)?Курс +Ждут$/m);
      expect(t.telegram.callsOf('sendPhoto')).toHaveLength(3);
      expect(await AuditEntryModel.countDocuments({ actorId: 900, action: 'stats.view' })).toBe(viewsBefore + 3);
      expect(t.errors).toEqual([]);
    });

    it('says what the numbers mean: the wait in plain words, no "— (0 из 0)", the rest behind a button (walk s21 W21-17)', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      expect(olga.lastText()).toContain('Половина зачисленных ждала места не дольше 15 дней.');
      expect(olga.lastText()).not.toContain('медиана');
      await olga.press('❓ Что значат цифры');
      const explained = olga.lastText();
      expect(explained).toMatch(/^Что значат цифры:\n/);
      expect(explained).toContain('Неделя — дата её понедельника.');
      expect(explained).toContain('кому уже предложили место, те в строке «ещё ждут ответа»');
      expect(wordsOf(explained)).toBeLessThanOrEqual(60);
      expect(olga.buttonLabels()).toEqual(['Назад']);
      await olga.press('Назад');
      expect(olga.lastText()).toContain('Статистика: все центры');
      // A center where no lesson was marked: said in words.
      await olga.press('🏢 Выбрать центр');
      await olga.press(/^Кемерово: Областная/);
      expect(olga.lastText()).toContain('Пропуски занятий: отмеченных занятий ещё не было.');
      expect(olga.lastText()).not.toContain('0 из 0');

      const en = t.user({ id: LIBRARIAN, first_name: 'Anna', language_code: 'en' });
      await en.text('/stats');
      expect(en.lastText()).toContain('Half the enrolled waited at most 15 days.');
      await en.press('❓ What the numbers mean');
      expect(en.lastText()).toMatch(/^What the numbers mean:\n/);
      expect(t.errors).toEqual([]);
    });

    it('W31-14: a join dated after its enrolment (a clock change, an imported date) is no negative wait: «в день записи»', async () => {
      const t = createTestBot({ clock: new TestClock(NOW) });
      await StaffMemberModel.create({ _id: 31401, displayName: 'Нина', centerIds: ['yurga-central'], addedBy: 900 });
      const { entry } = await addToWaitlist(31402, { at: daysAgo(1), centerId: 'yurga-central' });
      try {
        await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { status: 'enrolled', enrolledAt: new Date(daysAgo(1).getTime() - 3 * 3600_000) } });
        const nina = t.user({ id: 31401, first_name: 'Нина', language_code: 'ru' });
        await nina.text('/stats');
        // The one enrolled got a place that day: all of them, not «Половина» (walk34 W34-11).
        expect(nina.lastText()).toContain('Все зачисленные получили место в день записи.');
      } finally {
        // The other tests count every center's people.
        await WaitlistEntryModel.deleteOne({ _id: entry.id });
      }
    });

    it('W34-11: words each share of the wait as it is (all, more than half, half) and never rounds a share to 0 % or 100 % it is not', () => {
      const i18n = createI18n('ru');
      const summary = (waitDays: number[], offers: { made: number; accepted: number } = { made: 0, accepted: 0 }, locale: 'ru' | 'en' = 'ru') => {
        const counts = {
          waitingByCourse: {}, signups: [], enrollments: [], waitDays, enrolledEver: offers.accepted, offersMade: offers.made,
          completions: 0, expected: 0, absent: 0,
        };
        const report = reportFrom({ computedAt: NOW.toISOString(), weekStarts: [], centers: { c: counts } }, {});
        const t = (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
        return statsSummary({ t } as never, report, { scopeName: '', timeZone: 'Asia/Novokuznetsk', centers: [], courses: [] }).split('\n');
      };
      expect(summary([])[0]).toBe('Ожидание до зачисления: пока некого считать.');
      expect(summary([0])[0]).toBe('Все зачисленные получили место в день записи.');
      expect(summary([0, 0, 0])[0]).toBe('Все зачисленные получили место в день записи.');
      expect(summary([3, 3])[0]).toBe('Все зачисленные ждали места не дольше 3 дней.');
      expect(summary([0, 0, 5])[0]).toBe('Больше половины зачисленных получили место в день записи.');
      expect(summary([2, 2, 2, 9])[0]).toBe('Больше половины зачисленных ждали места не дольше 2 дней.');
      expect(summary([1, 3])[0]).toBe('Половина зачисленных ждала места не дольше 2 дней.');
      expect(summary([0, 1])[0]).toBe('Половина зачисленных ждала места не дольше 0,5 дня.');
      expect(summary([0], { made: 0, accepted: 0 }, 'en')[0]).toBe('All the enrolled got a seat in less than a day.');
      expect(summary([0, 0, 5], { made: 0, accepted: 0 }, 'en')[0]).toBe('More than half the enrolled got a seat in less than a day.');
      expect(summary([1, 3], { made: 0, accepted: 0 }, 'en')[0]).toBe('Half the enrolled waited at most 2 days.');
      // Shares in per cent: 199 of 200 is not everyone, 1 of 300 is not nobody.
      expect(summary([0], { made: 200, accepted: 199 })[1]).toBe('Приняли место: 199 из 200 предложенных (99%)');
      expect(summary([0], { made: 300, accepted: 1 })[1]).toBe('Приняли место: 1 из 300 предложенных (1%)');
      expect(summary([0], { made: 3, accepted: 3 })[1]).toBe('Приняли место: 3 из 3 предложенных (100%)');
      expect(summary([0], { made: 3, accepted: 0 })[1]).toBe('Приняли место: 0 из 3 предложенных (0%)');
    });

    it('shows a librarian only their centers and refuses another center by forged data', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/stats');
      expect(anna.lastText()).toContain('Статистика: мои центры');
      expect(anna.lastText()).toContain('Всего ждут: 1');
      expect(anna.lastText()).not.toContain('Кемерово');
      expect(anna.buttonLabels()).not.toContain('🏢 Выбрать центр'); // one center: nothing to choose

      // The coordinator's real buttons (the picker's Kemerovo, the all-centers table), replayed by the librarian.
      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      await olga.press('🏢 Выбрать центр');
      const kemerovo = (olga.messages().at(-1)!.reply_markup!.inline_keyboard.flat().find((b) => b.text.startsWith('Кемерово: Областная')) as { callback_data: string }).callback_data;
      const photos = t.telegram.callsOf('sendPhoto').length;
      const sent = anna.messages().length;
      await anna.pressData(kemerovo);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      // A stats payload forged for Kemerovo is refused before anything is read.
      await anna.pressData('st/0/0/kemerovo-regional/h0000');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload).toMatchObject({ text: 'Не найдено или нет доступа.', show_alert: true });
      expect(anna.messages().map((m) => m.text ?? '').join('\n')).not.toContain('Кемерово');
      expect(t.telegram.callsOf('sendPhoto')).toHaveLength(photos);
      expect(anna.messages().length).toBeLessThanOrEqual(sent);
      expect(t.errors).toEqual([]);
    });

    it('refuses a citizen, on the command and on replayed staff callback data', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const citizen = t.user({ id: 1, first_name: 'Иван', language_code: 'ru' });
      await citizen.text('/stats');
      expect(citizen.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      const olga = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/stats');
      const real = olga.messages().at(-1)!.reply_markup!.inline_keyboard.flat().map((b) => (b as { callback_data: string }).callback_data);
      await olga.press('🏢 Выбрать центр');
      real.push(...olga.messages().at(-1)!.reply_markup!.inline_keyboard.flat().map((b) => (b as { callback_data: string }).callback_data));
      expect(real.length).toBeGreaterThan(10);
      const photos = t.telegram.callsOf('sendPhoto').length;
      for (const data of real) {
        await citizen.pressData(data);
        const answer = t.telegram.callsOf('answerCallbackQuery').at(-1)!;
        expect(answer.payload).toMatchObject({ text: 'Эта команда только для сотрудников библиотеки.', show_alert: true });
      }
      await citizen.pressData('st:all'); // the data before the menus
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует. Чтобы продолжить, выберите нужное кнопками внизу экрана.');
      expect(t.telegram.callsOf('sendPhoto')).toHaveLength(photos);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { createGroupRequest } from '../../src/domain/partners/requests.js';
import { runCallListJob } from '../../src/jobs/calls/index.js';
import type { Locale } from '../../src/notify/notifier.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { excelCsv1251, HEADER_RU } from '../import/files.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { partnerWithLink } from '../partners/fixtures.js';

describe('staff-words', () => {
  /**
   * Issue 16.4: staff screens are read on a phone too. A librarian of three
   * centers, a coordinator and a partner's representative open every screen that
   * grows with data, with a realistic amount of it, in both languages; no message
   * (or page of one) may be over 60 words, counted as a person counts them.
   */

  const NOW = new Date('2026-11-30T09:00:00Z'); // 16:00 in Kuzbass: the daily call list is due
  const COORDINATOR = 900;
  const LIBRARIAN = { ru: 7201, en: 7202 } as const;
  const REPRESENTATIVE = { ru: 7301, en: 7302 } as const;
  const CENTERS = ['kemerovo-regional', 'kemerovo-gogol', 'belovo-central'];
  const OTHER_CENTERS = ['novokuznetsk-central', 'tashtagol-central', 'yurga-central', 'mariinsk-central'];
  const COURSES = ['basics', 'internet', 'gosuslugi', 'job-search', 'safe-internet'];
  const paperId = (n: number) => -(2 ** 49 + n);
  const FIRST = ['Мария', 'Анна', 'Ольга', 'Татьяна', 'Галина', 'Валентина', 'Нина', 'Людмила', 'Зинаида', 'Тамара', 'Вера', 'Лидия', 'Раиса'];
  const LAST = ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова', 'Васильева', 'Соколова', 'Михайлова', 'Новикова', 'Фёдорова', 'Морозова', 'Волкова'];
  const nameOf = (i: number) => `${LAST[i % LAST.length]} ${FIRST[(i * 7) % FIRST.length]}`;

  /** Mondays and Wednesdays at 10:00 local from Wednesday 2 December (`days` later), `n` lessons. */
  function lessons(n: number, days = 0): Date[] {
    const starts: Date[] = [];
    for (let week = 0; starts.length < n; week++) {
      for (const day of [2, 7]) if (starts.length < n) starts.push(new Date(Date.UTC(2026, 11, day + days + 7 * week, 3)));
    }
    return starts;
  }

  /** A group with these people enrolled (negative ids: people without Telegram). */
  async function enrolledGroup(courseId: string, centerId: string, people: number[], starts: Date[], room = 'Зал 1') {
    const groupId = await createGroup(COORDINATOR, { courseId, centerId, room, capacity: 12, lessonStarts: starts, durationMinutes: 90 }, NOW);
    for (const id of people) {
      const joinedAt = new Date(Date.UTC(2026, 9, 1 + (Math.abs(id) % 28), 3));
      const name = nameOf(Math.abs(id));
      const entryId = id < 0 ? await paperPerson(id, { name, phone: `+7923${String(Math.abs(id) % 10_000_000).padStart(7, '0')}`, joinedAt, centerId, courseId }) : (await addToWaitlist(id, { name, centerId, courseId, at: joinedAt })).entry.id;
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: joinedAt } });
    }
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: people.length, freeSeats: -people.length } });
    return groupId;
  }

  let done: () => Promise<void>;
  const seen: Record<Locale, Array<{ who: string; screen: string; text: string }>> = { ru: [], en: [] };

  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    for (const locale of ['ru', 'en'] as const) await librarian(LIBRARIAN[locale], locale === 'ru' ? 'Анна Петровна' : 'Anna Petrovna', CENTERS);
    // Six more librarians, of two or three centers each: /staff grows.
    for (let i = 0; i < 6; i++) await librarian(7210 + i, `${FIRST[i]} ${LAST[i]}`, [CENTERS[i % 3]!, OTHER_CENTERS[i % 4]!, ...(i % 2 ? [OTHER_CENTERS[(i + 1) % 4]!] : [])]);

    // 14 groups: 9 at the librarian's three centers, 5 elsewhere; the first has 12 people (6 without Telegram), lessons tomorrow.
    const roster = Array.from({ length: 12 }, (_, i) => (i % 2 ? 5000 + i : paperId(i + 1)));
    await enrolledGroup('basics', 'kemerovo-regional', roster, [new Date('2026-12-01T03:00:00Z'), ...lessons(11)], 'Компьютерный класс');
    // Eight more without Telegram at the Gogol library tomorrow: the daily call list cannot show everyone.
    await enrolledGroup('internet', 'kemerovo-gogol', Array.from({ length: 8 }, (_, i) => paperId(40 + i)), [new Date('2026-12-01T04:00:00Z'), ...lessons(7)], 'Читальный зал');
    for (let i = 1; i < 14; i++) {
      const centerId = i < 9 ? CENTERS[i % 3]! : OTHER_CENTERS[i % 4]!;
      await enrolledGroup(COURSES[i % 5]!, centerId, [6000 + i * 10, 6001 + i * 10, 6002 + i * 10], lessons(8, i % 6), `Зал ${i}`);
    }

    // Seven people without Telegram wait for "Интернет" at the regional library; a group of 7 offers them seats: seven call tasks.
    for (let i = 0; i < 7; i++) await paperPerson(paperId(100 + i), { name: nameOf(100 + i), phone: `+7913555${String(1000 + i)}`, joinedAt: new Date(Date.UTC(2026, 8, 1 + i, 3)), courseId: 'internet' });
    const offered = await createGroup(COORDINATOR, { courseId: 'internet', centerId: 'kemerovo-regional', room: 'Зал 7', capacity: 7, lessonStarts: lessons(12, 7), durationMinutes: 90 }, NOW);
    await offerFreeSeats(offered, NOW, testOffers());

    // Namesakes for /forgetperson: eight people called Иванова waiting at the librarian's centers.
    for (let i = 0; i < 8; i++) await addToWaitlist(8000 + i, { name: `Иванова ${FIRST[i]}`, centerId: CENTERS[i % 3], courseId: COURSES[i % 5], at: new Date(Date.UTC(2026, 9, 10 + i, 3)) });

    // A partner with a representative in each language, nine referrals and two requests for groups.
    const partner = await partnerWithLink({ name: 'Городская больница № 3', centerIds: ['kemerovo-regional', 'kemerovo-gogol'] }, REPRESENTATIVE.ru);
    await PartnerRepresentativeModel.create({ _id: REPRESENTATIVE.en, partnerId: partner.id, addedBy: COORDINATOR, addedAt: NOW, displayName: 'Olga' });
    for (let i = 0; i < 9; i++) await addToWaitlist(8100 + i, { name: nameOf(200 + i), partnerId: partner.id, courseId: COURSES[i % 5], centerId: CENTERS[i % 2], at: new Date(Date.UTC(2026, 10, 1 + i, 3)) });
    const requests: string[] = [];
    // A request with a note as long as a note can be (500 characters): the card cuts it, a button sends it whole.
    await createGroupRequest(REPRESENTATIVE.ru, partner.id, { courseId: 'internet', people: 6, centerIds: ['kemerovo-regional'], weekdays: [2], timesOfDay: ['afternoon'], note: LONG_NOTE }, NOW, [COORDINATOR]);
    for (const courseId of ['basics', 'gosuslugi']) {
      requests.push((await createGroupRequest(REPRESENTATIVE.ru, partner.id, { courseId, people: 8, centerIds: ['kemerovo-regional', 'kemerovo-gogol'], weekdays: [1, 3], timesOfDay: ['morning'], note: 'Люди после инсульта, нужен первый этаж.' }, NOW, [COORDINATOR]))!);
    }
    // Four groups opened earlier for the partner's requests: the representative's /groups grows.
    for (let i = 0; i < 4; i++) {
      const closedFor = { partnerId: partner.id, requestId: requests[i % 2]! };
      await createGroup(COORDINATOR, { courseId: COURSES[i]!, centerId: CENTERS[i % 2]!, room: `Кабинет ${i + 1}`, capacity: 8, lessonStarts: lessons(8, i), durationMinutes: 90, closedFor }, NOW);
    }

    const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: `${COORDINATOR},${COORDINATOR + 1}` } });
    await walkStaffScreens(t);
    if (t.errors.length) throw new Error(t.errors.join('\n'));
  }, 180_000);
  afterAll(() => done());

  /** Every staff screen that grows with data, as each role opens it in each language, pressing the buttons a person would. */
  async function walkStaffScreens(t: TestBot) {
    const staff = (['ru', 'en'] as const).map((locale) => ({
      locale,
      coordinator: t.user({ id: COORDINATOR + (locale === 'ru' ? 0 : 1), first_name: 'Мария', language_code: locale }),
      anna: t.user({ id: LIBRARIAN[locale], first_name: 'Анна', language_code: locale }),
      rep: t.user({ id: REPRESENTATIVE[locale], first_name: 'Ольга', language_code: locale }),
    }));
    const readers = new Map<number, { who: string; locale: Locale }>();
    for (const s of staff) for (const who of ['coordinator', 'anna', 'rep'] as const) readers.set(s[who].id, { who: who === 'anna' ? 'librarian' : who === 'rep' ? 'representative' : who, locale: s.locale });
    let screen = '';
    let from = t.telegram.calls.length;
    const collect = () => {
      for (const call of t.telegram.calls.slice(from)) {
        const p = call.payload;
        const reader = readers.get(Number(p.chat_id));
        if (!reader || !['sendMessage', 'editMessageText', 'sendPhoto', 'sendDocument'].includes(call.method)) continue;
        for (const text of [p.text, p.caption]) if (typeof text === 'string' && text) seen[reader.locale].push({ who: reader.who, screen, text });
      }
      from = t.telegram.calls.length;
    };
    const step = async (name: string, walk: () => Promise<unknown>) => {
      screen = name;
      await walk();
      collect();
    };

    for (const s of staff) for (const user of [s.coordinator, s.anna, s.rep]) await user.text('/start');
    from = t.telegram.calls.length;
    // Sent to every librarian of the center at once (and the list once a day): both languages in one go.
    // Staff notices come in the bot's default language (src/outbox/recipients.ts), Russian here.
    await step('call tasks', () => deliverAll(t));
    await step('daily call list', async () => {
      await runCallListJob(t.deps);
      await deliverAll(t);
      for (const s of staff) {
        await s.anna.press(t.i18n.t('ru', 'calls-list-mark'));
        await s.anna.press(t.i18n.t(s.locale, 'page-next')); // the list in the menu is paged by words too
      }
    });

    for (const { locale, coordinator, anna, rep } of staff) {
      const label = (key: string, vars?: Record<string, string | number>) => t.i18n.t(locale, key, vars);
      /** Presses Next while there is one (every page is read). */
      const allPages = async (user: TestUser) => {
        for (const next of [label('page-next'), label('desk-forget-next')]) {
          for (let i = 0; i < 30 && user.buttonLabels().includes(next); i++) await user.press(next);
        }
      };
      await step('help', async () => {
        await coordinator.text('/help');
        await anna.text('/help');
        await rep.text('/help');
      });
      for (const [who, user] of [['librarian', anna], ['coordinator', coordinator]] as const) {
        await step(`classes (${who})`, async () => {
          await user.text('/classes');
          await allPages(user);
          await user.text('/classes'); // the first page again, for the roster below
        });
        await step(`roster (${who})`, async () => {
          await user.press(/: 12 (из|of) 12$/); // the full group of 12 people (on the first page: its center comes second)
          await allPages(user);
        });
        await step(`calls (${who})`, async () => {
          await user.text('/calls');
          await allPages(user);
          await user.text('/calls');
          await user.press(new RegExp(`^${escape(label('calls-btn-answer', { name: '' }))}`));
        });
        await step(`forgetperson (${who})`, async () => {
          await user.text('/forgetperson');
          await user.text('Иванова');
          await allPages(user);
          await user.text('/cancel');
        });
        await step(`requests (${who})`, () => user.text('/requests'));
        await step(`stats (${who})`, async () => {
          await user.text('/stats');
          await allPages(user);
        });
        await step(`attendance (${who})`, () => user.text('/attendance'));
      }
      await step('staff', async () => {
        await coordinator.text('/staff');
        await allPages(coordinator);
      });
      await step('centers', async () => {
        await coordinator.text('/centers');
        await allPages(coordinator);
        await coordinator.text('/centers');
        await coordinator.press(/Фёдорова|Fedorov/); // the card of the center with the longest name
      });
      await step('change', async () => {
        await anna.text('/change');
        await anna.press(/.+/);
        await anna.press(/.+/);
        await anna.text('/cancel');
      });
      await step('request card', async () => {
        await anna.text('/requests');
        await anna.press(/.+/); // the oldest: the one with the long note
        await anna.press(label('prt-req-btn-note'));
      });
      await step('attendance marks', async () => {
        await anna.text('/attendance');
        await anna.press(/.+/);
        await anna.press(/.+/);
      });
      await step('newclass preview', async () => {
        await anna.text('/newclass');
        await anna.press(/.+/); // the first course
        await anna.press(/.+/); // the first center
        await anna.press(/.+/); // the first day offered
        await anna.press(label('cls-pattern-weekly'));
        await anna.press(label('cls-weekday-0'));
        await anna.press(label('cls-weekday-2'));
        await anna.press(label('cls-done'));
        await anna.text('10:00');
        await anna.text('12');
        await anna.press('90');
        await anna.text('Зал 3');
        await anna.text('12');
        await anna.text('/cancel');
      });
      await step('import preview', async () => {
        await coordinator.text('/import');
        await coordinator.document(messyList(), 'очередь.csv');
        await coordinator.press(label('imp-consent-yes'));
        await coordinator.text('/cancel');
      });
      await step('partners', async () => {
        await coordinator.text('/partners');
        await coordinator.press(/больница|hospital/i);
      });
      await step('referrals', async () => {
        await rep.text('/referrals');
        await allPages(rep);
      });
      await step('groups (representative)', async () => {
        await rep.text('/groups');
        await allPages(rep);
      });
    }
  }

  /** A partner's note of 500 characters (what the request form allows), in short words: about 80 of them. */
  const LONG_NOTE = 'Нам нужна группа для людей после инсульта. Многие плохо ходят, нужен первый этаж или лифт, и стулья с подлокотниками. Двое плохо слышат: пусть преподаватель говорит громко и медленно. У троих нет своего телефона, они придут с родными. Лучше днём, после обеда, когда ходит автобус. Мы можем привезти людей на нашей машине, если занятие в одном месте. Просим не ставить занятия на пятницу: в этот день у нас процедуры. Если группа будет, позвоните нашей медсестре, она всё расскажет. Спасибо вам за помощь, это очень важно для нас и наших людей. До встречи.'.slice(0, 500);

  /** A paper list typed in a hurry: 20 rows, 12 of them with a phone nobody can read. */
  const messyList = () =>
    excelCsv1251([
      HEADER_RU,
      ...Array.from({ length: 20 }, (_, i) => [String(i + 1), nameOf(300 + i), i % 5 < 3 ? '12-34' : `8 923 555-${String(10 + i)}-00`, 'Основы компьютерной грамотности', 'Белово, Центральная городская библиотека', '1.11.26', '', '']),
    ]);

  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  describe('what staff read, on every screen that grows with data', () => {
    it.each(['ru', 'en'] as const)('the walk reached every screen (%s)', (locale) => {
      const screens = new Set(seen[locale].map((s) => s.screen));
      expect([...screens].sort()).toEqual(
        [
          'help', 'call tasks', 'daily call list', 'staff', 'centers', 'partners', 'referrals', 'groups (representative)', 'request card', 'attendance marks', 'change', 'newclass preview', 'import preview',
          ...['librarian', 'coordinator'].flatMap((who) => ['classes', 'roster', 'calls', 'forgetperson', 'requests', 'stats', 'attendance'].map((s) => `${s} (${who})`)),
        ].sort(),
      );
    });

    it('has data enough to need pages: every paged screen showed a second page', () => {
      // /calls is not here: its open calls fill one message before they page (walk s22 W22-33, test/calls/call-screen.spec.ts).
      // Nor /referrals: ten people a page, read down as /calls is (walk31 W31-07).
      const paged = ['classes (librarian)', 'classes (coordinator)', 'roster (librarian)', 'staff', 'groups (representative)', 'daily call list'];
      for (const screen of paged) expect([screen, seen.ru.some((s) => s.screen === screen && s.text.includes('Страница 2 из'))]).toEqual([screen, true]);
      expect(seen.en.some((s) => s.screen === 'classes (coordinator)' && s.text.includes('Page 2 of'))).toBe(true);
      expect(new Set(seen.ru.filter((s) => s.screen === 'forgetperson (librarian)' && s.text.startsWith('Найдено')).map((s) => s.text)).size).toBeGreaterThan(1);
    });

    it('a request card cuts a long note and sends it whole on a button', () => {
      for (const locale of ['ru', 'en'] as const) {
        const texts = seen[locale].filter((s) => s.screen === 'request card').map((s) => s.text);
        expect(texts.some((t) => t.includes('Нам нужна группа для людей после инсульта.') && t.includes(' …'))).toBe(true);
        expect(texts.some((t) => t.endsWith(LONG_NOTE))).toBe(true);
      }
    });

    it('the daily call list shows the calls that fit and sends the rest to /calls', () => {
      const list = seen.ru.find((s) => s.screen === 'daily call list')!.text;
      expect(list).toContain('Читальный зал, Кемерово, Библиотека имени Н. В. Гоголя:\n• 11:00 ');
      expect(list).toMatch(/…и ещё \d+: команда \/calls$/);
    });

    it.each(['ru', 'en'] as const)('no staff message or page is over 60 words (%s)', (locale) => {
      // The exceptions: a partner's own note, sent whole on request (their words, not the bot's); /calls's list of
      // open calls, a list to phone down with every name and phone on one screen (walk s22 W22-33); and /stats, a
      // report of figures kept in one message, its tables' numbers and the glossed totals together (walk s22 W22-28).
      const listOfCalls = (s: { screen: string; text: string }) => s.screen.startsWith('calls (') && /^📞 (Кому позвонить: бот не может им написать|Whom to call: the bot cannot write to them)\n/.test(s.text);
      const statsReport = (s: { screen: string; text: string }) => s.screen.startsWith('stats (') && /^<b>📊 /.test(s.text);
      // A partner's /referrals: ten people a page, a list read down like /calls's (walk31 W31-07: three took two pages).
      const referrals = (s: { screen: string; text: string }) => s.screen === 'referrals' && /^(Направленные организацией|Referred by) /.test(s.text);
      const long = seen[locale]
        .filter((s) => wordsOf(s.text) > 60 && !s.text.endsWith(LONG_NOTE) && !listOfCalls(s) && !statsReport(s) && !referrals(s))
        .map((s) => `${s.who}, ${s.screen} (${wordsOf(s.text)}): ${s.text}`);
      expect(long).toEqual([]);
    });

    it('/stats is one message: the centers, courses, weeks and totals without pages', () => {
      const stats = seen.ru.filter((s) => s.screen === 'stats (coordinator)' && s.text.startsWith('<b>📊 '));
      expect(stats.length).toBeGreaterThan(0);
      for (const s of stats) expect(s.text).not.toContain('Страница');
      expect(stats[0]!.text).toContain('Всего ждут: 17');
      expect(stats[0]!.text).toContain('Данные на');
    });

    it('/calls shows the seven open calls on one screen', () => {
      const calls = seen.ru.filter((s) => s.screen === 'calls (librarian)' && s.text.includes('Ждут ответа: 7 предложений места.'));
      expect(calls.length).toBeGreaterThan(0);
      for (let i = 0; i < 7; i++) expect(calls[0]!.text).toContain(nameOf(100 + i));
    });
  });

  /** Run with STAFF_WORDS=1 to print the longest text of every screen (the numbers in the report). */
  afterAll(() => {
    if (!process.env.STAFF_WORDS) return;
    for (const locale of ['ru', 'en'] as const) {
      const most = new Map<string, number>();
      for (const s of seen[locale]) most.set(`${s.who}: ${s.screen}`, Math.max(most.get(`${s.who}: ${s.screen}`) ?? 0, wordsOf(s.text)));
      console.log(`${locale}\n${[...most].map(([k, v]) => `  ${v}\t${k}`).join('\n')}`);
      const shown = process.env.STAFF_WORDS.split(',').slice(1);
      for (const s of seen[locale]) if (shown.some((name) => s.screen.startsWith(name))) console.log(`${s.who}, ${s.screen} (${wordsOf(s.text)}):\n${s.text}`);
    }
  });
});

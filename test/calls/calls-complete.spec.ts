import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import { BroadcastModel } from '../../src/db/models/broadcast.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { broadcastCallNotices, centerCallNotices, changeCallNotices } from '../../src/domain/call-digests.js';
import { createGroup } from '../../src/domain/classes.js';
import { LIST_DAYS } from '../../src/domain/open-call-lists.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { paperPerson } from './fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('calls-complete', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T12:35:00Z');
  const CENTER = 'kiselyovsk-central';
  /** The second test's center: each test counts its own lists. */
  const MINE = 'mezhdurechensk-central';

  /** The chat's message with this id as it reads now (edits applied). */
  const messageOf = (user: TestUser, id: number): Message => user.messages().find((m) => m.message_id === id)!;
  const buttonsOf = (user: TestUser, id: number) => (messageOf(user, id).reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
  /** Presses a button of one given message (not the newest). */
  async function pressOn(user: TestUser, id: number, label: RegExp) {
    const message = messageOf(user, id);
    const button = (message.reply_markup?.inline_keyboard ?? []).flat().find((b) => label.test(b.text));
    if (!button || !('callback_data' in button)) throw new Error(`No button ${String(label)} on message ${id}`);
    await user.pressData(button.callback_data, message);
  }

  /** Two people without Telegram at the center, on a schedule change's list, a broadcast's and the center closing's. */
  async function threeLists(base: number, center = CENTER) {
    const ids = [-(2 ** 49 + base + 1), -(2 ** 49 + base + 2)];
    await paperPerson(ids[0]!, { name: 'Бумажная Ева', phone: `+7913555${base + 1}`, joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: center });
    await paperPerson(ids[1]!, { name: 'Бумажный Яков', phone: `+7913555${base + 2}`, joinedAt: new Date('2026-10-02T03:00:00Z'), courseId: 'internet', centerId: center });
    const groupId = await createGroup(900, { courseId: 'gosuslugi', centerId: center, room: 'Зал', capacity: 4, lessonStarts: [new Date('2026-12-03T10:00:00Z')], durationMinutes: 90 }, NOW);
    const hex = (n: number) => n.toString(16).padStart(24, '0');
    await changeCallNotices({ id: hex(base + 10), kind: 'move-lesson', groupId, centerId: center, actorId: 900, now: NOW }, ids, async () => ({}));
    const text = 'Завтра библиотека закрыта на санитарный день, занятия переносятся на пятницу';
    const broadcast = await BroadcastModel.create({ authorId: 900, audience: { kind: 'center-waiting', centerId: center }, text, recipients: 1, createdAt: NOW });
    await broadcastCallNotices({ id: String(broadcast._id), authorId: 900, text, now: NOW }, [{ citizenId: ids[0]!, centerId: center }]);
    await centerCallNotices('closure', { id: hex(base + 20), centerId: center, actorId: 900, now: NOW }, [ids[1]!]);
  }

  /** Task28 fixF: schedule-change, broadcast and closure call lists opened only from their own message. */
  describe('/calls lists every open call list (task28 fixF)', () => {
    it('a schedule change\'s, a broadcast\'s and a closed center\'s lists, a line and a button each, in the reader\'s language; a list done leaves', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 6201, displayName: 'Лара', centerIds: [CENTER], addedBy: 900 },
        { _id: 6202, displayName: 'Emma', centerIds: [CENTER], addedBy: 900, language: 'en' },
        { _id: 6203, displayName: 'Зина', centerIds: ['leninsk-central'], addedBy: 900 },
      ]);
      await threeLists(6200);

      const lara = t.user({ id: 6201, first_name: 'Лара', language_code: 'ru' });
      await lara.text('/calls');
      const text = lara.lastText();
      // The title is true for those who blocked the bot too.
      expect(text).toMatch(/^📞 Кому позвонить: бот не может им написать\n/);
      expect(text).toContain('Изменилось расписание групп. Позвонить: 2 людям.');
      expect(text).toContain('Рассылки, которые нужно передать по телефону. Позвонить: 1 человеку.');
      expect(text).toContain('Центр не принимает записи. Позвонить: 1 человеку.');
      expect(lara.buttonLabels()).toEqual([
        '📋 Расписание: Госуслуги, Киселёвск, Центральная городская библиотека: позвонили 0 из 2',
        '📋 Рассылка: Завтра библиотека закрыта на…: позвонили 0 из 1',
        '📋 Центр закрыт: Киселёвск, Центральная городская библиотека: позвонили 0 из 1',
      ]);
      const calls = lara.messages().at(-1)!.message_id;

      // Each button opens its list below, the one its message opens.
      await pressOn(lara, calls, /^📋 Центр закрыт/);
      expect(lara.lastText()).toContain('Центр пока не принимает записи');
      expect(lara.buttonLabels()).toContain('Бумажный Яков');
      await pressOn(lara, calls, /^📋 Рассылка/);
      expect(lara.lastText()).toContain('Позвоните и передайте сообщение рассылки (0 из 1)');
      expect(lara.lastText()).toContain('Бумажная Ева');
      await lara.press(/Бумажная Ева/);

      // The broadcast's call made: its list leaves /calls, the others stay.
      await lara.text('/calls');
      expect(lara.lastText()).not.toContain('Рассылки');
      expect(lara.buttonLabels()).toHaveLength(2);

      // In English: no Cyrillic (the names of people aside).
      const emma = t.user({ id: 6202, first_name: 'Emma', language_code: 'en' });
      await emma.text('/calls');
      expect(emma.lastText()).toMatch(/^📞 Whom to call: the bot cannot write to them\n/);
      expect(emma.lastText()).toContain('Group schedules changed. To call: 2 people.');
      expect(emma.buttonLabels()).toEqual(['📋 Schedule: Public services, Kiselyovsk, Central City Library: called 0 of 2', '📋 Center closed: Kiselyovsk, Central City Library: called 0 of 1']);
      expect(`${emma.lastText()}${emma.buttonLabels().join('')}`).not.toMatch(/[а-яё]/i);

      // Another center's librarian sees none of them.
      const zina = t.user({ id: 6203, first_name: 'Зина', language_code: 'ru' });
      await zina.text('/calls');
      expect(zina.lastText()).not.toMatch(/Позвонить|Рассылки/);
      expect(zina.buttonLabels()).toEqual([]);
      expect(t.errors).toEqual([]);
    });
  });

  /** Fix28b's side finding: a /calls screen kept "позвонили 0 из 2" on a list's button after a tick elsewhere. */
  describe('/calls is kept in step with the lists (task28 fixF)', () => {
    it('a list whose newest call is older than two weeks is no longer on /calls', async () => {
      const old = 'belovo-central';
      const t = createTestBot({ clock: new TestClock(new Date(NOW.getTime() + (LIST_DAYS + 1) * 24 * 3600_000)), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 6801, displayName: 'Вера', centerIds: [old], addedBy: 900 });
      await threeLists(6800, old);
      const vera = t.user({ id: 6801, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/calls');
      expect(vera.lastText()).not.toContain('Позвонить');
      expect(vera.buttonLabels().filter((b) => b.startsWith('📋'))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('a tick on a list redraws the newest /calls of each reader of the center, in her language; another center\'s is left alone', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 6301, displayName: 'Мира', centerIds: [MINE], addedBy: 900 },
        { _id: 6302, displayName: 'Ruth', centerIds: [MINE], addedBy: 900, language: 'en' },
        { _id: 6303, displayName: 'Тая', centerIds: ['prokopyevsk-central'], addedBy: 900 },
      ]);
      await threeLists(6300, MINE);
      const mira = t.user({ id: 6301, first_name: 'Мира', language_code: 'ru' });
      const ruth = t.user({ id: 6302, first_name: 'Ruth', language_code: 'en' });
      const taya = t.user({ id: 6303, first_name: 'Тая', language_code: 'ru' });
      await mira.text('/calls');
      const older = mira.messages().at(-1)!.message_id;
      await mira.text('/calls');
      const screen = mira.messages().at(-1)!.message_id;
      await ruth.text('/calls');
      const theirs = ruth.messages().at(-1)!.message_id;
      await taya.text('/calls');
      const other = taya.messages().at(-1)!;

      // Мира opens the schedule change's list from /calls and ticks a call there.
      await pressOn(mira, screen, /^📋 Расписание/);
      await mira.press(/Бумажная Ева/);
      expect(buttonsOf(mira, screen)).toContain('📋 Расписание: Госуслуги, Междуреченск, Центральная городская библиотека: позвонили 1 из 2');
      expect(messageOf(mira, screen).text).toContain('Изменилось расписание групп. Позвонить: 1 человеку.');
      expect(buttonsOf(ruth, theirs)).toContain('📋 Schedule: Public services, Mezhdurechensk, Central City Library: called 1 of 2');
      expect(messageOf(ruth, theirs).text).not.toMatch(/[а-яё]/i);
      // Her older /calls is left as it was (only the newest a chat is kept in step); another center's is not touched.
      expect(buttonsOf(mira, older)).toContain('📋 Расписание: Госуслуги, Междуреченск, Центральная городская библиотека: позвонили 0 из 2');
      expect(messageOf(taya, other.message_id)).toEqual(other);

      // The redrawn button works, and the last call of the closure's list takes its button off every screen.
      await pressOn(ruth, theirs, /^📋 Center closed/);
      await ruth.press(/Бумажный Яков/);
      expect(buttonsOf(mira, screen).join('|')).not.toContain('Центр закрыт');
      expect(messageOf(mira, screen).text).not.toContain('Центр не принимает записи');
      expect(buttonsOf(ruth, theirs).join('|')).not.toContain('Center closed');
      expect(t.errors).toEqual([]);
    });

    it('a seat offer answered from its card takes its line off the center\'s /calls screens; "no answer" is counted there', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const center = 'tashtagol-central';
      await StaffMemberModel.create([6401, 6402].map((id) => ({ _id: id, displayName: `Сотрудник ${id}`, centerIds: [center], addedBy: 900 })));
      await paperPerson(-(2 ** 49 + 6411), { name: 'Звонкова Ада', phone: '+79135556411', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: center });
      await paperPerson(-(2 ** 49 + 6412), { name: 'Звонков Бор', phone: '+79135556412', joinedAt: new Date('2026-10-02T03:00:00Z'), centerId: center });
      await groupWithOffers(NOW, { centerId: center, lessonStarts: [new Date('2026-12-03T03:00:00Z'), new Date('2026-12-05T03:00:00Z')] });
      const ida = t.user({ id: 6401, first_name: 'Ида', language_code: 'ru' });
      const ola = t.user({ id: 6402, first_name: 'Оля', language_code: 'ru' });
      await ida.text('/calls');
      const mine = ida.messages().at(-1)!.message_id;
      expect(messageOf(ida, mine).text).toContain('Ждут ответа: 2 предложения места.');
      await ola.text('/calls');
      const hers = ola.messages().at(-1)!.message_id;

      await pressOn(ida, mine, /^Ответить: Звонкова Ада$/);
      await ida.press('✓ Согласие есть, записать');
      for (const [user, id] of [[ida, mine], [ola, hers]] as const) {
        expect(messageOf(user, id).text).toContain('Ждут ответа: 1 предложение места.');
        expect(buttonsOf(user, id)).toEqual(['Ответить: Звонков Бор']);
      }
      await pressOn(ola, hers, /^Ответить: Звонков Бор$/);
      await ola.press('Не дозвонились');
      expect(messageOf(ida, mine).text).toMatch(/Звонков Бор, .*, не дозвонились: 1/);
      expect(t.errors).toEqual([]);
    });
  });
});

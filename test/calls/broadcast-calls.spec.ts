import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { BroadcastModel } from '../../src/db/models/broadcast.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { SessionModel } from '../../src/db/models/kv-entry.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { broadcastCallNotices } from '../../src/domain/call-digests.js';
import { forgetCitizen } from '../../src/domain/citizens.js';
import { broadcastProgressTick } from '../../src/jobs/admin/broadcast-progress.js';
import { telegramProgressChannel } from '../../src/jobs/admin/index.js';
import { enqueue } from '../../src/outbox/index.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { librarian, paperPerson } from './fixtures.js';

describe('broadcast-calls', () => {
  /**
   * Walk s20 #29: a broadcast's report said "Без Телеграма: 2 — позвоните им по
   * телефону" and nothing else: no names, no phones, no list. Now the people
   * without Telegram become calls (kind 'change', one list per broadcast), the
   * author's report opens the list, and the center's other librarians get one
   * digest each pointing to it.
   */
  const NOW = new Date('2026-11-24T03:00:00Z');
  const COORDINATOR = 900;
  const GOGOL = 'kemerovo-gogol';
  const MARIA = -(2 ** 49 + 101);
  const ANNA_P = -(2 ** 49 + 102);
  const JOINED = new Date('2026-10-01T03:00:00Z');

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([
      BroadcastModel.deleteMany({}),
      CallTaskModel.deleteMany({}),
      WaitlistEntryModel.deleteMany({}),
      StaffMemberModel.deleteMany({}),
      DeliveryModel.deleteMany({}),
      SessionModel.deleteMany({}),
    ]);
    await CitizenModel.deleteMany({});
    await librarian(7001, 'Анна Петровна', [GOGOL]);
    await librarian(7002, 'Борис Иванович', [GOGOL]);
    await librarian(7003, 'Вера Сергеевна', ['belovo-central']);
    await addToWaitlist(3001, { centerId: GOGOL });
  });

  const bot = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const tick = (t: TestBot, id: string) => broadcastProgressTick(telegramProgressChannel(t.bot.api, t.i18n), id, t.clock.now());
  const staff = (t: TestBot, id: number, locale: 'ru' | 'en' = 'ru') => t.user({ id, first_name: `U${id}`, language_code: locale });

  async function twoWithoutTelegram() {
    await paperPerson(MARIA, { name: 'Иванова Мария', phone: '+79231112233', joinedAt: JOINED, centerId: GOGOL });
    await paperPerson(ANNA_P, { name: 'Петрова Анна', phone: '+79234445566', joinedAt: JOINED, centerId: GOGOL });
  }

  /** /broadcast → the center's waiting list → all courses → text → send (a coordinator also picks the center). */
  async function broadcastToGogol(author: TestUser, text: string, coordinator = false) {
    await author.text('/broadcast');
    await author.press('Очереди центра');
    if (coordinator) await author.press(/Гоголя/);
    await author.press('Все курсы');
    await author.text(text);
    await author.press('✓ Отправить');
    return String((await BroadcastModel.findOne().sort({ _id: -1 }).lean())!._id);
  }

  describe('a broadcast to people without Telegram becomes calls (walk s20 #29)', () => {
    it("a librarian's report opens the list with names and phones; a tick is seen by the center's other librarian", async () => {
      await twoWithoutTelegram();
      const t = bot();
      const [anna, boris, vera] = [staff(t, 7001), staff(t, 7002), staff(t, 7003)];
      const id = await broadcastToGogol(anna, 'Занятия в среду переносятся на четверг, 10:00.');
      expect(anna.lastText()).toBe('Рассылка: доставлено 0 из 3, заблокировали бота 0, без Телеграма 2, ошибок 0.');
      expect(anna.buttonLabels()).toEqual(['📞 Кому позвонить']);
      // One task per person, the audience's center, no names or phones stored.
      const tasks = await CallTaskModel.find({ key: { $regex: `^change:${id}:` } }).lean();
      expect(tasks.map((x) => [x.kind, x.citizenId, x.centerId]).sort()).toEqual([
        ['change', MARIA, GOGOL],
        ['change', ANNA_P, GOGOL],
      ].sort());
      expect(JSON.stringify(tasks)).not.toMatch(/Мария|Анна|1112233/);

      await anna.press('📞 Кому позвонить');
      const list = anna.lastText();
      expect(list).toContain('📞 Позвоните и передайте сообщение рассылки (0 из 2):\n«Занятия в среду переносятся на четверг, 10:00.»');
      expect(list).toContain('• Иванова Мария, +7 923 111-22-33');
      expect(list).toContain('• Петрова Анна, +7 923 444-55-66');
      await anna.press('Иванова Мария');
      expect(anna.lastText()).toContain('(1 из 2)');
      expect(anna.lastText()).toContain('\n• Иванова Мария, +7 923 111-22-33 — позвонили (Анна Петровна, 10:00)\n'); // words, not «✓» (walk31 W31-04)
      expect(await CallTaskModel.countDocuments({ key: `change:${id}:${MARIA}`, done: true, doneBy: 7001 })).toBe(1);

      // Boris (the same center) gets one digest naming nobody; Vera (another center) nothing; the author no digest.
      const before = anna.messages().length;
      await deliverAll(t);
      expect(anna.messages()).toHaveLength(before);
      expect(vera.messages()).toHaveLength(0);
      expect(boris.messages()).toHaveLength(1);
      expect(boris.lastText()).toBe('📞 Позвоните 2 людям без Телеграма и передайте сообщение рассылки:\n«Занятия в среду переносятся на четверг, 10:00.»\nТелефоны — в списке.');
      await boris.press('📋 Открыть список');
      expect(boris.lastText()).toContain('(1 из 2)');
      expect(boris.lastText()).toMatch(/\n• Иванова Мария, \+7 923 111-22-33 — позвонили \(/);
      expect(boris.lastText()).toContain('• Петрова Анна, +7 923 444-55-66');

      // The final report keeps the button.
      expect(await tick(t, id)).toBe(true);
      expect(anna.lastText()).toContain('Без Телеграма: 2 — им не отправляли, позвоните им по телефону.');
      expect(anna.buttonLabels()).toEqual(['📞 Кому позвонить']);
      expect(t.errors).toEqual([]);
    });

    it('fix31j W31-12: the call list shows the whole broadcast text, to be read out on the phone', async () => {
      await twoWithoutTelegram();
      const t = bot();
      const anna = staff(t, 7001);
      const text = 'Завтрашнее занятие пройдёт в зале 3 на первом этаже, не в читальном зале. Вход с улицы Московской.';
      await broadcastToGogol(anna, text);
      await anna.press('📞 Кому позвонить');
      expect(anna.lastText()).toContain(`(0 из 2):\n«${text}»`);
      expect(anna.lastText()).toContain('• Петрова Анна, +7 923 444-55-66');
      expect(t.errors).toEqual([]);
    });

    it("a librarian of another center pressing a forwarded list button is told it is another center's list, not that it is gone (probe s28 L2)", async () => {
      await twoWithoutTelegram();
      const t = bot();
      const [anna, vera] = [staff(t, 7001), staff(t, 7003)];
      await broadcastToGogol(anna, 'Занятия в среду переносятся на четверг.');
      const reportButton = anna.messages().at(-1)!.reply_markup!.inline_keyboard[0]![0]! as { callback_data: string };
      await anna.press('📞 Кому позвонить');
      const listButton = anna.messages().at(-1)!.reply_markup!.inline_keyboard[0]![0]! as { callback_data: string };
      await vera.text('/calls');
      const alert = () => t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text;
      for (const data of [reportButton.callback_data, listButton.callback_data]) {
        await vera.pressData(data, vera.messages().at(-1));
        expect(alert()).toBe('Этот список звонков — для библиотекарей другого центра.');
      }
      // A list that is really gone is still called gone.
      await vera.pressData(listButton.callback_data.replace(/[0-9a-f]{24}/, 'a'.repeat(24)), vera.messages().at(-1));
      expect(alert()).toBe('Этого списка звонков уже нет.');
      expect(await CallTaskModel.countDocuments({ done: true })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it("a coordinator's broadcast sends each librarian of the center one digest, once; English reads it in English", async () => {
      await twoWithoutTelegram();
      await StaffMemberModel.updateOne({ _id: 7002 }, { $set: { language: 'en' } });
      const t = bot();
      const [olga, anna, boris, vera] = [staff(t, COORDINATOR), staff(t, 7001), staff(t, 7002, 'en'), staff(t, 7003)];
      const long = 'Уважаемые слушатели курсов, в среду занятия переносятся на четверг, потому что в библиотеке будет санитарный день, приходите к десяти.';
      const id = await broadcastToGogol(olga, long, true);
      expect(olga.buttonLabels()).toEqual(['📞 Кому позвонить']);
      await deliverAll(t);
      expect(anna.messages()).toHaveLength(1);
      expect(anna.lastText()).toBe(
        '📞 Позвоните 2 людям без Телеграма и передайте сообщение рассылки:\n«Уважаемые слушатели курсов, в среду занятия переносятся на четверг, потому что в…»\nТелефоны — в списке.',
      );
      expect(boris.messages()).toHaveLength(1);
      expect(boris.lastText()).toMatch(/^📞 Please call 2 people without Telegram and pass on the broadcast:\n"Уважаемые слушатели/);
      expect(vera.messages()).toHaveLength(0);
      // A repeat of the same broadcast's calls adds no task and no digest.
      const again = await broadcastCallNotices({ id, authorId: COORDINATOR, text: long, now: NOW }, [
        { citizenId: MARIA, centerId: GOGOL },
        { citizenId: ANNA_P, centerId: GOGOL },
      ]);
      expect((await enqueue(again, NOW)).added).toBe(0);
      expect(await CallTaskModel.countDocuments({ key: { $regex: `^change:${id}:` } })).toBe(2);
      await boris.press('📋 Open the list');
      expect(boris.lastText()).toContain('📞 Please call them and pass on the broadcast (0 of 2 done):');
      expect(boris.lastText()).toContain('Иванова Мария, +7 923 111-22-33');
      // The coordinator's own button opens the same list.
      await olga.press('📞 Кому позвонить');
      expect(olga.lastText()).toContain('Петрова Анна, +7 923 444-55-66');
      expect(t.errors).toEqual([]);
    });

    it('a broadcast whose audience has nobody without Telegram has no button and opens no calls (the center\'s others are not its audience)', async () => {
      await twoWithoutTelegram(); // waiting for the basics course
      await addToWaitlist(3002, { centerId: GOGOL, courseId: 'internet' });
      const t = bot();
      const anna = staff(t, 7001);
      await anna.text('/broadcast');
      await anna.press('Очереди центра');
      await anna.press(/^Интернет/);
      await anna.text('Занятия в среду.');
      await anna.press('✓ Отправить');
      const id = String((await BroadcastModel.findOne().sort({ _id: -1 }).lean())!._id);
      expect(anna.lastText()).toBe('Рассылка: доставлено 0 из 1, заблокировали бота 0, ошибок 0.');
      expect(anna.buttonLabels()).toEqual([]);
      expect(await CallTaskModel.countDocuments({})).toBe(0);
      await deliverAll(t);
      expect(await tick(t, id)).toBe(true);
      expect(anna.buttonLabels()).toEqual([]);
      expect(staff(t, 7002).messages()).toHaveLength(0);
      // The whole center's waiting list has them: the calls and the button are there.
      const all = await broadcastToGogol(anna, 'Занятия в четверг.');
      expect(anna.buttonLabels()).toEqual(['📞 Кому позвонить']);
      expect(await CallTaskModel.countDocuments({ key: { $regex: `^change:${all}:` } })).toBe(2);
    });

    it('/forget deletes the forgotten person\'s broadcast call; the list shows the others', async () => {
      await twoWithoutTelegram();
      const t = bot();
      const anna = staff(t, 7001);
      const id = await broadcastToGogol(anna, 'Занятия в среду.');
      expect(await forgetCitizen(MARIA, NOW, testOffers())).toBe(true);
      expect(await CallTaskModel.countDocuments({ citizenId: MARIA })).toBe(0);
      expect(await CallTaskModel.countDocuments({ key: { $regex: `^change:${id}:` } })).toBe(1);
      await anna.press('📞 Кому позвонить');
      expect(anna.lastText()).toContain('(0 из 1)');
      expect(anna.lastText()).not.toContain('Иванова');
      expect(anna.lastText()).toContain('Петрова Анна');
    });

    it("a coordinator's broadcast to everyone waiting: each person is called by their entry's center", async () => {
      await twoWithoutTelegram();
      const VALYA = -(2 ** 49 + 103);
      await paperPerson(VALYA, { name: 'Сидорова Валентина', phone: '+79237778899', joinedAt: JOINED, centerId: 'belovo-central' });
      const t = bot();
      const [olga, anna, vera] = [staff(t, COORDINATOR), staff(t, 7001), staff(t, 7003)];
      await olga.text('/broadcast');
      await olga.press('Всем в очередях (все центры)');
      await olga.text('Центры закрыты 4 ноября.');
      await olga.press('✓ Отправить');
      const id = String((await BroadcastModel.findOne().lean())!._id);
      expect(await CallTaskModel.findOne({ key: `change:${id}:${VALYA}` }).lean()).toMatchObject({ centerId: 'belovo-central' });
      expect(await CallTaskModel.findOne({ key: `change:${id}:${MARIA}` }).lean()).toMatchObject({ centerId: GOGOL });
      await deliverAll(t);
      expect(anna.lastText()).toMatch(/^📞 Позвоните 2 людям без Телеграма/);
      expect(vera.lastText()).toMatch(/^📞 Позвоните 1 человеку без Телеграма/);
      await vera.press('📋 Открыть список');
      expect(vera.lastText()).toContain('Сидорова Валентина, +7 923 777-88-99');
      expect(vera.lastText()).not.toContain('Иванова');
      await olga.press('📞 Кому позвонить');
      expect(olga.lastText()).toContain('(0 из 3)');
      expect(t.errors).toEqual([]);
    });

    it('a long list under a long text keeps every page within the 60 words of a staff screen', async () => {
      const FIRST = ['Мария', 'Анна', 'Ольга', 'Татьяна', 'Галина', 'Нина', 'Вера'];
      const LAST = ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова'];
      for (let i = 0; i < 30; i++) {
        await paperPerson(-(2 ** 49 + 200 + i), { name: `${LAST[i % 6]} ${FIRST[i % 7]} Ивановна`, phone: `+7923${String(1000000 + i)}`, joinedAt: JOINED, centerId: GOGOL });
      }
      const t = bot();
      const anna = staff(t, 7001);
      const long = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'занятия' : 'переносятся')).join(' ');
      await broadcastToGogol(anna, long);
      await anna.press('📞 Кому позвонить');
      const pages = [anna.lastText()];
      while (anna.buttonLabels().some((l) => /^Следующие/.test(l))) {
        await anna.press(anna.buttonLabels().find((l) => /^Следующие/.test(l))!);
        pages.push(anna.lastText());
        if (pages.length > 10) break;
      }
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(wordsOf(page)).toBeLessThanOrEqual(60);
      expect(pages[0]).toContain('«переносятся занятия переносятся');
      expect(pages[0]).toContain('…»');
      expect(t.errors).toEqual([]);
    });
  });
});

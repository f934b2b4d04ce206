import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { ShownViewModel } from '../../src/db/models/shown-view.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { SessionModel } from '../../src/db/models/kv-entry.js';
import { CoordinatorSettingModel } from '../../src/db/models/coordinator-setting.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { enqueue } from '../../src/outbox/index.js';
import { offerCallNotices } from '../../src/domain/call-digests.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { librarian, paperPerson } from './fixtures.js';

describe('call-tasks', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all(
      [WaitlistEntryModel.deleteMany({}), ClassGroupModel.deleteMany({}), LessonModel.deleteMany({}), SeatOfferModel.deleteMany({}), DeliveryModel.deleteMany({}), CallTaskModel.deleteMany({}), StaffMemberModel.deleteMany({}), AuditEntryModel.deleteMany({}), SessionModel.deleteMany({}), CoordinatorSettingModel.deleteMany({})],
    );
    await CitizenModel.deleteMany({});
    // Screens left open by another test here (/calls is redrawn after a call is answered): each test starts with none.
    await ShownViewModel.deleteMany({});
  });

  const HOUR = 3600_000;
  const MARIA = -(2 ** 49 + 11);
  const MARIA_PHONE = '+79231234567';
  const COORDINATOR = 9001;

  /** Anna and Boris work at the regional library, Vera at Belovo; Maria (no Telegram) waits longest, then Telegram user 3001. */
  async function setUp() {
    const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
    await librarian(7001, 'Анна Петровна');
    await librarian(7002, 'Борис Иванович');
    await librarian(7003, 'Вера Сергеевна', ['belovo-central']);
    const entryId = await paperPerson(MARIA, { name: 'Мария Иванова', phone: MARIA_PHONE, joinedAt: new Date('2026-10-01T03:00:00Z') });
    await addToWaitlist(3001, { at: new Date('2026-10-02T03:00:00Z') });
    const [anna, boris, vera, next, coordinator] = [7001, 7002, 7003, 3001, COORDINATOR].map((id) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }));
    return { t, entryId, anna: anna!, boris: boris!, vera: vera!, next: next!, coordinator: coordinator! };
  }

  const entry = (id: string) => WaitlistEntryModel.findById(id).lean();
  const task = () => CallTaskModel.findOne({ kind: 'offer' }).sort({ _id: -1 }).lean();
  const lastAlert = (t: TestBot) => t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text as string | undefined;

  describe('call tasks: a seat offered to a person without Telegram', () => {
    it("goes to the center's librarians (not another center's) with who, phone, group and deadline; Accepted enrolls", async () => {
      const { t, entryId, anna, boris, vera, next } = await setUp();
      const { id: groupId } = await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      for (const staff of [anna, boris]) {
        const text = staff.lastText();
        expect(text).toContain('Позвоните: для человека без Телеграма есть место в группе.');
        // Who and the phone on one line, no repeated labels (a staff message is at most 60 words too).
        expect(text).toContain("\nМария Иванова, +7 923 123-45-67\n"); // the phone grouped as it is read aloud and dialled
        // The lessons as a citizen's offer tells them (lessons-said), no abbreviated weekdays or dotted dates.
        expect(text).toContain('Основы компьютерной грамотности: \n• 1 декабря, вторник, 10:00\n• 3 декабря, четверг, 10:00');
        // The place town first, as the digests and the partner's line say it (fix41c 5, after fix40a).
        expect(text).toContain('Где: Кемерово, Областная научная библиотека имени В. Д. Фёдорова, улица Дзержинского, 19, Зал 1');
        expect(text).toContain('Место держим до 26 ноября, четверг, 10:00 (местное время)');
        expect(staff.buttonLabels()).toEqual(['✓ Согласие есть, записать', '✗ Отказ, не записывать', 'Не дозвонились']);
      }
      expect(vera.messages()).toHaveLength(0);
      expect(next.messages()).toHaveLength(0); // the seat is held for Maria
      // Nothing was addressed to Maria's (negative) id; the staff messages say whom they are about.
      expect(await DeliveryModel.countDocuments({ citizenId: MARIA })).toBe(0);
      expect(await DeliveryModel.countDocuments({ aboutCitizenId: MARIA, priority: 0 })).toBe(2);

      await anna.press('✓ Согласие есть, записать');
      expect(await entry(entryId)).toMatchObject({ status: 'enrolled', citizenId: MARIA });
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 0 });
      expect(anna.lastText()).toContain('✅ Человек записан в группу.');
      expect(anna.lastText()).toContain('Ответ отмечен: Анна Петровна, 24 ноября, вторник, 10:00.');
      expect(anna.buttonLabels()).toEqual([]);
      expect(await task()).toMatchObject({ status: 'accepted', answeredBy: 7001 });
      expect(await SeatOfferModel.findOne({ groupId }).lean()).toMatchObject({ outcome: 'accepted' });
      expect(await AuditEntryModel.findOne({ action: 'calltask.accepted' }).lean()).toMatchObject({ actorId: 7001 });

      // Boris presses later: told who answered, his message shows it; nothing changes.
      await boris.press('✓ Согласие есть, записать');
      expect(lastAlert(t)).toBe('На этот звонок уже ответили: Анна Петровна.');
      expect(boris.lastText()).toContain('✅ Человек записан в группу.');
      expect(boris.lastText()).toContain('Ответ отмечен: Анна Петровна');
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 0 });
      expect(t.errors).toEqual([]);
    });

    it('comes in the language the librarian chose (/language), not the default one', async () => {
      const { t, anna, boris } = await setUp();
      await anna.text('/language');
      await anna.press('English');
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      expect(anna.lastText()).toContain('Please call: a person without Telegram has a seat in a group.');
      expect(boris.lastText()).toContain('Позвоните: для человека без Телеграма есть место в группе.');
      // The center in her language too (its English name as the coordinator entered it).
      expect(anna.lastText()).toContain('Where: Kemerovo, Fedorov Regional Academic Library, 19 Dzerzhinskogo St, Hall 1'); // the room in English words too (walk s28 W28-23)
      expect(boris.lastText()).toContain('Где: Кемерово, Областная научная библиотека имени В. Д. Фёдорова, улица Дзержинского, 19, Зал 1');
      expect(await StaffMemberModel.findById(7001, { language: 1 }).lean()).toMatchObject({ language: 'en' });
    });

    it('namesakes on /calls: their buttons end with the end of their phone (probe s21 L9)', async () => {
      const { t, anna } = await setUp();
      await paperPerson(-(2 ** 49 + 91), { name: 'Мария Иванова', phone: '+79239990044', joinedAt: new Date('2026-09-01T03:00:00Z') });
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      await anna.text('/calls');
      expect(anna.buttonLabels().filter((l) => l.startsWith('Ответить'))).toEqual(['Ответить: Мария Иванова · …00-44', 'Ответить: Мария Иванова · …45-67']);
    });

    it('namesakes sharing one phone (a family) on /calls say their number in the list, as the roster does, not the same phone end twice', async () => {
      const { t, anna } = await setUp();
      await paperPerson(-(2 ** 49 + 92), { name: 'Мария Иванова', phone: '+79239990044', joinedAt: new Date('2026-09-01T03:00:00Z') });
      // Her daughter, in Telegram but blocked, gave the family's phone: a call too.
      await addToWaitlist(3002, { name: 'Мария Иванова', at: new Date('2026-10-01T04:00:00Z') });
      await CitizenModel.updateOne({ _id: 3002 }, { $set: { phone: MARIA_PHONE, reachable: false } });
      await groupWithOffers(t.clock.now(), { capacity: 3 });
      await anna.text('/calls');
      expect(anna.buttonLabels().filter((l) => l.startsWith('Ответить'))).toEqual(['Ответить: Мария Иванова · …00-44', 'Ответить: Мария Иванова · № 2', 'Ответить: Мария Иванова · № 3']);
      expect(t.errors).toEqual([]);
    });

    it('many people without Telegram: one message per librarian, in their Telegram language, with a button to /calls; a repeat sends nothing more', async () => {
      const { t, anna, boris, vera } = await setUp();
      // Boris's Telegram is in English: the bot learns it from his staff command (he never used /language).
      const borisEn = t.user({ id: 7002, first_name: 'Boris', language_code: 'en' });
      await borisEn.text('/calls');
      for (let i = 1; i <= 24; i++) {
        await paperPerson(-(2 ** 49 + 100 + i), { name: `Человек ${String(i).padStart(2, '0')}`, phone: `+7923100${String(i).padStart(4, '0')}`, joinedAt: new Date(Date.UTC(2026, 8, 1, 3, i)) });
      }
      const before = { anna: anna.messages().length, boris: boris.messages().length };
      // The coordinator's own group: the offers job's hand-over of groups whose librarian left (probe s23 H1) leaves it be.
      const { offered } = await groupWithOffers(t.clock.now(), { capacity: 25, actorId: COORDINATOR });
      expect(offered).toBe(25); // Maria and the 24: every seat is a call
      await deliverAll(t);
      expect(await CallTaskModel.countDocuments({ kind: 'offer', status: 'open' })).toBe(25);
      const toAnna = anna.messages().slice(before.anna);
      expect(toAnna).toHaveLength(1);
      expect(toAnna[0]!.text).toContain('📞 Позвоните 25 людям без Телеграма: им предложено место в группе «Основы компьютерной грамотности», Кемерово, Областная научная библиотека');
      expect(toAnna[0]!.text).toContain('Место держим до 26 ноября, четверг, 10:00.');
      const toBoris = boris.messages().slice(before.boris);
      expect(toBoris).toHaveLength(1);
      expect(toBoris[0]!.text).toContain('📞 Please call 25 people without Telegram: they were offered a seat in "Basic computer literacy", Kemerovo');
      expect(vera.messages()).toHaveLength(0);
      // The digest names nobody (nothing for /forget to strip); one outbox item per librarian.
      expect(JSON.stringify(toAnna)).not.toMatch(/Человек|Мария|\+7923/);
      expect(await DeliveryModel.countDocuments({ citizenId: 7001 })).toBe(1);

      // A repeat of the same action (the offers job; the same offers' notices enqueued again) sends nothing more.
      await runOffersJob(t.deps);
      const opened = (await CallTaskModel.find({ kind: 'offer' }).lean()).map((c) => ({ taskId: String(c._id), citizenId: c.citizenId!, centerId: c.centerId }));
      const group = (await ClassGroupModel.findOne({}).lean())!;
      expect((await enqueue(await offerCallNotices(opened, group, (await task())!.expiresAt!), t.clock.now())).added).toBe(0);
      await deliverAll(t);
      expect(anna.messages().slice(before.anna)).toHaveLength(1);

      // The button opens /calls, the 25 calls on one screen (walk s22 W22-33); a call is answered from there.
      await anna.press('📋 Открыть список');
      expect(anna.lastText()).toContain('Ждут ответа: 25 предложений места');
      expect(anna.lastText()).toContain('• Человек 24, +7 923 100-00-24: Основы');
      expect(anna.lastText()).toContain('• Мария Иванова, +7 923 123-45-67: Основы');
      expect(anna.lastText()).not.toContain('Страница');
      await anna.press('Ответить: Человек 01');
      expect(anna.lastText()).toContain('Человек 01, +7 923 100-00-01');
      await anna.press('✓ Согласие есть, записать');
      expect(await CallTaskModel.countDocuments({ kind: 'offer', status: 'accepted', answeredBy: 7001 })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('Declined (keep the place) passes the seat to the next person, as for a Telegram citizen; Back shows the answers again', async () => {
      const { t, entryId, anna, next } = await setUp();
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await anna.press('✗ Отказ, не записывать');
      expect(lastAlert(t)).toBe('Человек отказался. Оставить его в очереди на этот курс?');
      expect(anna.buttonLabels()).toEqual(['Оставить в очереди', 'Убрать из очереди', 'Назад']);
      await anna.press('Назад');
      expect(anna.buttonLabels()).toEqual(['✓ Согласие есть, записать', '✗ Отказ, не записывать', 'Не дозвонились']);
      expect(await entry(entryId)).toMatchObject({ status: 'offered' });
      await anna.press('✗ Отказ, не записывать');
      await anna.press('Оставить в очереди');
      expect(anna.lastText()).toContain('✗ Отказ: место освободилось для следующего в очереди.');
      expect(await entry(entryId)).toMatchObject({ status: 'waiting', joinedAt: new Date('2026-10-01T03:00:00Z') });
      expect((await entry(entryId))!.activeKey).toBeDefined();
      expect(await task()).toMatchObject({ status: 'declined', answeredBy: 7001 });
      await deliverAll(t);
      expect(next.lastText()).toContain('Для вас есть место в группе!');
      expect(t.errors).toEqual([]);
    });

    it('No answer keeps the offer open until it expires; then the seat goes on and the old buttons say so', async () => {
      const { t, entryId, anna, boris, next } = await setUp();
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await anna.press('Не дозвонились');
      expect(lastAlert(t)).toBe('Отмечено: не дозвонились (1 раз). Место держим до конца срока, позвоните ещё раз.');
      await boris.press('Не дозвонились');
      expect(lastAlert(t)).toBe('Отмечено: не дозвонились (2 раза). Место держим до конца срока, позвоните ещё раз.');
      expect(anna.buttonLabels()).toEqual(['✓ Согласие есть, записать', '✗ Отказ, не записывать', 'Не дозвонились']);
      expect(await task()).toMatchObject({ status: 'open', noAnswerCount: 2 });

      // Half-way and just before the end: still held, and nobody gets a reminder (Maria has no chat; staff have the task).
      t.clock.advance(47 * HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 0, reminded: 0 });
      expect(await entry(entryId)).toMatchObject({ status: 'offered' });
      const before = await DeliveryModel.countDocuments();
      // Past the deadline: the offers job passes the seat on exactly as for anyone.
      t.clock.advance(2 * HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 1 });
      expect(await entry(entryId)).toMatchObject({ status: 'waiting' });
      expect(await task()).toMatchObject({ status: 'expired' });
      expect(await DeliveryModel.countDocuments({ citizenId: MARIA })).toBe(0);
      expect(await DeliveryModel.countDocuments()).toBe(before + 3); // the next person's offer, the two cards' edits
      await deliverAll(t);
      expect(next.lastText()).toContain('Для вас есть место в группе!');
      // The librarians' cards say so, without buttons (walk s22 W22-13); a press sent before the edit is told so.
      expect(boris.lastText()).toContain('⌛ Время ответа вышло');
      expect(anna.buttonLabels()).toEqual([]);
      await anna.pressData(`ct:a:${String((await task())!._id)}`);
      expect(lastAlert(t)).toBe('На этот звонок отвечать уже не нужно.');
      expect(anna.lastText()).toContain('⌛ Время ответа вышло');
      expect(await entry(entryId)).toMatchObject({ status: 'waiting' });
      expect(t.errors).toEqual([]);
    });

    it('two librarians answering at once: the first answer wins, the other is told who answered', async () => {
      const { t, entryId, anna, boris } = await setUp();
      const { id: groupId } = await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await Promise.all([anna.press('✓ Согласие есть, записать'), boris.press('✓ Согласие есть, записать')]);
      expect(await WaitlistEntryModel.countDocuments({ groupId, status: 'enrolled' })).toBe(1);
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 0 });
      const winner = (await task())!.answeredBy;
      expect([7001, 7002]).toContain(winner);
      const [won, lost] = winner === 7001 ? [anna, boris] : [boris, anna];
      expect(won.lastText()).toContain(`Ответ отмечен: ${winner === 7001 ? 'Анна Петровна' : 'Борис Иванович'}`);
      expect(lost.lastText()).toContain(`Ответ отмечен: ${winner === 7001 ? 'Анна Петровна' : 'Борис Иванович'}`);
      const alerts = t.telegram.callsOf('answerCallbackQuery').map((c) => c.payload.text);
      expect(alerts.filter((text) => typeof text === 'string' && text.startsWith('На этот звонок уже ответили:'))).toHaveLength(1);

      // Accepted against "remove from the list" at the same moment, on a fresh offer: one of them, and the entry agrees.
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'waiting' }, $unset: { groupId: 1, enrolledAt: 1 } });
      await Promise.all([ClassGroupModel.deleteMany({}), LessonModel.deleteMany({}), SeatOfferModel.deleteMany({}), CallTaskModel.deleteMany({})]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await boris.press('✗ Отказ, не записывать');
      await Promise.all([anna.press('✓ Согласие есть, записать'), boris.press('Убрать из очереди')]);
      const final = await task();
      const status = (await entry(entryId))!.status;
      expect(final!.status === 'accepted' ? status === 'enrolled' : final!.status === 'declined' && status === 'left').toBe(true);
      expect(await ClassGroupModel.countDocuments({ enrolledCount: final!.status === 'accepted' ? 1 : 0 })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it("refuses another center's librarian and citizens, and forged or malformed data; a coordinator may answer", async () => {
      const { t, entryId, vera, next, coordinator } = await setUp();
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const taskId = String((await task())!._id);
      // Forged presses come on some message of their own chat.
      await vera.text('/help');
      await next.text('/help');
      await coordinator.text('/help');
      // Vera is a librarian, of another center: told so, not "for library staff only" (probe s16 F9).
      await vera.pressData(`ct:a:${taskId}`);
      expect(lastAlert(t)).toBe('Этот звонок — для библиотекарей другого центра.');
      await vera.pressData(`ct:d:${taskId}`);
      expect(lastAlert(t)).toBe('Этот звонок — для библиотекарей другого центра.');
      await next.pressData(`ct:l:${taskId}`); // a citizen
      expect(lastAlert(t)).toBe('Эта команда только для сотрудников библиотеки.');
      await vera.pressData('ct:a:123');
      expect(lastAlert(t)).toBe('Эта кнопка уже не действует.');
      expect(await entry(entryId)).toMatchObject({ status: 'offered' });
      expect(await task()).toMatchObject({ status: 'open' });

      await coordinator.pressData(`ct:a:${taskId}`);
      expect(await entry(entryId)).toMatchObject({ status: 'enrolled' });
      expect(await task()).toMatchObject({ status: 'accepted', answeredBy: COORDINATOR });
      // The refusals are logged as warnings (ids only), nothing else went wrong.
      expect(t.errors.filter((line) => !/staff action refused|call task answer refused/.test(line))).toEqual([]);
      expect(t.errors.some((line) => line.includes('"user_id":7003'))).toBe(true);
    });

    it("a center without librarians: the group's creator gets the call task", async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      await paperPerson(MARIA, { name: 'Мария Иванова', phone: MARIA_PHONE, joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-gogol' });
      await groupWithOffers(t.clock.now(), { capacity: 1, centerId: 'kemerovo-gogol', actorId: COORDINATOR });
      await deliverAll(t);
      const coordinator = t.user({ id: COORDINATOR, first_name: 'К', language_code: 'ru' });
      expect(coordinator.lastText()).toContain('\nМария Иванова, +7 923 123-45-67\n');
      expect(t.errors).toEqual([]);
    });

    it('comes to a coordinator (ADMIN_IDS, not stored as staff) in the language they chose', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'К', language_code: 'ru' });
      await coordinator.text('/language');
      await coordinator.press('English');
      await paperPerson(MARIA, { name: 'Мария Иванова', phone: MARIA_PHONE, joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-gogol' });
      await groupWithOffers(t.clock.now(), { capacity: 1, centerId: 'kemerovo-gogol', actorId: COORDINATOR });
      await deliverAll(t);
      expect(coordinator.lastText()).toContain('Please call: a person without Telegram has a seat in a group.');
      expect(t.errors).toEqual([]);
    });
  });
});

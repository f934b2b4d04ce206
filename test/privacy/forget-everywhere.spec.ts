import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { computeStats, refreshStatsSnapshot } from '../../src/domain/stats.js';
import { wordsOf } from '../../src/domain/text.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { runPrivacySweep } from '../../src/jobs/privacy/index.js';
import { collectionNames, findPersonalData, type PersonIdentifiers } from '../helpers/personal-data-scan.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { paperPerson } from '../calls/fixtures.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('forget-everywhere', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  // Each test counts what is in the whole database: it starts from the sample data alone, whatever ran before.
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: 5001, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: 900 });
  });
  afterAll(() => done());

  const ZLATA = { id: 731948265, first_name: 'Злата', last_name: 'Воронцова', username: 'zlata_vrn', language_code: 'ru' };
  const identifiers: PersonIdentifiers = { telegramId: ZLATA.id, names: ['Злата', 'Воронцова'], username: 'zlata_vrn', phone: '+7 913 765-43-21' };

  /** The join flow by town, consent, name kept, phone shared or skipped, confirmed. */
  async function join(user: TestUser, course: string, time: string, phone?: string) {
    await joinWaitlist(user, { course, center: /Фёдорова/, time, phone });
    expect(user.lastText()).toContain('Ваше место в очереди');
  }

  function at(t: TestBot, iso: string) {
    t.clock.current = new Date(iso);
  }

  async function markAttendance(librarian: TestUser, lesson: string, present: string[]) {
    await librarian.text('/attendance');
    await librarian.press(/^Основы компьютерной грамотности: /);
    await librarian.press(lesson);
    for (const name of present) await librarian.press(name);
    await librarian.press('💾 Сохранить');
    expect(librarian.lastText()).toMatch(/^Отмечено|последнее занятие/);
  }

  describe('/forget leaves nothing that identifies the citizen', () => {
    it('after join, an offer, reminders, attendance and a notice to the librarian, no collection holds the name, phone, username or Telegram id; counts stay', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const zlata = t.user(ZLATA);
      const anna = t.user({ id: 5001, first_name: 'Анна', language_code: 'ru' });

      // Join (consent, name, shared phone), and the language chosen by hand (a session row).
      await zlata.text('/start');
      await zlata.text('/language');
      await zlata.press('✓ Русский');
      await join(zlata, 'Основы компьютерной грамотности', 'Утром', identifiers.phone);
      await addToWaitlist(7002, { at: new Date('2026-11-01T03:00:00Z'), name: 'Участник 7002' });

      // An offer, accepted with the button.
      await groupWithOffers(t.clock.now(), { capacity: 2, actorId: 5001 });
      await deliverAll(t);
      expect(zlata.lastText()).toContain('есть место');
      await zlata.press('✓ Приду');
      const other = await WaitlistEntryModel.findOne({ citizenId: 7002 }).lean();
      await acceptOffer(7002, String(other!._id), t.clock.now());

      // The reminder for lesson 1, answered; she comes, the other participant does not.
      at(t, '2026-11-30T11:00:00Z');
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      await deliverAll(t);
      await zlata.press('✓ Приду');
      at(t, '2026-12-01T05:00:00Z');
      await markAttendance(anna, '1. 1 декабря, вторник, 10:00', ['Злата Воронцова']);

      // Lesson 2: she cannot come, and the librarian is told by name.
      at(t, '2026-12-02T11:00:00Z');
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      await deliverAll(t);
      await zlata.press('Не смогу');
      await deliverAll(t);
      expect(anna.lastText()).toContain('Злата Воронцова не сможет прийти');
      const notice = anna.messages().at(-1)!;
      at(t, '2026-12-03T05:00:00Z');
      await markAttendance(anna, '2. 3 декабря, четверг, 10:00', ['Участник 7002']);
      expect(await WaitlistEntryModel.countDocuments({ status: 'completed' })).toBe(2);

      // Waiting for a second course, and a flow left half-way (conversation state).
      await join(zlata, 'Интернет и электронная почта', 'Вечером');
      await zlata.tap('📝 Записаться на курс');
      await zlata.press('Безопасный интернет');
      await refreshStatsSnapshot(t.clock.now());
      const before = await computeStats({}, t.clock.now());

      // The scan finds her before /forget, in every place the issue names (it cannot pass by finding nothing anywhere).
      const found = new Set((await findPersonalData(identifiers)).map((f) => f.collection));
      expect([...found]).toEqual(expect.arrayContaining(['citizens', 'conversation_states', 'deliveries', 'lessons', 'sessions', 'waitlistentries']));

      await zlata.text('/forget');
      await zlata.press('Да, удалить');
      expect(zlata.lastText()).toContain('Ваши данные удалены');
      at(t, '2026-12-03T06:00:00Z');
      await deliverAll(t);
      await refreshStatsSnapshot(t.clock.now());

      expect(await findPersonalData(identifiers)).toEqual([]);
      // The notice that named her in the librarian's chat now says it was removed, without its buttons. Her phone and
      // id whole: a bare «765» also matched an ObjectId in a button's data now and then.
      expect(t.telegram.messagesTo(5001).find((m) => m.message_id === notice.message_id)).toMatchObject({ text: 'Сообщение удалено: человек попросил удалить свои данные.', reply_markup: undefined });
      expect(t.telegram.messagesTo(5001).filter((m) => /Злата|Воронцова|765-43-21|7654321|731948265/.test(JSON.stringify(m)))).toEqual([]);
      // The scan covered every collection there is, including the ones with her traces before.
      expect(await collectionNames()).toEqual(expect.arrayContaining([...found, 'auditentries', 'outbox_sent', 'seatoffers', 'stats_snapshots']));

      // Anonymous counts stay: only her place in the second line is gone.
      const after = await computeStats({}, t.clock.now());
      expect(after).toEqual({ ...before, computedAt: after.computedAt, totalWaiting: before.totalWaiting - 1, waitingByCenter: after.waitingByCenter, waitingByCourse: after.waitingByCourse });
      expect(before.completions).toBe(2);
      expect(before.offers.made).toBe(2);
      expect(before.attendance).toEqual({ expected: 4, absent: 2, noShowRate: 0.5 });
      // Her completed course is still a completed course, with its attendance, under a random stand-in.
      const anonymous = await WaitlistEntryModel.findOne({ status: 'completed', citizenId: { $exists: false } }).lean();
      expect(anonymous!.anonymousId).toBeLessThan(0);
      const lessons = await LessonModel.find({ groupId: anonymous!.groupId }).sort({ index: 1 }).lean();
      expect(lessons.map((l) => l.attendedIds.includes(anonymous!.anonymousId!))).toEqual([true, false]);
      expect(await WaitlistEntryModel.countDocuments({ status: 'forgotten' })).toBe(1);
      // Her outbox items are kept for the counts, and none of them has a recipient any more.
      expect(await DeliveryModel.countDocuments({ key: /^offer:/ })).toBe(2);
      expect(await DeliveryModel.countDocuments({ key: /^forgotten:/, citizenId: { $exists: true } })).toBe(0);

      // She can come back as a new person: nothing from before is used.
      await zlata.text('/start');
      expect(zlata.lastText()).toContain('Чтобы записаться, нажмите');
      expect(t.errors).toEqual([]);
    });
  });

  describe('a relative unlinks his Telegram from a record made at the library (walk34 W34-18)', () => {
    const GRANDSON = 731948266;
    const HER = { name: 'Галина Сомова', phone: '+79231112233', since: new Date('2013-03-05T03:00:00Z') };

    /** Her desk record, linked to his Telegram with his phone as the librarian told him, and a seat offered there. */
    async function linkedWithOffer(t: TestBot) {
      const entryId = await paperPerson(-(2 ** 49 + 731), { name: HER.name, phone: HER.phone, joinedAt: HER.since });
      await CitizenModel.updateOne({ _id: -(2 ** 49 + 731) }, { $set: { notes: 'звонить после 18:00' } });
      const grandson = t.user({ id: GRANDSON, first_name: 'Денис', language_code: 'ru' });
      await grandson.text('/start');
      await grandson.press('📋 Меня уже записали в библиотеке');
      await grandson.contact('79231112233');
      await grandson.press('Да, это я');
      expect(await CitizenModel.findById(GRANDSON).lean()).toMatchObject({ name: HER.name, consent: { method: 'paper' } });
      await groupWithOffers(t.clock.now(), { capacity: 1, actorId: 5001 });
      await deliverAll(t);
      expect(grandson.lastText()).toContain('Для вас есть место в группе!');
      return { entryId, grandson };
    }

    it('from /forget: her record, place and open offer go back to the library (a call card); nothing of hers stays under his Telegram id', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const anna = t.user({ id: 5001, first_name: 'Анна', language_code: 'ru' });
      const { entryId, grandson } = await linkedWithOffer(t);
      expect((await findPersonalData({ telegramId: GRANDSON, names: [] })).length).toBeGreaterThan(0);

      await grandson.text('/forget');
      expect(grandson.lastText()).toMatch(/^Это запись на имя Галина Сомова, её сделали в библиотеке\. .*нажмите «Отвязать мой Телеграм»/);
      // With her seat's line too, within a citizen's 60 words.
      expect(grandson.lastText()).toContain('Ваше место в группе на курсе');
      expect(wordsOf(grandson.lastText())).toBeLessThanOrEqual(60);
      const offered = grandson.messages().findLast((m) => grandson.buttonLabels(m).includes('✓ Приду'))!;
      const accept = (offered.reply_markup!.inline_keyboard.flat().find((b) => b.text === '✓ Приду') as { callback_data: string }).callback_data;
      await grandson.press('Отвязать мой Телеграм');
      expect(grandson.lastText()).toBe(
        'Готово, ваш Телеграм отвязан. Запись на имя Галина Сомова и место в очереди остались в библиотеке. Сообщения о курсе сюда больше не придут: библиотекари будут звонить по телефону.',
      );

      // A new record without Telegram, as the desk made hers: name, phone, its key, paper consent, notes.
      const records = await CitizenModel.find({ _id: { $lt: 0 } }).lean();
      expect(records).toHaveLength(1);
      const record = records[0]!;
      expect(record).toMatchObject({ name: HER.name, phone: HER.phone, phoneKey: HER.phone, reachable: false, notes: 'звонить после 18:00', consent: { method: 'paper', centerId: 'kemerovo-regional', recordedBy: 900 } });
      expect(record).not.toHaveProperty('unlinkingTo');
      // Her entry with its place, the seat still held for her; the offer is the librarians' call now, with a new card.
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: record._id, activeKey: `${record._id}:basics`, joinedAt: HER.since, status: 'offered' });
      expect(await CallTaskModel.find({ kind: 'offer' }).lean()).toMatchObject([{ status: 'open', citizenId: record._id }]);
      await deliverAll(t);
      expect(anna.lastText()).toContain('Позвоните: для человека без Телеграма есть место в группе.\nГалина Сомова,');
      expect(anna.buttonLabels()).toEqual(['✓ Согласие есть, записать', '✗ Отказ, не записывать', 'Не дозвонились']);

      // Her offer in his chat was edited (fix36d): its words and buttons gone; no farewell (the button's answer said it).
      const edited = grandson.messages().find((m) => m.message_id === offered.message_id)!;
      expect(edited.text).toBe('Это сообщение больше не действует: Телеграм отвязан от записи в библиотеке.');
      expect(grandson.buttonLabels(edited)).toEqual([]);
      expect(grandson.messages().filter((m) => /^(Библиотека отвязала|Ваш Телеграм отвязан)/.test(m.text ?? ''))).toEqual([]);
      // Nothing under his Telegram id once the privacy job took it off the edits sent: no citizen, no message of hers to
      // his chat, no session with her entries.
      await runPrivacySweep(t.deps);
      expect(await findPersonalData({ telegramId: GRANDSON, names: [] })).toEqual([]);
      expect(await DeliveryModel.countDocuments({ message: /Сомова/, citizenId: { $ne: 5001 } })).toBe(0);
      expect(await AuditEntryModel.findOne({ action: 'citizen.unlink-telegram' }).lean()).toMatchObject({ actorId: 0, details: { entryIds: [entryId], calls: 1, by: 'citizen' } });

      // The offer's button in his chat no longer takes her seat; pressed again, the unlink does nothing.
      await grandson.pressData(accept, offered);
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: record._id, status: 'offered' });
      await grandson.pressData('forget:unlink');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      expect(await CitizenModel.countDocuments({ _id: { $lt: 0 } })).toBe(1);
      // He is nobody's record now: /start offers to link one again.
      const shown = grandson.messages().length;
      await grandson.text('/start');
      expect(grandson.messages().slice(shown).flatMap((m) => grandson.buttonLabels(m))).toContain('📋 Меня уже записали в библиотеке');
      expect(t.errors).toEqual([]);
    });

    it("someone's own Telegram join has no unlink: /forget shows no such button, and the button's data forged does nothing", async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-24T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const zlata = t.user(ZLATA);
      await zlata.text('/start');
      await join(zlata, 'Основы компьютерной грамотности', 'Утром', identifiers.phone);
      await zlata.text('/forget');
      expect(zlata.buttonLabels()).toEqual(['Да, удалить', 'Нет, оставить']);
      await zlata.pressData('forget:unlink');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      expect(await CitizenModel.findById(ZLATA.id).lean()).toMatchObject({ name: 'Злата Воронцова' });
      expect(await WaitlistEntryModel.countDocuments({ citizenId: ZLATA.id, status: 'waiting' })).toBe(1);
      expect(await CitizenModel.countDocuments({ _id: { $lt: 0 } })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });
});

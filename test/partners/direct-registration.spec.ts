import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { Types } from 'mongoose';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { createTestBot, type TestBot, testOffers } from '../helpers/test-bot.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { deliverAll } from '../helpers/outbox.js';
import { saveAttendance } from '../../src/domain/attendance.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { wordsOf } from '../../src/domain/text.js';
import { partnerWithLink } from './fixtures.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('direct-registration', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const env = { ADMIN_IDS: '900' };

  /** A representative's /add of one person for "Поиск работы в интернете" (the partner works with one center). */
  async function addPerson(rep: ReturnType<TestBot['user']>, name: string, phone: string) {
    await rep.text('/add');
    await rep.press('✓ Да, бланк подписан');
    await rep.text(name);
    await rep.text(phone);
    await rep.press('Поиск работы в интернете');
    await rep.press('Не важно');
    await rep.press('✓ Записать в очередь');
  }

  describe('a representative registers a person directly (/add)', () => {
    it('with the paper consent first, at the partner\'s centers, recorded as referred by the partner', async () => {
      const t = createTestBot({ env });
      const { id } = await partnerWithLink({ name: 'Социальная служба', kind: 'social', centerIds: ['kemerovo-gogol'] }, 7401);
      const rep = t.user({ id: 7401, first_name: 'Ольга', language_code: 'ru' });

      // No signed form: nothing is stored. The representative is not at a library center: the question does not say "в центре".
      const citizensBefore = await CitizenModel.countDocuments();
      await rep.text('/add');
      expect(rep.lastText()).toBe('Человек подписал бумажный бланк согласия на хранение имени и телефона? Без подписанного бланка бот ничего не сохранит.');
      await rep.press('Нет, ещё не подписан');
      expect(await CitizenModel.countDocuments()).toBe(citizensBefore);

      await rep.text('/add');
      await rep.press('✓ Да, бланк подписан');
      await rep.text('Смирнова Анна');
      await rep.text('8 923 555-44-33');
      await rep.press('Основы компьютерной грамотности');
      // The partner works with one center: no center question.
      await rep.press('Утром');
      expect(rep.lastText()).toContain('Смирнова Анна');
      await rep.press('✓ Записать в очередь');
      expect(rep.lastText()).toMatch(/^Записали в очередь: «Основы компьютерной грамотности», Кемерово, Библиотека имени Н. В. Гоголя/);

      const entry = await WaitlistEntryModel.findOne({ centerId: 'kemerovo-gogol' }).lean();
      expect(String(entry?.partnerId)).toBe(id);
      expect(entry?.citizenId).toBeLessThan(0); // a person without Telegram
      expect(await CitizenModel.findById(entry!.citizenId).lean()).toMatchObject({ reachable: false, consent: { method: 'paper', recordedBy: 7401 } });
      await rep.text('/referrals');
      // Without Telegram, with a phone: how the library reaches her (walk31 W31-07).
      expect(rep.lastText()).toContain('Смирнова Анна — Основы компьютерной грамотности\nЖдёт в очереди, место 1. Без Телеграма: библиотека звонит по телефону.');
      expect(await AuditEntryModel.findOne({ actorId: 7401, action: 'waitlist.add-by-staff' }).lean()).toMatchObject({ details: { partnerId: id } });

      // A citizen's /add is still refused by the desk's guard; staff keep the desk's flow.
      const ivan = t.user({ id: 6301, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/add');
      expect(ivan.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/add');
      expect(maria.lastText()).toMatch(/^Человек подписал в центре бумажный бланк/);
      await maria.press('✓ Да, бланк подписан');
      await maria.text('Козлов Пётр');
      await maria.text('8 923 555-44-34');
      await maria.press('Основы компьютерной грамотности');
      await maria.press(/^Кемерово: Областная/);
      await maria.press('Утром');
      await maria.press('✓ Записать в очередь');
      const staffEntry = await WaitlistEntryModel.findOne({ centerId: 'kemerovo-regional' }).lean();
      expect(staffEntry).not.toBeNull();
      expect(staffEntry).not.toHaveProperty('partnerId');

      // A closed group opened for the partner: the representative puts their person without Telegram into it.
      const groupId = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-gogol', room: 'Зал 7', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z')], closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      await rep.text('/groups');
      expect(rep.lastText()).toContain('Свободно 2 из 2.');
      await rep.press('Записать людей в группу 1');
      const fillMessage = rep.messages().at(-1)!;
      const fillData = (fillMessage.reply_markup!.inline_keyboard.flat().find((b) => b.text === '➕ Смирнова Анна') as { callback_data: string }).callback_data;
      // Another partner's representative replaying the button is refused, and nothing changes.
      await partnerWithLink({ name: 'Другая организация' }, 7402);
      const other = t.user({ id: 7402, first_name: 'Борис', language_code: 'ru' });
      await other.text('/start');
      await other.pressData(fillData, fillMessage);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Это не ваша организация или её уже нет.');
      expect((await WaitlistEntryModel.findById(entry!._id).lean())?.status).toBe('waiting');

      await rep.press('➕ Смирнова Анна');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Смирнова Анна: записали в группу.');
      expect(await WaitlistEntryModel.findById(entry!._id).lean()).toMatchObject({ status: 'enrolled', groupId: new Types.ObjectId(groupId) });
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ freeSeats: 1, enrolledCount: 1 });
      // Said on the screen itself, not only in the toast (walk s22 W22-17).
      // With the address and room she tells the person herself (walk38 L1); the group's line above says the start.
      expect(rep.lastText()).toMatch(/\. Свободно 1 из 2\.\n\nСмирнова Анна: записали в группу\. Скажите человеку сами, где занятия: Кемерово, проспект Ленина, 5, Зал 7\.\n\nСейчас записать некого/);
      expect(wordsOf(rep.lastText())).toBeLessThanOrEqual(60);
      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Смирнова Анна — Основы компьютерной грамотности\nЗанимается в группе: Кемерово, Библиотека имени Н. В. Гоголя, Зал 7');
      expect(await AuditEntryModel.countDocuments({ action: 'partner.enroll', actorId: 7401 })).toBe(1);
      expect(t.errors.filter((line) => !line.includes('refused'))).toEqual([]);
    });

    it('one of theirs added while the organization\'s group has a seat: one message asks to put them in now, and no librarian is to call meanwhile (walk s22 W22-16)', async () => {
      const t = createTestBot({ env });
      const { id } = await partnerWithLink({ name: 'Центр занятости', kind: 'employment', centerIds: ['kemerovo-lesnaya-polyana'] }, 7411);
      const groupId = await createGroup(900, {
        courseId: 'job-search', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 8', capacity: 1, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-02T03:00:00Z')], closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      const rep = t.user({ id: 7411, first_name: 'Игорь', language_code: 'ru' });
      await addPerson(rep, 'Петров Сергей', '8 913 000-11-22');
      // One message: the place in line and the question, not "the library will call when the turn comes".
      expect(rep.lastText()).toBe('Записали в очередь: «Поиск работы в интернете», Кемерово, Библиотека «Лесная Поляна». Место в очереди: 1.\nВ группе вашей организации есть свободное место. Записать человека в группу сейчас?');
      expect(rep.buttonLabels()).toEqual(['➕ Записать в группу']);
      const question = rep.messages().at(-1)!;
      const data = (question.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      const entry = (await WaitlistEntryModel.findOne({ partnerId: id }).lean())!;
      expect(entry.status).toBe('waiting');
      expect(await CallTaskModel.countDocuments({ entryId: entry._id })).toBe(0);

      await rep.press('➕ Записать в группу');
      expect(rep.messages().at(-1)!.message_id).toBe(question.message_id);
      // Where and when, which the representative tells the person herself (walk38).
      expect(rep.lastText()).toMatch(/^Записали в очередь: «Поиск работы в интернете», Кемерово, Библиотека «Лесная Поляна»\. Место в очереди: 1\.\nЗаписали человека в группу вашей организации\. Скажите человеку сами: «Поиск работы в интернете», .*Зал 8\.\nЗанятия: \n• 2 декабря, среда, 10:00$/);
      expect(rep.buttonLabels()).toEqual([]);
      expect(await WaitlistEntryModel.findById(entry._id).lean()).toMatchObject({ status: 'enrolled', groupId: new Types.ObjectId(groupId) });
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ freeSeats: 0, enrolledCount: 1 });
      expect(await CallTaskModel.countDocuments({ entryId: entry._id })).toBe(0);
      // The button pressed again (an old copy), or by another organization's representative: nothing changes.
      await rep.pressData(data, question);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Этого человека уже нет в очереди или группа закрыта.');
      expect(rep.buttonLabels()).toEqual([]);
      await partnerWithLink({ name: 'Другая организация' }, 7412);
      await t.user({ id: 7412, first_name: 'Борис', language_code: 'ru' }).pressData(data, question);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Этого человека уже нет в очереди или группа закрыта.');
      expect(await AuditEntryModel.countDocuments({ action: 'partner.enroll', actorId: 7411 })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('not put in at once: the offers job holds the seat for a librarian\'s call; the representative puts them in with /groups and the call is closed (walk s20 #17)', async () => {
      const t = createTestBot({ env });
      const { id } = await partnerWithLink({ name: 'Центр занятости', kind: 'employment', centerIds: ['kemerovo-lesnaya-polyana'] }, 7413);
      const groupId = await createGroup(900, {
        courseId: 'job-search', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 8', capacity: 1, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-02T03:00:00Z')], closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      await StaffMemberModel.create({ _id: 7414, displayName: 'Нина', centerIds: ['kemerovo-lesnaya-polyana'], addedBy: 900 });
      const nina = t.user({ id: 7414, first_name: 'Нина', language_code: 'ru' });
      const rep = t.user({ id: 7413, first_name: 'Игорь', language_code: 'ru' });
      await addPerson(rep, 'Петров Сергей', '8 913 000-11-23');
      await offerFreeSeats(groupId, t.clock.now(), testOffers());
      await deliverAll(t);
      expect(nina.lastText()).toMatch(/^📞 Позвоните: для человека без Телеграма есть место в группе\.\nПетров Сергей, /);
      expect(nina.buttonLabels()).toEqual(['✓ Согласие есть, записать', '✗ Отказ, не записывать', 'Не дозвонились']);
      const card = nina.messages().at(-1)!;
      const cardText = card.text!;
      const ninasMessages = nina.messages().length;
      const entry = (await WaitlistEntryModel.findOne({ partnerId: id }).lean())!;
      expect(entry.status).toBe('offered');
      expect(await CallTaskModel.countDocuments({ entryId: entry._id, status: 'open' })).toBe(1);
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ freeSeats: 0 });

      await rep.text('/groups');
      await rep.press('Записать людей в группу 1');
      expect(rep.buttonLabels()).toEqual(['➕ Петров Сергей (место ждёт, библиотека звонит)', 'Назад']);
      await rep.press('➕ Петров Сергей (место ждёт, библиотека звонит)');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Петров Сергей: записали в группу.');
      expect(await WaitlistEntryModel.findById(entry._id).lean()).toMatchObject({ status: 'enrolled', groupId: new Types.ObjectId(groupId) });
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ freeSeats: 0, enrolledCount: 1 });
      // The librarians' call is closed, with who answered it.
      expect(await CallTaskModel.findOne({ entryId: entry._id }).lean()).toMatchObject({ status: 'accepted', answeredBy: 7413, answeredByName: 'Центр занятости' });
      // The librarian's card is edited in place: no buttons, and what happened (walk s22 W22-13).
      await deliverAll(t);
      expect(nina.messages()).toHaveLength(ninasMessages);
      expect(nina.messages().at(-1)!.message_id).toBe(card.message_id);
      expect(nina.lastText()).toBe(`${cardText}\n\n✅ Человек записан в группу.\n\nОтвет отмечен: Центр занятости, 24 ноября, вторник, 10:00.`);
      expect(nina.buttonLabels()).toEqual([]);
      expect(rep.lastText()).toMatch(/\n\nПетров Сергей: записали в группу\. Скажите человеку сами, где занятия: [^\n]+, Зал 8\.\n\nСвободных мест нет\.$/);
      expect(t.errors).toEqual([]);
    });

    it('/groups shows, under each group, who came to each lesson whose attendance is marked (walk s22 W22-21)', async () => {
      const t = createTestBot({ env });
      const { id } = await partnerWithLink({ name: 'Центр занятости', kind: 'employment', centerIds: ['kemerovo-lesnaya-polyana'] }, 7415);
      const groupId = await createGroup(900, {
        courseId: 'job-search', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 8', capacity: 3, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')], closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      const rep = t.user({ id: 7415, first_name: 'Игорь', language_code: 'ru' });
      for (const [name, phone] of [['Орлова Вера', '8 913 000-11-31'], ['Гаврилов Семён', '8 913 000-11-32']] as const) {
        await addPerson(rep, name, phone);
        await rep.press('➕ Записать в группу');
      }
      await rep.text('/groups');
      expect(rep.lastText()).toMatch(/Свободно 1 из 3\.$/); // no lesson held yet: nothing more
      t.clock.current = new Date('2026-12-01T05:00:00Z');
      const vera = (await CitizenModel.findOne({ name: 'Орлова Вера' }).lean())!;
      const first = (await LessonModel.findOne({ groupId, index: 1 }).lean())!;
      expect(await saveAttendance(900, String(first._id), [vera._id], t.clock.now())).not.toBe('not-started');
      await rep.text('/groups');
      expect(rep.lastText()).toMatch(/Свободно 1 из 3\.\nЗанятие 1 \(1 декабря\): пришли 1 из 2\.$/);
      expect(t.errors).toEqual([]);
    });

    it("does not tell a representative where a phone they did not refer waits, and tells them for their own people (walk s20 #40)", async () => {
      const t = createTestBot({ env });
      await partnerWithLink({ name: 'Больница', kind: 'hospital', centerIds: ['kemerovo-lesnaya-polyana'] }, 7421);
      // A citizen who joined in Telegram by herself, with her phone.
      await addToWaitlist(7431, { name: 'Сидорова Валентина', phone: '+79131234567', centerId: 'kemerovo-lesnaya-polyana', courseId: 'basics' });
      const rep = t.user({ id: 7421, first_name: 'Игорь', language_code: 'ru' });
      const add = async (name: string, phone: string) => {
        await rep.text('/add');
        await rep.press('✓ Да, бланк подписан');
        await rep.text(name);
        await rep.text(phone);
        await rep.press('Основы компьютерной грамотности');
      };
      await add('Сидорова Валентина', '8 913 123-45-67');
      expect(rep.lastText()).toBe('С этим телефоном человек уже записан на курс «Основы компьютерной грамотности». Ничего не меняли. Где он записан, знают в библиотеке.');
      // One of their own: where and which place, as before.
      await add('Орлов Павел', '8 913 765-43-21');
      await rep.press('Утром');
      await rep.press('✓ Записать в очередь');
      await add('Орлов Павел', '8 913 765-43-21');
      expect(rep.lastText()).toMatch(/^Этот телефон уже в очереди на курс «Основы компьютерной грамотности» \(Кемерово, Библиотека «Лесная Поляна»\): место \d\./);
      expect(t.errors).toEqual([]);
    });
  });
});

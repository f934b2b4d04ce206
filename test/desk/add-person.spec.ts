import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { StatsSnapshotModel } from '../../src/db/models/stats-snapshot.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { commitImport } from '../../src/domain/import/commit.js';
import { prepareImport } from '../../src/domain/import/prepare.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { listActiveEntries } from '../../src/domain/waitlist.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('add-person', () => {
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 900;
  /** A librarian of one center (Белово): the center question is skipped. */
  const LIBRARIAN = 700;
  /** A librarian of two centers (Белово, Юрга). */
  const LIBRARIAN_TWO = 701;
  const BASICS = 'Основы компьютерной грамотности';
  const INTERNET = 'Интернет и электронная почта';
  const GOSUSLUGI = 'Госуслуги онлайн';
  const NOT_ALLOWED = 'Эта команда только для сотрудников библиотеки.';

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([
      CitizenModel.deleteMany({}), WaitlistEntryModel.deleteMany({}), AuditEntryModel.deleteMany({}), StaffMemberModel.deleteMany({}),
      ClassGroupModel.deleteMany({}), StatsSnapshotModel.deleteMany({}),
    ]);
    await StaffMemberModel.create([
      { _id: LIBRARIAN, displayName: 'Анна', centerIds: ['belovo-central'], addedBy: COORDINATOR },
      { _id: LIBRARIAN_TWO, displayName: 'Вера', centerIds: ['belovo-central', 'yurga-central'], addedBy: COORDINATOR },
    ]);
  });

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  interface Person {
    name: string;
    phone: string;
    course: string;
    /** The center button; absent for a librarian of one center. */
    center?: string | RegExp;
    time: string;
  }

  /** The /add flow up to the summary, by typing and pressing what the bot shows. */
  async function upToSummary(staff: TestUser, p: Person) {
    await staff.text('/add');
    expect(staff.lastText()).toMatch(/подписал.*бланк согласия/);
    await staff.press('✓ Да, бланк подписан');
    expect(staff.lastText()).toBe('Напишите фамилию и имя человека.');
    await staff.text(p.name);
    expect(staff.lastText()).toMatch(/^Напишите телефон человека/);
    await staff.text(p.phone);
    expect(staff.lastText()).toBe('На какой курс записать?');
    await staff.press(p.course);
    if (p.center) {
      expect(staff.lastText()).toBe('В каком центре?');
      await staff.press(p.center);
    }
    expect(staff.lastText()).toBe('Когда человеку удобнее заниматься?');
    await staff.press(p.time);
  }

  async function addPerson(staff: TestUser, p: Person) {
    await upToSummary(staff, p);
    expect(staff.lastText()).toMatch(/^Проверьте, пожалуйста:/);
    await staff.press('✓ Записать в очередь');
    return staff.lastText();
  }

  const mariya: Person = { name: 'Иванова Мария Петровна', phone: '8 (38452) 2-11-22', course: BASICS, time: 'Утром' };

  describe('/add', () => {
    it('a librarian of one center registers a person without Telegram: the center is skipped, the place in line shown, audited by ids', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('И');
      expect(anna.lastText()).toBe('Имя должно быть от 2 до 100 букв. Напишите ещё раз.');
      // A phone typed into the name would read as the person's phone on rosters and call cards (probe s20 F3).
      await anna.text('@admin +Мария\n+7 923 555-44-33');
      expect(anna.lastText()).toBe('В имени не нужен номер телефона: его спросим следующим вопросом. Напишите только имя.');
      await anna.text(mariya.name);
      await anna.text('12-34');
      expect(anna.lastText()).toMatch(/^Не получилось прочитать номер/);
      await anna.text('0000000000000');
      expect(anna.lastText()).toMatch(/^Не получилось прочитать номер/);
      await anna.text(mariya.phone);
      await anna.press(BASICS);
      expect(anna.lastText()).toBe('Когда человеку удобнее заниматься?'); // one center: not asked
      await anna.press('Утром');
      expect(anna.lastText()).toBe(
        'Проверьте, пожалуйста:\nИмя: Иванова Мария Петровна\nТелефон: +7 38452 2-11-22\nКурс: Основы компьютерной грамотности\n' +
          'Центр: Белово, Центральная городская библиотека\nВремя: Утром\nСогласие: подписано на бумаге',
      );
      expect(await CitizenModel.countDocuments()).toBe(0); // nothing before Confirm
      await anna.press('✓ Записать в очередь');
      expect(anna.lastText()).toBe(
        'Записали в очередь: «Основы компьютерной грамотности», Белово, Центральная городская библиотека. Место в очереди: 1.\n' +
          'Телеграма у человека нет: когда подойдёт очередь, библиотека позвонит по записанному телефону.',
      );

      // Stored exactly as the import stores a person from a paper list.
      const citizen = await CitizenModel.findOne({ phone: '+73845221122' }).lean();
      expect(citizen).toMatchObject({
        name: 'Иванова Мария Петровна', phone: '+73845221122', reachable: false, language: 'ru',
        consent: { method: 'paper', version: 'paper', centerId: 'belovo-central', recordedBy: LIBRARIAN, recordedAt: NOW, givenAt: NOW },
      });
      expect(citizen!._id).toBeLessThan(-(2 ** 48));
      const entry = await WaitlistEntryModel.findOne({ citizenId: citizen!._id }).lean();
      expect(entry).toMatchObject({ courseId: 'basics', centerId: 'belovo-central', timeOfDay: 'morning', status: 'waiting', joinedAt: NOW, activeKey: `${citizen!._id}:basics` });
      const audit = await AuditEntryModel.findOne({ action: 'waitlist.add-by-staff' }).lean();
      expect(audit).toMatchObject({ actorId: LIBRARIAN, target: `entry:${String(entry!._id)}`, details: { centerId: 'belovo-central', courseId: 'basics', newPerson: true } });
      expect(JSON.stringify(audit)).not.toMatch(/Иванова|3845221122|-\d{10,}/);
      expect(t.errors).toEqual([]);
    });

    it('W34-03: a phone typed with a note, «+7 923 123-45-67 (дочь)» or «89231234567 дочь», is the phone; the note goes on the card, not into the phone', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await upToSummary(anna, { name: 'Дочерина Вера', phone: '+7 923 034-03-01 (дочь)', course: BASICS, time: 'Утром' });
      expect(anna.lastText()).toContain('Телефон: +7 923 034-03-01 (дочь)\n');
      await anna.press('✓ Записать в очередь');
      expect(await CitizenModel.findOne({ name: 'Дочерина Вера' }).lean()).toMatchObject({ phone: '+79230340301', notes: 'дочь' });
      await addPerson(anna, { name: 'Внучкина Нина', phone: '89230340302 внучка', course: BASICS, time: 'Утром' });
      expect(await CitizenModel.findOne({ name: 'Внучкина Нина' }).lean()).toMatchObject({ phone: '+79230340302', notes: 'внучка' });
      // The /find card shows the note; its phone question reads a phone with words too and keeps only the number.
      await anna.text('/find Дочерина');
      expect(anna.lastText()).toContain('дочь');
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Безтелефонова Ольга');
      await anna.text('тел. 8 923 034-03-03');
      expect(anna.lastText()).toBe('На какой курс записать?');
      expect(t.errors).toEqual([]);
    });

    it('a coordinator chooses among every center; the person takes their place among Telegram people by join time', async () => {
      await addToWaitlist(101, { centerId: 'yurga-central', courseId: 'basics', at: new Date('2026-11-01T05:00:00Z') });
      await addToWaitlist(102, { centerId: 'yurga-central', courseId: 'basics', at: new Date('2026-11-20T05:00:00Z') });
      const t = setup();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await upToSummary(olga, { ...mariya, phone: '+7 923 123-45-67', center: 'Юрга: Центральная городская библиотека' });
      expect(olga.lastText()).toContain('Центр: Юрга, Центральная городская библиотека');
      await olga.press('✓ Записать в очередь');
      expect(olga.lastText()).toContain('Место в очереди: 3.');

      // A Telegram user who joins later stands behind her; she stays third.
      t.clock.advance(60_000);
      await addToWaitlist(103, { centerId: 'yurga-central', courseId: 'basics', at: t.clock.now() });
      const line = await WaitlistEntryModel.find({ centerId: 'yurga-central', courseId: 'basics', status: 'waiting' }).sort({ joinedAt: 1, _id: 1 }).lean();
      expect(line.map((e) => (e.citizenId! > 0 ? e.citizenId : 'desk'))).toEqual([101, 102, 'desk', 103]);
      expect((await listActiveEntries(103, t.clock.now()))[0]!.position).toBe(4);
      expect((await listActiveEntries(line[2]!.citizenId!, t.clock.now()))[0]!.position).toBe(3);

      // /stats and /export count her like anyone.
      await olga.text('/stats');
      expect(olga.textsSince(0).join('\n')).toMatch(/^Юрга, Центральная городская библиотека: 4$/m); // named in full (walk s22 W22-28)
      await olga.text('/export');
      const csv = (t.telegram.callsOf('sendDocument').at(0)!.payload.document.data as Buffer).toString('utf8');
      expect(csv).toContain("Юрга: Центральная городская библиотека;Основы компьютерной грамотности;ждёт;2026-11-30 12:00;3;Утром;Иванова Мария Петровна;8 923 123-45-67");
      expect(t.errors).toEqual([]);
    });

    it('takes the number of a contact card shared at the phone step (probe s21 L10)', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Карточкина Вера');
      await anna.contact('+7 923 700-11-22', 555_000); // a caller's card: another Telegram user's contact
      expect(anna.lastText()).toBe('На какой курс записать?');
      await anna.press(BASICS);
      await anna.press('Утром');
      expect(anna.lastText()).toContain('+7 923 700-11-22');
    });

    it('Back returns to the question before with the answer shown; Cancel and "not signed" store nothing', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/add');
      await anna.press('Нет, ещё не подписан');
      expect(anna.lastText()).toMatch(/^Ничего не сохранили. Попросите человека подписать бланк согласия/);

      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Петров Иван');
      await anna.press('Назад');
      expect(anna.lastText()).toBe('Напишите фамилию и имя человека.\nСейчас: Петров Иван');
      await anna.text('Петров Иван Сергеевич');
      await anna.text('89231234567');
      await anna.press(INTERNET);
      await anna.press('Назад');
      expect(anna.lastText()).toBe('На какой курс записать?');
      await anna.press('Назад');
      expect(anna.lastText()).toMatch(/^Напишите телефон человека[^]*Сейчас: 89231234567$/);
      await anna.text('89231234568');
      await anna.press(BASICS);
      await anna.press('Отмена');
      expect(anna.lastText()).toBe('Хорошо, отменили. Вы в главном меню.');
      expect(await CitizenModel.countDocuments()).toBe(0);
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);

      // Back after Back reaches the summary with the corrected answers.
      await upToSummary(anna, { ...mariya, name: 'Петров Иван' });
      await anna.press('Назад');
      await anna.press('Вечером');
      expect(anna.lastText()).toContain('Время: Вечером');
      await anna.press('✓ Записать в очередь');
      expect(await WaitlistEntryModel.countDocuments({ timeOfDay: 'evening' })).toBe(1);
    });

    it('the same phone on the list for the course is answered with its place, nothing written; another course goes to the same person', async () => {
      await addToWaitlist(101, { centerId: 'belovo-central', courseId: 'basics', at: new Date('2026-11-01T05:00:00Z') });
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      expect(await addPerson(anna, mariya)).toContain('Место в очереди: 2.');

      // Again, the phone typed another way, the name shortened: the librarian says it is her; said after the course
      // question, before anything else is asked.
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Иванова М. П.');
      await anna.text('+7 38452 21122');
      expect(anna.lastText()).toBe('С этим телефоном уже записан человек: Иванова Мария Петровна. Иванова М. П. — это тот же человек?');
      await anna.press('Да, тот же человек');
      await anna.press(BASICS);
      expect(anna.lastText()).toBe('Этот телефон уже в очереди на курс «Основы компьютерной грамотности» (Белово, Центральная городская библиотека): место 2. Ничего не меняли.');
      expect(await WaitlistEntryModel.countDocuments()).toBe(2);
      expect(await CitizenModel.countDocuments({ phoneKey: { $exists: true } })).toBe(1);

      // Another course: the same person gets it (one citizen, two entries); the name in another order is hers.
      const text = await addPerson(anna, { ...mariya, name: 'Мария Петровна ИВАНОВА', course: INTERNET });
      expect(text).toContain('Место в очереди: 1.');
      expect(text).toContain('Этот телефон уже был в списке: курс добавлен тому же человеку.');
      const people = await CitizenModel.find({ phone: '+73845221122' }).lean();
      expect(people).toHaveLength(1);
      expect(people[0]!.name).toBe('Иванова Мария Петровна');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: people[0]!._id })).toBe(2);

      // A Telegram user's phone and name on the list for the course counts too; their account is never touched.
      await addToWaitlist(102, { centerId: 'belovo-central', courseId: 'gosuslugi', phone: '+79131112233' });
      await CitizenModel.updateOne({ _id: 102 }, { $set: { name: 'Олег Смирнов' } });
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Смирнов Олег');
      await anna.text('8 913 111-22-33');
      await anna.press(GOSUSLUGI);
      expect(anna.lastText()).toBe(`Этот телефон уже в очереди на курс «${GOSUSLUGI}» (Белово, Центральная городская библиотека): место 1. Ничего не меняли.`);
      expect(await CitizenModel.countDocuments()).toBe(3);

      // Their phone for another course: said that it is a Telegram person's, who had better join in the bot; the
      // librarian may still register here (walk s20 #41: a silent second, phone-only person).
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Смирнов Олег');
      await anna.text('8 913 111-22-33');
      await anna.press(INTERNET);
      expect(anna.lastText()).toMatch(/^Этот телефон указал человек, который записан через Телеграм\. Если это он, пусть запишется на курс сам в боте/);
      expect(anna.buttonLabels()).toEqual(['Всё равно записать здесь', 'Назад', 'Отмена']);
      await anna.press('Отмена');
      expect(await CitizenModel.countDocuments()).toBe(3);
    });

    it('a person imported from a paper list is the same person for /add: the same course is refused with the place, another is added to them', async () => {
      const csv = 'ФИО;Телефон;Курс;Центр;Дата записи\r\nИванова Мария Петровна;8 (38452) 2-11-22;basics;belovo-central;05.03.2025\r\n';
      await commitImport(await prepareImport(new TextEncoder().encode(csv), 'list.csv'), { kind: 'coordinator' }, {}, COORDINATOR, NOW);
      await addToWaitlist(101, { centerId: 'belovo-central', courseId: 'basics', at: new Date('2025-06-01T05:00:00Z') });
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Иванова Мария');
      await anna.text('83845221122');
      await anna.press('Да, тот же человек');
      await anna.press(BASICS);
      expect(anna.lastText()).toContain('Этот телефон уже в очереди на курс «Основы компьютерной грамотности» (Белово, Центральная городская библиотека): место 1.');
      expect(await addPerson(anna, { ...mariya, course: INTERNET })).toContain('курс добавлен тому же человеку');
      const person = await CitizenModel.findOne({ phone: '+73845221122' }).lean();
      expect(await WaitlistEntryModel.find({ citizenId: person!._id }).sort({ joinedAt: 1 }).lean()).toMatchObject([
        { courseId: 'basics', imported: { line: 2 } },
        { courseId: 'internet', joinedAt: NOW },
      ]);
      expect(await CitizenModel.countDocuments({ phoneKey: { $exists: true } })).toBe(1);
    });

    it('refuses forged and stale choices: another center by forged data, a role withdrawn before Confirm, a citizen', async () => {
      const t = setup();
      const vera = t.user({ id: LIBRARIAN_TWO, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/add');
      await vera.press('✓ Да, бланк подписан');
      await vera.text('Сидорова Анна');
      await vera.text('89235550011');
      await vera.press(BASICS);
      expect(vera.buttonLabels()).toEqual(['Белово: Центральная городская библиотека', 'Юрга: Центральная городская библиотека', 'Назад', 'Отмена']);
      // A center that is not hers, by forged button data: the index of no button shown.
      await vera.pressForged('2');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      expect(vera.lastText()).toBe('В каком центре?');
      await vera.press('Юрга: Центральная городская библиотека');
      await vera.press('Не важно');
      // Юрга is taken from her before she confirms.
      await StaffMemberModel.updateOne({ _id: LIBRARIAN_TWO }, { $set: { centerIds: ['belovo-central'] } });
      await vera.press('✓ Записать в очередь');
      // Still a librarian of Белово: told why (probe29 L3), not "for library staff only".
      expect(vera.lastText()).toBe('Вы больше не работаете в этом центре: записать сюда человека нельзя.');
      expect(await CitizenModel.countDocuments()).toBe(0);
      expect(await WaitlistEntryModel.countDocuments()).toBe(0);

      const citizen = t.user({ id: 5001, first_name: 'Иван', language_code: 'ru' });
      await citizen.text('/add');
      expect(citizen.lastText()).toBe(NOT_ALLOWED);
      expect(await AuditEntryModel.countDocuments({ action: 'waitlist.add-by-staff' })).toBe(0);
    });

    it('a person registered at the desk is enrolled like anyone and appears in the group roster', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await addPerson(anna, mariya);
      const entry = await WaitlistEntryModel.findOne({ centerId: 'belovo-central' }).lean();
      const { id: groupId } = await groupWithOffers(NOW, { centerId: 'belovo-central', actorId: LIBRARIAN });
      // What a librarian's "Accepted" on a call task does (issue 11.3): the seat offered, then taken.
      await WaitlistEntryModel.updateOne(
        { _id: entry!._id },
        { $set: { status: 'offered', offer: { groupId: new Types.ObjectId(groupId), offeredAt: NOW, expiresAt: new Date(NOW.getTime() + 3600_000) } } },
      );
      expect(await acceptOffer(entry!.citizenId!, String(entry!._id), NOW)).toMatchObject({ ok: true });
      await anna.text('/classes');
      await anna.press(/^1\. Основы, /);
      expect(anna.lastText()).toContain('1. Иванова Мария Петровна');
    });
  });
});

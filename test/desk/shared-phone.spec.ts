import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { PartnerModel } from '../../src/db/models/partner.js';
import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { partnerWithLink } from '../partners/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('shared-phone', () => {
  /**
   * Two people on one phone (walk s21 W21-03): a couple's home landline, a mother on her daughter's number. A person
   * without Telegram is a phone AND a name; /add asks library staff whether another name is the same person.
   */
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 900;
  const LIBRARIAN = 720;
  const REPRESENTATIVE = 7420;
  const BASICS = 'Основы компьютерной грамотности';
  const INTERNET = 'Интернет и электронная почта';
  const HOME = '+73845227788';

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([
      CitizenModel.deleteMany({}), WaitlistEntryModel.deleteMany({}), StaffMemberModel.deleteMany({}), ClassGroupModel.deleteMany({}),
      LessonModel.deleteMany({}), SeatOfferModel.deleteMany({}), CallTaskModel.deleteMany({}), PartnerModel.deleteMany({}), PartnerRepresentativeModel.deleteMany({}),
    ]);
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Анна', centerIds: ['belovo-central'], addedBy: COORDINATOR });
  });

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  /** /add at the librarian's one center, up to the course question (or the question about the phone). */
  async function upToCourse(staff: TestUser, name: string, phone: string) {
    await staff.text('/add');
    await staff.press('✓ Да, бланк подписан');
    await staff.text(name);
    await staff.text(phone);
  }

  async function finish(staff: TestUser, course: string) {
    await staff.press(course);
    await staff.press('Утром');
    await staff.press('✓ Записать в очередь');
    return staff.lastText();
  }

  describe('two people on one phone at the desk (/add)', () => {
    it('a couple on one landline: asked once, "another person" makes two people; both on the roster under their own names', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await upToCourse(anna, 'Петрова Галина Ивановна', '8 (38452) 2-77-88');
      expect(await finish(anna, BASICS)).toMatch(/^Записали в очередь:/);

      await upToCourse(anna, 'Петров Николай Семёнович', '83845227788');
      expect(anna.lastText()).toBe('С этим телефоном уже записан человек: Петрова Галина Ивановна. Петров Николай Семёнович — это тот же человек?');
      expect(anna.buttonLabels()).toEqual(['Да, тот же человек', 'Нет, другой человек', 'Назад', 'Отмена']);
      await anna.press('Нет, другой человек');
      // The same course as his wife: not "this phone is on the list already".
      const text = await finish(anna, BASICS);
      expect(text).toMatch(/^Записали в очередь:/);
      expect(text).not.toContain('тому же человеку');
      const people = await CitizenModel.find({ phone: HOME }).sort({ name: 1 }).lean();
      expect(people.map((c) => c.name)).toEqual(['Петров Николай Семёнович', 'Петрова Галина Ивановна']);
      expect(await WaitlistEntryModel.countDocuments({ courseId: 'basics', citizenId: { $in: people.map((c) => c._id) } })).toBe(2);

      // The same /add again (his name another way): the same person, nothing new.
      await upToCourse(anna, 'николай петров семенович', '83845227788');
      await anna.press(BASICS);
      expect(anna.lastText()).toMatch(/^Этот телефон уже в очереди на курс «Основы компьютерной грамотности»/);
      expect(await CitizenModel.countDocuments({ phone: HOME })).toBe(2);

      // /find by the phone: both, each under their own name.
      await anna.text('/find');
      await anna.text('8 38452 27788');
      expect(anna.lastText()).toMatch(/^Найдено: 2\./);
      expect(anna.lastText()).toContain('Петров Николай Семёнович, +7 38452 2-77-88');
      expect(anna.lastText()).toContain('Петрова Галина Ивановна, +7 38452 2-77-88');
      await anna.press('Отмена');

      // A group: both are offered a seat by phone; /calls names each of them (one call to the home phone may do for both).
      await groupWithOffers(NOW, { centerId: 'belovo-central', actorId: LIBRARIAN });
      await anna.text('/calls');
      expect(anna.buttonLabels().filter((l) => l.startsWith('Ответить')).sort()).toEqual([
        'Ответить: Петров Николай Семёнович', 'Ответить: Петрова Галина Ивановна',
      ]);
      for (const entry of await WaitlistEntryModel.find({ status: 'offered' }).lean()) {
        expect(await acceptOffer(entry.citizenId!, String(entry._id), NOW)).toMatchObject({ ok: true });
      }
      await anna.text('/classes');
      await anna.press(/^1\. Основы, /);
      expect(anna.lastText()).toContain('Петрова Галина Ивановна');
      expect(anna.lastText()).toContain('Петров Николай Семёнович');
      expect(t.errors).toEqual([]);
    });

    it('"Yes, the same person" adds the course to the one registered first, under her name', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await upToCourse(anna, 'Кузьмина Анна Степановна', HOME);
      await finish(anna, BASICS);
      await upToCourse(anna, 'Кузьмина А. С.', HOME);
      await anna.press('Да, тот же человек');
      // Her course: said at once, nothing written.
      await anna.press(BASICS);
      expect(anna.lastText()).toMatch(/^Этот телефон уже в очереди на курс «Основы компьютерной грамотности».*место 1\./);
      await upToCourse(anna, 'Кузьмина А. С.', HOME);
      await anna.press('Да, тот же человек');
      await anna.press(INTERNET);
      await anna.press('Утром');
      expect(anna.lastText()).toContain('Имя: Кузьмина Анна Степановна\n');
      await anna.press('✓ Записать в очередь');
      expect(anna.lastText()).toContain('Этот человек уже был в списке: курс добавлен ему, под именем Кузьмина Анна Степановна.');
      const people = await CitizenModel.find({ phone: HOME }).lean();
      expect(people.map((c) => c.name)).toEqual(['Кузьмина Анна Степановна']);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: people[0]!._id })).toBe(2);
    });

    it('"under the name …" and "the same person?" left in her chat are closed when that person is forgotten (task28 fixC)', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await upToCourse(anna, 'Кузьмина Анна Степановна', HOME);
      await finish(anna, BASICS);
      await upToCourse(anna, 'Кузьмина А. С.', HOME);
      await anna.press('Да, тот же человек');
      await finish(anna, INTERNET);
      const known = anna.messages().at(-1)!;
      expect(known.text).toContain('под именем Кузьмина Анна Степановна.');
      // Another /add on the phone, its question left open.
      await upToCourse(anna, 'Кузьмин Пётр', HOME);
      const asked = anna.messages().at(-1)!;
      expect(asked.text).toMatch(/^С этим телефоном уже записан человек: Кузьмина Анна Степановна\./);

      const coordinator = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/forgetperson');
      await coordinator.text('Кузьмина');
      await coordinator.press('🗑 Да, удалить');
      expect(coordinator.lastText()).toMatch(/^Данные удалены/);
      await deliverAll(t);
      const now = (id: number) => anna.messages().find((m) => m.message_id === id);
      for (const id of [known.message_id, asked.message_id]) expect(now(id)).toMatchObject({ text: 'Сообщение удалено: данные человека удалены.', reply_markup: undefined });
      expect(t.errors).toEqual([]);
    });

    it('a partner\'s representative is never shown the other person\'s name: another name is another person', async () => {
      const t = setup();
      await StaffMemberModel.updateOne({ _id: LIBRARIAN }, { $set: { centerIds: ['kemerovo-gogol'] } });
      await partnerWithLink({ name: 'Социальная служба', kind: 'social', centerIds: ['kemerovo-gogol'] }, REPRESENTATIVE);
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await upToCourse(anna, 'Кузьмина Анна Степановна', HOME);
      await finish(anna, BASICS);

      const rep = t.user({ id: REPRESENTATIVE, first_name: 'Ольга', language_code: 'ru' });
      await upToCourse(rep, 'Кузьмина Елена', HOME);
      expect(rep.lastText()).toBe('На какой курс записать?');
      expect(await finish(rep, BASICS)).toMatch(/^Записали в очередь:/);
      // Her own person again: known, and where is said, but still no other name.
      await upToCourse(rep, 'Кузьмина Елена', HOME);
      await rep.press(BASICS);
      expect(rep.lastText()).toMatch(/^Этот телефон уже в очереди/);
      expect(t.telegram.messagesTo(REPRESENTATIVE).map((m) => m.text ?? '').filter((text) => /Анна|Степановна/.test(text))).toEqual([]);
      expect((await CitizenModel.find({ phone: HOME }).lean()).map((c) => c.name).sort()).toEqual(['Кузьмина Анна Степановна', 'Кузьмина Елена']);
    });

    it('/forgetperson finds both by the phone, told apart by name, and forgets only the chosen one', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await upToCourse(anna, 'Петрова Галина', HOME);
      await finish(anna, BASICS);
      await upToCourse(anna, 'Петров Николай', HOME);
      await anna.press('Нет, другой человек');
      await finish(anna, BASICS);

      await anna.text('/forgetperson');
      await anna.text('8 38452 27788');
      expect(anna.lastText()).toMatch(/^Найдено: 2\./);
      expect(anna.lastText()).toContain('Петров Николай, +7 38452 2-77-88');
      expect(anna.lastText()).toContain('Петрова Галина, +7 38452 2-77-88');
      await anna.press(/^Петров Николай · /);
      await anna.press('🗑 Да, удалить');
      expect(anna.lastText()).toMatch(/^Данные удалены/);
      const left = await CitizenModel.find({ phone: HOME }).lean();
      expect(left.map((c) => c.name)).toEqual(['Петрова Галина']);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: left[0]!._id, status: 'waiting' })).toBe(1);
    });
  });

  describe("a librarian typing a phone of another center's person into /add", () => {
    it('is not shown their name; the person she registers is another person (probe s23 H2)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await paperPerson(-(2 ** 49 + 7001), { name: 'Сидорова Галина Петровна', phone: '+79131237001', joinedAt: new Date('2026-11-01T03:00:00Z'), centerId: 'novokuznetsk-central' });
      await librarian(5501, 'Юлия', ['yurga-central']);
      const yulia = t.user({ id: 5501, first_name: 'Юлия', language_code: 'ru' });
      await yulia.text('/add');
      await yulia.press('✓ Да, бланк подписан');
      await yulia.text('Петров Пётр');
      await yulia.text('89131237001');
      expect(yulia.textsSince(0).join('\n')).not.toContain('Сидорова');
      expect(yulia.lastText()).toMatch(/курс/i); // straight to the course question
      await yulia.press('Интернет и электронная почта');
      await yulia.press('Не важно');
      await yulia.press(/Записать/);
      expect(yulia.textsSince(0).join('\n')).not.toContain('Сидорова');
      const people = await CitizenModel.find({ phone: '+79131237001' }, { name: 1 }).lean();
      expect(people.map((p) => p.name).sort()).toEqual(['Петров Пётр', 'Сидорова Галина Петровна']);
      // Her /find shows her own person only.
      await yulia.text('/find');
      await yulia.text('89131237001');
      expect(yulia.lastText()).toContain('Петров Пётр');
      expect(yulia.lastText()).not.toContain('Сидорова');
      expect(t.errors).toEqual([]);
    });
  });
});

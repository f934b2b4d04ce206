import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { wordsOf } from '../helpers/citizen-walk.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('forget-person', () => {
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 900;
  /** A librarian of Белово. */
  const LIBRARIAN = 700;
  const NOT_ALLOWED = 'Эта команда только для сотрудников библиотеки.';
  const OUTDATED = 'Эта кнопка уже не действует.';

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([CitizenModel.deleteMany({}), WaitlistEntryModel.deleteMany({}), AuditEntryModel.deleteMany({}), StaffMemberModel.deleteMany({})]);
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Анна', centerIds: ['belovo-central'], addedBy: COORDINATOR });
  });

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  /** /add for a person at Белово (the librarian's one center). */
  async function addAtDesk(staff: TestUser, name: string, phone: string) {
    await staff.text('/add');
    await staff.press('✓ Да, бланк подписан');
    await staff.text(name);
    await staff.text(phone);
    await staff.press('Основы компьютерной грамотности');
    await staff.press('Утром');
    await staff.press('✓ Записать в очередь');
    expect(staff.lastText()).toMatch(/^Записали в очередь:/);
  }

  describe('/forgetperson', () => {
    it('a librarian forgets a person without Telegram found by phone: nothing that leads back to them remains; counts stay', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await addAtDesk(anna, 'Воронцова Злата', '8 923 765-43-21');
      await addToWaitlist(101, { centerId: 'belovo-central', at: new Date('2026-12-01T05:00:00Z') });
      const citizen = await CitizenModel.findOne({ phone: '+79237654321' }).lean();
      const person = { telegramId: citizen!._id, names: ['Злата', 'Воронцова'], phone: '+7 923 765-43-21' };
      // The scan finds her first (so it cannot pass by finding nothing anywhere).
      expect(new Set((await findPersonalData(person)).map((f) => f.collection))).toEqual(new Set(['citizens', 'waitlistentries']));

      await anna.text('/forgetperson');
      expect(anna.lastText()).toMatch(/^Кого удалить\? Напишите телефон или часть имени/);
      await anna.text('+7 (923) 765 43 21');
      // One found: her data and «Delete?» at once, as /find's card, not a list of one to press (walk s28 W28-22).
      expect(anna.lastText()).toMatch(/^Удалить все данные этого человека\?\nВоронцова Злата, \+7 923 765-43-21\n• Основы, Белово, Центральная городская библиотека: в очереди, место 1/);
      expect(anna.textsSince(0).some((text) => text.startsWith('Найдено'))).toBe(false);
      await anna.press('🗑 Да, удалить');
      expect(anna.lastText()).toMatch(/^Данные удалены/);

      expect(await findPersonalData(person)).toEqual([]);
      // Nor does any message of the bot in her chat, as it reads now (only what the librarian typed herself does).
      const botTexts = t.telegram.messagesTo(LIBRARIAN).map((m) => m.text ?? '');
      expect(botTexts.filter((text) => /Воронцова|7654321|765-43-21/.test(text))).toEqual([]);
      expect(await WaitlistEntryModel.countDocuments({ status: 'forgotten', citizenId: { $exists: false } })).toBe(1);
      expect((await WaitlistEntryModel.findOne({ citizenId: 101 }).lean())!.status).toBe('waiting'); // the next person moves up
      const audit = await AuditEntryModel.findOne({ action: 'citizen.forget-by-staff' }).lean();
      expect(audit).toMatchObject({ actorId: LIBRARIAN, target: 'citizen', details: { entries: 1, telegram: false, foundBy: 'phone' } });
      expect(t.errors).toEqual([]);
    });

    it('W31-08 for /forgetperson: the phone or name typed after the command is the search; Back asks it; nobody found is said, then asked', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await addAtDesk(anna, 'Тихонов Иван', '8 923 111-22-51');
      const confirm = /^Удалить все данные этого человека\?\nТихонов Иван, \+7 923 111-22-51\n/;
      await anna.text('/forgetperson +7 923 111-22-51');
      expect(anna.lastText()).toMatch(confirm);
      await anna.press('Назад');
      expect(anna.lastText()).toMatch(/^Кого удалить\? Напишите телефон или часть имени/);
      await anna.press('Отмена');
      const seen = anna.messages().length;
      await anna.text('/forgetperson Сидоров');
      expect(anna.textsSince(seen)[0]).toBe('Среди записанных в ваши центры никого не нашла. Проверьте телефон или напишите часть имени иначе.');
      expect(anna.textsSince(seen)[1]).toMatch(/^Кого удалить\?/);
      await anna.text('/forgetperson Тихонов');
      expect(anna.lastText()).toMatch(confirm);
      await anna.press('🗑 Да, удалить');
      expect(anna.lastText()).toMatch(/^Данные удалены/);
      expect(await CitizenModel.countDocuments({ name: 'Тихонов Иван' })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('a coordinator finds Telegram users by part of the name (ё or е, any case), pages through them and forgets one the same way as /forget', async () => {
      const t = setup();
      const zlata = t.user({ id: 731948265, first_name: 'Злата', last_name: 'Семёнова', username: 'zlata_s', language_code: 'ru' });
      await zlata.text('/start');
      await joinWaitlist(zlata, { phone: '+7 913 765-43-21' });
      expect(zlata.lastText()).toContain('Ваше место в очереди');
      for (let i = 1; i <= 7; i++) await addToWaitlist(200 + i, { name: `Семенова Участница ${i}`, centerId: 'yurga-central' });
      await addToWaitlist(300, { name: 'Петрова Анна', centerId: 'yurga-central' });

      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/forgetperson');
      await olga.text('СЕМЕНОВА');
      expect(olga.lastText()).toMatch(/^Найдено: 8\./);
      expect(olga.lastText()).toContain('Злата Семёнова, +7 913 765-43-21, есть Телеграм');
      // As many people a page as fit 60 words; every one of the eight once, in order.
      const people: string[] = [];
      let pages = 1;
      for (;;) {
        expect(wordsOf(olga.lastText())).toBeLessThanOrEqual(60);
        people.push(...olga.buttonLabels().filter((l) => !['Следующие ›', '‹ Предыдущие', 'Назад', 'Отмена'].includes(l)));
        if (!olga.buttonLabels().includes('Следующие ›')) break;
        await olga.press('Следующие ›');
        pages++;
      }
      expect(people).toEqual(['Злата Семёнова · …43-21', ...Array.from({ length: 7 }, (_, i) => `Семенова Участница ${i + 1}`)]);
      expect(pages).toBeGreaterThan(1);
      for (let page = pages; page > 1; page--) await olga.press('‹ Предыдущие');
      await olga.press('Злата Семёнова · …43-21');
      await olga.press('🗑 Да, удалить');
      expect(olga.lastText()).toMatch(/^Данные удалены/);

      expect(await findPersonalData({ telegramId: zlata.id, names: ['Злата', 'Семёнова'], username: 'zlata_s', phone: '+7 913 765-43-21' })).toEqual([]);
      expect(await CitizenModel.countDocuments()).toBe(8); // only her
      expect(await AuditEntryModel.findOne({ action: 'citizen.forget-by-staff' }).lean()).toMatchObject({ details: { telegram: true, foundBy: 'name' } });
      // In Telegram she is a stranger again, as after /forget.
      await zlata.text('/start');
      expect(zlata.lastText()).toContain('Чтобы записаться, нажмите');
    });

    it('a librarian does not find people of other centers; a coordinator does; unreadable input is answered', async () => {
      await addToWaitlist(401, { name: 'Орлов Пётр', phone: '+79230001123', centerId: 'yurga-central' });
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/forgetperson');
      await anna.text('12345');
      expect(anna.lastText()).toMatch(/^Кого удалить\?/);
      expect(anna.textsSince(0)).toContain('Напишите телефон полностью (например, 8 923 123-45-67) или хотя бы две буквы имени.');
      await anna.text('8 923 000 11 23');
      expect(anna.textsSince(0)).toContain('Среди записанных в ваши центры никого не нашла. Проверьте телефон или напишите часть имени иначе.');
      await anna.text('Орлов');
      expect(anna.lastText()).toMatch(/^Кого удалить\?/);
      await anna.press('Отмена');
      expect(await CitizenModel.countDocuments({ _id: 401 })).toBe(1);

      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/forgetperson');
      await olga.text('орлов');
      expect(olga.lastText()).toMatch(/^Удалить все данные этого человека\?\nОрлов Пётр, \+7 923 000-11-23, есть Телеграм\n/);
    });

    it('refuses forged and stale presses: a forged choice, a role withdrawn before Delete, Delete pressed again later, a citizen', async () => {
      await addToWaitlist(501, { name: 'Кузнецова Ольга', phone: '+79230009988', centerId: 'belovo-central' });
      // Two found, so the list to choose from comes (one found goes straight to «Delete?»).
      await addToWaitlist(502, { name: 'Кузнецова Инна', phone: '+79230007766', centerId: 'belovo-central' });
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/forgetperson');
      await anna.text('Кузнецова');
      await anna.pressForged('3'); // no person has this button
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe(OUTDATED);
      await anna.press(/^Кузнецова Ольга/);
      const confirm = structuredClone(anna.messages().at(-1)!);
      const deleteData = (confirm.reply_markup!.inline_keyboard[0]![0]! as { callback_data: string }).callback_data;
      await StaffMemberModel.updateOne({ _id: LIBRARIAN }, { $set: { centerIds: ['yurga-central'] } });
      await anna.press('🗑 Да, удалить');
      // Still staff: not "staff only", but why (probe s22 L3).
      expect(anna.lastText()).toBe('Этого человека больше нет среди записанных в ваши центры. Ничего не удалили.');
      expect(await CitizenModel.countDocuments({ _id: 501 })).toBe(1);

      // The same Delete button again, after the flow ended and her center is back: it no longer works.
      await StaffMemberModel.updateOne({ _id: LIBRARIAN }, { $set: { centerIds: ['belovo-central'] } });
      await anna.pressData(deleteData, confirm);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe(`${OUTDATED} Чтобы продолжить, выберите нужное кнопками внизу экрана.`);
      expect(await CitizenModel.countDocuments({ _id: 501 })).toBe(1);
      expect(await AuditEntryModel.countDocuments({ action: 'citizen.forget-by-staff' })).toBe(0);

      const citizen = t.user({ id: 501, first_name: 'Ольга', language_code: 'ru' });
      await citizen.text('/forgetperson');
      expect(citizen.lastText()).toBe(NOT_ALLOWED);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { forgetPersonForStaff } from '../../src/domain/desk-forget.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('find-person-scope', () => {
  /**
   * Probe s22 H3: /find's and /forgetperson's scope for a librarian is an ACTIVE entry (waiting, offered, in a group)
   * at her centers. A person who once left (or finished) a group here and now waits at another center is not hers:
   * not found, so neither shown with that center's place nor deleted from it. A person of hers who also has places at
   * a center she does not manage is not deleted by her: the coordinator does it.
   * Each test has its own people, staff and centers, so they pass alone and in any order.
   */

  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 900;
  const NONE_MINE = 'Среди записанных в ваши центры никого не нашла. Проверьте телефон или напишите часть имени иначе.';
  const ELSEWHERE =
    'Ничего не удалили: у этого человека есть записи и в других центрах. Все его данные может удалить координатор, передайте ему эту просьбу. Из очереди в вашем центре человека можно вывести через /find.';

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const librarian = (id: number, centerIds: string[]) => StaffMemberModel.create({ _id: id, displayName: 'Анна', centerIds, addedBy: COORDINATOR });

  /** Types `query` to the command's search and tells whether "nobody of your centers" was the answer. */
  async function foundNobody(user: TestUser, command: string, query: string): Promise<boolean> {
    await user.text(command);
    const from = user.messages().length;
    await user.text(query);
    const nobody = user.textsSince(from).includes(NONE_MINE);
    await user.press('Отмена');
    return nobody;
  }

  describe('/find and /forgetperson: whom a librarian finds (probe s22 H3)', () => {
    it('not a person who left or finished a course at her center and now waits elsewhere; someone waiting there, yes', async () => {
      const t = setup();
      await librarian(9101, ['belovo-central']);
      // Left a Белово group (gave the seat up), now waits at Междуреченск.
      await addToWaitlist(9102, { name: 'Ушедшая Раиса', phone: '+79130009102', centerId: 'mezhdurechensk-central' });
      await WaitlistEntryModel.create({ citizenId: 9102, courseId: 'internet', centerId: 'belovo-central', status: 'left', joinedAt: new Date('2026-09-01T03:00:00Z'), leftAt: new Date('2026-10-01T03:00:00Z') });
      // Finished a course at Белово last week, waits at Междуреченск for the next one.
      await WaitlistEntryModel.create({ citizenId: 9103, courseId: 'basics', centerId: 'belovo-central', status: 'completed', joinedAt: new Date('2026-09-01T03:00:00Z'), completedAt: new Date('2026-11-23T03:00:00Z') });
      await addToWaitlist(9103, { name: 'Окончившая Вера', phone: '+79130009103', courseId: 'internet', centerId: 'mezhdurechensk-central' });
      // Waits at Белово: hers.
      await addToWaitlist(9104, { name: 'Ждущая Нина', phone: '+79130009104', centerId: 'belovo-central' });

      const anna = t.user({ id: 9101, first_name: 'Анна', language_code: 'ru' });
      expect(await foundNobody(anna, '/find', '8 913 000-91-02')).toBe(true);
      expect(await foundNobody(anna, '/find', 'Ушедшая')).toBe(true);
      expect(await foundNobody(anna, '/find', '+7 913 000-91-03')).toBe(true);
      expect(await foundNobody(anna, '/forgetperson', '8 913 000-91-02')).toBe(true);
      expect(await foundNobody(anna, '/forgetperson', 'Окончившая')).toBe(true);
      await anna.text('/find');
      await anna.text('Ждущая');
      expect(anna.lastText()).toBe('Ждущая Нина, +7 913 000-91-04, есть Телеграм\n• Основы, Белово, Центральная городская библиотека: в очереди, место 1\n\nЧто сделать?');
      await anna.press('Отмена');
      // A stale or forged choice is refused at the deletion too.
      const role = { kind: 'librarian' as const, centerIds: ['belovo-central'] };
      expect(await forgetPersonForStaff(role, 9101, 9102, 'phone', NOW, testOffers())).toBe('not-allowed');
      expect(await CitizenModel.countDocuments({ _id: { $in: [9102, 9103] } })).toBe(2);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: { $in: [9102, 9103] }, status: 'waiting' })).toBe(2);

      // The coordinator finds everyone.
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/find');
      await olga.text('8 913 000-91-02');
      expect(olga.lastText()).toMatch(/^Ушедшая Раиса, .*\n• Основы, Междуреченск, /);
      expect(t.errors).toEqual([]);
    });

    it('does not let her delete a person who also has a place at a center she does not manage: the coordinator can', async () => {
      const t = setup();
      await librarian(9201, ['belovo-central']);
      // On «Госуслуги»: the test above counts places in Белово's «Основы» line.
      await addToWaitlist(9202, { name: 'Двойная Лидия', phone: '+79130009202', courseId: 'gosuslugi', centerId: 'belovo-central' });
      await addToWaitlist(9202, { name: 'Двойная Лидия', phone: '+79130009202', courseId: 'internet', centerId: 'mezhdurechensk-central' });
      await addToWaitlist(9203, { name: 'Одинокая Мира', phone: '+79130009203', courseId: 'gosuslugi', centerId: 'belovo-central' });

      const anna = t.user({ id: 9201, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/find');
      await anna.text('Двойная');
      expect(anna.lastText()).toContain('Записи в других центрах переводят и снимают их библиотекари.');
      await anna.press('🗑 Удалить данные');
      expect(anna.lastText()).toBe(ELSEWHERE);
      await anna.text('/forgetperson');
      await anna.text('+7 913 000-92-02');
      expect(anna.lastText()).toBe(ELSEWHERE);
      expect(await CitizenModel.countDocuments({ _id: 9202 })).toBe(1);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 9202, status: 'waiting' })).toBe(2);

      // Joined elsewhere while she read the question: checked again when Delete is pressed.
      await anna.text('/forgetperson');
      await anna.text('Одинокая');
      expect(anna.lastText()).toMatch(/^Удалить все данные этого человека\?/);
      await addToWaitlist(9203, { name: 'Одинокая Мира', courseId: 'internet', centerId: 'mezhdurechensk-central' });
      await anna.press('🗑 Да, удалить');
      expect(anna.lastText()).toBe(ELSEWHERE);
      expect(await CitizenModel.countDocuments({ _id: 9203 })).toBe(1);
      expect(await AuditEntryModel.countDocuments({ action: 'citizen.forget-by-staff', actorId: 9201 })).toBe(0);

      // The coordinator deletes it all.
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/find');
      await olga.text('Двойная');
      await olga.press('🗑 Удалить данные');
      await olga.press('🗑 Да, удалить');
      expect(olga.lastText()).toMatch(/^Данные удалены/);
      expect(await CitizenModel.countDocuments({ _id: 9202 })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { paperPerson } from '../calls/fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('find-release', () => {
  /**
   * walk28 W28-20: a seat taken for a person without Telegram (the call card's "✓ Согласие есть, записать", a put-in)
   * could not be given back by staff: /find's card offered only deletion. Now "🚪 Отказаться от места: <course>", with
   * the citizen's own two answers; the seat goes to the next in line. Each test has its own people and center.
   */

  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 900;
  const paperId = (n: number) => -(2 ** 49 + n);

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const librarian = (id: number, centerIds: string[]) => StaffMemberModel.create({ _id: id, displayName: 'Анна', centerIds, addedBy: COORDINATOR });

  describe('/find: giving a seat back for a person (walk28 W28-20)', () => {
    it('a librarian gives back the seat of a person without Telegram: back in line at the old place, the seat offered to the next, audited', async () => {
      const t = setup();
      await librarian(9501, ['belovo-central']);
      await librarian(9503, ['yurga-central']);
      const joined = new Date('2026-10-01T03:00:00Z');
      const entryId = await paperPerson(paperId(9501), { name: 'Отказова Галина', phone: '+73842449501', joinedAt: joined, centerId: 'belovo-central' });
      await addToWaitlist(9502, { name: 'Следующая Вера', centerId: 'belovo-central', at: new Date('2026-10-05T03:00:00Z') });
      await groupWithOffers(NOW, { centerId: 'belovo-central', capacity: 1 });
      expect((await acceptOffer(paperId(9501), entryId, NOW)).ok).toBe(true);

      // A librarian of another center: no such button (the person is not hers).
      const other = t.user({ id: 9503, first_name: 'Марина', language_code: 'ru' });
      await other.text('/find');
      await other.text('Отказова');
      expect(other.buttonLabels().some((label) => label.startsWith('🚪'))).toBe(false);

      const anna = t.user({ id: 9501, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/find');
      await anna.text('Отказова');
      expect(anna.lastText()).toContain('• Основы, Белово, ');
      expect(anna.buttonLabels()).toEqual(['🚪 Отказаться от места: Основы', '📞 Изменить телефон', '🗑 Удалить данные', 'Назад', 'Отмена']);
      await anna.press('🚪 Отказаться от места: Основы');
      expect(anna.lastText()).toBe('Освободить место в группе? Отказова Галина, курс «Основы». Место сразу предложат следующему в очереди. Что дальше с человеком?');
      expect(anna.buttonLabels()).toEqual(['↩ Вернуть в очередь на прежнее место', '🚪 Вывести из очереди на этот курс', 'Назад', 'Отмена']);
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ status: 'enrolled' });
      await anna.press('↩ Вернуть в очередь на прежнее место');
      expect(anna.lastText()).toBe(
        'Готово. Отказова Галина больше не в группе «Основы». Человек снова в очереди на прежнем месте. Место освобождено для следующего в очереди.\nУ человека нет Телеграма: ему ничего не придёт.',
      );
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ status: 'waiting', joinedAt: joined });
      // The seat went to the next in line, as when a citizen gives it up.
      expect(await WaitlistEntryModel.findOne({ citizenId: 9502 }).lean()).toMatchObject({ status: 'offered' });
      await deliverAll(t);
      expect(t.user({ id: 9502, first_name: 'Вера', language_code: 'ru' }).textsSince(0).some((text) => text.startsWith('Для вас есть место в группе!'))).toBe(true);
      const audit = await AuditEntryModel.findOne({ action: 'group.release-by-staff', target: `entry:${entryId}` }).lean();
      expect(audit).toMatchObject({ actorId: 9501, details: { center: 'belovo-central', leave: false, telegram: false } });
      expect(JSON.stringify(audit)).not.toMatch(/Отказова|449501/);
      expect(t.errors).toEqual([]);
    });

    it('a coordinator takes a Telegram person out of the group and off the list; the person is told; a role withdrawn changes nothing', async () => {
      const t = setup();
      await librarian(9601, ['mezhdurechensk-central']);
      const { entry } = await addToWaitlist(9602, { name: 'Телеграмова Нина', phone: '+79130009602', centerId: 'mezhdurechensk-central' });
      await groupWithOffers(NOW, { centerId: 'mezhdurechensk-central', capacity: 1 });
      expect((await acceptOffer(9602, entry.id, NOW)).ok).toBe(true);

      // Her role is taken away while she reads the question: nothing changes.
      const anna = t.user({ id: 9601, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/find');
      await anna.text('+7 913 000-96-02');
      await anna.press('🚪 Отказаться от места: Основы');
      await StaffMemberModel.updateOne({ _id: 9601 }, { $set: { centerIds: ['yurga-central'] } });
      await anna.press('🚪 Вывести из очереди на этот курс');
      expect(anna.lastText()).toBe('Эта группа в центре, который вы не ведёте. Ничего не меняли.');
      expect(await WaitlistEntryModel.findById(entry.id).lean()).toMatchObject({ status: 'enrolled' });

      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/find');
      await olga.text('+7 913 000-96-02');
      await olga.press('🚪 Отказаться от места: Основы');
      await olga.press('🚪 Вывести из очереди на этот курс');
      expect(olga.lastText()).toMatch(/^Готово\. Телеграмова Нина больше не в группе «Основы»\. В очереди на этот курс человека больше нет\..*\nЧеловеку отправлено сообщение в Телеграм\.$/);
      expect(await WaitlistEntryModel.findById(entry.id).lean()).toMatchObject({ status: 'left' });
      await deliverAll(t);
      expect(t.user({ id: 9602, first_name: 'Нина', language_code: 'ru' }).lastText()).toBe(
        'Ваше место в группе «Основы компьютерной грамотности» освобождено: так отметили в библиотеке по вашей просьбе. Вы больше не в очереди на этот курс. Если это ошибка, позвоните в библиотеку.',
      );
      expect(t.errors).toEqual([]);
    });
  });

  describe('/find: giving a seat back, in English', () => {
    it('says it in English', async () => {
      const t = setup();
      const { entry } = await addToWaitlist(9702, { name: 'Seatova Anna', phone: '+79130009702', centerId: 'tashtagol-central' });
      await groupWithOffers(NOW, { centerId: 'tashtagol-central', capacity: 1 });
      expect((await acceptOffer(9702, entry.id, NOW)).ok).toBe(true);
      const olga = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await olga.text('/find');
      await olga.text('+7 913 000-97-02');
      await olga.press('🚪 Give up the seat: Basics');
      await olga.press('↩ Back in line at the old place');
      expect(olga.lastText()).toMatch(/^Done\. Seatova Anna is no longer in the group “Basics”\. The person is back in line at the old place\./);
      expect(olga.textsSince(0).join('\n').replace(/Seatova Anna/g, '')).not.toMatch(/[А-яЁё]/);
      expect(await WaitlistEntryModel.findById(entry.id).lean()).toMatchObject({ status: 'waiting' });
    });
  });
});

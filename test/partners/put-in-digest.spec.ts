import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, type TestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('put-in-digest', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  async function addPerson(rep: ReturnType<TestBot['user']>, name: string, phone: string) {
    await rep.text('/add');
    await rep.press('✓ Да, бланк подписан');
    await rep.text(name);
    await rep.text(phone);
    await rep.press('Госуслуги онлайн');
    await rep.press('Не важно');
    await rep.press('✓ Записать в очередь');
  }

  describe('the partner puts in people the librarians got a digest about (walk29 W29-13)', () => {
    it('the librarians are told who the partner put in and that nobody needs to call them', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Соцзащита Юрги', kind: 'social', centerIds: ['yurga-central'] }, 7486);
      await StaffMemberModel.create({ _id: 7487, displayName: 'Марина', centerIds: ['yurga-central'], addedBy: 900 });
      const marina = t.user({ id: 7487, first_name: 'Марина', language_code: 'ru' });
      const rep = t.user({ id: 7486, first_name: 'Татьяна', language_code: 'ru' });
      await addPerson(rep, 'Громов Пётр', '8 913 000-21-01');
      await addPerson(rep, 'Лаптева Мария', '8 913 000-21-02');
      const groupId = await createGroup(900, {
        courseId: 'gosuslugi', centerId: 'yurga-central', room: 'Зал 2', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-02T03:00:00Z')], closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers())).toBe(2);
      await deliverAll(t);
      expect(marina.lastText()).toMatch(/^📞 Позвоните 2 людям без Телеграма/);

      await rep.text('/groups');
      await rep.press('Записать людей в группу 1');
      await rep.press('➕ Громов Пётр (место ждёт, библиотека звонит)');
      await deliverAll(t);
      expect(marina.lastText()).toBe('📌 Организация «Соцзащита Юрги» сама записала в группу «Госуслуги онлайн»: Громов Пётр. Звонить этому человеку не нужно.');
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ConversationStateModel } from '../../src/db/models/kv-entry.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('closed-card', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const HINT = 'Пожалуйста, нажмите одну из кнопок под сообщением.';
  const CLOSED = 'Карточка закрыта: данные этого человека удалены. Продолжить с ним нельзя.';

  /**
   * Fix28c's leftover: another librarian's /forgetperson (or the person's own /forget) closed her open /find card, but
   * her flow still waited on it, and a word typed got "press one of the buttons" under a message with none.
   */
  describe('a flow waiting on a card closed by /forget (task28 fixF)', () => {
    it('the deletion ends her flow: the card says why, and what she types next is no answer to it (probe29 M2)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([5421, 5422].map((id) => ({ _id: id, displayName: `Сотрудник ${id}`, centerIds: ['yurga-central'], addedBy: 900 })));
      await addToWaitlist(5431, { name: 'Гликерия Стёртая', phone: '+79130005431', centerId: 'yurga-central' });
      await addToWaitlist(5432, { name: 'Глафира Остаётся', phone: '+79130005432', centerId: 'yurga-central' });
      const alla = t.user({ id: 5421, first_name: 'Алла', language_code: 'ru' });
      const vera = t.user({ id: 5422, first_name: 'Вера', language_code: 'ru' });

      // A card still open answers a stray word as before.
      await alla.text('/find');
      await alla.text('Глафира');
      expect(alla.lastText()).toMatch(/^Глафира Остаётся/);
      await alla.text('ау');
      expect(alla.lastText()).toBe(HINT);

      // Alla's card of Гликерия is open; Вера deletes Гликерия's data.
      await alla.text('/find');
      await alla.text('Гликерия');
      const card = alla.messages().at(-1)!;
      expect(card.text).toMatch(/^Гликерия Стёртая/);
      await vera.text('/forgetperson');
      await vera.text('+7 913 000-54-31');
      await vera.press('🗑 Да, удалить');
      await deliverAll(t);
      expect(alla.messages().find((m) => m.message_id === card.message_id)).toMatchObject({ text: 'Сообщение удалено: данные человека удалены.', reply_markup: undefined });

      // The deletion ended her flow (probe29 M2: its stored state named the person): the card says why, and a word
      // she types is no answer to it. (CLOSED is what a flow still waiting on a closed card says: an update in flight.)
      expect(await ConversationStateModel.exists({ _id: '5421' })).toBeNull();
      await alla.text('ау');
      expect(alla.lastText()).not.toBe(HINT);
      expect(alla.lastText()).not.toBe(CLOSED);
      // And a new /find works as before.
      await alla.text('/find');
      await alla.text('Глафира');
      expect(alla.lastText()).toMatch(/^Глафира Остаётся/);
      await alla.text('ау');
      expect(alla.lastText()).toBe(HINT);
      expect(t.errors).toEqual([]);
    });
    it('a list of matches is drawn again without the person deleted, the others a button each to their card (fix35d)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([5461, 5462].map((id) => ({ _id: id, displayName: `Сотрудник ${id}`, centerIds: ['yurga-central'], addedBy: 900 })));
      await addToWaitlist(5471, { name: 'Ариадна Листова', phone: '+79130005471', centerId: 'yurga-central' });
      await addToWaitlist(5472, { name: 'Берта Листова', phone: '+79130005472', centerId: 'yurga-central' });
      await addToWaitlist(5473, { name: 'Виринея Листова', phone: '+79130005473', centerId: 'yurga-central' });
      const alla = t.user({ id: 5461, first_name: 'Алла', language_code: 'ru' });
      const vera = t.user({ id: 5462, first_name: 'Вера', language_code: 'ru' });
      await alla.text('/find Листова');
      const list = alla.messages().at(-1)!;
      expect(list.text).toMatch(/^Найдено: 3/);
      // Вера deletes Берта's data while Alla's list is open.
      await vera.text('/forgetperson +7 913 000-54-72');
      await vera.press('🗑 Да, удалить');
      await deliverAll(t);

      const redrawn = alla.messages().find((m) => m.message_id === list.message_id)!;
      expect(redrawn.text).toMatch(/^Данные одного человека из списка удалены, поиск закрыт/);
      expect(redrawn.text).toMatch(/Ариадна Листова/);
      expect(redrawn.text).toMatch(/Виринея Листова/);
      expect(redrawn.text).not.toMatch(/Берта/);
      expect(alla.buttonLabels(redrawn)).toEqual([expect.stringMatching(/^Ариадна Листова/), expect.stringMatching(/^Виринея Листова/)]);
      // Its flow ended (its state named Берта); the buttons still open a card.
      expect(await ConversationStateModel.exists({ _id: '5461' })).toBeNull();
      await alla.press(/^Виринея Листова/);
      expect(alla.lastText()).toMatch(/^Виринея Листова/);
      expect(alla.buttonLabels()).toContain('🏛 Перевести в другой центр');

      // Deleted in turn from that card, Виринея leaves the list too: Ариадна alone is left on it.
      await alla.press('🗑 Удалить данные');
      await alla.press('🗑 Да, удалить');
      await deliverAll(t);
      const again = alla.messages().find((m) => m.message_id === list.message_id)!;
      expect(again.text).not.toMatch(/Виринея|Берта/);
      expect(alla.buttonLabels(again)).toEqual([expect.stringMatching(/^Ариадна Листова/)]);
      expect(t.errors).toEqual([]);
    });
    it('a button\'s label typed on the closed card carries nothing on (walk s28 W28-21)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([5441, 5442].map((id) => ({ _id: id, displayName: `Сотрудник ${id}`, centerIds: ['yurga-central'], addedBy: 900 })));
      await addToWaitlist(5451, { name: 'Евлампия Стёртая', phone: '+79130005451', centerId: 'yurga-central' });
      const alla = t.user({ id: 5441, first_name: 'Алла', language_code: 'ru' });
      const vera = t.user({ id: 5442, first_name: 'Вера', language_code: 'ru' });
      await alla.text('/find');
      await alla.text('Евлампия');
      expect(alla.lastText()).toMatch(/^Евлампия Стёртая/);
      expect(alla.buttonLabels()).toContain('🏛 Перевести в другой центр');
      await vera.text('/forgetperson');
      await vera.text('+7 913 000-54-51');
      await vera.press('🗑 Да, удалить');
      await deliverAll(t);

      // Her flow ended with the deletion (probe29 M2): the typed label carries no move on, and the person stays deleted.
      const before = alla.messages().length;
      await alla.text('Перевести в другой центр');
      expect(alla.textsSince(before)).not.toContain(CLOSED);
      expect(alla.textsSince(before).join('\n')).not.toMatch(/Евлампия|перевед|Куда/i);
      expect(await CitizenModel.exists({ _id: 5451 })).toBeNull();
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('add-seat-now', () => {
  const NOW = new Date('2026-11-30T05:00:00Z');
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  /** walk28 W28-12: /add while the group had a free seat said «когда подойдёт очередь, библиотека позвонит». */
  describe('/add with a free seat in a group', () => {
    it('says there is a seat now and shows the call card to answer for the person at the desk', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 6401, displayName: 'Марина', centerIds: ['osinniki-central'], addedBy: 900 });
      await groupWithOffers(NOW, { centerId: 'osinniki-central', capacity: 1, actorId: 6401 });
      const marina = t.user({ id: 6401, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/add');
      await marina.press('✓ Да, бланк подписан');
      await marina.text('Сейчасова Галина');
      await marina.text('+7 913 777-64-01');
      await marina.press(/^Основы/);
      await marina.press('Утром');
      await marina.press('✓ Записать в очередь');
      await deliverAll(t);
      const texts = marina.textsSince(0);
      expect(texts.join('\n')).not.toContain('когда подойдёт очередь');
      expect(texts).toContain('Записали: «Основы компьютерной грамотности», Осинники, Центральная городская библиотека. Для человека уже есть место в группе: спросите его сейчас, пока он здесь, и отметьте ответ на карточке ниже.');
      expect(marina.lastText()).toMatch(/^📞 Позвоните: для человека без Телеграма есть место в группе\.\nСейчасова Галина/);
      await marina.press('✓ Согласие есть, записать');
      expect(await WaitlistEntryModel.findOne({ courseId: 'basics', centerId: 'osinniki-central', status: 'enrolled' }).lean()).not.toBeNull();
      expect(t.errors).toEqual([]);
    });

    /** walk35w: /add showed and kept «(дочь)» beside the phone; the call card dropped it, so the librarian asked the daughter for Нина. */
    it('the call card says the note typed beside the phone, whom the number reaches', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 6404, displayName: 'Татьяна', centerIds: ['mariinsk-central'], addedBy: 900 });
      await groupWithOffers(NOW, { centerId: 'mariinsk-central', capacity: 1, actorId: 6404 });
      const tatiana = t.user({ id: 6404, first_name: 'Татьяна', language_code: 'ru' });
      await tatiana.text('/add');
      await tatiana.press('✓ Да, бланк подписан');
      await tatiana.text('Петрова Нина');
      await tatiana.text('8-913-777-64-04 (дочь)');
      await tatiana.press(/^Основы/);
      await tatiana.press('Утром');
      await tatiana.press('✓ Записать в очередь');
      await deliverAll(t);
      expect(tatiana.lastText()).toMatch(/^📞 Позвоните: для человека без Телеграма есть место в группе\.\nПетрова Нина, \+7 913 777-64-04 \(дочь\)\n/);
      expect(t.errors).toEqual([]);
    });

    /** walk34 W34-01: the card came once through the outbox and once straight from /add, a race between the two. */
    it('the call card reaches the librarian at the desk once, through the outbox, and she is its opener for her colleagues', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 6402, displayName: 'Ольга', centerIds: ['belovo-central'], addedBy: 900 });
      await StaffMemberModel.create({ _id: 6403, displayName: 'Вера', centerIds: ['belovo-central'], addedBy: 900 });
      await groupWithOffers(NOW, { centerId: 'belovo-central', capacity: 1, actorId: 6402 });
      const olga = t.user({ id: 6402, first_name: 'Ольга', language_code: 'ru' });
      const vera = t.user({ id: 6403, first_name: 'Вера', language_code: 'ru' });
      await olga.text('/add');
      await olga.press('✓ Да, бланк подписан');
      await olga.text('Однократова Нина');
      await olga.text('+7 913 777-64-02');
      await olga.press(/^Основы/);
      await olga.press('Утром');
      await olga.press('✓ Записать в очередь');
      await deliverAll(t);
      const cards = olga.messages().filter((m) => m.text?.startsWith('📞 Позвоните'));
      expect(cards).toHaveLength(1);
      expect(olga.lastText()).toMatch(/^📞 Позвоните: для человека без Телеграма есть место в группе\.\nОднократова Нина/);
      // Her colleague got the card too; opened from /calls it says Ольга has it in hand (as /add's own card said).
      expect(vera.lastText()).toMatch(/^📞 Позвоните/);
      await vera.text('/calls');
      await vera.press(/Однократова/);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/^⚠️ Карточку уже открыли: Ольга, в /), show_alert: true });
      // Answered on the one card.
      await olga.press('✓ Согласие есть, записать');
      expect(await WaitlistEntryModel.findOne({ courseId: 'basics', centerId: 'belovo-central', status: 'enrolled' }).lean()).not.toBeNull();
      expect(t.errors).toEqual([]);
    });
  });
});

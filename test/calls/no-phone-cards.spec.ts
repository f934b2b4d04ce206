import { describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { withdrawGroupOffers } from '../../src/domain/cancelled-group-seats.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { librarian } from './fixtures.js';

describe('no-phone-cards', () => {
  /**
   * A seat card for someone with neither a phone nor Telegram (fix28d), in the chats of several librarians of a center
   * (helper fix29d, round 29): every copy of it closes the way a phone person's card does.
   */
  useSampleDataPerTest();

  const HOUR = 3600_000;
  const ANSWERS = ['✓ Согласие есть, записать', '✗ Отказ, не записывать'];

  /** Two librarians of the regional library (ids of this file), one person with no phone waiting there; the seat's cards. */
  async function setUp() {
    const t = createTestBot();
    await librarian(7291, 'Алла Юрьевна');
    await librarian(7292, 'Глеб Олегович');
    await registerWithoutTelegram(
      [{ name: 'Кузнецова Антонина', courseId: 'basics', centerId: 'kemerovo-regional', timeOfDay: 'any', joinedAt: new Date('2026-10-01T03:00:00Z') }],
      { actorId: 900, now: new Date('2026-10-01T03:00:00Z') },
    );
    const [alla, gleb] = [7291, 7292].map((id) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }));
    const { id: groupId } = await groupWithOffers(t.clock.now(), { capacity: 1 });
    await deliverAll(t);
    for (const staff of [alla!, gleb!]) {
      expect(staff.lastText()).toMatch(/^📌 Для человека без телефона и Телеграма есть место в группе\.\nКузнецова Антонина, нет телефона/);
      expect(staff.buttonLabels()).toEqual(ANSWERS);
    }
    return { t, alla: alla!, gleb: gleb!, groupId: String(groupId) };
  }

  describe('a no-phone seat card closed', () => {
    it("W29-01: answered by one librarian, the colleague's copy and her own other copy read as a phone person's closed card", async () => {
      const { t, alla, gleb } = await setUp();
      const card = gleb.messages().at(-1)!;
      const cardText = card.text!;
      const allaCard = alla.messages().at(-1)!;
      // She comes in; Alla finds her and answers from /find's copy of the card.
      await alla.text('/find');
      await alla.text('Кузнецова');
      await alla.press('✓ Согласие есть, записать');
      await deliverAll(t);
      const closed = `${cardText}\n\n✅ Человек записан в группу.\n\nОтвет отмечен: Алла Юрьевна, 24 ноября, вторник, 10:00.`;
      const glebCard = gleb.messages().find((m) => m.message_id === card.message_id)!;
      expect(glebCard.text).toBe(closed);
      expect(gleb.buttonLabels(glebCard)).toEqual([]);
      const allaFirst = alla.messages().find((m) => m.message_id === allaCard.message_id)!;
      expect(allaFirst.text).toBe(closed);
      expect(alla.buttonLabels(allaFirst)).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('W29-01: the seat ran out unanswered: every copy says so, in the card\'s own words', async () => {
      const { t, alla, gleb } = await setUp();
      const cardText = alla.lastText();
      const cardIds = new Map([alla, gleb].map((staff) => [staff, staff.messages().at(-1)!.message_id]));
      t.clock.advance(49 * HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 1 });
      await deliverAll(t);
      for (const staff of [alla, gleb]) {
        // The card closed in place; a note that the hold ended comes after it (walk29 W29-23).
        const card = staff.messages().find((m) => m.message_id === cardIds.get(staff))!;
        expect(card.text).toBe(`${cardText}\n\n⌛ Время ответа вышло: место освободилось для следующего в очереди.`);
        expect(staff.buttonLabels(card)).toEqual([]);
        expect(staff.lastText()).toMatch(/^📌 Кузнецова Антонина: прошёл срок/);
      }
      expect(t.errors).toEqual([]);
    });

    it('W29-01: the group changed under the seat: every copy says the offer is withdrawn', async () => {
      const { t, alla, gleb, groupId } = await setUp();
      const cardText = alla.lastText();
      await withdrawGroupOffers(groupId, t.clock.now());
      await deliverAll(t);
      expect(await CallTaskModel.countDocuments({ status: 'released' })).toBe(1);
      for (const staff of [alla, gleb]) {
        expect(staff.lastText()).toBe(`${cardText}\n\nПредложение отменено: группа изменилась.`);
        expect(staff.buttonLabels()).toEqual([]);
      }
      expect(t.errors).toEqual([]);
    });

    it('probe29 L2: a forged «Не дозвонились» on her card is refused, nothing counted; «Назад» after «Отказ» brings back only her two answers', async () => {
      const { t, alla } = await setUp();
      const card = alla.messages().at(-1)!;
      const task = await CallTaskModel.findOne({ kind: 'offer', status: 'open' }).lean();
      await alla.pressData(`ct:n:${String(task!._id)}`, card);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      expect(await CallTaskModel.findById(task!._id).lean()).toMatchObject({ status: 'open', noAnswerCount: 0 });
      expect(alla.buttonLabels(alla.messages().find((m) => m.message_id === card.message_id))).toEqual(ANSWERS);

      await alla.press('✗ Отказ, не записывать');
      expect(alla.buttonLabels()).toEqual(['Оставить в очереди', 'Убрать из очереди', 'Назад']);
      await alla.press('Назад');
      expect(alla.buttonLabels()).toEqual(ANSWERS);
      expect(t.errors).toEqual([]);
    });
  });
});

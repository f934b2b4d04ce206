import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import type { Message } from 'grammy/types';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { partnerWithLink } from '../partners/fixtures.js';

describe('put-in-closed-group', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T03:00:00Z');
  const lastAnswer = (t: ReturnType<typeof createTestBot>) => t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload;
  const dataOf = (message: Message | undefined, label: string) =>
    (message?.reply_markup?.inline_keyboard.flat().find((b) => b.text === label && 'callback_data' in b) as { callback_data: string } | undefined)?.callback_data ?? '';
  const compact = (id: unknown) => Buffer.from(String(id), 'hex').toString('base64url');

  /** Probe s23 M6: "➕ Записать человека" on a partner's closed group listed the partner's people waiting at other centers. */
  describe("a librarian puts someone into a partner's closed group at her center", () => {
    it("sees and can put in only the partner's people at her center; the representative's put-in moves the entry to the group's center", async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const { id: partnerId } = await partnerWithLink({ name: 'Соцзащита', kind: 'social', centerIds: ['kemerovo-gogol', 'kemerovo-regional'] }, 7801);
      await librarian(7811, 'Анна', ['kemerovo-gogol']);
      const elsewhere = await paperPerson(-(2 ** 49 + 7821), { name: 'Другоцентрова Людмила', phone: '+79137770011', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-regional' });
      const here = await paperPerson(-(2 ** 49 + 7822), { name: 'Здешняя Вера', phone: '+79137770022', joinedAt: new Date('2026-10-02T03:00:00Z'), centerId: 'kemerovo-gogol' });
      await WaitlistEntryModel.updateMany({ _id: { $in: [elsewhere, here] } }, { $set: { partnerId: new Types.ObjectId(partnerId) } });
      const groupId = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-gogol', room: 'Зал 7', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T10:00:00Z'), new Date('2026-12-03T10:00:00Z')], closedFor: { partnerId, requestId: new Types.ObjectId().toHexString() },
      }, NOW);

      const anna = t.user({ id: 7811, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/find');
      await anna.text('Другоцентрова');
      expect(anna.messages().map((m) => m.text).join('\n')).toContain('никого не нашла');
      await anna.press('Отмена');
      await anna.text('/classes');
      await anna.press(/^1\. Основы/);
      await anna.press('➕ Записать человека');
      expect(anna.buttonLabels()).toEqual(['1. Здешняя Вера', 'Назад']);
      await anna.press('1. Здешняя Вера');
      const confirm = anna.messages().at(-1);
      const yes = dataOf(confirm, '✓ Записать');
      // The other center's person, forged into the same button: refused, nothing changes.
      await anna.pressData(yes.replace(compact(here), compact(elsewhere)), confirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Не найдено или нет доступа.', show_alert: true });
      expect((await WaitlistEntryModel.findById(elsewhere).lean())?.status).toBe('waiting');
      await anna.pressData(yes, confirm);
      expect(await WaitlistEntryModel.findById(here).lean()).toMatchObject({ status: 'enrolled', centerId: 'kemerovo-gogol' });

      // The representative reaches the partner's people at any of its centers; in the group, the person is at its center.
      const rep = t.user({ id: 7801, first_name: 'Игорь', language_code: 'ru' });
      await rep.text('/groups');
      await rep.press('Записать людей в группу 1');
      await rep.press('➕ Другоцентрова Людмила');
      expect(await WaitlistEntryModel.findById(elsewhere).lean()).toMatchObject({ status: 'enrolled', groupId: new Types.ObjectId(groupId), centerId: 'kemerovo-gogol' });
      // Now on her roster, /find shows the person to Анна.
      await anna.text('/find');
      await anna.text('Другоцентрова');
      expect(anna.lastText()).toContain('Другоцентрова Людмила');
      expect(t.errors.filter((line) => !line.includes('refused'))).toEqual([]);
    });
  });

  /** Probe25 M6: a seat taken in the partner's closed group at another center, given back, put her back in line at the group's center. */
  describe("a partner's person gives back a seat in its closed group at another center", () => {
    it('is back in line at the center she waited at, as the answer says', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const { id: partnerId } = await partnerWithLink({ name: 'Соцзащита М6', kind: 'social', centerIds: ['kemerovo-gogol', 'kemerovo-regional'] }, 7851);
      await addToWaitlist(7852, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-regional' });
      await WaitlistEntryModel.updateOne({ citizenId: 7852 }, { $set: { partnerId: new Types.ObjectId(partnerId) } });
      const groupId = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-gogol', room: 'Зал 8', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-02T10:00:00Z'), new Date('2026-12-04T10:00:00Z')], closedFor: { partnerId, requestId: new Types.ObjectId().toHexString() },
      }, NOW);
      await offerFreeSeats(String(groupId), NOW, testOffers());
      await deliverAll(t);
      const lida = t.user({ id: 7852, first_name: 'Лида', language_code: 'ru' });
      await lida.press('✓ Приду');
      // In the group, the entry is at the group's center (probe s23 M6) and remembers the line's.
      expect(await WaitlistEntryModel.findOne({ citizenId: 7852 }).lean()).toMatchObject({ status: 'enrolled', centerId: 'kemerovo-gogol', lineCenterId: 'kemerovo-regional' });
      await lida.text('🔢 Моё место в очереди');
      await lida.press(/^Отказаться от места/);
      await lida.press('Освободить, остаться в очереди');
      expect(lida.lastText()).toContain('Вы снова в очереди на прежнем месте');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 7852 }).lean();
      expect(entry).toMatchObject({ status: 'waiting', centerId: 'kemerovo-regional' });
      expect(entry?.lineCenterId).toBeUndefined();
      await lida.text('🔢 Моё место в очереди');
      expect(lida.lastText()).toContain('Фёдорова');
      expect(lida.lastText()).not.toContain('Гоголя');
      expect(t.errors).toEqual([]);
    });

    it("the group's cancellation also puts her back in line at her own center", async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const { id: partnerId } = await partnerWithLink({ name: 'Соцзащита М6б', kind: 'social', centerIds: ['kemerovo-gogol', 'kemerovo-regional'] }, 7861);
      await librarian(7863, 'Ольга', ['kemerovo-gogol']);
      await addToWaitlist(7862, { at: new Date('2026-10-01T03:00:00Z'), centerId: 'kemerovo-regional', courseId: 'internet' });
      await WaitlistEntryModel.updateOne({ citizenId: 7862 }, { $set: { partnerId: new Types.ObjectId(partnerId) } });
      const groupId = await createGroup(7863, {
        courseId: 'internet', centerId: 'kemerovo-gogol', room: 'Зал 9', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-02T10:00:00Z'), new Date('2026-12-04T10:00:00Z')], closedFor: { partnerId, requestId: new Types.ObjectId().toHexString() },
      }, NOW);
      await offerFreeSeats(String(groupId), NOW, testOffers());
      await deliverAll(t);
      await t.user({ id: 7862, first_name: 'Зина', language_code: 'ru' }).press('✓ Приду');
      expect(await WaitlistEntryModel.findOne({ citizenId: 7862 }).lean()).toMatchObject({ status: 'enrolled', centerId: 'kemerovo-gogol' });
      const olga = t.user({ id: 7863, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/change');
      if (!olga.buttonLabels().includes('Отменить всю группу')) await olga.press(/Интернет/);
      await olga.press('Отменить всю группу');
      await olga.press('✓ Подтвердить');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 7862 }).lean();
      expect(entry).toMatchObject({ status: 'waiting', centerId: 'kemerovo-regional' });
      expect(entry?.lineCenterId).toBeUndefined();
      expect(t.errors).toEqual([]);
    });
  });
});

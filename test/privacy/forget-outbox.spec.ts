import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DeliveryModel, sentJournal } from '../../src/outbox/model.js';
import { seedSampleData } from '../../src/db/seed.js';
import { forgetCitizen } from '../../src/domain/citizens.js';
import { forgetRecipientInOutbox } from '../../src/outbox/index.js';
import { batchProgress, enqueue, runningBatchProgress } from '../../src/outbox/index.js';
import { deliverAll } from '../helpers/outbox.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { createTestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('forget-outbox', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const text = (raw: string) => ({ text: { raw } });

  describe('forgetting a recipient in the outbox', () => {
    it('items still pending for a forgotten citizen are skipped, not sent, and counted as skipped in their batch', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { entry } = await addToWaitlist(918273645, { name: 'Ефросинья Тест' });
      await addToWaitlist(918273646, { name: 'Другой Человек' });
      await enqueue(
        [
          { key: 'bc:b1:918273645', citizenId: 918273645, message: text('Всем привет'), batchId: 'b1' },
          { key: 'bc:b1:918273646', citizenId: 918273646, message: text('Всем привет'), batchId: 'b1' },
          { key: `offer:${entry.id}:1`, citizenId: 918273645, message: text('Место') },
          // A notice to a librarian about her, by name.
          { key: 'absent:l1:918273645', citizenId: 900, message: { text: { key: 'rem-absent-staff', vars: { name: 'Ефросинья Тест', course: 'x', when: 'y' } } } },
          { key: 'absent:l1:918273646', citizenId: 900, message: { text: { key: 'rem-absent-staff', vars: { name: 'Другой Человек', course: 'x', when: 'y' } } } },
        ],
        t.clock.now(),
      );

      expect(await forgetCitizen(918273645, t.clock.now(), testOffers())).toBe(true);
      const report = await deliverAll(t);

      expect(t.telegram.messagesTo(918273645)).toHaveLength(0);
      expect(t.telegram.messagesTo(918273646)).toHaveLength(1);
      expect(report).toMatchObject({ skipped: 3, delivered: 2 });
      expect(t.telegram.messagesTo(900).map((m) => m.text)).toEqual([expect.stringContaining('Другой Человек')]);
      expect(await batchProgress('b1')).toMatchObject({ total: 2, pending: 0, delivered: 1, skipped: 1 });
      expect(await runningBatchProgress('b1', t.clock.now())).toMatchObject({ total: 2, pending: 0 });
      expect(await findPersonalData({ telegramId: 918273645, names: ['Ефросинья'] })).toEqual([]);
      // The other person's items are untouched.
      expect(await DeliveryModel.findOne({ key: 'absent:l1:918273646' }).lean()).toMatchObject({ citizenId: 900 });
      expect(t.errors).toEqual([]);
    });

    it("a notice about someone already in a librarian's chat is edited to say it was removed, also before the ledger caught up", async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const notice = (id: number, name: string) => ({
        key: `absent:l3:${id}`,
        citizenId: 900,
        aboutCitizenId: id,
        priority: 'personal' as const,
        message: { text: { key: 'rem-absent-staff', vars: { name, course: 'x', when: 'y' } }, buttons: [[{ text: { raw: 'Позвонить' }, data: 'x' }]] },
      });
      await enqueue([notice(555000301, 'Аглая Первая'), notice(555000302, 'Василиса Вторая'), notice(555000303, 'Другая Третья')], t.clock.now());
      await deliverAll(t);
      const [first, second, third] = t.telegram.messagesTo(900);
      // The second one sent, but its outcome still only in the journal (the sender has not caught the ledger up).
      const row = await DeliveryModel.findOne({ key: 'absent:l3:555000302' }).lean();
      await DeliveryModel.updateOne({ _id: row!._id }, { $set: { status: 'pending' }, $unset: { messageId: 1, doneAt: 1 } });
      await sentJournal().insertOne({ _id: row!._id, at: t.clock.now(), messageId: second!.message_id });

      await forgetRecipientInOutbox({ chatId: 555000301, entryIds: [] }, t.clock.now());
      await forgetRecipientInOutbox({ chatId: 555000302, entryIds: [] }, t.clock.now());
      await deliverAll(t);

      const removed = 'Сообщение удалено: человек попросил удалить свои данные.';
      expect(t.telegram.messagesTo(900).map((m) => [m.message_id, m.text, m.reply_markup])).toEqual([
        [first!.message_id, removed, undefined],
        [second!.message_id, removed, undefined],
        [third!.message_id, expect.stringContaining('Другая Третья'), expect.anything()],
      ]);
      expect(t.telegram.callsOf('sendMessage')).toHaveLength(3); // edits, not new messages
      expect(await findPersonalData({ telegramId: 555000301, names: ['Аглая'] })).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('a journal row not yet caught up with loses the recipient, and a second run changes nothing', async () => {
      const t = createTestBot();
      await enqueue([{ key: 'rem:l2:day:1:555000111', citizenId: 555000111, message: text('Напоминание') }], t.clock.now());
      const item = await DeliveryModel.findOne({ key: 'rem:l2:day:1:555000111' }).lean();
      await sentJournal().insertOne({ _id: item!._id, at: t.clock.now(), status: 'blocked', citizenId: 555000111 });

      expect(await forgetRecipientInOutbox({ chatId: 555000111, entryIds: [] }, t.clock.now())).toBe(1);
      expect(await forgetRecipientInOutbox({ chatId: 555000111, entryIds: [] }, t.clock.now())).toBe(0);
      expect(await findPersonalData({ telegramId: 555000111, names: [] })).toEqual([]);
      expect(await DeliveryModel.findById(item!._id).lean()).toMatchObject({ key: `forgotten:${String(item!._id)}` });
      await deliverAll(t);
      expect(await DeliveryModel.findById(item!._id).lean()).toMatchObject({ status: 'blocked' });
    });

    it('an item enqueued for a citizen after /forget (a job that read them just before) is skipped and anonymised by the sender', async () => {
      const t = createTestBot();
      await addToWaitlist(555000222);
      await forgetCitizen(555000222, t.clock.now(), testOffers());
      await enqueue([{ key: 'rem:l3:soon:1:555000222', citizenId: 555000222, message: text('Напоминание') }], t.clock.now());
      const late = await DeliveryModel.findOne({ key: 'rem:l3:soon:1:555000222' }).lean();
      expect((await deliverAll(t)).skipped).toBe(1);
      expect(t.telegram.messagesTo(555000222)).toHaveLength(0);
      expect(await findPersonalData({ telegramId: 555000222, names: [] })).toEqual([]);
      expect(await DeliveryModel.findById(late!._id).lean()).toMatchObject({ key: `forgotten:${String(late!._id)}`, status: 'skipped' });
    });
  });
});

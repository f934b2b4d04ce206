import { describe, expect, it } from '@jest/globals';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { runRetentionJob } from '../../src/jobs/retention/index.js';
import { librarian, paperPerson } from './fixtures.js';

describe('forget-call-cards', () => {
  /**
   * /forget leaves nothing that links back: a call card a librarian opened from /calls ("Ответить: …", a plain reply
   * the outbox never sent, remembered on the call task) is edited to the same "removed" line as the outbox's cards,
   * without buttons, whether the call is still open or was answered (a citizen's own /forget after linking Telegram,
   * or a librarian's /forgetperson).
   */
  useSampleDataPerTest();

  const ANSWERS = ['✓ Согласие есть, записать', '✗ Отказ, не записывать', 'Не дозвонились'];
  const REMOVED = 'Сообщение удалено: человек попросил удалить свои данные.';
  /** The same after a librarian's /forgetperson: the person did not ask (probe31 L3). */
  const DELETED = 'Сообщение удалено: данные человека удалены.';
  const NINA = -(2 ** 49 + 2510);
  const PHONE = '+79231112251';
  const person = { telegramId: NINA, names: ['Зинаида', 'Соколова'], phone: PHONE };
  /** Her name or phone in any form a staff message shows it. */
  const NAMES_HER = /Зинаида|Соколова|111-22-51|1112251/;

  /** Two librarians of the regional library (ids of this file); Nina, without Telegram, is offered a seat by phone. */
  async function setUp() {
    const t = createTestBot();
    await librarian(7251, 'Алла Юрьевна');
    await librarian(7252, 'Глеб Олегович');
    await paperPerson(NINA, { name: 'Зинаида Соколова', phone: PHONE, joinedAt: new Date('2026-10-01T03:00:00Z') });
    const [alla, gleb] = [7251, 7252].map((id) => t.user({ id, first_name: `U${id}`, language_code: 'ru' })) as [TestUser, TestUser];
    await groupWithOffers(t.clock.now(), { capacity: 1 });
    await deliverAll(t);
    for (const staff of [alla, gleb]) expect(staff.buttonLabels()).toEqual(ANSWERS);
    return { t, alla, gleb };
  }

  /** The call card opened from /calls, as a new message of this librarian's chat. */
  async function openFromCalls(staff: TestUser) {
    await staff.text('/calls');
    await staff.press('Ответить: Зинаида Соколова');
    const card = staff.messages().at(-1)!;
    expect(card.text).toContain('Зинаида Соколова, +7 923 111-22-51');
    return card.message_id;
  }

  /** The librarian's /forgetperson of Nina, found by phone. */
  async function forgetPerson(staff: TestUser) {
    await staff.text('/forgetperson');
    await staff.text(PHONE);
    await staff.press('🗑 Да, удалить');
    // Not lastText(): the /calls screen opened above is redrawn after the deletion, so it is the newest edit.
    expect(staff.messages().some((m) => m.text?.startsWith('Данные удалены'))).toBe(true);
  }

  /** Every bot message in these chats, as it reads now: none names her; the cards opened from /calls say "removed". */
  async function expectGone(t: TestBot, cards: Array<{ staff: TestUser; messageId: number }>, removed = REMOVED) {
    await deliverAll(t);
    for (const { staff, messageId } of cards) {
      const card = t.telegram.messagesTo(staff.id).find((m) => m.message_id === messageId)!;
      expect(card.text).toBe(removed);
      expect(staff.buttonLabels(card)).toEqual([]);
    }
    for (const staff of new Set(cards.map((c) => c.staff))) {
      expect(t.telegram.messagesTo(staff.id).map((m) => m.text ?? '').filter((text) => NAMES_HER.test(text))).toEqual([]);
    }
    expect(await findPersonalData(person)).toEqual([]);
    expect(t.errors).toEqual([]);
  }

  describe('/forget reaches the call cards opened from /calls', () => {
    it("a librarian's /forgetperson while the call is open: both librarians' cards from /calls say it was removed", async () => {
      const { t, alla, gleb } = await setUp();
      const allaCard = await openFromCalls(alla);
      const glebCard = await openFromCalls(gleb);
      await gleb.press('Не дозвонились'); // the call stays open
      await forgetPerson(alla);
      await expectGone(t, [{ staff: alla, messageId: allaCard }, { staff: gleb, messageId: glebCard }], DELETED);
    });

    it('an answered call: the card whose press answered it and the colleague\'s card, both showing the outcome, are removed', async () => {
      const { t, alla, gleb } = await setUp();
      const allaCard = await openFromCalls(alla);
      const glebCard = await openFromCalls(gleb);
      await gleb.press('✓ Согласие есть, записать');
      await deliverAll(t);
      for (const [staff, id] of [[alla, allaCard], [gleb, glebCard]] as const) {
        expect(t.telegram.messagesTo(staff.id).find((m) => m.message_id === id)!.text).toMatch(/Зинаида Соколова[\s\S]*✅ Человек записан в группу\./);
      }
      await forgetPerson(gleb);
      await expectGone(t, [{ staff: alla, messageId: allaCard }, { staff: gleb, messageId: glebCard }], DELETED);
    });

    it('the retention job, her period past after she left the line: the cards say her data was deleted, not that she asked', async () => {
      const { t, alla, gleb } = await setUp();
      const allaCard = await openFromCalls(alla);
      const glebCard = await openFromCalls(gleb);
      await gleb.press('✗ Отказ, не записывать');
      await deliverAll(t);
      // She then left the line (as /leave or a librarian's release leaves it); 200 days on, past RETENTION_PERSONAL_DAYS (180).
      await WaitlistEntryModel.collection.updateMany({ citizenId: NINA }, { $set: { status: 'left', leftAt: t.clock.now() }, $unset: { activeKey: 1 } });
      t.clock.advance(200 * 24 * 3600_000);
      expect(await runRetentionJob(t.deps)).toMatchObject({ citizensForgotten: 1 });
      await expectGone(t, [{ staff: alla, messageId: allaCard }, { staff: gleb, messageId: glebCard }], DELETED);
    });

    it('her own /forget after she linked Telegram: the card closed by the linking is removed too', async () => {
      const { t, alla } = await setUp();
      const allaCard = await openFromCalls(alla);
      const nina = t.user({ id: 5251, first_name: 'Зина', language_code: 'ru' });
      await nina.text('/start');
      await nina.press('📋 Меня уже записали в библиотеке');
      await nina.contact(PHONE);
      await nina.press('Да, это я');
      await deliverAll(t);
      expect(t.telegram.messagesTo(alla.id).find((m) => m.message_id === allaCard)!.text).toMatch(/Зинаида Соколова[\s\S]*Человек подключил Телеграм/);
      await nina.text('/forget');
      await nina.press('Да, удалить');
      expect(nina.lastText()).toContain('Ваши данные удалены');
      await expectGone(t, [{ staff: alla, messageId: allaCard }]);
      expect(await findPersonalData({ ...person, telegramId: nina.id })).toEqual([]);
    });

    it('her own /forget after she blocked the bot (offered by phone) and came back: the card from /calls is removed', async () => {
      const t = createTestBot();
      await librarian(7253, 'Алла Юрьевна');
      const alla = t.user({ id: 7253, first_name: 'U7253', language_code: 'ru' });
      const zina = t.user({ id: 5253, first_name: 'Зинаида', language_code: 'ru' });
      await addToWaitlist(5253, { name: 'Зинаида Соколова', phone: PHONE, at: new Date('2026-10-01T03:00:00Z') });
      await CitizenModel.updateOne({ _id: 5253 }, { $set: { reachable: false } }); // she blocked the bot
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const allaCard = await openFromCalls(alla);
      await zina.text('/forget');
      await zina.press('Да, удалить');
      expect(zina.lastText()).toContain('Ваши данные удалены');
      await expectGone(t, [{ staff: alla, messageId: allaCard }]);
      expect(await findPersonalData({ ...person, telegramId: 5253 })).toEqual([]);
    });
  });
});

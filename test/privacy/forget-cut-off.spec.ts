import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { finishCutOffForgets } from '../../src/domain/citizens.js';
import { runPrivacySweep } from '../../src/jobs/privacy/index.js';
import { createTestBot, testOffers } from '../helpers/test-bot.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { paperPerson } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { enqueue } from '../../src/outbox/index.js';
import { DeliveryModel } from '../../src/outbox/model.js';

describe('forget-cut-off', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  /**
   * Probe s20 F10: a kill in the middle of /forget gave the seat back and kept the name, phone and consent, and
   * nothing finished the deletion. forgetCitizen marks the citizen first; the privacy job finishes what it finds marked.
   */
  describe('a /forget cut off half-way', () => {
    it('is finished by the privacy job; one still running (begun under a minute ago) is left to itself', async () => {
      const now = new Date('2026-11-30T09:00:00Z');
      await addToWaitlist(5901, { name: 'Ксения Прерванная', phone: '+79135559011' });
      await addToWaitlist(5902, { name: 'Лев Идущий', phone: '+79135559022' });
      // What a cut-off /forget leaves: the mark, and everything else still there.
      await CitizenModel.updateOne({ _id: 5901 }, { $set: { forgetStartedAt: new Date(now.getTime() - 5 * 60_000) } });
      await CitizenModel.updateOne({ _id: 5902 }, { $set: { forgetStartedAt: new Date(now.getTime() - 10_000) } });
      const ksenia = { telegramId: 5901, names: ['Ксения', 'Прерванная'], phone: '+79135559011' };
      expect(await findPersonalData(ksenia)).not.toEqual([]);

      expect(await finishCutOffForgets(now, testOffers())).toBe(1);
      expect(await findPersonalData(ksenia)).toEqual([]);
      expect(await CitizenModel.countDocuments({ _id: 5902 })).toBe(1);
      expect(await finishCutOffForgets(now, testOffers())).toBe(0);
    });

    it('the privacy job (every 15 minutes) runs it', async () => {
      const t = createTestBot();
      await addToWaitlist(5903, { name: 'Мирон Оборванный', phone: '+79135559033' });
      await CitizenModel.updateOne({ _id: 5903 }, { $set: { forgetStartedAt: new Date(t.clock.now().getTime() - 3600_000) } });
      expect(await runPrivacySweep(t.deps)).toMatchObject({ finished: 1 });
      expect(await CitizenModel.countDocuments({ _id: 5903 })).toBe(0);
    });
  });

  describe('an unlink of Telegram from a desk record cut off half-way (walk34 W34-18)', () => {
    it('is finished by the same button, with the record it had begun: one record, her place, nothing under his id', async () => {
      const t = createTestBot();
      const [paper, cut, grandsonId, phone] = [-(2 ** 49 + 5904), -(2 ** 49 + 5905), 5904, '+79135559044'];
      const entryId = await paperPerson(paper, { name: 'Зоя Прерванная', phone, joinedAt: new Date('2014-02-03T03:00:00Z') });
      const grandson = t.user({ id: grandsonId, first_name: 'Егор', language_code: 'ru' });
      await grandson.text('/start');
      await grandson.press('📋 Меня уже записали в библиотеке');
      await grandson.contact('79135559044');
      await grandson.press('Да, это я');
      // What unlinkTelegram leaves when the process dies after moving her entry: the mark, the new record, the entry there.
      const linked = (await CitizenModel.findById(grandsonId).lean())!;
      await CitizenModel.updateOne({ _id: grandsonId }, { $set: { unlinkingTo: cut, unlinkingPhoneKey: phone }, $unset: { phoneKey: 1 } });
      await CitizenModel.create({ _id: cut, name: linked.name, language: 'ru', phone, phoneKey: phone, consent: linked.consent, reachable: false });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { citizenId: cut, activeKey: `${cut}:basics` } });

      await grandson.text('/forget');
      await grandson.press('Отвязать мой Телеграм');
      expect(grandson.lastText()).toMatch(/^Готово, ваш Телеграм отвязан\. Запись на имя Зоя Прерванная/);
      expect(await CitizenModel.find({ name: 'Зоя Прерванная' }).lean()).toMatchObject([{ _id: cut, phone, phoneKey: phone, reachable: false, consent: { method: 'paper' } }]);
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: cut, activeKey: `${cut}:basics`, status: 'waiting' });
      expect(await CitizenModel.findById(grandsonId).lean()).toBeNull();
      expect(await findPersonalData({ telegramId: grandsonId, names: [] })).toEqual([]);
      expect(await AuditEntryModel.findOne({ action: 'citizen.unlink-telegram' }).lean()).toMatchObject({ details: { entryIds: [entryId], resumed: true } });
      expect(t.errors).toEqual([]);
    });

    it('fix36d: is finished by the privacy job on its own, the account told through the outbox; one begun under a minute ago is left to itself', async () => {
      const t = createTestBot();
      const now = t.clock.now();
      const [paper, cut, grandsonId, phone] = [-(2 ** 49 + 5906), -(2 ** 49 + 5907), 5906, '+79135559066'];
      const entryId = await paperPerson(paper, { name: 'Зоя Оборванная', phone, joinedAt: new Date('2014-02-03T03:00:00Z') });
      const grandson = t.user({ id: grandsonId, first_name: 'Егор', language_code: 'ru' });
      await grandson.text('/start');
      await grandson.press('📋 Меня уже записали в библиотеке');
      await grandson.contact('79135559066');
      await grandson.press('Да, это я');
      // What unlinkTelegram leaves when the process dies after moving her entry, five minutes ago.
      const linked = (await CitizenModel.findById(grandsonId).lean())!;
      await CitizenModel.updateOne({ _id: grandsonId }, { $set: { unlinkingTo: cut, unlinkingPhoneKey: phone, unlinkStartedAt: new Date(now.getTime() - 5 * 60_000) }, $unset: { phoneKey: 1 } });
      await CitizenModel.create({ _id: cut, name: linked.name, language: 'ru', phone, phoneKey: phone, consent: linked.consent, reachable: false });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { citizenId: cut, activeKey: `${cut}:basics` } });
      // Another account's unlink begun ten seconds ago: still running somewhere, not touched.
      await CitizenModel.create({ _id: 5908, name: 'Идущая Вера', language: 'ru', consent: linked.consent, reachable: true, unlinkingTo: -(2 ** 49 + 5908), unlinkStartedAt: new Date(now.getTime() - 10_000) });

      expect(await runPrivacySweep(t.deps)).toMatchObject({ unlinked: 1 });
      expect(await CitizenModel.findById(grandsonId).lean()).toBeNull();
      expect(await CitizenModel.find({ name: 'Зоя Оборванная' }).lean()).toMatchObject([{ _id: cut, phone, phoneKey: phone, reachable: false }]);
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: cut, status: 'waiting' });
      expect(await AuditEntryModel.findOne({ action: 'citizen.unlink-telegram', 'details.by': 'privacy-job' }).lean()).toMatchObject({ actorId: 0, details: { entryIds: [entryId], resumed: true } });
      expect(await CitizenModel.findById(5908).lean()).toMatchObject({ unlinkingTo: -(2 ** 49 + 5908) });
      // A job that read him before the unlink enqueues her reminder after it: not sent to the former account, only its farewell is.
      await enqueue([{ key: `rem:late:${grandsonId}`, citizenId: grandsonId, priority: 'reminder', message: { text: { raw: 'Зоя, занятие завтра' } } }], now);
      const late = (await DeliveryModel.findOne({ key: `rem:late:${grandsonId}` }).lean())!;
      const shown = grandson.messages().length;
      await deliverAll(t);
      expect(grandson.textsSince(shown)).toEqual(['Ваш Телеграм отвязан от записи, сделанной в библиотеке. Запись и место в очереди остались там. Сообщения о курсе сюда больше не придут.']);
      expect(await DeliveryModel.findById(late._id).lean()).toMatchObject({ status: 'skipped', key: `unlinked:${String(late._id)}` });
      expect(await DeliveryModel.findById(late._id).lean()).not.toHaveProperty('citizenId');
      // The next run: nothing more to finish, and nothing of his id left in the outbox.
      expect(await runPrivacySweep(t.deps)).toMatchObject({ unlinked: 0 });
      expect(await findPersonalData({ telegramId: grandsonId, names: [] })).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it("fix38q L6: a librarian's /add of the same phone and name between the unlink's steps 1 and 2: the privacy job finishes it into that record, or apart when both are on one course; staff told", async () => {
      const t = createTestBot();
      const now = t.clock.now();
      await StaffMemberModel.create({ _id: 5919, displayName: 'Вера', centerIds: ['kemerovo-regional'], addedBy: 900 });
      /** Linked, then cut off after step 1 five minutes ago (the phone key freed), then /add made a record with it. */
      async function cutAfterStepOne(n: number, phone: string, addedCourse: string) {
        const [paper, cut, added, grandsonId] = [-(2 ** 49 + n), -(2 ** 49 + n + 1), -(2 ** 49 + n + 2), n];
        const entryId = await paperPerson(paper, { name: `Зоя Двойная${n}`, phone, joinedAt: new Date('2014-02-03T03:00:00Z') });
        const grandson = t.user({ id: grandsonId, first_name: 'Егор', language_code: 'ru' });
        await grandson.text('/start');
        await grandson.press('📋 Меня уже записали в библиотеке');
        await grandson.contact(phone.slice(1));
        await grandson.press('Да, это я');
        const linked = (await CitizenModel.findById(grandsonId).lean())!;
        expect(linked.phoneKey).toBeDefined();
        await CitizenModel.updateOne({ _id: grandsonId }, { $set: { unlinkingTo: cut, unlinkingPhoneKey: linked.phoneKey!, unlinkStartedAt: new Date(now.getTime() - 5 * 60_000) }, $unset: { phoneKey: 1 } });
        const addedEntry = await paperPerson(added, { name: linked.name, phone, joinedAt: now, courseId: addedCourse });
        await CitizenModel.updateOne({ _id: added }, { $set: { phoneKey: linked.phoneKey! } });
        return { entryId, cut, added, grandsonId, addedEntry, key: linked.phoneKey! };
      }
      const joined = await cutAfterStepOne(5910, '+79135559100', 'internet');
      const apart = await cutAfterStepOne(5920, '+79135559200', 'basics');

      expect(await runPrivacySweep(t.deps)).toMatchObject({ unlinked: 2 });
      // Her place joins the record /add made (same phone and name: the same person by /add's rule).
      expect(await CitizenModel.findById(joined.grandsonId).lean()).toBeNull();
      expect(await CitizenModel.findById(joined.cut).lean()).toBeNull();
      expect(await WaitlistEntryModel.findById(joined.entryId).lean()).toMatchObject({ citizenId: joined.added, activeKey: `${joined.added}:basics`, status: 'waiting' });
      // Both on basics: her own record, without the phone key (the other has it); both places kept for staff to choose.
      expect(await CitizenModel.findById(apart.grandsonId).lean()).toBeNull();
      expect(await CitizenModel.findById(apart.cut).lean()).toMatchObject({ phone: '+79135559200', reachable: false });
      expect(await CitizenModel.findById(apart.cut).lean()).not.toHaveProperty('phoneKey');
      expect(await WaitlistEntryModel.findById(apart.entryId).lean()).toMatchObject({ citizenId: apart.cut, status: 'waiting' });
      expect(await WaitlistEntryModel.findById(apart.addedEntry).lean()).toMatchObject({ citizenId: apart.added, status: 'waiting' });
      expect(await AuditEntryModel.find({ action: 'citizen.unlink-telegram', 'details.phoneTaken': { $exists: true } }, { 'details.phoneTaken': 1, _id: 0 }).sort({ 'details.phoneTaken': 1 }).lean()).toEqual([
        { details: { phoneTaken: 'apart' } },
        { details: { phoneTaken: 'joined' } },
      ]);
      await deliverAll(t);
      expect(t.telegram.messagesTo(5919).map((m) => m.text)).toEqual([
        '⚠️ Зоя Двойная5910: Телеграм отвязан от записи, но пока шла отвязка, в библиотеке сделали вторую запись с тем же телефоном и именем. Записи объединены: места в очереди и в группах теперь в той записи.',
        '⚠️ Зоя Двойная5920: Телеграм отвязан от записи, но пока шла отвязка, в библиотеке сделали вторую запись с тем же телефоном и именем. Объединить их бот не смог: обе записаны на один курс. Найдите обе записи в /find по телефону и решите, какое место оставить.',
      ]);
      expect(await runPrivacySweep(t.deps)).toMatchObject({ unlinked: 0 });
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { createTestBot, TestClock, type TestBot, testOffers } from '../helpers/test-bot.js';
import { deliverAll } from '../helpers/outbox.js';
import { seedSampleData } from '../../src/db/seed.js';
import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { groupWithParticipants } from '../reminders/fixtures.js';
import { paperPerson } from '../calls/fixtures.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { partnerWithLink } from './fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { createGroup } from '../../src/domain/classes.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { tellLibrarianAbsent } from '../../src/domain/absence-notices.js';
import { tellLibrarianSeatGivenUp } from '../../src/domain/seat-given-up.js';
import { tellPartnerLeftLine, tellPartnerOfferDeclined, tellPartnerSeatGivenUp, tellPartnerSeatTaken } from '../../src/domain/partners/seat-given-up-partner.js';

describe('fix31i-seat-given-up-partner', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  /** A group (lessons on 1 and 3 December, coordinator 900 its librarian) with this partner's person in it. */
  async function partnersPersonInGroup(t: TestBot, citizenId: number, repId: number) {
    const partner = await partnerWithLink({ centerIds: ['novokuznetsk-central'] }, repId);
    const { entryIds } = await groupWithParticipants(t.clock.now(), [{ id: citizenId }]);
    await WaitlistEntryModel.updateOne({ _id: entryIds[0] }, { $set: { partnerId: new Types.ObjectId(partner.id) } });
  }

  async function giveUpFromMyPlace(t: TestBot, citizenId: number, leave: string) {
    const person = t.user({ id: citizenId, first_name: 'Иван', language_code: 'ru' });
    await person.text('🔢 Моё место в очереди');
    await person.press('Отказаться от места: Основы компьютерной грамотности');
    const asked = person.lastText();
    await person.press(leave);
    await deliverAll(t);
    return asked;
  }

  describe('a partner\'s person gives up her seat (task31 fix I, walk31 W31-15)', () => {
    it('fix31i W31-15: in a group that takes nobody new, «Отказаться от места?» says the seat stays free, and the partner is told', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await partnersPersonInGroup(t, 3411, 9511);
      // The first of its two lessons has begun: a newcomer would miss half the course (joining-lesson.ts).
      t.clock.current = new Date('2026-12-02T03:00:00Z');
      const asked = await giveUpFromMyPlace(t, 3411, 'Освободить и выйти из очереди');
      expect(asked).toBe('Отказаться от места в группе «Основы компьютерной грамотности»? Группа уже не принимает новых людей, поэтому место останется свободным.');
      expect(t.telegram.messagesTo(9511).map((m) => m.text)).toEqual([
        '📌 Участник 3411 отказывается от места в группе «Основы компьютерной грамотности» и выходит из очереди. Группа уже не принимает новых людей. Новую группу можно попросить командой /request.',
      ]);
      expect(t.errors).toEqual([]);
    });

    it('fix31i W31-15: a group that takes newcomers, nobody of hers in line: the question says the seat stays free for now (walk34 W34-15); the partner (in English) hears she stays in line', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await partnersPersonInGroup(t, 3412, 9512);
      await PartnerRepresentativeModel.updateOne({ _id: 9512 }, { $set: { language: 'en' } });
      const asked = await giveUpFromMyPlace(t, 3412, 'Освободить, остаться в очереди');
      expect(asked).toBe('Отказаться от места в группе «Основы компьютерной грамотности»? Сейчас в очереди на него никого нет: место пока останется свободным.');
      expect(t.telegram.messagesTo(9512).map((m) => m.text)).toEqual([
        '📌 Участник 3412 gave up the seat in the “Basic computer literacy” group and stays on the waiting list.',
      ]);
      expect(t.errors).toEqual([]);
    });

    it('walk38 L4: a partner\'s person who takes the seat offered («✓ Приду») is told to the partner in one 📌 line', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const partner = await partnerWithLink({ centerIds: ['kemerovo-regional'] }, 9514);
      await addToWaitlist(3414, { at: new Date('2026-11-20T03:00:00Z') });
      await WaitlistEntryModel.updateOne({ citizenId: 3414 }, { $set: { partnerId: new Types.ObjectId(partner.id) } });
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const person = t.user({ id: 3414, first_name: 'Иван', language_code: 'ru' });
      await person.press('✓ Приду');
      await deliverAll(t);
      expect(t.telegram.messagesTo(9514).map((m) => m.text)).toEqual(['📌 Участник 3414 теперь в группе «Основы компьютерной грамотности»: согласие на место получено.']);
      expect(t.errors).toEqual([]);
    });

    it('fix39b L4: a partner\'s person without Telegram accepted by phone from the call card is told to the partner in one 📌 line', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const partner = await partnerWithLink({ centerIds: ['novokuznetsk-central'] }, 9531);
      const paperId = -(2 ** 49 + 3431);
      const entryId = await paperPerson(paperId, { name: 'Бумажная Зоя', phone: '+73843003431', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'novokuznetsk-central' });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { partnerId: new Types.ObjectId(partner.id) } });
      const { groupId } = await groupWithParticipants(t.clock.now(), [], { capacity: 1 });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers())).toBe(1);
      await deliverAll(t);
      const librarian = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await librarian.press('✓ Согласие есть, записать');
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ status: 'enrolled' });
      await deliverAll(t);
      const pinned = t.telegram.messagesTo(9531).map((m) => m.text ?? '').filter((text) => text.startsWith('📌'));
      expect(pinned).toEqual(['📌 Бумажная Зоя теперь в группе «Основы компьютерной грамотности»: согласие на место получено.']);
      expect(t.errors).toEqual([]);
    });

    it('fix39b L4: a representative who puts her own offered person into the group (/groups) is not told what she did; her colleague of the partner is', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const partner = await partnerWithLink({ centerIds: ['kemerovo-lesnaya-polyana'] }, 9541);
      await PartnerRepresentativeModel.create({ _id: 9542, partnerId: partner.id, addedBy: 900, addedAt: t.clock.now(), displayName: 'Представитель 9542' });
      const groupId = await createGroup(900, {
        courseId: 'job-search', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 8', capacity: 1, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-02T03:00:00Z')], closedFor: { partnerId: partner.id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      const paperId = -(2 ** 49 + 3441);
      const entryId = await paperPerson(paperId, { name: 'Петров Сергей', phone: '+79130001141', joinedAt: new Date('2026-11-20T03:00:00Z'), courseId: 'job-search', centerId: 'kemerovo-lesnaya-polyana' });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { partnerId: new Types.ObjectId(partner.id) } });
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers())).toBe(1);
      await deliverAll(t);
      const rep = t.user({ id: 9541, first_name: 'Игорь', language_code: 'ru' });
      await rep.text('/groups');
      await rep.press('Записать людей в группу 1');
      await rep.press('➕ Петров Сергей (место ждёт, библиотека звонит)');
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ status: 'enrolled' });
      await deliverAll(t);
      const pinned = (id: number) => t.telegram.messagesTo(id).map((m) => m.text ?? '').filter((text) => text.startsWith('📌'));
      expect(pinned(9541)).toEqual([]);
      expect(pinned(9542)).toEqual(['📌 Петров Сергей теперь в группе «Поиск работы в интернете»: согласие на место получено.']);
      expect(t.errors).toEqual([]);
    });

    it('walk34 W34-05: the seat given up in words («освободить и выйти») tells the partner as the button does, and the group\'s librarian', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await partnersPersonInGroup(t, 3413, 9513);
      const person = t.user({ id: 3413, first_name: 'Иван', language_code: 'ru' });
      await person.text('🔢 Моё место в очереди');
      await person.press('Отказаться от места: Основы компьютерной грамотности');
      await person.text('освободить и выйти');
      await deliverAll(t);
      expect(t.telegram.messagesTo(9513).map((m) => m.text)).toEqual([
        '📌 Участник 3413 отказывается от места в группе «Основы компьютерной грамотности» и выходит из очереди.',
      ]);
      expect(t.telegram.messagesTo(900).map((m) => m.text).join('\n')).toMatch(/Участник 3413 отказывается от места/);
      expect(t.errors).toEqual([]);
    });

    it('walk34 W34-05: a librarian gives the seat back for a partner\'s person without Telegram (/find): the partner is told, naming only that person', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const partner = await partnerWithLink({ centerIds: ['novokuznetsk-central'] }, 9514);
      const { groupId } = await groupWithParticipants(t.clock.now(), [], { capacity: 1 });
      const paperId = -(2 ** 49 + 3414);
      const entryId = await paperPerson(paperId, { name: 'Бумажная Зоя', phone: '+73843003414', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'novokuznetsk-central' });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: t.clock.now(), partnerId: new Types.ObjectId(partner.id) } });
      await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: 1, freeSeats: -1 } });
      // Someone else is next in line: her seat is offered to him, and the partner never hears his name.
      await addToWaitlist(3415, { name: 'Чужой Пётр', centerId: 'novokuznetsk-central', at: new Date('2026-10-02T03:00:00Z') });
      const coordinator = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
      await coordinator.text('/find');
      await coordinator.text('Бумажная');
      await coordinator.press('🚪 Отказаться от места: Основы');
      await coordinator.press('🚪 Вывести из очереди на этот курс');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3415 }).lean()).toMatchObject({ status: 'offered' });
      await deliverAll(t);
      expect(t.telegram.messagesTo(9514).map((m) => m.text)).toEqual([
        '📌 Бумажная Зоя отказывается от места в группе «Основы компьютерной грамотности» и выходит из очереди.',
      ]);
      expect(t.errors).toEqual([]);
    });
  });

  describe('a partner\'s person declines an offered seat or leaves the line (fix35f)', () => {
    it('fix35f: «Не смогу» on the offer, then «Нет, выйти из очереди»: the partner hears both, naming only its own person', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const partner = await partnerWithLink({ centerIds: ['novokuznetsk-central'] }, 9521);
      const { entry } = await addToWaitlist(3421, { centerId: 'novokuznetsk-central', at: new Date('2026-10-01T03:00:00Z') });
      await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { partnerId: new Types.ObjectId(partner.id) } });
      // Next in line, not the partner's: offered the seat she declines; the partner never hears his name.
      await addToWaitlist(3422, { name: 'Чужой Пётр', centerId: 'novokuznetsk-central', at: new Date('2026-10-02T03:00:00Z') });
      const { groupId } = await groupWithParticipants(t.clock.now(), [], { capacity: 1 });
      await offerFreeSeats(groupId, t.clock.now(), testOffers());
      await deliverAll(t);
      const person = t.user({ id: 3421, first_name: 'Иван', language_code: 'ru' });
      await person.press('Не смогу');
      await deliverAll(t);
      expect(await WaitlistEntryModel.findOne({ citizenId: 3422 }).lean()).toMatchObject({ status: 'offered' });
      expect(t.telegram.messagesTo(9521).map((m) => m.text)).toEqual([
        '📌 Участник 3421 отказывается от предложенного места в группе «Основы компьютерной грамотности» и остаётся в очереди.',
      ]);
      await person.press('Нет, выйти из очереди');
      await deliverAll(t);
      expect(t.telegram.messagesTo(9521).map((m) => m.text).slice(1)).toEqual(['📌 Участник 3421 выходит из очереди на курс «Основы компьютерной грамотности».']);
      expect(t.errors).toEqual([]);
    });

    it('fix35f: leaving the line from «Моё место» tells the partner (in English); a person not referred tells nobody', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const partner = await partnerWithLink({ centerIds: ['novokuznetsk-central'] }, 9522);
      await PartnerRepresentativeModel.updateOne({ _id: 9522 }, { $set: { language: 'en' } });
      const { entry } = await addToWaitlist(3423, { centerId: 'novokuznetsk-central', at: new Date('2026-10-01T03:00:00Z') });
      await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { partnerId: new Types.ObjectId(partner.id) } });
      await addToWaitlist(3424, { centerId: 'novokuznetsk-central', at: new Date('2026-10-02T03:00:00Z') });
      for (const id of [3423, 3424]) {
        const person = t.user({ id, first_name: 'Иван', language_code: 'ru' });
        await person.text('🔢 Моё место в очереди');
        await person.press('Выйти из очереди: Основы компьютерной грамотности');
        await person.press('Да, выйти');
        expect(person.lastText()).toBe('Вы вышли из очереди на курс «Основы компьютерной грамотности».');
      }
      await deliverAll(t);
      expect(t.telegram.messagesTo(9522).map((m) => m.text)).toEqual(['📌 Участник 3423 left the waiting list for “Basic computer literacy”.']);
      expect(t.errors).toEqual([]);
    });
  });

  describe('she is forgotten between two reads (fix40b item 3\'s leftovers)', () => {
    it('fix41c: «не сможет прийти», the seat given up and the partner\'s 📌 lines are not sent naming her by her Telegram id', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await partnersPersonInGroup(t, 4141, 9561);
      const entry = (await WaitlistEntryModel.findOne({ citizenId: 4141 }).lean())!;
      const lesson = (await LessonModel.findOne({ groupId: entry.groupId }).sort({ startsAt: 1 }).lean())!;
      const group = { id: String(entry.groupId), courseId: entry.courseId };
      // Her citizen document is gone (the retention job forgot her) while her seat is still read as hers.
      await CitizenModel.deleteOne({ _id: 4141 });
      const now = t.clock.now();
      await tellLibrarianAbsent(4141, String(lesson._id), 900, now);
      await tellLibrarianSeatGivenUp(4141, group.id, false, [900], now, 'ru');
      await tellPartnerSeatGivenUp(String(entry.partnerId), 4141, group, false, now);
      await tellPartnerOfferDeclined(String(entry.partnerId), 4141, group, true, now);
      await tellPartnerSeatTaken(String(entry._id), 4141, group.id, now);
      await tellPartnerLeftLine(String(entry.partnerId), 4141, entry.courseId, now);
      await deliverAll(t);
      expect([900, 9561].flatMap((id) => t.telegram.messagesTo(id).map((m) => m.text ?? '')).filter((text) => text.includes('4141'))).toEqual([]);
      expect(await DeliveryModel.countDocuments({ aboutCitizenId: 4141 })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });
});

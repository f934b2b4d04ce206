import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup, listParticipants } from '../../src/domain/classes.js';
import { acceptOffer, offerFreeSeats } from '../../src/domain/offers.js';
import { wordsOf } from '../../src/domain/text.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('put-in', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Kemerovo and Novokuznetsk are UTC+7: 12:35Z is 19:35 there, and the class at 12:55Z starts at 19:55, in 20 minutes.
  const NOW = new Date('2026-12-01T12:35:00Z');
  const IN_20_MINUTES = new Date('2026-12-01T12:55:00Z');
  const THURSDAY = new Date('2026-12-03T12:55:00Z');

  const lastAnswer = (t: ReturnType<typeof createTestBot>) => t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload;
  /** The callback data of a button the bot really sent (to replay it as someone else). */
  const dataOf = (message: Message | undefined, label: string) =>
    (message?.reply_markup?.inline_keyboard.flat().find((b) => b.text === label && 'callback_data' in b) as { callback_data: string } | undefined)?.callback_data ?? '';
  const compact = (id: unknown) => Buffer.from(String(id), 'hex').toString('base64url');

  describe('a librarian puts a person from the line into a group herself (walk s22 W22-12)', () => {
    it('a walk-in registered with /add goes into a group starting in 20 minutes; others cannot do it for her', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 5301, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: 900 },
        { _id: 5302, displayName: 'Вера', centerIds: ['kemerovo-gogol'], addedBy: 900 },
      ]);
      await addToWaitlist(5311, { at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(5312, { at: new Date('2026-10-02T03:00:00Z') });
      await addToWaitlist(5313, { at: new Date('2026-10-03T03:00:00Z'), centerId: 'kemerovo-gogol' });
      const groupId = await createGroup(5301, { courseId: 'basics', centerId: 'kemerovo-regional', room: 'Читальный зал', capacity: 2, lessonStarts: [IN_20_MINUTES, THURSDAY], durationMinutes: 90 }, NOW);
      expect(await offerFreeSeats(groupId, NOW, testOffers())).toBe(0); // too near for offers
      const anna = t.user({ id: 5301, first_name: 'Анна', language_code: 'ru' });
      const vera = t.user({ id: 5302, first_name: 'Вера', language_code: 'ru' });
      const ivan = t.user({ id: 5303, first_name: 'Иван', language_code: 'ru' });
      const first = t.user({ id: 5311, first_name: 'Нина', language_code: 'ru' });

      // The walk-in at the desk.
      await anna.text('/add');
      await anna.press('✓ Да, бланк подписан');
      await anna.text('Егорова Раиса Павловна');
      await anna.text('89045550011');
      await anna.press('Основы компьютерной грамотности');
      await anna.press('Не важно');
      await anna.press('✓ Записать в очередь');
      expect(anna.lastText()).toContain('Место в очереди: 3');
      const walkIn = await WaitlistEntryModel.findOne({ centerId: 'kemerovo-regional', citizenId: { $lt: 0 } }).lean();

      await anna.text('/classes');
      await anna.press(/^1\. Основы/);
      expect(anna.lastText()).toContain('Записано 0 из 2');
      await anna.press('➕ Записать человека');
      expect(anna.lastText()).toContain('Свободно мест: 2.');
      // The line's order with each one's place; a person of another center is not in this line.
      expect(anna.buttonLabels()).toEqual(['1. Участник 5311', '2. Участник 5312', '3. Егорова Раиса Павловна', 'Назад']);
      await anna.press('3. Егорова Раиса Павловна');
      const confirm = anna.messages().at(-1);
      expect(anna.lastText()).toContain('Записать в группу «Основы»: Егорова Раиса Павловна? Первое занятие для этого человека — 1 декабря, вторник, 19:55.');
      expect(anna.lastText()).toContain('Впереди в очереди 2 человека: вы записываете не по очереди.');
      expect(anna.lastText()).toContain('Телеграма нет');
      const yes = dataOf(confirm, '✓ Записать');

      // Another center's librarian, a citizen, a forged person (another center's), junk: refused, nothing changes.
      await vera.pressData(yes, confirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Не найдено или нет доступа.', show_alert: true });
      await ivan.pressData(yes, confirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Эта команда только для сотрудников библиотеки.', show_alert: true });
      const other = await WaitlistEntryModel.findOne({ citizenId: 5313 }).lean();
      await anna.pressData(yes.replace(compact(walkIn!._id), compact(other!._id)), confirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Не найдено или нет доступа.', show_alert: true });
      await anna.pressData(yes.replace(compact(walkIn!._id), 'zz'), confirm);
      expect(lastAnswer(t)).toMatchObject({ text: expect.stringMatching(/^Эта кнопка уже не действует/) });
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'kemerovo-regional', status: 'enrolled' })).toBe(0);

      await anna.pressData(yes, confirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Записали в группу: Егорова Раиса Павловна.', show_alert: true });
      expect(anna.lastText()).toContain('Записано 1 из 2');
      expect(anna.lastText()).toContain('1. Егорова Раиса Павловна');
      // She registered this walk-in at her desk minutes ago and is telling them herself: no call is left (probe s23 M8).
      expect(await CallTaskModel.countDocuments({ topic: 'putin' })).toBe(0);
      expect(await WaitlistEntryModel.findById(walkIn!._id).lean()).toMatchObject({ status: 'enrolled', groupId: expect.anything() });
      expect((await ClassGroupModel.findById(groupId).lean())!.freeSeats).toBe(1);
      // On the first lesson's roster (attendance) too.
      expect((await listParticipants(groupId, IN_20_MINUTES)).map((p) => p.name)).toEqual(['Егорова Раиса Павловна']);
      const audit = await AuditEntryModel.findOne({ action: 'staff.enroll', actorId: 5301 }).lean();
      expect(audit).toMatchObject({ actorId: 5301, target: `group:${groupId}`, details: { ahead: 2, entryId: String(walkIn!._id) } });
      expect(JSON.stringify(audit)).not.toMatch(/Егорова|89045550011/);

      // The first in line, with Telegram: told in one short message; the group is then full, without the button.
      await anna.press('➕ Записать человека');
      await anna.press('1. Участник 5311');
      expect(anna.lastText()).toContain('Это первый человек в очереди.');
      await anna.press('✓ Записать');
      await deliverAll(t);
      expect(first.lastText()).toContain('Библиотека записала вас в группу! Курс «Основы компьютерной грамотности».');
      expect(first.lastText()).toContain('Первое занятие — сегодня в 19:55.');
      expect(first.lastText()).toContain('улица Дзержинского, 19, Читальный зал');
      expect(wordsOf(first.lastText())).toBeLessThanOrEqual(60);
      expect(anna.lastText()).toContain('Записано 2 из 2');
      expect(anna.buttonLabels()).not.toContain('➕ Записать человека');
      expect(t.errors.filter((e) => !e.includes('staff action refused'))).toEqual([]);
    });

    it('lists nobody enrolled elsewhere; a person holding a seat in another group leaves it to the next person', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5331, displayName: 'Ольга', centerIds: ['novokuznetsk-central'], addedBy: 900 });
      for (const [i, id] of [5341, 5342, 5343].entries()) {
        await addToWaitlist(id, { centerId: 'novokuznetsk-central', courseId: 'internet', at: new Date(Date.UTC(2026, 9, i + 1)), language: id === 5342 ? 'en' : 'ru' });
      }
      const tom = t.user({ id: 5342, first_name: 'Tom', language_code: 'en' });
      // A later group: two seats offered (5341, 5342), 5341 takes hers.
      const later = await createGroup(5331, { courseId: 'internet', centerId: 'novokuznetsk-central', room: 'Зал 2', capacity: 2, lessonStarts: [new Date('2026-12-10T03:00:00Z')], durationMinutes: 90 }, NOW);
      expect(await offerFreeSeats(later, NOW, testOffers())).toBe(2);
      const offered = await WaitlistEntryModel.findOne({ citizenId: 5341 }).lean();
      expect((await acceptOffer(5341, String(offered!._id), NOW)).ok).toBe(true);
      const today = await createGroup(5331, { courseId: 'internet', centerId: 'novokuznetsk-central', room: 'Зал 5', capacity: 3, lessonStarts: [IN_20_MINUTES, THURSDAY], durationMinutes: 90 }, NOW);
      const olga = t.user({ id: 5331, first_name: 'Ольга', language_code: 'ru' });

      await olga.text('/classes');
      await olga.press(/^1\. .*1 декабря/);
      await olga.press('➕ Записать человека');
      expect(olga.buttonLabels()).toEqual(['Участник 5342 (место в другой группе)', '1. Участник 5343', 'Назад']);
      await olga.press('Участник 5342 (место в другой группе)');
      expect(olga.lastText()).toContain('предложено место в другой группе: то предложение закроется, место передадут следующему.');
      await olga.press('✓ Записать');
      expect(lastAnswer(t)).toMatchObject({ text: 'Записали в группу: Участник 5342.' });
      const moved = await WaitlistEntryModel.findOne({ citizenId: 5342 }).lean();
      expect(String(moved!.groupId)).toBe(today);
      expect(moved).toMatchObject({ status: 'enrolled' });
      expect(moved!.offer?.groupId).toBeUndefined();
      expect(await SeatOfferModel.findOne({ entryId: moved!._id, groupId: later }).lean()).toMatchObject({ outcome: 'released' });
      // The seat given back in the later group went to the next in line at once.
      expect(await WaitlistEntryModel.findOne({ citizenId: 5343 }).lean()).toMatchObject({ status: 'offered', offer: { groupId: expect.anything() } });
      expect((await ClassGroupModel.findById(later).lean())!.freeSeats).toBe(0);
      expect((await ClassGroupModel.findById(today).lean())!.freeSeats).toBe(2);
      // He is told in his language, with no Cyrillic.
      await deliverAll(t);
      const told = tom.messages().map((m) => m.text ?? '').find((x) => x.startsWith('The library has put you into a group!'));
      expect(told).toContain('First lesson: today at 19:55.');
      expect(told).not.toMatch(/[А-Яа-яЁё]/);
      expect(t.errors).toEqual([]);
    });

    it('a seat of this group already offered to a desk person: put in, the call task closed as answered by the librarian', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5361, displayName: 'Галина', centerIds: ['kiselyovsk-central'], addedBy: 900 });
      const groupId = await createGroup(5361, { courseId: 'safe-internet', centerId: 'kiselyovsk-central', room: 'Зал 1', capacity: 1, lessonStarts: [new Date('2026-12-01T15:00:00Z'), THURSDAY], durationMinutes: 90 }, NOW);
      const galina = t.user({ id: 5361, first_name: 'Галина', language_code: 'ru' });
      await galina.text('/add');
      await galina.press('✓ Да, бланк подписан');
      await galina.text('Петров Пётр');
      await galina.text('89045550022');
      await galina.press(/^Безопасный интернет/);
      await galina.press('Не важно');
      await galina.press('✓ Записать в очередь');
      // The seat was offered at once (the class is at 22:00): a call task is open for him.
      const entry = await WaitlistEntryModel.findOne({ centerId: 'kiselyovsk-central' }).lean();
      expect(entry).toMatchObject({ status: 'offered' });
      expect(await CallTaskModel.findOne({ entryId: entry!._id }).lean()).toMatchObject({ status: 'open' });

      await galina.text('/classes');
      await galina.press(/^1\. /);
      await galina.press('➕ Записать человека');
      expect(galina.lastText()).toContain('Свободно мест: 0.');
      await galina.press('★ Петров Пётр');
      expect(galina.lastText()).toContain('Этому человеку уже предложено место в этой группе.');
      await galina.press('✓ Записать');
      expect(lastAnswer(t)).toMatchObject({ text: 'Записали в группу: Петров Пётр.' });
      expect(await WaitlistEntryModel.findById(entry!._id).lean()).toMatchObject({ status: 'enrolled' });
      expect(await CallTaskModel.findOne({ entryId: entry!._id }).lean()).toMatchObject({ status: 'accepted', answeredBy: 5361, answeredByName: 'Галина' });
      expect(await SeatOfferModel.findOne({ entryId: entry!._id, groupId }).lean()).toMatchObject({ outcome: 'accepted' });
      expect((await ClassGroupModel.findById(groupId).lean())).toMatchObject({ freeSeats: 0, enrolledCount: 1 });
      expect(galina.buttonLabels()).not.toContain('➕ Записать человека');
      expect(t.errors).toEqual([]);
    });

    it('a group already begun: the confirmation says how many lessons are over', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5371, displayName: 'Лидия', centerIds: ['osinniki-central'], addedBy: 900 });
      await addToWaitlist(5381, { centerId: 'osinniki-central', courseId: 'gosuslugi' });
      await createGroup(5371, { courseId: 'gosuslugi', centerId: 'osinniki-central', room: 'Зал 3', capacity: 4, lessonStarts: [new Date('2026-11-30T12:55:00Z'), IN_20_MINUTES, THURSDAY], durationMinutes: 90 }, new Date('2026-11-29T03:00:00Z'));
      const lidia = t.user({ id: 5371, first_name: 'Лидия', language_code: 'ru' });
      await lidia.text('/classes');
      await lidia.press(/^1\. /);
      await lidia.press('➕ Записать человека');
      await lidia.press('1. Участник 5381');
      expect(lidia.lastText()).toContain('Первое занятие для этого человека — 1 декабря, вторник, 19:55.\nГруппа уже занимается: прошло занятий — 1 из 3.');
    });

    it('probe31 M2: namesakes in the picker, its confirmation and the roster carry their phone\'s end, or their number when they share a phone', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5391, displayName: 'Нина', centerIds: ['prokopyevsk-central'], addedBy: 900 });
      const phones = ['+79231115011', '+79231115011', '+79231115033']; // the first two: one phone for a family
      for (const [i, phone] of phones.entries()) {
        await addToWaitlist(5392 + i, { name: 'Анна', centerId: 'prokopyevsk-central', courseId: 'gosuslugi', at: new Date(Date.UTC(2026, 9, i + 1)) });
        await CitizenModel.updateOne({ _id: 5392 + i }, { $set: { phone } });
      }
      await createGroup(5391, { courseId: 'gosuslugi', centerId: 'prokopyevsk-central', room: 'Зал 1', capacity: 3, lessonStarts: [IN_20_MINUTES, THURSDAY], durationMinutes: 90 }, NOW);
      const nina = t.user({ id: 5391, first_name: 'Нина', language_code: 'ru' });
      await nina.text('/classes');
      await nina.press(/^1\. /);
      await nina.press('➕ Записать человека');
      expect(nina.buttonLabels()).toEqual(['1. Анна · № 1', '2. Анна · № 2', '3. Анна · …50-33', 'Назад']);
      await nina.press('2. Анна · № 2');
      expect(nina.lastText()).toContain('Записать в группу «Госуслуги»: Анна · № 2?');
      await nina.press('✓ Записать');
      expect(lastAnswer(t)).toMatchObject({ text: 'Записали в группу: Анна · № 2.' });
      await nina.press('➕ Записать человека');
      await nina.press('2. Анна · …50-33');
      await nina.press('✓ Записать');
      expect(nina.lastText()).toContain('Участники:\n1. Анна · …50-11\n2. Анна · …50-33');
      expect((await WaitlistEntryModel.find({ citizenId: { $in: [5393, 5394] }, status: 'enrolled' }).lean()).length).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('/newclass says why nobody was offered a seat when the first lesson is too near, and what to do', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(5351, { centerId: 'mezhdurechensk-central', courseId: 'gosuslugi' });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/newclass');
      await maria.press(/^Госуслуги/);
      await maria.press(/^Междуреченск/);
      await maria.text('1.12'); // today: the buttons start tomorrow
      await maria.press('📅 По дням недели');
      await maria.press('четверг');
      await maria.press('✓ Готово');
      await maria.text('19:55');
      await maria.press('Да, верно'); // asked: within three hours (walk29 W29-22)
      await maria.text('2');
      await maria.press('90');
      await maria.text('Зал 4');
      await maria.text('6');
      await maria.press('✓ Создать группу');
      expect(maria.lastText()).toBe(
        'Группа создана. Предложено мест людям из очереди: 0 — первое занятие меньше чем через 1,5 часа: места не предлагались. Запишите людей сами: /classes → группа → ➕ Записать человека.',
      );
    });

    it('fix35f: someone of a daytime group who asked for evenings heads the evening group\'s list; the librarian moves her, her old seat goes on, she is told', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 5351, displayName: 'Лидия', centerIds: ['novokuznetsk-kuznetsky'], addedBy: 900 },
        { _id: 5352, displayName: 'Вера', centerIds: ['kemerovo-gogol'], addedBy: 900 },
      ]);
      // Her daytime group (900's, one seat: hers), and this evening's group with its first lesson in 20 minutes.
      const { entry: hers } = await addToWaitlist(5361, { centerId: 'novokuznetsk-kuznetsky', at: new Date('2026-10-01T03:00:00Z') });
      const day = await createGroup(900, { courseId: 'basics', centerId: 'novokuznetsk-kuznetsky', room: 'Зал 1', capacity: 1, lessonStarts: [new Date('2026-12-02T07:00:00Z'), new Date('2026-12-04T07:00:00Z')], durationMinutes: 90 }, NOW);
      expect(await offerFreeSeats(day, NOW, testOffers())).toBe(1);
      expect((await acceptOffer(5361, hers.id, NOW)).ok).toBe(true);
      const evening = await createGroup(5351, { courseId: 'basics', centerId: 'novokuznetsk-kuznetsky', room: 'Зал 3', capacity: 2, lessonStarts: [IN_20_MINUTES, THURSDAY], durationMinutes: 90 }, NOW);
      const { entry: next } = await addToWaitlist(5362, { centerId: 'novokuznetsk-kuznetsky', at: new Date('2026-11-20T03:00:00Z') });
      const sveta = t.user({ id: 5361, first_name: 'Светлана', language_code: 'ru' });
      await sveta.text('🔢 Моё место в очереди');
      await sveta.press('✎ Время или телефон');
      await sveta.press('🔁 Группа в другое время');
      await sveta.press('Вечером'); // too near for her own move: the request
      await sveta.press('📨 Попросить библиотекаря');

      const lida = t.user({ id: 5351, first_name: 'Лидия', language_code: 'ru' });
      await lida.text('/classes');
      await lida.press(/^\d\. Основы, 1 декабря/);
      await lida.press('➕ Записать человека');
      expect(lida.lastText()).toContain('🔁 — этот человек занимается на этом курсе в другой группе и просит перевести в группу в это время.');
      expect(lida.buttonLabels()).toEqual(['🔁 Участник 5361 (сейчас в группе днём)', '1. Участник 5362', 'Назад']);
      await lida.press('🔁 Участник 5361 (сейчас в группе днём)');
      expect(lida.lastText()).toBe(
        'Перевести в группу «Основы»: Участник 5361? Первое занятие для этого человека — 1 декабря, вторник, 19:55. Сейчас этот человек в группе этого курса днём, место там предложат следующему в очереди.\nБот сразу напишет человеку, где и когда первое занятие.',
      );
      const confirm = lida.messages().at(-1);
      // Another center's librarian cannot move her.
      await t.user({ id: 5352, first_name: 'Вера', language_code: 'ru' }).pressData(dataOf(confirm, '✅ Перевести'), confirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Не найдено или нет доступа.', show_alert: true });
      await lida.press('✅ Перевести');
      expect(lastAnswer(t)).toMatchObject({ text: 'Готово: перевели в эту группу: Участник 5361.', show_alert: true });
      expect(lida.lastText()).toContain('1. Участник 5361');

      const moved = await WaitlistEntryModel.findById(hers.id).lean();
      expect(moved).toMatchObject({ status: 'enrolled', enrolledAt: NOW });
      expect(String(moved!.groupId)).toBe(evening);
      expect(moved!.wantsTime).toBeUndefined();
      expect(await ClassGroupModel.findById(evening).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 1 });
      expect(await WaitlistEntryModel.findById(next.id).lean()).toMatchObject({ status: 'offered', offer: { groupId: expect.anything() } });
      expect(String((await WaitlistEntryModel.findById(next.id).lean())!.offer!.groupId)).toBe(day);
      expect(await AuditEntryModel.findOne({ action: 'staff.move-group', actorId: 5351 }).lean()).toMatchObject({ target: `entry:${hers.id}`, details: { from: day, to: evening } });
      await deliverAll(t);
      expect(sveta.messages().at(-1)!.text).toMatch(/^Библиотека перевела вас в вечернюю группу курса «Основы компьютерной грамотности»\. Первое занятие — сегодня в 19:55\.\n/);
      // The daytime group's librarian hears of the move; the one who made it does not.
      expect(t.telegram.messagesTo(900).map((m) => m.text).filter((x) => x?.startsWith('📌 Участник 5361:'))).toHaveLength(1);
      expect(t.telegram.messagesTo(5351).map((m) => m.text).filter((x) => x?.startsWith('📌 Участник 5361:'))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('probe37: «✅ Перевести» pressed by the citizen, delivered twice, pressed again after the move and after the group filled: answered, moved once', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([{ _id: 5471, displayName: 'Лидия', centerIds: ['belovo-central'], addedBy: 900 }]);
      const { entry: svetaEntry } = await addToWaitlist(5472, { centerId: 'belovo-central', at: new Date('2026-09-01T03:00:00Z') });
      const { entry: olgaEntry } = await addToWaitlist(5473, { centerId: 'belovo-central', at: new Date('2026-09-02T03:00:00Z') });
      const day = await createGroup(900, { courseId: 'basics', centerId: 'belovo-central', room: 'Зал 1', capacity: 2, lessonStarts: [new Date('2026-12-02T07:00:00Z'), new Date('2026-12-04T07:00:00Z')], durationMinutes: 90 }, NOW);
      expect(await offerFreeSeats(day, NOW, testOffers())).toBe(2);
      expect((await acceptOffer(5472, svetaEntry.id, NOW)).ok).toBe(true);
      expect((await acceptOffer(5473, olgaEntry.id, NOW)).ok).toBe(true);
      // One evening seat for two who asked for evenings.
      const evening = await createGroup(5471, { courseId: 'basics', centerId: 'belovo-central', room: 'Зал 3', capacity: 1, lessonStarts: [IN_20_MINUTES, THURSDAY], durationMinutes: 90 }, NOW);
      const sveta = t.user({ id: 5472, first_name: 'Светлана', language_code: 'ru' });
      const olga = t.user({ id: 5473, first_name: 'Ольга', language_code: 'ru' });
      for (const person of [sveta, olga]) {
        await person.text('🔢 Моё место в очереди');
        await person.press('✎ Время или телефон');
        await person.press('🔁 Группа в другое время');
        await person.press('Вечером');
        await person.press('📨 Попросить библиотекаря');
      }
      const lida = t.user({ id: 5471, first_name: 'Лидия', language_code: 'ru' });
      await lida.text('/classes');
      await lida.press(/^\d\. Основы, 1 декабря/);
      await lida.press('➕ Записать человека');
      expect(lida.buttonLabels()).toEqual(['🔁 Участник 5472 (сейчас в группе днём)', '🔁 Участник 5473 (сейчас в группе днём)', 'Назад']);
      await lida.press('🔁 Участник 5473 (сейчас в группе днём)');
      const olgaConfirm = lida.messages().at(-1);
      const moveOlga = dataOf(olgaConfirm, '✅ Перевести');
      await lida.press('Назад');
      await lida.press('🔁 Участник 5472 (сейчас в группе днём)');
      const svetaConfirm = lida.messages().at(-1);
      const moveSveta = dataOf(svetaConfirm, '✅ Перевести');

      // The citizen herself presses the staff button: refused, nothing moves.
      await sveta.pressData(moveSveta, svetaConfirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Эта команда только для сотрудников библиотеки.', show_alert: true });
      expect(String((await WaitlistEntryModel.findById(svetaEntry.id).lean())!.groupId)).toBe(day);

      await lida.pressData(moveSveta, svetaConfirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Готово: перевели в эту группу: Участник 5472.', show_alert: true });
      // The same update delivered again (a redelivery): handled once.
      const answers = t.telegram.callsOf('answerCallbackQuery').length;
      await t.bot.handleUpdate(lida.lastUpdate!);
      expect(t.telegram.callsOf('answerCallbackQuery').length).toBe(answers);
      // Pressed again on the old confirmation: she is in this group already; said so.
      await lida.pressData(moveSveta, svetaConfirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'Этот человек уже в этой группе. Ничего не меняли.', show_alert: true });
      // The other wisher's confirmation, after the last evening seat went: told the group is full, her daytime seat kept.
      await lida.pressData(moveOlga, olgaConfirm);
      expect(lastAnswer(t)).toMatchObject({ text: 'В группе не осталось свободных мест. Никого не записали.', show_alert: true });

      expect(String((await WaitlistEntryModel.findById(svetaEntry.id).lean())!.groupId)).toBe(evening);
      expect(await WaitlistEntryModel.findById(olgaEntry.id).lean()).toMatchObject({ status: 'enrolled', wantsTime: 'evening' });
      expect(String((await WaitlistEntryModel.findById(olgaEntry.id).lean())!.groupId)).toBe(day);
      expect(await ClassGroupModel.findById(evening).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 0 });
      expect(await ClassGroupModel.findById(day).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 1 });
      expect(await AuditEntryModel.countDocuments({ action: 'staff.move-group', actorId: 5471 })).toBe(1);
      await deliverAll(t);
      expect(sveta.textsSince(0).filter((x) => x.startsWith('Библиотека перевела вас'))).toHaveLength(1);
      expect(t.errors.filter((e) => !e.includes('staff action refused'))).toEqual([]);
    });
  });
});

import { beforeEach, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { GroupRequestModel } from '../../src/db/models/group-request.js';
import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createGroupRequest } from '../../src/domain/partners/requests.js';
import { createPartnerInvite } from '../../src/domain/partners/representatives.js';
import { requestBackData } from '../../scenes/classes/new-class.js';
import { wordsOf } from '../../src/domain/text.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, type TestBot, testOffers } from '../helpers/test-bot.js';
import type { TestUser } from '../helpers/test-user.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { partnerWithLink } from './fixtures.js';

describe('group-requests', () => {
  const DAY = 24 * 3600_000;
  const NOW = new Date('2026-11-24T03:00:00Z');
  const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
  const COORDINATOR = 900;
  const LIBRARIAN = 800; // Kemerovo regional
  const OTHER_LIBRARIAN = 801; // Yurga
  const REP_A = 7301;
  const REP_B = 7302;
  let partnerA = '';
  let partnerB = '';

  // Each test starts from the sample data, the two partners and the two librarians alone, whatever ran before it.
  useSampleDataPerTest();
  beforeEach(async () => {
    partnerA = (await partnerWithLink({ name: 'Больница № 3', centerIds: ['kemerovo-regional', 'kemerovo-gogol'] }, REP_A)).id;
    partnerB = (await partnerWithLink({ name: 'Центр занятости', kind: 'employment' }, REP_B)).id;
    await StaffMemberModel.create([
      { _id: LIBRARIAN, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: COORDINATOR },
      { _id: OTHER_LIBRARIAN, displayName: 'Юлия', centerIds: ['yurga-central'], addedBy: COORDINATOR },
    ]);
  });

  const env = { ADMIN_IDS: String(COORDINATOR) };

  /** A representative asks for a group of `people` at the Kemerovo regional library, Mondays and Wednesdays, mornings. */
  /** The librarian opens a group for the request on this line of /requests: Tuesdays from 1 December, 10:00, Зал 7, 3 seats. */
  async function openRequestedGroup(anna: TestUser, requestLine: string) {
    await anna.text('/requests');
    await anna.press(requestLine);
    await anna.press('✓ Открыть группу');
    await anna.press('1 декабря, вторник');
    await anna.press('📅 По дням недели');
    await anna.press('✓ Готово');
    await anna.text('10:00');
    await anna.press('4');
    await anna.press('90');
    await anna.text('Зал 7');
    await anna.press('3');
    await anna.press('✓ Создать группу');
  }

  async function requestGroup(t: TestBot, repId: number, people: string) {
    const rep = t.user({ id: repId, first_name: 'Ольга', language_code: 'ru' });
    await rep.text('/request');
    await rep.press('Основы компьютерной грамотности');
    await rep.text(people);
    // Partner A has two centers to tick; partner B has one, which is not asked (request-one-center.test.ts).
    if (repId === REP_A) {
      await rep.press(/^Кемерово: Областная/);
      await rep.press('✓ Готово');
    }
    await rep.press('понедельник');
    await rep.press('среда');
    await rep.press('✓ Готово');
    await rep.press('Утром');
    await rep.press('✓ Готово');
    await rep.text('Для медсестёр\nприёмного отделения');
    expect(rep.lastText()).toContain('Дни: понедельник, среда');
    await rep.press('✓ Отправить заявку');
    expect(rep.lastText()).toBe('Заявка отправлена. Мы сообщим, когда библиотека её рассмотрит.');
    return rep;
  }

  describe('group requests', () => {
    it('accepted: a closed group opened from /requests offers its seats only to the partner\'s people, longest waiting first; free seats can be released', async () => {
      const t = createTestBot({ env });
      t.clock.current = NOW;
      await addToWaitlist(301, { at: daysAgo(40), name: 'Общая очередь' });
      await addToWaitlist(201, { at: daysAgo(35), partnerId: partnerB, name: 'Чужой Партнёр' });
      await addToWaitlist(102, { at: daysAgo(10), partnerId: partnerA, centerId: 'kemerovo-gogol', name: 'Второй Свой' });
      await addToWaitlist(101, { at: daysAgo(20), partnerId: partnerA, name: 'Первый Свой' });
      await addToWaitlist(103, { at: daysAgo(5), partnerId: partnerA, courseId: 'internet', name: 'Другой Курс' });

      const rep = await requestGroup(t, REP_A, '3');
      await deliverAll(t);
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      // The notice opens the request with a button, not a command to type.
      expect(anna.lastText()).toBe('Новая заявка на группу от организации «Больница № 3», людей: 3.');
      expect(anna.buttonLabels()).toEqual(['📋 Открыть заявку']);
      const notice = anna.messages().at(-1)!;
      const open = (notice.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      // A librarian of another center neither is told nor sees it, nor opens it with the notice's button.
      const yulia = t.user({ id: OTHER_LIBRARIAN, first_name: 'Юлия', language_code: 'ru' });
      expect(yulia.messages()).toHaveLength(0);
      await yulia.text('/requests');
      expect(yulia.lastText()).toBe('Новых заявок нет.');
      await yulia.pressData(open);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Этой заявки уже нет: её рассмотрели или она не для ваших центров.', show_alert: true });
      expect(yulia.lastText()).toBe('Новых заявок нет.');
      // The representative has no staff tools.
      await rep.text('/requests');
      expect(rep.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      await rep.pressData(open);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Эта команда только для сотрудников библиотеки.', show_alert: true });

      await anna.press('📋 Открыть заявку');
      expect(anna.messages().at(-1)!.message_id).toBe(notice.message_id); // the card in place of the notice
      expect(anna.lastText()).toContain('Примечание: Для медсестёр\nприёмного отделения');
      // Whom to call about it (walk s20 #23).
      expect(anna.lastText()).toMatch(/^Заявка от организации «Больница № 3» \(.+\)\nКонтакт: Ольга Иванова, \+7 923 123-45-67\n/);
      const card = anna.messages().at(-1)!;
      // Two quick presses at once: one question, in place of the card (probe s16 F8: two "Step 2" messages, one dead).
      const openData = (card.reply_markup!.inline_keyboard.flat().find((b) => b.text === '✓ Открыть группу') as { callback_data: string }).callback_data;
      const shownBefore = anna.messages().length;
      await Promise.all([anna.pressData(openData, card), anna.pressData(openData, card)]);
      expect(anna.messages()).toHaveLength(shownBefore);
      expect(anna.lastText()).toMatch(/^Шаг 1 из 5\. Когда первое занятие\?/);
      await anna.press('Назад');
      await anna.press('✓ Открыть группу');
      // The course is preselected and of the request's centers she manages one: the first question is the date, in place of the card.
      expect(anna.messages().at(-1)!.message_id).toBe(card.message_id);
      expect(anna.lastText()).toMatch(/^Шаг 1 из 5\. Когда первое занятие\?/);
      expect(anna.buttonLabels().slice(-2)).toEqual(['Назад', 'Отмена']);
      await anna.press('Назад'); // the request's card again, where it was
      expect(anna.messages().at(-1)!.message_id).toBe(card.message_id);
      expect(anna.lastText()).toContain('Примечание: Для медсестёр');
      await anna.press('✓ Открыть группу');
      await anna.press('1 декабря, вторник');
      expect(anna.lastText()).toContain('Шаг 2 из 5');
      await anna.press('📅 По дням недели');
      // Ticked: the first lesson's day, and the days the partner asked for.
      expect(anna.buttonLabels().filter((l) => l.endsWith(' — выбрано'))).toEqual(['понедельник — выбрано', 'вторник — выбрано', 'среда — выбрано']);
      await anna.press('✓ Готово');
      await anna.text('10:00');
      await anna.press('4');
      await anna.press('90');
      await anna.text('Зал 5');
      expect(anna.buttonLabels()[0]).toBe('3'); // the request's number of people first
      await anna.press('3');
      expect(anna.lastText()).toContain('\nТолько для людей организации «Больница № 3».'); // before Create (walk s20 #23)
      await anna.press('✓ Создать группу');
      expect(anna.lastText()).toBe('Группа для организации «Больница № 3» создана. Её места предлагаются только людям этой организации из очереди; предложено: 2. Отдать свободные места общей очереди можно в карточке группы (/classes).');

      const group = await ClassGroupModel.findOne({ room: 'Зал 5' }).lean();
      expect(String(group!.partnerId)).toBe(partnerA);
      const offered = await WaitlistEntryModel.find({ status: 'offered' }).sort({ joinedAt: 1 }).lean();
      expect(offered.map((e) => e.citizenId)).toEqual([101, 102]);
      expect(await GroupRequestModel.findOne().lean()).toMatchObject({ status: 'accepted', decidedBy: LIBRARIAN, groupId: group!._id });
      await deliverAll(t);
      expect(rep.lastText()).toContain('Ваша заявка принята! Для ваших людей открыта группа: курс «Основы компьютерной грамотности»');
      // Her two in line were offered seats as the group opened: said, not only how to put people in (walk29 W29-13).
      expect(rep.lastText()).toMatch(/\nМеста уже предложены 2 вашим людям из очереди: кто и до какого срока — \/referrals\. Людям без Телеграма звонит библиотека, людям без телефона скажете вы: \/groups\.\nНовых людей записывайте как раньше: ссылка \/link или команда \/add\.$/);
      expect(wordsOf(rep.lastText())).toBeLessThanOrEqual(60);

      // Nobody else of the partner waits for this course: the third seat stays free until released.
      await anna.text('/classes');
      await anna.press(/^1\. Основы, /);
      // Asked first (walk s20 #44: it acted at once); No changes nothing.
      await anna.press('🔓 Отдать свободные места общей очереди');
      expect(anna.lastText()).toMatch(/^Отдать свободные места общей очереди\? Основы компьютерной грамотности, .+\.\nСвободно сейчас: 1\. /);
      expect(anna.buttonLabels()).toEqual(['🔓 Да, отдать', 'Нет']);
      await anna.press('Нет');
      expect(anna.lastText()).toContain('Участники:');
      expect((await WaitlistEntryModel.findOne({ citizenId: 301 }).lean())?.status).toBe('waiting');
      await anna.press('🔓 Отдать свободные места общей очереди');
      await anna.press('🔓 Да, отдать');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Свободные места отданы общей очереди. Предложено мест: 1.', show_alert: true });
      expect(anna.lastText()).toContain('Участники:');
      expect(anna.buttonLabels()).not.toContain('🔓 Отдать свободные места общей очереди');
      // The representative who asked for it is told (walk s20 #44).
      await deliverAll(t);
      expect(rep.lastText()).toBe('Библиотека открыла для всех свободные места группы для ваших людей: курс «Основы компьютерной грамотности», Кемерово, Областная научная библиотека имени В. Д. Фёдорова. Ваши люди, которые уже в группе, остаются в ней.');
      expect((await WaitlistEntryModel.findOne({ citizenId: 301 }).lean())?.status).toBe('offered');
      expect((await WaitlistEntryModel.findOne({ citizenId: 201 }).lean())?.status).toBe('waiting');
      expect(await AuditEntryModel.distinct('action', { action: { $in: ['request.create', 'request.accept', 'group.release-seats'] } })).toHaveLength(3);
      expect(t.errors.filter((line) => !line.includes('refused'))).toEqual([]);
    });

    it('opened by a coordinator: the request\'s two centers are asked, with Back to the card on that first step; a forged Back is checked', async () => {
      const t = createTestBot({ env });
      t.clock.current = NOW;
      const rep = t.user({ id: REP_A, first_name: 'Ольга', language_code: 'ru' });
      const input = { courseId: 'basics', people: 6, centerIds: ['kemerovo-regional', 'kemerovo-gogol'], weekdays: [1], timesOfDay: ['morning' as const] };
      const requestId = await createGroupRequest(REP_A, partnerA, input, NOW, [COORDINATOR]);
      const maria = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/requests');
      await maria.press('Больница № 3, людей: 6');
      await maria.press('✓ Открыть группу');
      expect(maria.lastText()).toBe('Шаг 1 из 6. Выберите центр:');
      expect(maria.buttonLabels()).toEqual([
        'Кемерово: Библиотека имени Н. В. Гоголя',
        'Кемерово: Областная научная библиотека имени В. Д. Фёдорова',
        'Назад',
        'Отмена',
      ]);
      await maria.press('Кемерово: Библиотека имени Н. В. Гоголя');
      expect(maria.lastText()).toContain('Шаг 2 из 6. Когда первое занятие?');
      await maria.press('Назад');
      await maria.press('Назад');
      expect(maria.lastText()).toContain('Заявка от организации «Больница № 3»');
      expect(maria.buttonLabels()).toContain('✓ Открыть группу');
      // A Back forged by someone else, or for a request that is not there: refused, or told it is gone.
      const backData = requestBackData;
      await rep.text('/start');
      await rep.pressData(backData.pack('', String(requestId)));
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Эта команда только для сотрудников библиотеки.');
      await maria.pressData(backData.pack('', new Types.ObjectId().toHexString()));
      expect(maria.lastText()).toBe('Этой заявки уже нет: её рассмотрели или она не для ваших центров.');
      expect(t.errors.filter((line) => !line.includes('refused'))).toEqual([]);
    });

    it('an English-speaking representative reads the course, center and day of "request accepted" (and of a decline) in English (fixR note)', async () => {
      const t = createTestBot({ env });
      t.clock.current = NOW;
      await PartnerRepresentativeModel.updateOne({ _id: REP_A }, { $set: { language: 'en' } });
      const rep = t.user({ id: REP_A, first_name: 'Olga', language_code: 'en' });
      const input = { courseId: 'basics', people: 3, centerIds: ['kemerovo-regional'], weekdays: [2], timesOfDay: ['morning' as const] };
      await createGroupRequest(REP_A, partnerA, input, NOW, [COORDINATOR]);
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await openRequestedGroup(anna, 'Больница № 3, людей: 3');
      await deliverAll(t);
      expect(rep.lastText()).toMatch(/^Your request was accepted! A group is open for your people: course "Basic computer literacy", Kemerovo, .+, starting .*December/);
      expect(rep.lastText()).not.toMatch(/[а-яё]/i);

      await createGroupRequest(REP_A, partnerA, { ...input, courseId: 'internet' }, NOW, [COORDINATOR]);
      await anna.text('/requests');
      await anna.press('Больница № 3, людей: 3');
      await anna.press('✖ Отклонить');
      await anna.press('Нет свободного зала');
      await deliverAll(t);
      expect(rep.lastText()).toMatch(/^The library declined your group request \(course "Internet and e-mail"\)\./);
      expect(t.errors).toEqual([]);
    });

    it('walk38: a representative whose Telegram is in English, who never chose /language, reads "request accepted" in English', async () => {
      const t = createTestBot({ env });
      t.clock.current = NOW;
      const code = (await createPartnerInvite(COORDINATOR, partnerB, NOW))!;
      const sarah = t.user({ id: 7399, first_name: 'Sarah', language_code: 'en' });
      await sarah.text(`/start rep-${code}`);
      expect(sarah.lastText()).toMatch(/^Welcome! You represent/);
      const input = { courseId: 'basics', people: 3, centerIds: ['kemerovo-regional'], weekdays: [2], timesOfDay: ['morning' as const] };
      await createGroupRequest(7399, partnerB, input, NOW, [COORDINATOR]);
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await openRequestedGroup(anna, 'Центр занятости, людей: 3');
      await deliverAll(t);
      expect(sarah.lastText()).toMatch(/^Your request was accepted! A group is open for your people: course "Basic computer literacy"/);
      expect(sarah.lastText()).not.toMatch(/[а-яё]/i);
      expect(t.errors).toEqual([]);
    });

    it('declined with a reason: the representative is told; a representative of another partner cannot replay the staff buttons', async () => {
      const t = createTestBot({ env });
      t.clock.current = NOW;
      const rep = await requestGroup(t, REP_B, '12');
      const maria = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/requests');
      await maria.press('Центр занятости, людей: 12');
      const card = maria.messages().at(-1)!;
      const declineData = (card.reply_markup!.inline_keyboard.flat().find((b) => b.text === '✖ Отклонить') as { callback_data: string }).callback_data;
      const other = t.user({ id: REP_A, first_name: 'Ольга', language_code: 'ru' });
      await other.text('/start');
      await other.pressData(declineData, card);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Эта команда только для сотрудников библиотеки.');
      expect((await GroupRequestModel.findOne({ partnerId: partnerB }).lean())?.status).toBe('pending');

      await maria.press('✖ Отклонить');
      await maria.text('no'); // too short
      expect(maria.lastText()).toBe('Напишите причину от 3 до 500 знаков, пожалуйста.');
      await maria.press('Нет свободного зала');
      expect(maria.lastText()).toBe('Заявка отклонена. Представитель организации получит сообщение с причиной.');
      await deliverAll(t);
      expect(rep.lastText()).toBe('Вашу заявку на группу (курс «Основы компьютерной грамотности») библиотека отклонила. Причина: Нет свободного зала');
      expect(await GroupRequestModel.findOne({ partnerId: partnerB }).lean()).toMatchObject({ status: 'declined', declineReason: 'Нет свободного зала', decidedBy: COORDINATOR });
      // Answered: gone from the list; the old card's buttons say so.
      await maria.pressData(declineData, card);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Этой заявки уже нет: её рассмотрели или она не для ваших центров.');
      await maria.text('/requests');
      expect(maria.lastText()).toBe('Новых заявок нет.');
      expect(await AuditEntryModel.countDocuments({ action: 'request.decline', actorId: COORDINATOR })).toBe(1);
    });

    it('seats released after the first lesson began are not offered (the bot offers none once lessons start); a librarian of another center cannot release', async () => {
      const { createGroup } = await import('../../src/domain/classes.js');
      const { releaseClosedSeats } = await import('../../src/domain/partners/requests.js');
      await addToWaitlist(302, { at: daysAgo(50), name: 'Ещё из общей очереди' });
      const groupId = await createGroup(COORDINATOR, {
        courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 9', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date(NOW.getTime() + DAY)], closedFor: { partnerId: partnerA, requestId: new Types.ObjectId().toHexString() },
      }, NOW);
      // A librarian of another center cannot release it.
      expect(await releaseClosedSeats(OTHER_LIBRARIAN, { kind: 'librarian', centerIds: ['yurga-central'] }, groupId, NOW, testOffers())).toBeNull();
      const later = new Date(NOW.getTime() + 2 * DAY);
      expect(await releaseClosedSeats(LIBRARIAN, { kind: 'librarian', centerIds: ['kemerovo-regional'] }, groupId, later, testOffers())).toEqual({ offered: 0, started: true });
      expect(await ClassGroupModel.findById(groupId).lean()).not.toHaveProperty('partnerId');
      expect((await WaitlistEntryModel.findOne({ citizenId: 302 }).lean())?.status).toBe('waiting');
    });
  });
});

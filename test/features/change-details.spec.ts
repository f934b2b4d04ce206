import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { Types } from 'mongoose';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { createGroup } from '../../src/domain/classes.js';
import { unlinkTelegram } from '../../src/domain/unlink-telegram.js';
import { askToMoveGroup, tellGroupMoved } from '../../src/domain/group-time-notices.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { deliverAll, VirtualTimer } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist, markEnrolled } from '../helpers/waitlist-fixtures.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

describe('change-details', () => {
  // Walk s22 W22-05: a job seeker who found work wants evenings and has a new number; neither could be changed.
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  describe('changing the time of day or the phone from "my place in line"', () => {
    it('sets another time of day on every waiting entry, keeping the place', async () => {
      await addToWaitlist(3401, { centerId: 'yurga-central', timeOfDay: 'morning', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(3402, { centerId: 'yurga-central', timeOfDay: 'morning', at: new Date('2026-10-02T03:00:00Z') });
      await addToWaitlist(3402, { courseId: 'internet', centerId: 'yurga-central', timeOfDay: 'morning', at: new Date('2026-10-03T03:00:00Z') });
      const marina = t.user({ id: 3402, first_name: 'Марина', language_code: 'ru' });
      await WaitlistEntryModel.updateOne({ citizenId: 3402, courseId: 'internet' }, { $set: { status: 'offered' } });
      const before = await WaitlistEntryModel.find({ citizenId: 3402 }).sort({ joinedAt: 1 }).lean();

      await marina.text('🔢 Моё место в очереди');
      expect(marina.lastText()).toContain('место в очереди 2.');
      await marina.press('✎ Время или телефон');
      expect(marina.lastText()).toBe('Что изменить? Место в очереди останется прежним.');
      expect(marina.buttonLabels()).toEqual(['🕐 Когда удобно заниматься', '📱 Телефон', 'Назад', 'Отмена']);
      await marina.press('🕐 Когда удобно заниматься');
      expect(marina.lastText()).toBe('Когда вам удобнее заниматься? Сейчас указано: Утром.');
      await marina.press('Вечером');
      expect(marina.lastText()).toBe('Готово: во всех ваших записях (2) теперь указано: Вечером. Место в очереди прежнее.');
      const after = await WaitlistEntryModel.find({ citizenId: 3402 }).sort({ joinedAt: 1 }).lean();
      // An entry holding an offer is still in line: its time of day changes too (probe s23 M5).
      expect(after.map((e) => e.timeOfDay)).toEqual(['evening', 'evening']);
      expect(after.map((e) => e.joinedAt)).toEqual(before.map((e) => e.joinedAt));
      await marina.text('🔢 Моё место в очереди');
      expect(marina.lastText()).toContain('место в очереди 2.');
      expect(t.errors).toEqual([]);
    });

    // Walk s28 W28-03: five lists at different times; the screen showed the first one's time and changed all five.
    it('fix28h W28-03: on lists at different times, asks which course (or all) and says what changed for which', async () => {
      // Lines of its own (Таштагол): the first test counts places in Юрга's.
      await addToWaitlist(3431, { courseId: 'basics', centerId: 'tashtagol-central', timeOfDay: 'afternoon', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(3431, { courseId: 'job-search', centerId: 'tashtagol-central', timeOfDay: 'evening', at: new Date('2026-10-02T03:00:00Z') });
      await addToWaitlist(3431, { courseId: 'internet', centerId: 'belovo-central', timeOfDay: 'any', at: new Date('2026-10-03T03:00:00Z') });
      const valya = t.user({ id: 3431, first_name: 'Валентина', language_code: 'ru' });
      const times = async () => (await WaitlistEntryModel.find({ citizenId: 3431 }).sort({ joinedAt: 1 }).lean()).map((e) => e.timeOfDay);

      await valya.text('🔢 Моё место в очереди');
      await valya.press('✎ Время или телефон');
      await valya.press('🕐 Когда удобно заниматься');
      expect(valya.lastText()).toBe('Время занятий в ваших записях разное. Для какой записи его изменить? На кнопках указано, что выбрано сейчас.');
      expect(valya.buttonLabels()).toEqual([
        '«Основы компьютерной грамотности»: днём',
        '«Поиск работы в интернете»: вечером',
        '«Интернет и электронная почта»: время не важно',
        'Для всех записей',
        'Назад',
        'Отмена',
      ]);
      await valya.press('«Основы компьютерной грамотности»: днём');
      expect(valya.lastText()).toBe('Когда вам удобнее заниматься на курсе «Основы компьютерной грамотности»? Сейчас указано: Днём.');
      await valya.press('Утром');
      expect(valya.lastText()).toBe('Готово: для курса «Основы компьютерной грамотности» теперь указано: Утром. Другие записи не изменились, место в очереди прежнее.');
      expect(await times()).toEqual(['morning', 'evening', 'any']);

      await valya.text('🔢 Моё место в очереди');
      await valya.press('✎ Время или телефон');
      await valya.press('🕐 Когда удобно заниматься');
      await valya.press('Для всех записей');
      expect(valya.lastText()).toBe('Когда вам удобнее заниматься? Это время будет указано во всех ваших записях.');
      await valya.press('Вечером');
      expect(valya.lastText()).toBe('Готово: во всех ваших записях (3) теперь указано: Вечером. Место в очереди прежнее.');
      expect(await times()).toEqual(['evening', 'evening', 'evening']);
      expect(t.errors).toEqual([]);
    });

    it('takes a typed new phone or the shared contact, or removes it; Back returns to the place', async () => {
      await addToWaitlist(3411, { centerId: 'belovo-central', phone: '+79231112233' });
      const marina = t.user({ id: 3411, first_name: 'Марина', language_code: 'ru' });
      await marina.text('хочу поменять номер телефона');
      await marina.press('✎ Время или телефон');
      await marina.press('Назад');
      expect(marina.lastText()).toContain('Ваши записи');
      await marina.press('✎ Время или телефон');
      await marina.press('📱 Телефон');
      expect(marina.lastText()).toBe('Сейчас ваш телефон: +7 923 111-22-33. Напишите новый номер или нажмите «Отправить мой телефон» внизу экрана.');
      expect(marina.replyKeyboard()).toEqual(['📱 Отправить мой телефон', 'Удалить мой телефон', 'Назад', 'Отмена']);
      await marina.text('8 923 555 66 7');
      expect(marina.lastText()).toMatch(/цифр/); // one digit short: said so, asked again
      // A foreign number the bot cannot check: said so plainly, without a Skip this question does not have (walk s22 W22-01).
      await marina.text('+44 7700 900123');
      expect(marina.lastText()).toBe(
        'Этот зарубежный номер бот не может проверить. Если это номер вашего Телеграма, нажмите «Отправить мой телефон» внизу экрана: он сохранится. Или напишите российский номер, он начинается с +7.',
      );
      await marina.text('8 923 555 66 77');
      expect(marina.lastText()).toBe('Готово. Ваш телефон: +7 923 555-66-77.');
      expect((await CitizenModel.findById(3411).lean())!.phone).toBe('+79235556677');

      await marina.text('🔢 Моё место в очереди');
      await marina.press('✎ Время или телефон');
      await marina.press('📱 Телефон');
      await marina.contact('+79239990011', 9999); // someone else's card: not taken
      expect((await CitizenModel.findById(3411).lean())!.phone).toBe('+79235556677');
      await marina.contact('79239990011');
      expect(marina.lastText()).toBe('Готово. Ваш телефон: +7 923 999-00-11.');

      await marina.text('🔢 Моё место в очереди');
      await marina.press('✎ Время или телефон');
      await marina.press('📱 Телефон');
      await marina.tap('Удалить мой телефон');
      expect(marina.lastText()).toBe('Готово, телефон удалён. Библиотека будет писать вам только здесь, в Телеграме.');
      expect((await CitizenModel.findById(3411).lean())!.phone).toBeUndefined();
      expect(t.errors).toEqual([]);
    });

    // Walk34 W34-08: the phone was asked at once, and its Back cancelled the flow instead of showing "my place" again.
    it('fix35a W34-08: someone only in a group is asked what to change first; Back returns to "my place" with its buttons', async () => {
      const { entry } = await addToWaitlist(3421, { centerId: 'belovo-central' });
      await markEnrolled(entry.id, new Date('2026-11-01T03:00:00Z'));
      const ivan = t.user({ id: 3421, first_name: 'Иван', language_code: 'en' });
      await ivan.text('my place');
      const place = ivan.lastText();
      const placeButtons = ivan.buttonLabels();
      await ivan.press('✎ Time or phone');
      // A group without a lesson to come: nothing to move, only the phone.
      expect(ivan.lastText()).toBe('What do you want to change?');
      expect(ivan.buttonLabels()).toEqual(['📱 Phone', 'Back', 'Cancel']);
      await ivan.press('Back');
      expect(ivan.lastText()).toBe(place);
      expect(ivan.buttonLabels()).toEqual(placeButtons);
      await ivan.press('✎ Time or phone');
      await ivan.press('📱 Phone');
      expect(ivan.lastText()).toBe('Type a phone number or press "Send my phone number" at the bottom of the screen. The library calls it if it cannot write to you here.');
      expect(ivan.replyKeyboard()).toEqual(['📱 Send my phone number', 'Back', 'Cancel']);
      await ivan.tap('Back');
      expect(ivan.lastText()).toBe('What do you want to change?');
      await ivan.press('📱 Phone');
      await ivan.tap('Cancel');
      expect((await CitizenModel.findById(3421).lean())!.phone).toBeUndefined();
      expect(t.errors).toEqual([]);
    });

    it('fix35a W34-08: someone in a daytime group moves to an evening group with a free seat; the old seat goes to the next in line', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      // 14:00 and 18:30 in Мариинск (UTC+7): a daytime group she is in, an evening one with free seats.
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3501 }], { centerId: 'mariinsk-central', lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await createGroup(
        900,
        { courseId: 'basics', centerId: 'mariinsk-central', room: 'Зал 2', capacity: 3, lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')], durationMinutes: 90 },
        g.clock.now(),
      );
      // Next in line, who said no to the evening group (that is why its seats are free): the daytime seat is offered to her.
      const { entry: next } = await addToWaitlist(3502, { centerId: 'mariinsk-central', at: new Date('2026-11-20T03:00:00Z') });
      await SeatOfferModel.create({ entryId: next.id, groupId: evening, offeredAt: new Date('2026-11-24T03:00:00Z'), outcome: 'declined', closedAt: new Date('2026-11-24T04:00:00Z') });
      const sveta = g.user({ id: 3501, first_name: 'Светлана', language_code: 'ru' });

      await sveta.text('🔢 Моё место в очереди');
      await sveta.press('✎ Время или телефон');
      expect(sveta.lastText()).toBe('Что изменить?');
      expect(sveta.buttonLabels()).toEqual(['🔁 Группа в другое время', '📱 Телефон', 'Назад', 'Отмена']);
      await sveta.press('🔁 Группа в другое время');
      expect(sveta.lastText()).toBe('Группа курса «Основы компьютерной грамотности» занимается днём. Когда вам удобнее?');
      expect(sveta.buttonLabels()).toEqual(['Утром', 'Вечером', 'Назад', 'Отмена']);
      await sveta.press('Вечером');
      expect(sveta.lastText()).toMatch(/^В вечерней группе курса «Основы компьютерной грамотности» есть свободное место\. Занятия: [^]*18:30[^]*\n\nПерейти в эту группу\? Ваше место в нынешней группе отдадут следующему в очереди\.$/);
      expect(sveta.buttonLabels()).toEqual(['✅ Перейти', 'Назад', 'Отмена']);
      await sveta.press('Назад');
      expect(sveta.lastText()).toBe('Группа курса «Основы компьютерной грамотности» занимается днём. Когда вам удобнее?');
      await sveta.press('Вечером');
      await sveta.press('✅ Перейти');
      expect(sveta.lastText()).toBe('Готово: вы в вечерней группе курса «Основы компьютерной грамотности». Первое занятие: 2 декабря, среда, 18:30, Зал 2. Место в прежней группе отдали следующему в очереди.');

      const moved = await WaitlistEntryModel.findById(day.entryIds[0]).lean();
      expect(moved).toMatchObject({ status: 'enrolled', joinedAt: new Date(Date.UTC(2026, 9, 1, 3)), enrolledAt: g.clock.now() });
      expect(String(moved!.groupId)).toBe(evening);
      expect(await ClassGroupModel.findById(evening).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 2 });
      expect(await ClassGroupModel.findById(day.groupId).lean()).toMatchObject({ enrolledCount: 0, freeSeats: 9 });
      expect(await WaitlistEntryModel.findById(next.id).lean()).toMatchObject({ status: 'offered', offer: { groupId: new Types.ObjectId(day.groupId) } });
      await deliverAll(g);
      expect(g.telegram.messagesTo(900).map((m) => m.text).filter((text) => text?.includes('3501'))).toEqual([
        '📌 Участник 3501: переход из группы «Основы компьютерной грамотности» (днём) в группу вечером, первое занятие там: 2 декабря, среда, 18:30. Место в прежней группе предложено следующему в очереди: Участник 3502.',
      ]);
      expect(g.telegram.messagesTo(3502).at(-1)!.text).toContain('Для вас есть место в группе!');
      expect(g.errors).toEqual([]);
    });

    it('fix35a W34-08: the evening seat taken while she reads the question: told so, her daytime seat kept', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3521 }], { centerId: 'anzhero-central', lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await createGroup(
        900,
        { courseId: 'basics', centerId: 'anzhero-central', room: 'Зал 2', capacity: 1, lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')], durationMinutes: 90 },
        g.clock.now(),
      );
      const olga = g.user({ id: 3521, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('🔢 Моё место в очереди');
      await olga.press('✎ Время или телефон');
      await olga.press('🔁 Группа в другое время');
      await olga.press('Вечером');
      await ClassGroupModel.updateOne({ _id: evening }, { $set: { freeSeats: 0 } }); // offered to someone meanwhile
      await olga.press('✅ Перейти');
      expect(olga.lastText()).toBe('Это место только что заняли. Ваше место в прежней группе остаётся за вами. Попробуйте ещё раз позже.');
      expect(String((await WaitlistEntryModel.findById(day.entryIds[0]).lean())!.groupId)).toBe(day.groupId);
      expect(await ClassGroupModel.findById(day.groupId).lean()).toMatchObject({ enrolledCount: 1 });
      expect(g.errors).toEqual([]);
    });

    it('fix35a W34-08: with no evening group to move to, she keeps her seat and the librarians of her center get her request', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 3519, displayName: 'Вера', centerIds: ['osinniki-central'], addedBy: 900 });
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3511 }], { centerId: 'osinniki-central', lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      await CitizenModel.updateOne({ _id: 3511 }, { $set: { phone: '+79231112233' } });
      const nina = g.user({ id: 3511, first_name: 'Нина', language_code: 'ru' });

      await nina.text('🔢 Моё место в очереди');
      await nina.press('✎ Время или телефон');
      await nina.press('🔁 Группа в другое время');
      await nina.press('Вечером');
      expect(nina.lastText()).toBe(
        'На курсе «Основы компьютерной грамотности» сейчас нет вечерней группы со свободным местом. Ваше место в нынешней группе остаётся за вами. Можно попросить библиотекаря перевести вас, когда место появится.',
      );
      expect(nina.buttonLabels()).toEqual(['📨 Попросить библиотекаря', 'Назад', 'Отмена']);
      await nina.press('📨 Попросить библиотекаря');
      expect(nina.lastText()).toBe(
        'Готово: библиотекари получили вашу просьбу. Пока ходите в свою группу, место за вами. Освободится место в вечерней группе — вас переведут и напишут, если раньше вас на курс не записался тот, кто ждёт это место. Передумаете — снова нажмите «🔁 Группа в другое время».',
      );
      const entry = await WaitlistEntryModel.findById(day.entryIds[0]).lean();
      // The wish is kept on her entry (fix35f): the librarians' «➕ Записать человека» and a freed seat act on it.
      expect(entry).toMatchObject({ status: 'enrolled', wantsTime: 'evening' });
      expect(String(entry!.groupId)).toBe(day.groupId);
      await deliverAll(g);
      const request =
        '📌 Участник 3511 из группы «Основы компьютерной грамотности» (днём) просит перевести в группу вечером. Самому перейти сейчас некуда, поэтому место в нынешней группе пока за этим человеком. Освободится место — бот переведёт сам, если этот человек записался на курс раньше всех в очереди. Или переведите сами: /classes → группа → «➕ Записать человека». Телефон: +7 923 111-22-33.';
      // The coordinator who runs the group (900) and the center's librarian (900's other notices are other tests').
      expect(g.telegram.messagesTo(900).map((m) => m.text).filter((text) => text?.includes('3511'))).toEqual([request]);
      expect(g.telegram.messagesTo(3519).map((m) => m.text)).toEqual([request]);
      expect(g.errors).toEqual([]);
    });

    it('fix35f: a seat freed in the evening group she asked for goes to her before the line (she signed up first); her daytime seat goes on; she is told', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      // A daytime group of one seat (hers, joined 1 October) and a full evening group of one seat (Зоя's).
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3531 }], { centerId: 'prokopyevsk-central', capacity: 1, lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await groupWithParticipants(g.clock.now(), [{ id: 3532 }], { centerId: 'prokopyevsk-central', capacity: 1, room: 'Зал 2', lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')] });
      // In line since 20 November: after her.
      const { entry: next } = await addToWaitlist(3533, { centerId: 'prokopyevsk-central', at: new Date('2026-11-20T03:00:00Z') });
      const sveta = g.user({ id: 3531, first_name: 'Светлана', language_code: 'ru' });
      await sveta.text('🔢 Моё место в очереди');
      await sveta.press('✎ Время или телефон');
      await sveta.press('🔁 Группа в другое время');
      await sveta.press('Вечером');
      await sveta.press('📨 Попросить библиотекаря');

      // Зоя gives up the evening seat.
      const zoya = g.user({ id: 3532, first_name: 'Зоя', language_code: 'ru' });
      await zoya.text('🔢 Моё место в очереди');
      await zoya.press('Отказаться от места: Основы компьютерной грамотности');
      await zoya.press('Освободить и выйти из очереди');

      const moved = await WaitlistEntryModel.findById(day.entryIds[0]).lean();
      expect(moved).toMatchObject({ status: 'enrolled', enrolledAt: g.clock.now() });
      expect(moved!.wantsTime).toBeUndefined();
      expect(String(moved!.groupId)).toBe(evening.groupId);
      expect(await ClassGroupModel.findById(evening.groupId).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 0 });
      expect(await ClassGroupModel.findById(day.groupId).lean()).toMatchObject({ enrolledCount: 0, freeSeats: 0 });
      expect(await WaitlistEntryModel.findById(next.id).lean()).toMatchObject({ status: 'offered', offer: { groupId: new Types.ObjectId(day.groupId) } });
      await deliverAll(g);
      expect(g.telegram.messagesTo(3531).at(-1)!.text).toMatch(
        /^Как вы просили, вас перевели в вечернюю группу курса «Основы компьютерной грамотности»\. Первое занятие — 2 декабря, среда, 18:30\.\nГде: [^\n]*Зал 2\n[^]*В прежнюю группу больше не приходите: место там уже не ваше\.$/,
      );
      expect(g.telegram.messagesTo(3533).at(-1)!.text).toContain('Для вас есть место в группе!');
      expect(g.telegram.messagesTo(900).map((m) => m.text).filter((text) => text?.includes('Участник 3531:'))).toEqual([
        '📌 Участник 3531: переход из группы «Основы компьютерной грамотности» (днём) в группу вечером, первое занятие там: 2 декабря, среда, 18:30. Место в прежней группе предложено следующему в очереди: Участник 3533.',
      ]);
      // The bot's move is audited, without her name or Telegram id (fix36c).
      expect(await AuditEntryModel.find({ target: `entry:${day.entryIds[0]}` }, { _id: 0, at: 0 }).lean()).toEqual([
        { actorId: 0, action: 'group.move-wished', target: `entry:${day.entryIds[0]}`, details: { from: day.groupId, to: evening.groupId, by: 'system' } },
      ]);
      // Зоя's line says where her seat went: to the one who asked for it, not "free".
      expect(g.telegram.messagesTo(900).map((m) => m.text).filter((text) => text?.includes('Участник 3532'))).toEqual([
        '📌 Участник 3532 отказывается от места в группе «Основы компьютерной грамотности» и выходит из очереди. Место занял человек из группы в другое время, который просил перевести его сюда: Участник 3531.',
      ]);
      expect(g.errors).toEqual([]);
    });

    // fix38b: the automatic move got only the offer's lifetime, no coordinators: its notice went to a librarian who had left.
    it('fix38b: the automatic move of a wish whose group\'s librarian has left tells the coordinator, not her', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      // Вера (3599) opened the daytime group and has since left the Гоголь library; the offers job has not handed it over yet.
      await StaffMemberModel.create({ _id: 3599, displayName: 'Вера', centerIds: ['kemerovo-gogol'], addedBy: 900 });
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3591 }], { actorId: 3599, centerId: 'kemerovo-gogol', capacity: 1, lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await groupWithParticipants(g.clock.now(), [{ id: 3592 }], { centerId: 'kemerovo-gogol', capacity: 1, room: 'Зал 2', lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')] });
      const sveta = g.user({ id: 3591, first_name: 'Светлана', language_code: 'ru' });
      await sveta.text('🔢 Моё место в очереди');
      await sveta.press('✎ Время или телефон');
      await sveta.press('🔁 Группа в другое время');
      await sveta.press('Вечером');
      await sveta.press('📨 Попросить библиотекаря');
      await StaffMemberModel.updateOne({ _id: 3599 }, { $set: { centerIds: [] } });
      await deliverAll(g);
      const before = g.telegram.messagesTo(3599).length;

      // Зоя gives up the evening seat: the bot moves Светлана there at once.
      const zoya = g.user({ id: 3592, first_name: 'Зоя', language_code: 'ru' });
      await zoya.text('🔢 Моё место в очереди');
      await zoya.press('Отказаться от места: Основы компьютерной грамотности');
      await zoya.press('Освободить и выйти из очереди');
      expect(String((await WaitlistEntryModel.findById(day.entryIds[0]).lean())!.groupId)).toBe(evening.groupId);
      await deliverAll(g);
      expect(g.telegram.messagesTo(3599).slice(before)).toEqual([]);
      expect(g.telegram.messagesTo(900).map((m) => m.text).filter((text) => text?.includes('Участник 3591:'))).toEqual([
        '📌 Участник 3591: переход из группы «Основы компьютерной грамотности» (днём) в группу вечером, первое занятие там: 2 декабря, среда, 18:30. Место в прежней группе свободно: в очереди нет никого, кому его предложить.',
      ]);
      // The daytime group is the coordinator's now.
      expect(await ClassGroupModel.findById(day.groupId).lean()).toMatchObject({ librarianId: 900 });
      expect(g.errors).toEqual([]);
    });

    /** She asks for the evening group (none has a seat); then Зоя gives her evening seat up: the bot moves her by itself. */
    async function wishThenFreedSeat(g: TestBot, ids: { her: number; zoya: number }, centerId: string, beforeFreed: () => Promise<void>) {
      const day = await groupWithParticipants(g.clock.now(), [{ id: ids.her }], { centerId, capacity: 1, lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await groupWithParticipants(g.clock.now(), [{ id: ids.zoya }], { centerId, capacity: 1, room: 'Зал 2', lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')] });
      await CitizenModel.updateOne({ _id: ids.her }, { $set: { phone: '+79231114455' } });
      const her = g.user({ id: ids.her, first_name: 'Светлана', language_code: 'ru' });
      await her.text('🔢 Моё место в очереди');
      await her.press('✎ Время или телефон');
      await her.press('🔁 Группа в другое время');
      await her.press('Вечером');
      await her.press('📨 Попросить библиотекаря');
      await beforeFreed();
      const zoya = g.user({ id: ids.zoya, first_name: 'Зоя', language_code: 'ru' });
      await zoya.text('🔢 Моё место в очереди');
      await zoya.press('Отказаться от места: Основы компьютерной грамотности');
      await zoya.press('Освободить и выйти из очереди');
      await deliverAll(g);
      return { day, evening };
    }

    it('fix38q L3: a wish made through a grandson\'s Telegram, then unlinked: the bot moves her record and the librarian is told to call her', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      let recordId = 0;
      const { evening } = await wishThenFreedSeat(g, { her: 3581, zoya: 3582 }, 'novokuznetsk-kuznetsky', async () => {
        // Her desk record linked to his Telegram (paper consent), unlinked by a librarian: the wish stays on her entry.
        await CitizenModel.updateOne({ _id: 3581 }, { $set: { 'consent.method': 'paper' } });
        const unlinked = await unlinkTelegram(3581, 900, g.clock.now());
        if (!unlinked.ok) throw new Error('not unlinked');
        recordId = unlinked.recordId;
        expect(await WaitlistEntryModel.findOne({ citizenId: recordId }).lean()).toMatchObject({ status: 'enrolled', wantsTime: 'evening' });
      });
      expect(String((await WaitlistEntryModel.findOne({ citizenId: recordId }).lean())!.groupId)).toBe(evening.groupId);
      expect(g.telegram.messagesTo(900).map((m) => m.text).filter((text) => text?.includes('Участник 3581: переход'))).toEqual([
        '📌 Участник 3581: переход из группы «Основы компьютерной грамотности» (днём) в группу вечером, первое занятие там: 2 декабря, среда, 18:30. Место в прежней группе свободно: в очереди нет никого, кому его предложить. Этому человеку бот сообщить не смог: Телеграма нет или бот заблокирован. Позвоните: +7 923 111-44-55.',
      ]);
      expect(g.errors).toEqual([]);
    });

    it('fix38q L4: a wisher who blocked the bot is moved by the bot; the librarian\'s notice says she was not told, and her phone', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await wishThenFreedSeat(g, { her: 3583, zoya: 3584 }, 'berezovsky-central', async () => {
        await CitizenModel.updateOne({ _id: 3583 }, { $set: { reachable: false } });
      });
      expect(g.telegram.messagesTo(900).map((m) => m.text).filter((text) => text?.includes('Участник 3583: переход'))).toEqual([
        '📌 Участник 3583: переход из группы «Основы компьютерной грамотности» (днём) в группу вечером, первое занятие там: 2 декабря, среда, 18:30. Место в прежней группе свободно: в очереди нет никого, кому его предложить. Этому человеку бот сообщить не смог: Телеграма нет или бот заблокирован. Позвоните: +7 923 111-44-55.',
      ]);
      expect(g.errors).toEqual([]);
    });

    it('fix35f: someone in line who signed up before her gets the freed evening seat; a request taken back is gone', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3541 }], { centerId: 'kiselyovsk-central', capacity: 1, lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await groupWithParticipants(g.clock.now(), [{ id: 3542 }], { centerId: 'kiselyovsk-central', capacity: 2, lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')] });
      // The evening group's other seat is offered to someone in line: it is full for her.
      const { entry: held } = await addToWaitlist(3544, { centerId: 'kiselyovsk-central', at: new Date('2026-11-21T03:00:00Z') });
      await offerFreeSeats(evening.groupId, g.clock.now(), testOffers());
      expect(await WaitlistEntryModel.findById(held.id).lean()).toMatchObject({ status: 'offered' });
      // In line since September: before her (1 October).
      const { entry: first } = await addToWaitlist(3543, { centerId: 'kiselyovsk-central', at: new Date('2026-09-20T03:00:00Z') });
      await SeatOfferModel.create({ entryId: first.id, groupId: day.groupId, offeredAt: new Date('2026-11-24T03:00:00Z'), outcome: 'declined', closedAt: new Date('2026-11-24T04:00:00Z') });
      const ira = g.user({ id: 3541, first_name: 'Ирина', language_code: 'ru' });
      await ira.text('🔢 Моё место в очереди');
      await ira.press('✎ Время или телефон');
      await ira.press('🔁 Группа в другое время');
      await ira.press('Вечером');
      await ira.press('📨 Попросить библиотекаря');

      const zoya = g.user({ id: 3542, first_name: 'Зоя', language_code: 'ru' });
      await zoya.text('🔢 Моё место в очереди');
      await zoya.press('Отказаться от места: Основы компьютерной грамотности');
      await zoya.press('Освободить и выйти из очереди');
      expect(String((await WaitlistEntryModel.findById(day.entryIds[0]).lean())!.groupId)).toBe(day.groupId);
      expect(await WaitlistEntryModel.findById(first.id).lean()).toMatchObject({ status: 'offered', offer: { groupId: new Types.ObjectId(evening.groupId) } });

      // Asked again, she sees her request and takes it back.
      await ira.text('🔢 Моё место в очереди');
      await ira.press('✎ Время или телефон');
      await ira.press('🔁 Группа в другое время');
      expect(ira.lastText()).toBe('Группа курса «Основы компьютерной грамотности» занимается днём. Когда вам удобнее?\n\nВы уже просили перевести вас в вечернюю группу.');
      expect(ira.buttonLabels()).toEqual(['Утром', 'Вечером', '✖ Не переводить, остаюсь в своей группе', 'Назад', 'Отмена']);
      await ira.press('✖ Не переводить, остаюсь в своей группе');
      expect(ira.lastText()).toBe('Хорошо, просьбу отменили. Ваше место в группе остаётся за вами.');
      expect((await WaitlistEntryModel.findById(day.entryIds[0]).lean())!.wantsTime).toBeUndefined();
      expect(g.errors).toEqual([]);
    });

    // fix35a/fix35f left it open: the reminders job queues up to ten minutes ahead, so «завтра занятие» of the group she
    // left went out after the move.
    it('fix36c: a reminder of her daytime group already queued is not sent once she moved to the evening group; the others get theirs', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3551 }, { id: 3552 }], { centerId: 'leninsk-central', lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await createGroup(
        900,
        { courseId: 'basics', centerId: 'leninsk-central', room: 'Зал 2', capacity: 3, lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')], durationMinutes: 90 },
        g.clock.now(),
      );
      // 17:55 on the eve (UTC+7): the job queues both participants' 18:00 «завтра занятие».
      g.clock.current = new Date('2026-11-30T10:55:00Z');
      await enqueueDueReminders(reminderSettings(g.deps.config), g.clock.now());
      expect(await DeliveryModel.countDocuments({ key: /^rem:/, citizenId: { $in: [3551, 3552] }, status: 'pending' })).toBe(2);

      const sveta = g.user({ id: 3551, first_name: 'Светлана', language_code: 'ru' });
      await sveta.text('🔢 Моё место в очереди');
      await sveta.press('✎ Время или телефон');
      await sveta.press('🔁 Группа в другое время');
      await sveta.press('Вечером');
      await sveta.press('✅ Перейти');
      expect(sveta.lastText()).toMatch(/^Готово: вы в вечерней группе/);
      expect(String((await WaitlistEntryModel.findById(day.entryIds[0]).lean())!.groupId)).toBe(evening);

      g.clock.current = new Date('2026-11-30T11:01:00Z');
      await deliverAll(g);
      const reminders = (id: number) => g.telegram.messagesTo(id).filter((m) => m.text?.startsWith('Напоминаем: завтра занятие.'));
      expect(reminders(3551)).toEqual([]);
      expect(reminders(3552)).toHaveLength(1);
      expect(await DeliveryModel.findOne({ key: /^rem:/, citizenId: 3551 }).lean()).toMatchObject({ status: 'skipped', lastError: 'left the group' });
      // Her own move is audited as staff moves are, without her name or Telegram id (fix36c).
      expect(await AuditEntryModel.find({ target: `entry:${day.entryIds[0]}` }, { _id: 0, at: 0 }).lean()).toEqual([
        { actorId: 0, action: 'citizen.move-group', target: `entry:${day.entryIds[0]}`, details: { from: day.groupId, to: evening, by: 'citizen' } },
      ]);
      expect(g.errors).toEqual([]);
    });

    // fix38b: the sender reads reminders due within 30 s with its batch; one in its hand when she moved still went.
    it('fix38b: a reminder already in the sender\'s hand when she moves is not sent; the other participant gets hers', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3561 }, { id: 3562 }], { centerId: 'novokuznetsk-central', lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await createGroup(
        900,
        { courseId: 'basics', centerId: 'novokuznetsk-central', room: 'Зал 2', capacity: 3, lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')], durationMinutes: 90 },
        g.clock.now(),
      );
      // 17:55 on the eve (UTC+7): the job queues both participants' 18:00 «завтра занятие».
      g.clock.current = new Date('2026-11-30T10:55:00Z');
      await enqueueDueReminders(reminderSettings(g.deps.config), g.clock.now());
      const sveta = g.user({ id: 3561, first_name: 'Светлана', language_code: 'ru' });
      // 17:59:45: the sender takes them (due in 15 s) and waits for 18:00. While it waits, she moves to the evening group.
      g.clock.current = new Date('2026-11-30T10:59:45Z');
      const timer = new VirtualTimer();
      let moved = false;
      const sleep = timer.sleep;
      timer.sleep = async (ms: number) => {
        if (!moved) {
          moved = true;
          await sveta.text('🔢 Моё место в очереди');
          await sveta.press('✎ Время или телефон');
          await sveta.press('🔁 Группа в другое время');
          await sveta.press('Вечером');
          await sveta.press('✅ Перейти');
          g.clock.current = new Date('2026-11-30T11:00:01Z');
        }
        return sleep(ms);
      };
      await deliverAll(g, { timer, lookaheadMs: 30_000 });
      expect(moved).toBe(true);
      expect(String((await WaitlistEntryModel.findById(day.entryIds[0]).lean())!.groupId)).toBe(evening);
      const reminders = (id: number) => g.telegram.messagesTo(id).filter((m) => m.text?.startsWith('Напоминаем: завтра занятие.'));
      expect(reminders(3561)).toEqual([]);
      expect(reminders(3562)).toHaveLength(1);
      expect(await DeliveryModel.findOne({ key: /^rem:/, citizenId: 3561 }).lean()).toMatchObject({ status: 'skipped', lastError: 'left the group' });
      expect(await DeliveryModel.findOne({ key: /^rem:/, citizenId: 3562 }).lean()).toMatchObject({ status: 'delivered' });
      expect(g.errors).toEqual([]);
    });

    it('fix40b (probe38 L5): she is forgotten between two reads: no librarian\'s notice names her by her Telegram id', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 3699, displayName: 'Вера', centerIds: ['kemerovo-regional'], addedBy: 900 });
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3691 }], { centerId: 'kemerovo-regional', lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await groupWithParticipants(g.clock.now(), [{ id: 3692 }], { centerId: 'kemerovo-regional', room: 'Зал 2', lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')] });
      // Her citizen document is gone (the retention job forgot her) while her seat is still read as hers.
      await CitizenModel.deleteOne({ _id: 3691 });
      expect(await askToMoveGroup(3691, day.entryIds[0]!, 'evening', g.clock.now(), { coordinatorIds: [900], defaultLocale: 'ru' })).toBe(false);
      await tellGroupMoved(3691, { from: day.groupId, to: evening.groupId }, [900], g.clock.now(), 'ru');
      await deliverAll(g);
      const aboutHer = [900, 3699].flatMap((id) => g.telegram.messagesTo(id).map((m) => m.text ?? '')).filter((text) => text.includes('3691'));
      expect(aboutHer).toEqual([]);
      expect(await DeliveryModel.countDocuments({ aboutCitizenId: 3691 })).toBe(0);
      expect(g.errors).toEqual([]);
    });

    it('probe37: «📨 Попросить библиотекаря» pressed after a freed seat already moved her there: no request made, she is told the button no longer works', async () => {
      const g = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const day = await groupWithParticipants(g.clock.now(), [{ id: 3571 }], { centerId: 'mezhdurechensk-central', capacity: 1, lessonStarts: [new Date('2026-12-01T07:00:00Z'), new Date('2026-12-03T07:00:00Z')] });
      const evening = await groupWithParticipants(g.clock.now(), [{ id: 3572 }], { centerId: 'mezhdurechensk-central', capacity: 1, room: 'Зал 2', lessonStarts: [new Date('2026-12-02T11:30:00Z'), new Date('2026-12-04T11:30:00Z')] });
      const sveta = g.user({ id: 3571, first_name: 'Светлана', language_code: 'ru' });
      const askEvenings = async () => {
        await sveta.text('🔢 Моё место в очереди');
        await sveta.press('✎ Время или телефон');
        await sveta.press('🔁 Группа в другое время');
        await sveta.press('Вечером');
      };
      await askEvenings();
      await sveta.press('📨 Попросить библиотекаря');
      // She asks again later (another phone, or she forgot), and leaves the question open.
      await askEvenings();
      expect(sveta.buttonLabels()).toEqual(['📨 Попросить библиотекаря', 'Назад', 'Отмена']);
      // Meanwhile Зоя gives up the evening seat: it goes to Светлана, who asked for it.
      const zoya = g.user({ id: 3572, first_name: 'Зоя', language_code: 'ru' });
      await zoya.text('🔢 Моё место в очереди');
      await zoya.press('Отказаться от места: Основы компьютерной грамотности');
      await zoya.press('Освободить и выйти из очереди');
      expect(String((await WaitlistEntryModel.findById(day.entryIds[0]).lean())!.groupId)).toBe(evening.groupId);
      await deliverAll(g);
      const requests = () => g.telegram.messagesTo(900).map((m) => m.text ?? '').filter((text) => text.startsWith('📌 Участник 3571 из группы'));
      expect(requests()).toHaveLength(1);

      await sveta.press('📨 Попросить библиотекаря');
      expect(sveta.lastText()).toMatch(/^Эта кнопка уже не действует/);
      const entry = await WaitlistEntryModel.findById(day.entryIds[0]).lean();
      expect(entry!.wantsTime).toBeUndefined();
      expect(String(entry!.groupId)).toBe(evening.groupId);
      await deliverAll(g);
      // No «из группы (вечером) просит перевести в группу вечером».
      expect(requests()).toHaveLength(1);
      expect(g.errors).toEqual([]);
    });
  });
});

import type { TestUser } from '../helpers/test-user.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { ConversationStateModel } from '../../src/db/models/kv-entry.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('new-class', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const COORDINATOR = { id: 900, first_name: 'Мария', language_code: 'ru' };

  describe('/newclass', () => {
    it('shows a 12-lesson group\'s dates in parts above the preview: no screen over 60 words', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const maria = t.user(COORDINATOR);
      await maria.text('/newclass');
      const from = maria.messages().length;
      await maria.press('Основы компьютерной грамотности');
      await maria.press('Новокузнецк: Центральная городская библиотека имени Н. В. Гоголя');
      await maria.press('1 декабря, вторник');
      await maria.press('📅 По дням недели');
      await maria.press('четверг');
      await maria.press('✓ Готово');
      await maria.text('10:00');
      await maria.text('12');
      await maria.press('90');
      await maria.text('Зал 3');
      await maria.text('8');
      const shown = maria.textsSince(from);
      expect(shown.filter((text) => text.startsWith('Даты занятий, часть'))).toHaveLength(2);
      expect(shown.join('\n')).toContain('12. 7 января, четверг, 10:00');
      expect(maria.lastText()).toContain('Все даты — в сообщениях выше.');
      expect(maria.lastText()).toContain('Занятий: 12, каждое длится 90 минут.');
      const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(shown.filter((text) => words(text) > 60)).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('a Create pressed again after the bot stopped in the middle of creating makes no second group (probe s20 F12)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const maria = t.user(COORDINATOR);
      await maria.text('/newclass');
      await maria.press('Безопасный интернет');
      await maria.press('Новокузнецк: Центральная городская библиотека имени Н. В. Гоголя');
      await maria.press('1 декабря, вторник');
      await maria.press('📅 По дням недели');
      await maria.press('✓ Готово');
      await maria.text('10:00');
      await maria.text('2');
      await maria.press('90');
      await maria.text('Зал 14');
      await maria.text('6');
      expect(maria.lastText()).toContain('Зал 14');
      // The flow as stored before the press: what a process that stopped half-way through Create leaves behind.
      const stored = await ConversationStateModel.find({}).lean();
      const create = maria.messages().at(-1)!;
      const data = (create.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      await maria.press('✓ Создать группу');
      expect(await ClassGroupModel.countDocuments({ courseId: 'safe-internet', room: 'Зал 14' })).toBe(1);
      for (const row of stored) await ConversationStateModel.replaceOne({ _id: row._id }, row, { upsert: true });
      // The person repeats the press, as the bot asked after the restart.
      await maria.pressData(data, create);
      expect(await ClassGroupModel.countDocuments({ courseId: 'safe-internet', room: 'Зал 14' })).toBe(1);
      expect(await LessonModel.countDocuments({ groupId: (await ClassGroupModel.findOne({ room: 'Зал 14' }).lean())!._id })).toBe(2);
      expect(maria.lastText()).toMatch(/^Группа создана/);
      expect(t.errors).toEqual([]);
    });

    it('keeps the ticked weekdays when the librarian comes back to them with Back', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const maria = t.user(COORDINATOR);
      await maria.text('/newclass');
      await maria.press('Основы компьютерной грамотности');
      await maria.press('Новокузнецк: Центральная городская библиотека имени Н. В. Гоголя');
      await maria.press('1 декабря, вторник');
      await maria.press('📅 По дням недели');
      await maria.press('пятница');
      await maria.press('вторник — выбрано'); // the preselected start day unticked
      await maria.press('✓ Готово');
      await maria.press('Назад'); // from the time step
      expect(maria.buttonLabels()).toContain('пятница — выбрано');
      expect(maria.buttonLabels()).toContain('вторник');
      await maria.press('✓ Готово');
      await maria.text('10:00');
      await maria.press('4');
      await maria.press('90');
      await maria.text('Зал 2');
      await maria.text('8');
      expect(maria.lastText()).toContain('1. 4 декабря, пятница, 10:00');
      expect(maria.lastText()).toContain('2. 11 декабря, пятница, 10:00');
      expect(t.errors).toEqual([]);
    });

    it('creates a weekly group: lessons stored in UTC, preview in the center time, seats offered longest-waiting first', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      // Three people wait at Novokuznetsk; the third joined last.
      await addToWaitlist(2001, { centerId: 'novokuznetsk-central', at: new Date('2026-10-01T03:00:00Z'), timeOfDay: 'evening' });
      await addToWaitlist(2002, { centerId: 'novokuznetsk-central', at: new Date('2026-10-02T03:00:00Z'), timeOfDay: 'morning' });
      await addToWaitlist(2003, { centerId: 'novokuznetsk-central', at: new Date('2026-10-03T03:00:00Z') });
      const maria = t.user(COORDINATOR);

      await maria.text('/newclass');
      expect(maria.lastText()).toContain('Шаг 1 из 7');
      await maria.text('основы'); // typed instead of a button: the start of one button's label is that button (walk s20 #3)
      expect(maria.lastText()).toContain('Шаг 2 из 7');
      await maria.press('Новокузнецк: Центральная городская библиотека имени Н. В. Гоголя');
      // Today is Tuesday 24 November, 10:00 in Novokuznetsk: the buttons offer the next seven days.
      expect(maria.buttonLabels()).toContain('25 ноября, среда');
      await maria.text('31.02.2026');
      expect(maria.lastText()).toContain('Не получилось прочитать дату');
      await maria.text('20.11.2026');
      expect(maria.lastText()).toContain('Эта дата уже прошла');
      await maria.text('1.12'); // no year, as people write it
      expect(maria.lastText()).toContain('Шаг 4 из 7');
      await maria.press('Назад');
      await maria.press('1 декабря, вторник');
      await maria.press('📅 По дням недели');
      expect(maria.buttonLabels()).toContain('вторник — выбрано'); // the start day is preselected
      await maria.press('четверг');
      expect(maria.buttonLabels()).toContain('четверг — выбрано');
      await maria.press('✓ Готово');
      await maria.text('25:00');
      expect(maria.lastText()).toBe('Напишите время так: 10:00.');
      await maria.text('10:00');
      await maria.press('4');
      await maria.press('90');
      await maria.text('Зал 2');
      await maria.press('Назад'); // back to the room, which shows what she typed (walk s20 #18)
      expect(maria.lastText()).toMatch(/аудиторию[^]*\nСейчас: Зал 2$/);
      await maria.press('Назад'); // further back and forward again: still there
      await maria.press('90');
      expect(maria.lastText()).toMatch(/аудиторию[^]*\nСейчас: Зал 2$/);
      await maria.text('Зал 3,\n1 этаж\u202E'); // line breaks and control characters typed by staff are cleaned
      await maria.text('2');

      const preview = maria.lastText();
      expect(preview).toContain('Шаг 7 из 7');
      expect(preview).toContain('Аудитория: Зал 3, 1 этаж');
      expect(preview).toContain('Мест: 2');
      expect(preview).toContain('1. 1 декабря, вторник, 10:00');
      expect(preview).toContain('2. 3 декабря, четверг, 10:00');
      expect(preview).toContain('4. 10 декабря, четверг, 10:00');
      expect(preview).toContain('Часовой пояс: время Кузбасса (UTC+7).'); // in words, never the id
      expect(preview).not.toContain('Asia/');
      await maria.press('✓ Создать группу');
      expect(maria.lastText()).toBe('Группа создана. Предложено мест людям из очереди: 2.');

      const group = await ClassGroupModel.findOne({ centerId: 'novokuznetsk-central', room: 'Зал 3, 1 этаж' }).lean();
      expect(group).toMatchObject({ courseId: 'basics', room: 'Зал 3, 1 этаж', capacity: 2, timeOfDay: 'morning', librarianId: 900, status: 'open', freeSeats: 0, enrolledCount: 0 });
      const lessons = await LessonModel.find({ groupId: group!._id }).sort({ index: 1 }).lean();
      expect(lessons.map((l) => l.startsAt.toISOString())).toEqual([
        '2026-12-01T03:00:00.000Z', // 10:00 in Asia/Novokuznetsk (UTC+7)
        '2026-12-03T03:00:00.000Z',
        '2026-12-08T03:00:00.000Z',
        '2026-12-10T03:00:00.000Z',
      ]);
      expect(lessons.every((l) => l.durationMinutes === 90)).toBe(true);
      expect(await AuditEntryModel.countDocuments({ action: 'group.create', actorId: 900, target: `group:${group!._id}` })).toBe(1);

      const entries = await WaitlistEntryModel.find({ centerId: 'novokuznetsk-central' }).sort({ joinedAt: 1 }).lean();
      expect(entries.map((e) => e.status)).toEqual(['offered', 'offered', 'waiting']);
      expect(entries[0]!.offer?.expiresAt?.toISOString()).toBe('2026-11-26T03:00:00.000Z'); // 48 hours

      await deliverAll(t);
      const first = t.user({ id: 2001, first_name: 'А', language_code: 'ru' });
      expect(first.lastText()).toContain('Для вас есть место в группе!');
      expect(first.lastText()).toContain('улица Кирова, 56');
      expect(first.lastText()).toContain('Занятия: по вторникам и четвергам в 10:00, 4 занятия, с 1 декабря'); // a pattern, not every date
      expect(first.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      expect(t.user({ id: 2003, first_name: 'В' }).messages()).toHaveLength(0);
      expect(t.errors).toEqual([]);
    });

    it('warns under the preview of a lesson within 2 hours or at night, and still creates the group', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } }); // Tuesday 24 November, 10:00 in Novokuznetsk
      const maria = t.user(COORDINATOR);
      await previewOfDates(maria, 'Основы компьютерной грамотности', '24.11.2026 11:00\n26.11.2026 04:40', 'Зал 9');
      expect(maria.lastText()).toContain('⚠️ Занятие начнётся меньше чем через 2 часа: участники могут не успеть узнать.');
      expect(maria.lastText()).toContain('⚠️ Время ночное (04:40). Проверьте, не опечатка ли это.');
      await maria.press('✓ Создать группу');
      expect(maria.lastText()).toContain('Группа создана');
      const group = await ClassGroupModel.findOne({ room: 'Зал 9' }).lean();
      expect(group).not.toBeNull();
      expect(t.errors).toEqual([]);
      // The database is shared by this file's tests: a later one counts lessons already begun.
      await Promise.all([LessonModel.deleteMany({ groupId: group!._id }), ClassGroupModel.deleteOne({ _id: group!._id })]);
    });

    it('takes a typed list of dates, and Cancel leaves without creating anything', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const maria = t.user(COORDINATOR);
      await maria.text('/newclass');
      await maria.press('Интернет и электронная почта');
      await maria.press(/^Кемерово: Областная/);
      await maria.text('02.12.2026');
      await maria.press('✎ Написать даты списком');
      // The bad line is named, with what is wrong in it (walk s20 #20).
      await maria.text('05.12.2026 18:30\n02.12.2026 9:00\n20.11.2026 10:00');
      expect(maria.lastText()).toBe('Строка 3 («20.11.2026 10:00»): эта дата уже прошла. Пришлите весь список ещё раз, исправив эту строку.');
      await maria.text('05.12.2026 18:30\n03.12 19:00\n8.12.2026 19-00');
      expect(maria.lastText()).toMatch(/^Строка 3 \(«8\.12\.2026 19-00»\): не получилось прочитать время\./);
      await maria.text('05.12.2026 18:30\n31 ноября 19:00');
      expect(maria.lastText()).toMatch(/^Строка 2 \(«31 ноября 19:00»\): не получилось прочитать дату\./);
      await maria.text('05.12.2026 18:30\n02.12.2026 9:00');
      // Before the library opens (10:00 by its card): asked first (walk29 W29-22).
      expect(maria.lastText()).toBe('Первое занятие 2 декабря в 09:00 — до открытия центра (10:00). Верно?');
      await maria.press('Да, верно');
      expect(maria.lastText()).toBe('Шаг 4 из 7. Сколько минут длится занятие?') // the lessons' questions keep their step's number (walk s20 #19);
      // Back goes to the question asked before on this path: the typed list, not the weekly steps.
      await maria.press('Назад');
      await maria.press('Назад');
      expect(maria.lastText()).toContain('Напишите даты');
      await maria.text('05.12.2026 18:30\n02.12.2026 9:00');
      await maria.press('Да, верно');
      await maria.press('60');
      await maria.text('Читальный зал');
      await maria.press('8');
      expect(maria.lastText()).toContain('1. 2 декабря, среда, 09:00');
      expect(maria.lastText()).toContain('2. 5 декабря, суббота, 18:30');
      expect(maria.lastText()).not.toContain('праздни');
      await maria.press('Отмена');
      expect(maria.lastText()).toBe('Хорошо, отменили. Вы в главном меню.');
      expect(await ClassGroupModel.countDocuments({ courseId: 'internet' })).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('warns in the preview about lessons on public holidays, in both languages', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900,901' } });
      const maria = t.user(COORDINATOR);
      await previewOfDates(maria, 'Интернет и электронная почта', '07.01.2027 10:00\n12.01.2027 10:00', 'Читальный зал');
      expect(maria.lastText()).toContain('⚠ Занятие 07.01.2027 приходится на праздничный день. Если центр в этот день закрыт, вернитесь к датам кнопкой «Назад».');
      await maria.press('Отмена');

      const john = t.user({ id: 901, first_name: 'John', language_code: 'en' });
      await john.text('/newclass');
      await john.press('Internet and e-mail');
      await john.press('Kemerovo: Fedorov Regional Academic Library'); // centers in the reader's language
      await john.text('23.02.2027');
      await john.press(/^✎/);
      await john.text('23.02.2027 10:00\n08.03.2027 10:00\n10.03.2027 10:00');
      await john.press('60');
      await john.text('Reading room');
      await john.press('8');
      expect(john.lastText()).toContain('⚠ The lessons on 23.02.2027, 08.03.2027 fall on public holidays. If the center is closed then, go Back to the dates.');
      expect(john.buttonLabels()).toContain('✓ Create the group');
      expect(john.lastText()).toContain('Kemerovo, Fedorov Regional Academic Library');
      expect(john.lastText()).not.toMatch(/Кемерово|Областная/);
      expect(t.errors).toEqual([]);
    });

    it('cannot create a group whose lessons have passed: an hour gone today (named at the dates step), or one that passes before Create', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } }); // 10:00 local time in Kemerovo on 24.11.2026
      // Other tests of this file may have made groups and lessons before this one, in any order: counted from here.
      const groupsBefore = await ClassGroupModel.countDocuments({ courseId: 'gosuslugi' });
      const afterLunch = new Date(t.clock.now().getTime() + 2 * 3600_000);
      const pastLessonsBefore = await LessonModel.countDocuments({ startsAt: { $lt: afterLunch } });
      const maria = t.user(COORDINATOR);
      await maria.text('/newclass');
      await maria.press('Госуслуги онлайн');
      await maria.press(/^Кемерово: Областная/);
      await maria.text('24.11.2026');
      await maria.press('✎ Написать даты списком');
      // Today, but two hours ago: named at the dates step itself, with its line (probe s21 L6: three questions later before).
      await maria.text('24.11.2026 12:00\n24.11.2026 08:00');
      expect(maria.lastText()).toBe('Строка 2 («24.11.2026 08:00»): это время сегодня уже прошло. Пришлите весь список ещё раз, исправив эту строку.');
      await maria.text('24.11.2026 11:00'); // an hour from now
      await maria.press('Да, верно'); // asked: within three hours (walk29 W29-22)
      await maria.press('60');
      await maria.text('Читальный зал');
      await maria.press('8');
      expect(maria.lastText()).toContain('1. 24 ноября, вторник, 11:00');
      t.clock.advance(2 * 3600_000); // the librarian came back to it after lunch
      await maria.press('✓ Создать группу');
      expect(maria.textsSince(-2).join('\n')).toContain('Это время уже прошло');
      expect(await ClassGroupModel.countDocuments({ courseId: 'gosuslugi' })).toBe(groupsBefore);
      expect(await LessonModel.countDocuments({ startsAt: { $lt: afterLunch } })).toBe(pastLessonsBefore);
      expect(t.errors).toEqual([]);
    });

    it('weekly lessons from today at an hour already gone: said at the time step (probe s21 L6)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } }); // Tuesday 24 November, 10:00 in Kemerovo
      const maria = t.user(COORDINATOR);
      await maria.text('/newclass');
      await maria.press('Поиск работы в интернете');
      await maria.press(/^Кемерово: Областная/);
      await maria.text('24.11.2026');
      await maria.press('📅 По дням недели');
      await maria.press('✓ Готово'); // Tuesdays, from today
      await maria.press('10:00');
      expect(maria.textsSince(-2).join('\n')).toContain('Сегодня 10:00 уже прошло, а первое занятие — сегодня. Выберите время позже.');
      expect(maria.lastText()).toContain('Во сколько'); // the time is asked again
      await maria.press('12:00');
      expect(maria.lastText()).toBe('Первое занятие сегодня в 12:00 — через 2 часа. Верно?'); // walk29 W29-22
      await maria.press('Да, верно');
      expect(maria.lastText()).toContain('Сколько занятий');
      await maria.press('Отмена');
      expect(t.errors).toEqual([]);
    });

    it('warns under the preview of two lessons of the group at once (probe s21 L6)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const maria = t.user(COORDINATOR);
      // 90 minutes from 23:50 runs past 00:10; the two lessons are 2 and 3 of the preview's list.
      await maria.text('/newclass');
      await maria.press('Безопасный интернет');
      await maria.press(/^Кемерово: Областная/);
      await maria.text('01.12.2026');
      await maria.press('✎ Написать даты списком');
      await maria.text('01.12.2026 18:00\n01.12.2026 23:50\n02.12.2026 00:10');
      await maria.press('90');
      await maria.text('Зал 7');
      await maria.press('8');
      expect(maria.lastText()).toContain('⚠️ Занятия 2 и 3 идут одновременно: второе начнётся раньше, чем закончится первое. Проверьте время.');
      expect(maria.buttonLabels()).toContain('✓ Создать группу'); // a warning only
      await maria.press('Назад');
      await maria.press('Назад');
      await maria.press('Назад');
      await maria.text('15'); // 23:50 for 15 minutes ends before 00:10
      await maria.text('Зал 7');
      await maria.press('8');
      expect(maria.lastText()).toContain('3. 2 декабря, среда, 00:10');
      expect(maria.lastText()).not.toContain('одновременно');
      await maria.press('Отмена');
      expect(t.errors).toEqual([]);
    });

    it("offers a librarian only their own centers; a forged center button is refused", async () => {
      const { StaffMemberModel } = await import('../../src/db/models/staff-member.js');
      await StaffMemberModel.create({ _id: 2201, centerIds: ['yurga-central', 'belovo-central'], addedBy: 900 });
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const lena = t.user({ id: 2201, first_name: 'Лена', language_code: 'ru' });
      await lena.text('/newclass');
      await lena.press('Основы компьютерной грамотности');
      expect(lena.lastText()).toBe('Шаг 2 из 7. Выберите центр:');
      expect(lena.buttonLabels()).toEqual(['Белово: Центральная городская библиотека', 'Юрга: Центральная городская библиотека', 'Назад', 'Отмена']);
      await lena.pressForged('2'); // a third center that is not on her list
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Эта кнопка уже не действует.');
      await lena.press('Назад');
      expect(lena.lastText()).toContain('Шаг 1 из 7');
      expect(t.errors).toEqual([]);
    });

    it('does not ask a librarian of one center for the center: six steps, and Back from the date goes to the course', async () => {
      const { StaffMemberModel } = await import('../../src/db/models/staff-member.js');
      await StaffMemberModel.create({ _id: 2202, centerIds: ['yurga-central'], addedBy: 900 });
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const lena = t.user({ id: 2202, first_name: 'Лена', language_code: 'ru' });
      await lena.text('/newclass');
      expect(lena.lastText()).toBe('Новая группа. Шаг 1 из 6. Выберите курс:');
      await lena.press('Госуслуги онлайн');
      expect(lena.lastText()).toMatch(/^Шаг 2 из 6\. Когда первое занятие\?/);
      expect(lena.buttonLabels().slice(-2)).toEqual(['Назад', 'Отмена']);
      await lena.press('Назад');
      expect(lena.lastText()).toBe('Новая группа. Шаг 1 из 6. Выберите курс:');
      await lena.press('Госуслуги онлайн');
      await lena.press('1 декабря, вторник');
      expect(lena.lastText()).toBe('Шаг 3 из 6. Как идут занятия?');
      await lena.press('📅 По дням недели');
      await lena.press('✓ Готово');
      await lena.press('10:00');
      await lena.press('4');
      await lena.press('90');
      expect(lena.lastText()).toBe('Шаг 4 из 6. Напишите аудиторию, например: Зал 2, первый этаж.');
      await lena.text('Зал 1');
      expect(lena.lastText()).toBe('Шаг 5 из 6. Сколько мест в группе? Выберите или напишите число.');
      await lena.press('8');
      expect(lena.lastText()).toMatch(/^Шаг 6 из 6\. Проверьте:/);
      expect(lena.lastText()).toContain('Центр: Юрга, Центральная городская библиотека');
      await lena.press('✓ Создать группу');
      expect(await ClassGroupModel.findOne({ courseId: 'gosuslugi', centerId: 'yurga-central', librarianId: 2202 }).lean()).not.toBeNull();
      expect(t.errors).toEqual([]);
    });

    it('is refused to a citizen', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const ivan = t.user({ id: 2100, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/newclass');
      expect(ivan.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
    });
  });

  /** /newclass in Kemerovo's regional library up to the preview: lessons typed as a list (first date from its first line), 60 minutes, 8 seats. */
  async function previewOfDates(maria: TestUser, course: string, lessons: string, room: string) {
    await maria.text('/newclass');
    await maria.press(course);
    await maria.press(/^Кемерово: Областная/);
    await maria.text(lessons.split(' ')[0]!);
    await maria.press('✎ Написать даты списком');
    await maria.text(lessons);
    // A first lesson soon today, or before the library opens, is asked about first (walk29 W29-22).
    if (maria.lastText().endsWith('Верно?')) await maria.press('Да, верно');
    await maria.press('60');
    await maria.text(room);
    await maria.press('8');
  }
});

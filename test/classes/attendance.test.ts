import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from './fixtures.js';

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useTestDatabase();
  await seedSampleData();
  await StaffMemberModel.create([
    { _id: 5001, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: 900 },
    { _id: 5002, displayName: 'Юлия', centerIds: ['yurga-central'], addedBy: 900 },
  ]);
});
afterAll(() => done());

const NOT_FOUND = 'Не найдено или нет доступа.';
const NOT_STARTED = 'Это занятие ещё не началось. Посещение можно отметить, когда оно начнётся.';
const lastAnswer = (t: ReturnType<typeof createTestBot>) => t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload;

describe('/classes and attendance', () => {
  it('shows the roster filling up, marks attendance, counts no-shows, completes the course after the last lesson', async () => {
    const t = createTestBot({ env: { ADMIN_IDS: '900' } });
    for (const [i, id] of [5101, 5102, 5103, 5104].entries()) await addToWaitlist(id, { at: new Date(Date.UTC(2026, 9, i + 1)), name: `Участник ${id}` });
    const { id: groupId } = await groupWithOffers(t.clock.now(), { capacity: 3, actorId: 5001 });
    await acceptOffer(5101, String((await WaitlistEntryModel.findOne({ citizenId: 5101 }).lean())!._id), t.clock.now());
    await acceptOffer(5102, String((await WaitlistEntryModel.findOne({ citizenId: 5102 }).lean())!._id), t.clock.now());

    const anna = t.user({ id: 5001, first_name: 'Анна', language_code: 'ru' });
    await anna.text('/classes');
    expect(anna.lastText()).toContain('«Основы компьютерной грамотности», Кемерово, Областная научная библиотека им. В. Д. Фёдорова: с вт 01.12.2026 10:00. Записано 2 из 3, предложено 1.');
    await anna.press(/^Основы компьютерной грамотности: /);
    expect(anna.lastText()).toContain('Записано 2 из 3, ждут ответа 1.');
    expect(anna.lastText()).toContain('1. Участник 5101 (пропусков: 0)');
    await acceptOffer(5103, String((await WaitlistEntryModel.findOne({ citizenId: 5103 }).lean())!._id), t.clock.now());

    // Another center's librarian and a citizen cannot open or change this group.
    const yulia = t.user({ id: 5002, first_name: 'Юлия', language_code: 'ru' });
    const ivan = t.user({ id: 5104, first_name: 'Иван', language_code: 'ru' });
    await yulia.text('/classes');
    expect(yulia.lastText()).toBe('Открытых групп нет. Создать: /newclass');
    await ivan.text('/start');
    const lessons = await LessonModel.find({ groupId }).sort({ index: 1 }).lean();
    const forged = [`grp:o:${groupId}`, `att:g:${groupId}`, `att:l:${lessons[0]!._id}`, `att:t:${lessons[0]!._id}:5101`, `att:s:${lessons[1]!._id}`];
    for (const data of forged) {
      await yulia.pressData(data);
      expect(lastAnswer(t)).toMatchObject({ text: NOT_FOUND, show_alert: true });
      await ivan.pressData(data);
      expect(lastAnswer(t)).toMatchObject({ text: 'Эта команда только для сотрудников библиотеки.', show_alert: true });
    }
    expect((await LessonModel.findById(lessons[0]!._id).lean())!.attendedIds).toEqual([]);

    // Before the lessons: attendance cannot be marked, not even by a forged Save of the last lesson
    // (which used to finish the group and complete the course before it was taught).
    await anna.text('/attendance');
    await anna.press(/^Основы компьютерной грамотности: /);
    await anna.press('2. чт 03.12.2026 10:00');
    expect(lastAnswer(t)).toMatchObject({ text: NOT_STARTED, show_alert: true });
    await anna.pressData(`att:t:${lessons[1]!._id}:5101`);
    expect(lastAnswer(t)).toMatchObject({ text: NOT_STARTED, show_alert: true });
    await anna.pressData(`att:s:${lessons[1]!._id}`);
    expect(lastAnswer(t)).toMatchObject({ text: NOT_STARTED, show_alert: true });
    expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ status: 'open' });
    expect(await LessonModel.findById(lessons[1]!._id).lean()).toMatchObject({ attendedIds: [] });
    expect((await LessonModel.findById(lessons[1]!._id).lean())!.markedAt).toBeUndefined();
    expect(await WaitlistEntryModel.countDocuments({ groupId, status: 'completed' })).toBe(0);

    // Lesson 1 (it began a few minutes ago): two of three came.
    t.clock.current = new Date('2026-12-01T03:05:00Z');
    await anna.text('/attendance');
    await anna.press(/^Основы компьютерной грамотности: /);
    expect(anna.buttonLabels()).toEqual(['1. вт 01.12.2026 10:00', '2. чт 03.12.2026 10:00']);
    await anna.press('1. вт 01.12.2026 10:00');
    expect(anna.lastText()).toContain('Занятие 1, вт 01.12.2026 10:00.');
    expect(anna.buttonLabels()).toEqual(['▫️ Участник 5101', '▫️ Участник 5102', '▫️ Участник 5103', '💾 Сохранить']);
    await anna.press('▫️ Участник 5101');
    await anna.press('▫️ Участник 5103');
    await anna.press('▫️ Участник 5102');
    await anna.press('✅ Участник 5102'); // changed her mind
    expect(anna.buttonLabels()).toEqual(['✅ Участник 5101', '▫️ Участник 5102', '✅ Участник 5103', '💾 Сохранить']);
    await anna.press('💾 Сохранить');
    expect(anna.lastText()).toBe('Сохранено: были 2, не были 1.');
    const first = await LessonModel.findById(lessons[0]!._id).lean();
    expect([...first!.attendedIds].sort()).toEqual([5101, 5103]);
    expect(first!.markedAt).toEqual(t.clock.now());
    expect(await AuditEntryModel.findOne({ action: 'attendance.save', target: `lesson:${lessons[0]!._id}` }).lean()).toMatchObject({
      actorId: 5001,
      details: { present: 2, absent: 1, completed: false },
    });
    await anna.text('/classes');
    await anna.press(/^Основы компьютерной грамотности: /);
    expect(anna.lastText()).toContain('Участник 5102 (пропусков: 1)');

    // The last lesson, once it has begun: everyone came; the course is completed.
    t.clock.current = new Date('2026-12-03T04:00:00Z');
    await anna.press('✅ Отметить посещение');
    await anna.press('2. чт 03.12.2026 10:00');
    for (const id of [5101, 5102, 5103]) await anna.press(`▫️ Участник ${id}`);
    await anna.press('💾 Сохранить');
    expect(anna.lastText()).toContain('Это было последнее занятие');
    const entries = await WaitlistEntryModel.find({ groupId }).lean();
    expect(entries.map((e) => e.status)).toEqual(['completed', 'completed', 'completed']);
    expect(entries.every((e) => e.completedAt?.getTime() === t.clock.now().getTime() && e.activeKey === undefined)).toBe(true);
    expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ status: 'finished' });
    expect(t.errors.filter((line) => !line.includes('staff action refused'))).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { partnerWithLink } from './fixtures.js';

describe('referrals-stats-export', () => {
  const NOW = new Date('2026-11-24T03:00:00Z');
  const DAY = 24 * 3600_000;
  const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
  const COORDINATOR = 900;
  const REP_A = 7101;
  const REP_B = 7102;
  let partnerA = '';

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    const a = await partnerWithLink({ name: 'Больница № 3' }, REP_A);
    partnerA = a.id;
    // A name typed by a coordinator that a spreadsheet would run as a formula.
    const b = await partnerWithLink({ name: '=HYPERLINK("http://evil")', kind: 'social' }, REP_B);
    await addToWaitlist(101, { at: daysAgo(10), partnerId: a.id, name: 'Анна Первая' });
    await addToWaitlist(102, { at: daysAgo(5), partnerId: a.id, name: 'Борис Второй' });
    await addToWaitlist(100, { at: daysAgo(7), name: 'Не направленный' }); // ahead of Борис, between the two
    await addToWaitlist(201, { at: daysAgo(4), partnerId: b.id, name: 'Чужой Человек' });
    const group = await ClassGroupModel.create({
      courseId: 'internet', centerId: 'kemerovo-regional', room: 'Зал 2', capacity: 10, timeOfDay: 'morning', librarianId: COORDINATOR, createdAt: daysAgo(20),
    });
    for (const [id, status, name] of [[103, 'enrolled', 'Вера Третья'], [104, 'completed', 'Глеб Четвёртый']] as const) {
      const { entry } = await addToWaitlist(id, { at: daysAgo(25), partnerId: a.id, courseId: 'internet', name });
      await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { status, groupId: group._id, enrolledAt: daysAgo(15), ...(status === 'completed' ? { completedAt: daysAgo(1) } : {}) } });
    }
    await LessonModel.create([
      { groupId: group._id, index: 1, startsAt: daysAgo(14), durationMinutes: 90, attendedIds: [103, 104], markedAt: daysAgo(14) },
      { groupId: group._id, index: 2, startsAt: daysAgo(7), durationMinutes: 90, attendedIds: [104], markedAt: daysAgo(7) },
      { groupId: group._id, index: 3, startsAt: daysAgo(-2), durationMinutes: 90 },
    ]);
  });
  afterAll(() => done());

  const bot = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  describe('/referrals', () => {
    it('a representative sees each of their own people and what became of them, and nobody else', async () => {
      const t = bot();
      const rep = t.user({ id: REP_A, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/referrals');
      // Ten people a page, a list read down (walk31 W31-07: within 60 words, three people took two pages); each says
      // whether the bot writes to them.
      expect(rep.lastText()).not.toContain('Страница');
      const text = rep.lastText();
      expect(text).toContain('Направленные организацией «Больница № 3»:');
      expect(text).toContain('Анна Первая — Основы компьютерной грамотности\nЖдёт в очереди, место 1. Получает сообщения бота в Телеграме.');
      expect(text).toContain('Борис Второй — Основы компьютерной грамотности\nЖдёт в очереди, место 3.');
      expect(text).toMatch(/Вера Третья — Интернет и электронная почта\nЗанимается в группе: Кемерово, Областная научная библиотека имени В\. Д\. Фёдорова, Зал 2, начало .*\. Посещено занятий: 1 из 2\./);
      expect(text).toContain('Глеб Четвёртый — Интернет и электронная почта\nКурс окончен: Кемерово, Областная научная библиотека имени В. Д. Фёдорова. Посещено занятий: 2 из 2.');
      expect(text).not.toContain('Чужой');
      expect(text).not.toContain('Не направленный');
      expect(await AuditEntryModel.countDocuments({ action: 'partner.referrals-view', actorId: REP_A })).toBe(1);

      // Partner B's representative replaying a page button of partner A's list (forged from A's id) is refused.
      const repB = t.user({ id: REP_B, first_name: 'Борис', language_code: 'ru' });
      await repB.text('/referrals');
      expect(repB.lastText()).toContain('Чужой Человек');
      await repB.pressData(`rf/0/0/${partnerA}.0/xx`, repB.messages().at(-1));
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Это не ваша организация или её уже нет.', show_alert: true });
      expect(repB.lastText()).not.toContain('Анна Первая');
    });

    it('refuses citizens and librarians', async () => {
      const t = bot();
      const ivan = t.user({ id: 101, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/referrals');
      expect(ivan.lastText()).toBe('Эта команда для представителей организаций-партнёров.');
    });
  });

  describe('partners in /stats and /export', () => {
    it('the coordinator sees referred, enrolled, completed and the no-show rate per partner and period', async () => {
      const t = bot();
      const maria = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/stats');
      await maria.press('🤝 По организациям-партнёрам');
      expect(maria.lastText()).toContain('Организации-партнёры, за 30 дней:');
      expect(maria.lastText()).toContain('Больница № 3\nнаправлено 4, получили место в группе 2, окончили 1, пропуски 25% (1 из 4)');
      expect(maria.lastText()).toContain('=HYPERLINK("http://evil")\nнаправлено 1, получили место в группе 0, окончили 0, занятий ещё не было');
      await maria.press('за 90 дней');
      expect(maria.lastText()).toContain('Организации-партнёры, за 90 дней:');
      // The chosen period in words; Back to the /stats numbers (walk31 W31-14).
      expect(maria.buttonLabels()).toEqual(['за 30 дней', 'за 90 дней — выбрано', 'за 365 дней', 'за всё время', 'Назад']);
      await maria.press('Назад');
      expect(maria.lastText()).toContain('Статистика: все центры');
      await maria.press('🤝 По организациям-партнёрам');
      // Eight days back: Анна (10 days) and the two in the group (25 days) joined before; the lesson 7 days ago only.
      const { partnerStats } = await import('../../src/domain/partners/partner-stats.js');
      const week = (await partnerStats(8, NOW)).find((r) => r.name === 'Больница № 3');
      expect(week).toMatchObject({ referred: 1, enrolled: 0, completed: 1, expected: 2, absent: 1 });
      // A citizen replaying the coordinator's button is refused.
      const ivan = t.user({ id: 101, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await ivan.pressData((maria.messages().at(-1)!.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload.text).toBe('Эта команда только для координатора.');
    });

    it('/export adds the per-partner file, with formula injection neutralised', async () => {
      const t = bot();
      const maria = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/export');
      const docs = t.telegram.callsOf('sendDocument').map((c) => c.payload);
      expect(docs.map((d) => d.document.filename)).toEqual(['waitlist-2026-11-24.csv', 'enrollments-2026-11-24.csv', 'partners-2026-11-24.csv']);
      const csv = (docs[2]!.document.data as Buffer).toString('utf8');
      const lines = csv.slice(1).split('\r\n');
      expect(lines[0]).toBe('Организация;Вид организации;Имя;Телефон;Курс;Центр;Статус;Место в очереди;Посещено занятий;Записался');
      expect(lines).toContain(`"'=HYPERLINK(""http://evil"")";Социальная служба;Чужой Человек;;Основы компьютерной грамотности;Кемерово: Областная научная библиотека имени В. Д. Фёдорова;ждёт;4;;2026-11-20 10:00`);
      expect(lines.filter((l) => l.startsWith('Больница № 3;'))).toHaveLength(4);
      expect(lines.some((l) => l.includes('Не направленный'))).toBe(false);
      expect(await AuditEntryModel.findOne({ action: 'export.partners' }).lean()).toMatchObject({ actorId: COORDINATOR, details: { rows: 5 } });
    });
  });

  // After the export above: a partner of its own, so the counts there stay as they were.
  describe('/referrals after a relative linked the record (walk40 L4)', () => {
    it('says a relative reads the bot\'s messages, as /find does, not that the person gets them', async () => {
      const t = bot();
      await partnerWithLink({ name: 'Совет ветеранов', kind: 'social' }, 7103);
      const rep = t.user({ id: 7103, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/add');
      await rep.press('✓ Да, бланк подписан');
      await rep.text('Кузьмина Анна Сергеевна');
      await rep.text('8 923 555-77-11');
      await rep.press('Основы компьютерной грамотности');
      await rep.press('Не важно');
      await rep.press('✓ Записать в очередь');
      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Кузьмина Анна Сергеевна — Основы компьютерной грамотности\nЖдёт в очереди, место 5. Без Телеграма: библиотека звонит по телефону.');
      const grandson = t.user({ id: 7190, first_name: 'Внук', language_code: 'ru' });
      await grandson.text('/start');
      await grandson.press('📋 Меня уже записали в библиотеке');
      await grandson.contact('79235557711');
      await grandson.press('Это мой родственник');
      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Кузьмина Анна Сергеевна — Основы компьютерной грамотности\nЖдёт в очереди, место 5. Сообщения бота в Телеграме читает родственник.');
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { BroadcastModel } from '../../src/db/models/broadcast.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ConversationStateModel } from '../../src/db/models/kv-entry.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { DeliveryModel, sentJournal } from '../../src/outbox/model.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createBroadcast } from '../../src/domain/broadcast.js';
import { speaksOfScheduleChange } from '../../src/domain/broadcast-preview.js';
import { broadcastProgressTick } from '../../src/jobs/admin/broadcast-progress.js';
import { telegramProgressChannel } from '../../src/jobs/admin/index.js';
import { drainOutbox } from '../../src/outbox/index.js';
import { SenderLease } from '../../src/outbox/lease.js';
import { deliverAll, VirtualTimer } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('broadcast', () => {
  const NOW = new Date('2026-11-24T03:00:00Z');
  const COORDINATOR = 900;
  const LIBRARIAN = 700;
  const KEMEROVO = [11, 12, 13, 14];
  const BLOCKED_EARLIER = 15;

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Анна', centerIds: ['novokuznetsk-central'], addedBy: COORDINATOR });
    for (const id of KEMEROVO) await addToWaitlist(id, { courseId: id === 14 ? 'internet' : 'basics' });
    await addToWaitlist(BLOCKED_EARLIER);
    await CitizenModel.updateOne({ _id: BLOCKED_EARLIER }, { $set: { reachable: false } });
    await addToWaitlist(21, { centerId: 'novokuznetsk-central' });
    const { entry } = await addToWaitlist(22, { centerId: 'novokuznetsk-central' });
    const group = await ClassGroupModel.create({
      courseId: 'basics', centerId: 'novokuznetsk-central', room: 'Зал 2', capacity: 8, timeOfDay: 'morning', librarianId: LIBRARIAN, createdAt: NOW,
    });
    await WaitlistEntryModel.updateOne({ _id: entry.id }, { $set: { status: 'enrolled', groupId: group._id, enrolledAt: NOW } });
  });
  afterAll(() => done());

  const bot = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  const tick = (t: TestBot, id: string) => broadcastProgressTick(telegramProgressChannel(t.bot.api, t.i18n), id, t.clock.now());
  const citizenTexts = (t: TestBot, id: number) => t.telegram.messagesTo(id).map((m) => m.text);

  describe('/broadcast', () => {
    beforeEach(async () => {
      await DeliveryModel.deleteMany({});
      await BroadcastModel.deleteMany({});
      await AuditEntryModel.deleteMany({}); // tests count their own audit entries
      await CitizenModel.updateMany({ _id: { $ne: BLOCKED_EARLIER } }, { $set: { reachable: true } });
    });

    it('points to /change in the preview of a text that moves or cancels a lesson, and only then (walk36 L4)', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/broadcast');
      await olga.press('Очереди центра');
      await olga.press(/^Кемерово: Областная/);
      await olga.press('Все курсы');
      await olga.text('Занятие в пятницу переносится на субботу, 5 декабря, в 11:00');
      expect(olga.lastText()).toBe(
        'Рассылка не меняет расписание и напоминания. Перенести или отменить занятие, сменить аудиторию — /change\n' +
          'Получат в Телеграме: 4. Заблокировали бота: 1 — им не придёт. Отправить?',
      );
      expect(olga.buttonLabels()).toEqual(['✓ Отправить', 'Назад', 'Отмена']);
      await olga.press('Назад');
      await olga.text('Библиотека закрыта 4 ноября.');
      expect(olga.lastText()).toBe('Получат в Телеграме: 4. Заблокировали бота: 1 — им не придёт. Отправить?');
      await olga.press('Отмена');
      expect(await BroadcastModel.countDocuments()).toBe(0);
      // The words at a word's start, in either language; not inside another word.
      for (const said of ['Занятие отменяется', 'Перенос занятия на субботу', 'Урок перенесли', 'ОТМЕНА занятия', 'The lesson is postponed', 'Class cancelled today']) {
        expect(speaksOfScheduleChange(said)).toBe(true);
      }
      for (const said of ['Возьмите с собой паспорт', 'Библиотека закрыта 4 ноября', 'Приходите без переносного компьютера']) {
        expect(speaksOfScheduleChange(said)).toBe(false);
      }
      expect(t.errors).toEqual([]);
    });

    it('previews exactly, counts recipients, sends through the outbox, skips the blocked and reports', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/broadcast');
      expect(olga.buttonLabels()).toEqual([
        'Участникам группы', 'Всем, кто учится в центре', 'Очереди центра', 'Всем в очередях (все центры)', 'Отмена',
      ]);
      await olga.press('Очереди центра');
      await olga.press(/^Кемерово: Областная/);
      await olga.press('Все курсы');
      await olga.text('x'.repeat(4097));
      // With the line saying who writes, the message must still fit Telegram's 4096 characters (probe s21 L8).
      expect(olga.lastText()).toMatch(/^Слишком длинно: вместе со строкой, кто пишет, в одно сообщение входит не больше 4\s?0\d\d знаков текста\. Сократите, пожалуйста\.$/);
      const limit = Number(/не больше ([\d\s]+) знаков/.exec(olga.lastText())![1]!.replace(/\s/g, ''));
      expect(`📢 Областная научная библиотека имени В. Д. Фёдорова, Кемерово:\n${'x'.repeat(limit)}`.length).toBeLessThanOrEqual(4096);
      const text = 'Библиотека закрыта 4 ноября. https://example.org';
      await olga.text(text);
      const from = olga.messages().length - 3;
      // The preview is what recipients get: the line saying who writes, then the text (probe s21 L8).
      expect(olga.textsSince(from)).toEqual([
        'Так сообщение увидят получатели:',
        `📢 Областная научная библиотека имени В. Д. Фёдорова, Кемерово:\n${text}`,
        'Получат в Телеграме: 4. Заблокировали бота: 1 — им не придёт. Отправить?',
      ]);
      const previewCall = t.telegram.callsOf('sendMessage').find((c) => c.payload.text === `📢 Областная научная библиотека имени В. Д. Фёдорова, Кемерово:\n${text}`)!;
      expect(previewCall.payload.parse_mode).toBeUndefined();
      expect(olga.buttonLabels()).toEqual(['✓ Отправить', 'Назад', 'Отмена']);

      // Back returns to the text; the new text is previewed again.
      await olga.press('Назад');
      expect(olga.lastText()).toBe('Напишите текст сообщения.');
      await olga.text(text);
      await olga.press('✓ Отправить');

      const broadcast = (await BroadcastModel.findOne().lean())!;
      expect(broadcast).toMatchObject({ authorId: COORDINATOR, status: 'sending', recipients: 5, unreachable: 1, text });
      expect(broadcast.audience).toMatchObject({ kind: 'center-waiting', centerId: 'kemerovo-regional' });
      const items = await DeliveryModel.find({ batchId: String(broadcast._id) }).lean();
      expect(items.map((i) => i.key).sort()).toEqual(KEMEROVO.map((id) => `bc:${broadcast._id}:${id}`).sort());
      expect(olga.lastText()).toBe('Рассылка: доставлено 0 из 5, заблокировали бота 1, ошибок 0.');
      expect(await AuditEntryModel.countDocuments({ actorId: COORDINATOR, action: 'broadcast.send' })).toBe(1);

      // Citizen 13 blocked the bot since; the worker marks them unreachable.
      t.telegram.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' }, { chatId: 13 });
      const report = await deliverAll(t);
      expect(report).toMatchObject({ delivered: 3, blocked: 1 });
      // Under a line saying who writes: the center, in the reader's language (walk s20 #30).
      expect(citizenTexts(t, 11)).toEqual([`📢 Областная научная библиотека имени В. Д. Фёдорова, Кемерово:\n${text}`]);
      expect(citizenTexts(t, BLOCKED_EARLIER)).toEqual([]);
      expect((await CitizenModel.findById(13).lean())!.reachable).toBe(false);

      expect(await tick(t, String(broadcast._id))).toBe(true);
      const progressMessage = olga.messages().find((m) => m.message_id === broadcast.progressMessageId)!;
      expect(progressMessage.text).toBe('Рассылка завершена. Итог — в сообщении ниже.');
      expect(olga.lastText()).toBe(
        '✅ Рассылка завершена.\nДоставлено: 3 из 5\nЗаблокировали бота: 2 (раньше: 1, во время рассылки: 1)\nНе доставлено из-за ошибок: 0',
      );
      expect((await BroadcastModel.findById(broadcast._id).lean())!.status).toBe('done');
      // A second tick (a re-run job) sends no second report.
      const sent = t.telegram.callsOf('sendMessage').length;
      expect(await tick(t, String(broadcast._id))).toBe(true);
      expect(t.telegram.callsOf('sendMessage')).toHaveLength(sent);
      expect(t.errors).toEqual([]);
    });

    it('lists only centers where the audience has someone, and refuses an empty audience before the text is typed', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/broadcast');
      await olga.press('Участникам группы');
      // Centers with an open group only (other tests of this file may open one at Kemerovo first): never Таштагол.
      expect(olga.buttonLabels()).toContain('Новокузнецк: Центральная городская библиотека имени Н. В. Гоголя');
      expect(olga.buttonLabels()).not.toContainEqual(expect.stringMatching(/^Таштагол: /));
      await olga.press('Назад');
      await olga.press('Очереди центра');
      expect(olga.buttonLabels()).not.toContainEqual(expect.stringMatching(/^Таштагол: /)); // nobody waits there
      await olga.press(/^Кемерово: Областная/);
      await olga.press('Госуслуги онлайн'); // nobody there waits for this course
      expect(olga.textsSince(olga.messages().length - 2)).toEqual([
        'В этой аудитории никого нет. Выберите другую.',
        'Кому отправить сообщение?',
      ]);
      expect(t.telegram.messagesTo(COORDINATOR).some((m) => /Напишите текст/.test(m.text ?? ''))).toBe(false);

      // A librarian whose one center has no open group is told so at once, with no center to pick.
      await StaffMemberModel.create({ _id: 710, displayName: 'Вера', centerIds: ['tashtagol-central'], addedBy: COORDINATOR });
      const vera = t.user({ id: 710, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/broadcast');
      await vera.press('Участникам группы');
      expect(vera.textsSince(vera.messages().length - 2)).toEqual([
        'Открытых групп пока нет ни в одном вашем центре. Выберите других получателей.',
        'Кому отправить сообщение?',
      ]);
    });

    it('tells the author how many recipients read the bot in English; Back lets them add a translation', async () => {
      const t = bot();
      await CitizenModel.updateOne({ _id: 21 }, { $set: { language: 'en' } });
      try {
        const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
        await anna.text('/broadcast');
        await anna.press('Очереди центра');
        await anna.press('Все курсы'); // her one center is not asked
        await anna.text('Занятия переносятся.');
        expect(anna.lastText()).toBe(
          'Рассылка не меняет расписание и напоминания. Перенести или отменить занятие, сменить аудиторию — /change\n' +
              'Выбрали английский язык: 1. Им придёт этот же текст; чтобы дописать перевод, нажмите «Назад».\nПолучат в Телеграме: 1. Отправить?',
        );
        await anna.press('Назад');
        await anna.text('Занятия переносятся.\nClasses are moved.');
        expect(anna.buttonLabels()).toContain('✓ Отправить');
        // The line saying who writes is in the reader's language.
        await anna.press('✓ Отправить');
        await deliverAll(t);
        expect(citizenTexts(t, 21)).toEqual(['📢 Gogol Central City Library, Novokuznetsk:\nЗанятия переносятся.\nClasses are moved.']);
      } finally {
        await CitizenModel.updateOne({ _id: 21 }, { $unset: { language: 1 } });
      }
    });

    it('edits one progress message while sending', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/broadcast');
      await olga.press('Всем в очередях (все центры)');
      await olga.text('Всем привет');
      expect(olga.lastText()).toBe('Получат в Телеграме: 5. Заблокировали бота: 1 — им не придёт. Отправить?');
      await olga.press('✓ Отправить');
      const broadcast = (await BroadcastModel.findOne().lean())!;
      expect(t.followedBroadcasts).toEqual([String(broadcast._id)]); // the progress job was started
      expect(await tick(t, String(broadcast._id))).toBe(false);
      await deliverAll(t, { batchSize: 2 });
      expect(await tick(t, String(broadcast._id))).toBe(true);
      const edits = t.telegram.callsOf('editMessageText').filter((c) => c.payload.message_id === broadcast.progressMessageId);
      expect(new Set(edits.map((e) => e.payload.chat_id))).toEqual(new Set([COORDINATOR]));
      expect(edits.at(-1)!.payload.text).toBe('Рассылка завершена. Итог — в сообщении ниже.');
    });

    it('a Send pressed again after the bot stopped half-way sends nothing twice, and the preview shows the progress (probe s20 F13)', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/broadcast');
      await olga.press('Всем в очередях (все центры)');
      await olga.text('Завтра закрыто');
      const preview = olga.messages().at(-1)!;
      const data = (preview.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      // The flow as stored before the press: what a process that stopped half-way through Send leaves behind.
      const stored = await ConversationStateModel.find({}).lean();
      await olga.press('✓ Отправить');
      expect(await BroadcastModel.countDocuments()).toBe(1);
      expect(olga.lastText()).toBe('Рассылка: доставлено 0 из 6, заблокировали бота 1, ошибок 0.');
      // The answer never came (the process stopped): the person presses Send again, on the flow as it was stored.
      for (const row of stored) await ConversationStateModel.replaceOne({ _id: row._id }, row, { upsert: true });
      await olga.pressData(data, preview);
      expect(await BroadcastModel.countDocuments()).toBe(1);
      expect(await DeliveryModel.countDocuments({ key: /^bc:/ })).toBe(5);
      expect(await AuditEntryModel.countDocuments({ action: 'broadcast.send' })).toBe(1);
      const broadcast = (await BroadcastModel.findOne().lean())!;
      expect(broadcast.progressChatId).toBe(COORDINATOR);
      expect(olga.messages().find((m) => m.message_id === broadcast.progressMessageId)!.text).toBe('Рассылка: доставлено 0 из 6, заблокировали бота 1, ошибок 0.');
      // Everyone waiting: the line above the text names the program.
      await deliverAll(t);
      expect(citizenTexts(t, 11)).toEqual(['📢 «Твой курс»:\nЗавтра закрыто']);
    });

    it('a message naming a room points to /change, which changes the room in the reminders too (walk40 M1)', async () => {
      const t = bot();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/broadcast');
      await anna.press('Участникам группы');
      await anna.press('Основы компьютерной грамотности · Утром · Зал 2');
      await anna.text('Со среды занятия в малом зале, второй этаж.');
      expect(anna.lastText()).toBe('Рассылка не меняет расписание и напоминания. Перенести или отменить занятие, сменить аудиторию — /change\n' + 'Получат в Телеграме: 1. Отправить?');
      await anna.press('Отмена');
      expect(t.errors).toEqual([]);
    });

    it('sends to one group of a librarian\'s center; a librarian cannot target another center', async () => {
      const t = bot();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/broadcast');
      expect(anna.buttonLabels()).not.toContain('Всем в очередях (все центры)');
      await anna.pressForged('3'); // "all waiting lists", offered to coordinators only
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      await anna.press('Участникам группы');
      // Her one center is not asked: the groups of her center come at once, and a forged choice beyond them does nothing.
      expect(anna.buttonLabels()).toEqual(['Основы компьютерной грамотности · Утром · Зал 2', 'Назад', 'Отмена']);
      await anna.pressForged('1');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      await anna.press('Назад');
      expect(anna.buttonLabels()).toContain('Участникам группы');
      await anna.press('Участникам группы');
      await anna.press('Основы компьютерной грамотности · Утром · Зал 2');
      await anna.text('Занятие переносится на среду.');
      expect(anna.lastText()).toBe('Рассылка не меняет расписание и напоминания. Перенести или отменить занятие, сменить аудиторию — /change\n' + 'Получат в Телеграме: 1. Отправить?');
      await anna.press('✓ Отправить');
      await deliverAll(t);
      expect(citizenTexts(t, 22)).toEqual(['📢 Центральная городская библиотека имени Н. В. Гоголя, Новокузнецк:\nЗанятие переносится на среду.']);
      expect(citizenTexts(t, 21)).toEqual([]);

      // The domain refuses too, whatever the bot layer was tricked into.
      const role = { kind: 'librarian' as const, centerIds: ['novokuznetsk-central'] };
      const forged = [
        { kind: 'center-waiting' as const, centerId: 'kemerovo-regional' },
        { kind: 'all-waiting' as const },
      ];
      for (const audience of forged) {
        expect(await createBroadcast({ authorId: LIBRARIAN, authorLocale: 'ru', role, audience, text: 'x' }, NOW)).toEqual({ ok: false, reason: 'not-allowed' });
      }
      // A group of another center named with the librarian's own center reaches nobody.
      const other = await ClassGroupModel.create({ courseId: 'basics', centerId: 'kemerovo-regional', room: '1', capacity: 5, timeOfDay: 'evening', librarianId: 1, createdAt: NOW });
      expect(
        await createBroadcast({ authorId: LIBRARIAN, authorLocale: 'ru', role, audience: { kind: 'group', centerId: 'novokuznetsk-central', groupId: String(other._id) }, text: 'x' }, NOW),
      ).toEqual({ ok: false, reason: 'empty' });
      expect(await BroadcastModel.countDocuments()).toBe(1);
    });

    it('refuses a citizen on the command and on replayed staff callback data', async () => {
      const t = bot();
      const ivan = t.user({ id: 11, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/broadcast');
      expect(ivan.lastText()).toBe('Эта команда только для сотрудников библиотеки.');
      for (const data of ['c:all-waiting', 'c:confirm', 'c:kemerovo-regional', 'st:all']) await ivan.pressData(data);
      expect(await BroadcastModel.countDocuments()).toBe(0);
      expect(await DeliveryModel.countDocuments()).toBe(0);
      expect(t.telegram.callsOf('sendMessage').filter((c) => c.payload.chat_id !== 11)).toEqual([]);
    });

    it('resumes an interrupted broadcast with nothing lost, and two workers never both send an item', async () => {
      const t = bot();
      const role = { kind: 'coordinator' as const };
      const created = await createBroadcast({ authorId: COORDINATOR, authorLocale: 'ru', role, audience: { kind: 'all-waiting' }, text: 'Снова' }, NOW);
      if (!created.ok) throw new Error('not created');
      // A sender died mid-batch: it had sent (and journalled) the first two; its lease ran out.
      const items = await DeliveryModel.find({ batchId: created.id }).sort({ citizenId: 1 }).lean();
      await sentJournal().insertMany(items.slice(0, 2).map((i) => ({ _id: i._id, at: NOW })));
      await new SenderLease('dead-process', () => new Date(NOW.getTime() - 120_000), 15_000).acquire();
      t.clock.advance(1000);
      const [a, b] = await Promise.all([
        drainOutbox(t.senderDeps, { workerId: 'worker-a', timer: new VirtualTimer() }),
        drainOutbox(t.senderDeps, { workerId: 'worker-b', timer: new VirtualTimer() }),
      ]);
      expect(a.delivered + b.delivered).toBe(3);
      expect([a.leaseBusy, b.leaseBusy].sort()).toEqual([false, true]);
      const sends = t.telegram.callsOf('sendMessage').map((c) => c.payload.chat_id as number).sort();
      expect(sends).toEqual([13, 14, 21]); // each once: nobody got it twice, nobody was lost
      expect(await DeliveryModel.countDocuments({ batchId: created.id, status: { $ne: 'delivered' } })).toBe(0);
      // The dead sender's last counts were lost with it: once the counters are quiet, the report is checked against the ledger.
      t.clock.advance(30_000);
      expect(await tick(t, created.id)).toBe(true);
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, testOffers } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from './fixtures.js';
import { TestClock } from '../helpers/test-bot.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { revokeLibrarian } from '../../src/domain/staff.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

describe('staff-leaving', () => {
  useSampleDataPerTest();

  const COORDINATOR = 940;

  /** W22-27: a librarian whose rights are taken away leaves groups, calls and maybe a center with nobody. */
  describe('/staff: revoking a librarian says what she leaves and hands it over', () => {
    it('the confirmation counts her groups, calls and lone centers; her groups go on, and offers name who is left', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      const now = t.clock.now();
      await librarian(4701, 'Светлана', ['kemerovo-regional', 'yurga-central']);
      await librarian(4702, 'Наталья', ['kemerovo-regional']);
      await paperPerson(-(2 ** 49 + 4701), { name: 'Смирнова', phone: '+79230004701', joinedAt: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(4711, { at: new Date('2026-10-02T03:00:00Z') });
      await addToWaitlist(4712, { at: new Date('2026-10-03T03:00:00Z'), courseId: 'basics', centerId: 'yurga-central' });
      const kemerovo = await groupWithOffers(now, { actorId: 4701, capacity: 3 });
      const yurga = await groupWithOffers(now, { actorId: 4701, capacity: 2, centerId: 'yurga-central' });
      expect(await CallTaskModel.countDocuments({ kind: 'offer', status: 'open' })).toBe(1);

      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Светлана');
      const confirm = coordinator.lastText();
      expect(confirm).toContain('Светлана: отозвать права библиотекаря?');
      expect(confirm).toContain('Открытых групп: 2. В сообщениях участникам');
      expect(confirm).toContain('\nКто получит группы: Наталья, вы.');
      expect(confirm).toContain('Ждут звонка: 1.');
      expect(confirm).toContain('Без библиотекаря останется: Юрга, Центральная городская библиотека.');
      expect(confirm).not.toContain('Кемерово');
      await coordinator.press('Да');
      expect(coordinator.lastText()).toBe('Права отозваны: Светлана.\nПередано групп: 2. Кому какие — в /classes.');
      expect((await ClassGroupModel.findById(kemerovo.id).lean())?.librarianId).toBe(4702);
      expect((await ClassGroupModel.findById(yurga.id).lean())?.librarianId).toBe(COORDINATOR);

      // Наталья is told; the next person offered a seat at Kemerovo is sent to her, at Юрга to the center's phone.
      await deliverAll(t);
      expect(t.user({ id: 4702, first_name: 'Наталья', language_code: 'ru' }).lastText()).toMatch(/^Светлана больше не ведёт эту группу, теперь её ведёте вы:\n• «Основы компьютерной грамотности», Кемерово, .*\nГруппы — в \/classes, звонки — в \/calls\.$/);
      await addToWaitlist(4713, { at: new Date('2026-10-04T03:00:00Z') });
      await addToWaitlist(4714, { at: new Date('2026-10-04T03:00:00Z'), centerId: 'yurga-central' });
      await offerFreeSeats(kemerovo.id, now, testOffers());
      await offerFreeSeats(yurga.id, now, testOffers());
      await deliverAll(t);
      const offer = (id: number) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }).lastText();
      expect(offer(4713)).toContain('Вопросы: Наталья, телефон +7 3842 36-42-90');
      expect(offer(4714)).toMatch(/Вопросы: телефон \+7/);
      expect(offer(4714)).not.toContain('Светлана');
      expect(t.errors).toEqual([]);
    });

    it('the coordinator chooses who takes her groups: the default first, another librarian of the center, or herself', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4741, 'Светлана', ['kemerovo-regional']);
      await librarian(4742, 'Наталья', ['kemerovo-regional']);
      await librarian(4743, 'Ирина', ['kemerovo-regional', 'yurga-central']);
      await librarian(4744, 'Вера', ['yurga-central']); // not of her center: not offered
      const first = await groupWithOffers(t.clock.now(), { actorId: 4741, capacity: 2 });
      const second = await groupWithOffers(t.clock.now(), { actorId: 4741, capacity: 2, courseId: 'internet' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Светлана');
      expect(coordinator.lastText()).toContain('\nКто получит группы: Наталья.');
      await coordinator.press('👤 Передать группы другому');
      expect(coordinator.lastText()).toBe('Открытых групп, которые ведёт Светлана: 2. Кому их передать? Можно выбрать библиотекаря тех же центров или себя.');
      expect(coordinator.buttonLabels()).toEqual(['Наталья — как предложено', 'Ирина', 'Себе', 'Назад']);
      await coordinator.press('Ирина');
      expect(coordinator.lastText()).toContain('\nКто получит группы: Ирина.');
      expect(coordinator.lastText()).toMatch(/^Светлана: отозвать права библиотекаря\?/);
      await coordinator.press('Да');
      expect(coordinator.lastText()).toBe('Права отозваны: Светлана.\nПередано групп: 2. Кому какие — в /classes.');
      for (const group of [first, second]) expect((await ClassGroupModel.findById(group.id).lean())?.librarianId).toBe(4743);
      await deliverAll(t);
      expect(t.user({ id: 4743, first_name: 'Ирина', language_code: 'ru' }).lastText()).toMatch(/^Светлана больше не ведёт эти группы, теперь их ведёте вы:\n• «Основы компьютерной грамотности», .*\n• «Интернет и электронная почта», .*\nГруппы — в \/classes/);
      expect(t.user({ id: 4742, first_name: 'Наталья', language_code: 'ru' }).messages()).toHaveLength(0);

      // Ирина leaves too: the coordinator keeps her groups himself.
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Ирина');
      await coordinator.press('👤 Передать группы другому');
      await coordinator.press('Себе');
      expect(coordinator.lastText()).toContain('\nКто получит группы: вы.');
      await coordinator.press('Да');
      for (const group of [first, second]) expect((await ClassGroupModel.findById(group.id).lean())?.librarianId).toBe(COORDINATOR);
      // Nobody else could take a group: no choice to offer.
      await groupWithOffers(t.clock.now(), { actorId: 4744, capacity: 1, centerId: 'yurga-central' });
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Вера');
      expect(coordinator.lastText()).toContain('\nКто получит группы: вы.');
      expect(coordinator.buttonLabels()).toEqual(['Да', 'Нет']);
      expect(t.errors).toEqual([]);
    });

    it('probe25 L9: the chosen librarian lost the center before "Да": the coordinator is told and asked again, nothing moves', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4751, 'Светлана', ['kemerovo-regional']);
      await librarian(4752, 'Наталья', ['kemerovo-regional']);
      await librarian(4753, 'Ирина', ['kemerovo-regional', 'yurga-central']);
      const group = await groupWithOffers(t.clock.now(), { actorId: 4751, capacity: 2 });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Светлана');
      await coordinator.press('👤 Передать группы другому');
      await coordinator.press('Ирина');
      expect(coordinator.lastText()).toContain('\nКто получит группы: Ирина.');
      // Meanwhile (another coordinator, another message) Ирина keeps only Юрга.
      await StaffMemberModel.updateOne({ _id: 4753 }, { $set: { centerIds: ['yurga-central'] } });
      await coordinator.press('Да');
      const answer = t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload as { text?: string } | undefined;
      expect(answer?.text).toBe('Выбор пришлось изменить. Проверьте, кто получит группы, и нажмите «Да» ещё раз.');
      expect(coordinator.lastText()).toMatch(/^Светлана: отозвать права библиотекаря\?/);
      expect(coordinator.lastText()).toContain('Ирина больше не работает в центре этих групп и не может их получить.\nКто получит группы: Наталья.');
      expect((await ClassGroupModel.findById(group.id).lean())?.librarianId).toBe(4751);
      expect((await StaffMemberModel.findById(4751).lean())?.centerIds).toEqual(['kemerovo-regional']);
      // "Да" again: the groups go to the one now named.
      await coordinator.press('Да');
      expect(coordinator.lastText()).toBe('Права отозваны: Светлана.\nПередано групп: 1. Кому какие — в /classes.');
      expect((await ClassGroupModel.findById(group.id).lean())?.librarianId).toBe(4752);
      expect(t.errors).toEqual([]);
    });

    it('a group of a librarian revoked earlier names another librarian of the center, not her', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
      const now = t.clock.now();
      await librarian(4721, 'Светлана', []);
      await librarian(4722, 'Ольга', ['kemerovo-regional']);
      await addToWaitlist(4731);
      await groupWithOffers(now, { actorId: 4721 });
      await deliverAll(t);
      expect(t.user({ id: 4731, first_name: 'U', language_code: 'ru' }).lastText()).toContain('Вопросы: Ольга, телефон');
      expect(await StaffMemberModel.countDocuments()).toBe(2);
      expect(t.errors).toEqual([]);
    });

    /** Probe s23 H1: a reminder's "Не смогу" for the group, told to whoever runs it after. */
    async function cannotCome(t: ReturnType<typeof createTestBot>, citizenId: number) {
      t.clock.current = new Date('2026-11-30T11:00:00Z');
      await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
      await deliverAll(t);
      await t.user({ id: citizenId, first_name: 'Иван', language_code: 'ru' }).press('Не смогу');
      await deliverAll(t);
    }

    it('a librarian moved to another center in /staff leaves her groups there to its other librarian', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4741, 'Анна', ['novokuznetsk-central']);
      await librarian(4742, 'Вера', ['novokuznetsk-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [{ id: 4751 }], { actorId: 4741 });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('➕ Добавить библиотекаря');
      await coordinator.press('🔢 По номеру в Телеграме');
      await coordinator.text('4741');
      await coordinator.press(/^Новокузнецк:.* — выбрано$/);
      await coordinator.press(/^Юрга:/);
      await coordinator.press('✓ Готово');
      await coordinator.press('Вера — как предложено');
      expect(coordinator.lastText()).toMatch(/\nГруппа передана:\n• «Основы компьютерной грамотности», Новокузнецк, .* — Вера$/);
      expect((await ClassGroupModel.findById(groupId).lean())?.librarianId).toBe(4742);
      await cannotCome(t, 4751);
      expect(t.telegram.messagesTo(4742).map((m) => m.text)).toContainEqual(expect.stringContaining('Участник 4751 не сможет прийти'));
      expect(t.telegram.messagesTo(4741).map((m) => m.text).join('\n')).not.toContain('не сможет прийти');
      expect(t.errors).toEqual([]);
    });

    /** Closing s22 leftover: unticking one of her centers handed her groups there to the default, with no picker. */
    async function untick(coordinator: ReturnType<ReturnType<typeof createTestBot>['user']>, userId: number, ...centers: RegExp[]) {
      await coordinator.text('/staff');
      await coordinator.press('➕ Добавить библиотекаря');
      await coordinator.press('🔢 По номеру в Телеграме');
      await coordinator.text(String(userId));
      for (const center of centers) await coordinator.press(center);
      await coordinator.press('✓ Готово');
    }

    it('unticking one of her centers asks who takes her groups there: only that center\'s librarians, or the coordinator; the chosen one is told', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4761, 'Анна', ['leninsk-central', 'osinniki-central']);
      await librarian(4762, 'Вера', ['leninsk-central']);
      await librarian(4763, 'Зоя', ['leninsk-central', 'berezovsky-central']);
      await librarian(4764, 'Ирина', ['osinniki-central']);
      const leninsk = await groupWithOffers(t.clock.now(), { actorId: 4761, centerId: 'leninsk-central' });
      const osinniki = await groupWithOffers(t.clock.now(), { actorId: 4761, centerId: 'osinniki-central' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await untick(coordinator, 4761, /^Ленинск-Кузнецкий:.* — выбрано$/);
      expect(coordinator.lastText()).toBe(
        'Анна больше не будет работать здесь: Ленинск-Кузнецкий, Центральная библиотека имени Н. А. Островского. Открытых групп, которые Анна ведёт там: 1. Кому её передать? Можно выбрать библиотекаря этого центра или себя.',
      );
      expect(coordinator.buttonLabels().slice(0, 3)).toEqual(['Вера — как предложено', 'Зоя', 'Себе']);
      expect(coordinator.buttonLabels()).not.toContain('Ирина');
      await coordinator.press('Зоя');
      expect(coordinator.lastText()).toContain('Группа передана:\n• «Основы компьютерной грамотности», Ленинск-Кузнецкий');
      expect((await ClassGroupModel.findById(leninsk.id).lean())?.librarianId).toBe(4763);
      expect((await ClassGroupModel.findById(osinniki.id).lean())?.librarianId).toBe(4761);
      expect((await StaffMemberModel.findById(4761).lean())?.centerIds).toEqual(['osinniki-central']);
      await deliverAll(t);
      expect(t.telegram.messagesTo(4763).map((m) => m.text)).toContainEqual(expect.stringMatching(/^Анна больше не ведёт эту группу, теперь её ведёте вы:\n• «Основы компьютерной грамотности», Ленинск-Кузнецкий/));
      expect(t.telegram.messagesTo(4762)).toHaveLength(0);
      expect(t.errors).toEqual([]);
    });

    it('unticking: the chosen one lost the center meanwhile: the coordinator is told and asked again, nothing moves; with nobody else there, she is told the groups are hers', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4771, 'Анна', ['anzhero-central', 'mezhdurechensk-central']);
      await librarian(4772, 'Вера', ['anzhero-central']);
      await librarian(4773, 'Зоя', ['anzhero-central']);
      const anzhero = await groupWithOffers(t.clock.now(), { actorId: 4771, centerId: 'anzhero-central' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await untick(coordinator, 4771, /^Анжеро-Судженск:.* — выбрано$/);
      // Meanwhile (another coordinator) Зоя loses the center.
      await StaffMemberModel.updateOne({ _id: 4773 }, { $set: { centerIds: ['yurga-central'] } });
      await coordinator.press('Зоя');
      expect(coordinator.lastText()).toMatch(/^Зоя больше не работает в центре этих групп и не может их получить\.\n\nАнна больше не будет работать здесь: Анжеро-Судженск/);
      expect(coordinator.buttonLabels()).not.toContain('Зоя');
      expect((await ClassGroupModel.findById(anzhero.id).lean())?.librarianId).toBe(4771);
      expect((await StaffMemberModel.findById(4771).lean())?.centerIds).toEqual(['anzhero-central', 'mezhdurechensk-central']);
      await coordinator.press('Вера — как предложено');
      expect((await ClassGroupModel.findById(anzhero.id).lean())?.librarianId).toBe(4772);
      expect((await StaffMemberModel.findById(4771).lean())?.centerIds).toEqual(['mezhdurechensk-central']);

      // Nobody else at Междуреченск: no question, said in the result; the group goes to the coordinator.
      const mezhdurechensk = await groupWithOffers(t.clock.now(), { actorId: 4771, centerId: 'mezhdurechensk-central' });
      await librarian(4774, 'Ольга', ['kiselyovsk-central']);
      await untick(coordinator, 4771, /^Междуреченск:.* — выбрано$/, /^Киселёвск:/);
      expect(coordinator.lastText()).toContain('Других библиотекарей здесь нет: Междуреченск, Центральная городская библиотека. Открытую группу, которую там ведёт Анна, получите вы:\n• «Основы компьютерной грамотности», Междуреченск');
      expect((await ClassGroupModel.findById(mezhdurechensk.id).lean())?.librarianId).toBe(COORDINATOR);
      expect(t.errors).toEqual([]);
    });

    it('fix28b bare ids: librarians added by number with no name yet read as "4792 (имя пока неизвестно)", and get their Telegram name at their next staff command', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      // Added by Telegram number after they had opened the bot: no /start since, so no name.
      await StaffMemberModel.create([
        { _id: 4791, centerIds: ['prokopyevsk-central', 'mariinsk-central'], addedBy: COORDINATOR },
        { _id: 4792, centerIds: ['prokopyevsk-central'], addedBy: COORDINATOR },
        { _id: 4793, centerIds: ['prokopyevsk-central'], addedBy: COORDINATOR },
      ]);
      await groupWithOffers(t.clock.now(), { actorId: 4791, centerId: 'prokopyevsk-central' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      expect(coordinator.lastText()).toContain('• имя пока неизвестно (номер в Телеграме 4791):');
      await coordinator.press('✖ Отозвать: 4791 (имя пока неизвестно)');
      expect(coordinator.lastText()).toContain('4791 (имя пока неизвестно): отозвать права библиотекаря?');
      expect(coordinator.lastText()).toContain('Кто получит группы: 4792 (имя пока неизвестно).');
      await coordinator.press('👤 Передать группы другому');
      expect(coordinator.buttonLabels().slice(0, 3)).toEqual(['4792 (имя пока неизвестно) — как предложено', '4793 (имя пока неизвестно)', 'Себе']);

      // Нина writes a staff command: her Telegram name is taken; the unticking picker (the scene) then names her.
      await t.user({ id: 4792, first_name: 'Нина', last_name: 'Петрова', language_code: 'ru' }).text('/classes');
      expect((await StaffMemberModel.findById(4792).lean())?.displayName).toBe('Нина Петрова');
      await untick(coordinator, 4791, /^Прокопьевск:.* — выбрано$/);
      expect(coordinator.lastText()).toMatch(/^4791 \(имя пока неизвестно\) больше не будет работать здесь: Прокопьевск/);
      expect(coordinator.buttonLabels().slice(0, 3)).toEqual(['Нина Петрова — как предложено', '4793 (имя пока неизвестно)', 'Себе']);
      expect(t.errors).toEqual([]);
    });

    it('groups left with a revoked librarian by a restart are handed over: at the notice, and by the offers job', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4761, 'Ольга', ['yurga-central']);
      await librarian(4762, 'Нина', ['yurga-central']);
      await librarian(4763, 'Ирина', ['belovo-central']);
      const yurga = await groupWithParticipants(t.clock.now(), [{ id: 4771 }], { actorId: 4761, centerId: 'yurga-central' });
      const belovo = await groupWithParticipants(t.clock.now(), [], { actorId: 4763, centerId: 'belovo-central' });
      const own = await groupWithParticipants(t.clock.now(), [], { actorId: COORDINATOR, centerId: 'belovo-central' });
      // What a kill right after revokeLibrarian leaves: no hand-over.
      expect(await revokeLibrarian(COORDINATOR, 4761, t.clock.now())).toBe(true);
      expect(await revokeLibrarian(COORDINATOR, 4763, t.clock.now())).toBe(true);
      await cannotCome(t, 4771);
      expect(t.telegram.messagesTo(4762).map((m) => m.text)).toContainEqual(expect.stringContaining('Участник 4771 не сможет прийти'));
      expect(t.telegram.messagesTo(4761).map((m) => m.text).join('\n')).not.toContain('не сможет прийти');
      expect((await ClassGroupModel.findById(yurga.groupId).lean())?.librarianId).toBe(4762);
      expect((await ClassGroupModel.findById(belovo.groupId).lean())?.librarianId).toBe(4763);
      await runOffersJob(t.deps);
      expect((await ClassGroupModel.findById(own.groupId).lean())?.librarianId).toBe(COORDINATOR);
      // Белово has no librarian: its group (and its call cards, which fall back to the group's librarian) go to the coordinator.
      expect((await ClassGroupModel.findById(belovo.groupId).lean())?.librarianId).toBe(COORDINATOR);
      expect(t.errors).toEqual([]);
    });
  });

  describe('groups of someone the bot knows no name of', () => {
    it('are handed over with a message that names nobody, never a bare Telegram id', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 4781, displayName: 'Наталья', centerIds: ['tashtagol-central'], addedBy: 900 });
      await groupWithOffers(t.clock.now(), { centerId: 'tashtagol-central', actorId: 4780 }); // made by someone no longer staff
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(t.user({ id: 4781, first_name: 'Наталья', language_code: 'ru' }).lastText()).toBe(
        'Вам переданы группы библиотекаря, который больше не работает в этом центре: 1. Они в /classes, звонки — в /calls.',
      );
      expect(t.errors).toEqual([]);
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { groupWithOffers } from './fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

describe('staff-centers', () => {
  useSampleDataPerTest();

  const COORDINATOR = 960;
  const KEMEROVO = 'Кемерово, Областная научная библиотека имени В. Д. Фёдорова';
  const OSINNIKI = 'Осинники, Центральная городская библиотека';

  /** walk28 W28-13, W28-14, W28-16: a librarian's centers changed from /staff. */
  describe('/staff: changing a librarian\'s centers', () => {
    it('W28-14: «✎ Центры: Ольга» opens her centers named for her; the answer names her and the hand-over, without the /start advice', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4961, 'Ольга', ['kemerovo-regional', 'osinniki-central']);
      await librarian(4962, 'Марина', ['osinniki-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [], { actorId: 4961, centerId: 'osinniki-central', courseId: 'safe-internet' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      expect(coordinator.buttonLabels()).toEqual(expect.arrayContaining(['✎ Центры: Ольга', '✖ Отозвать: Ольга', '✎ Центры: Марина']));
      await coordinator.press('✎ Центры: Ольга');
      expect(coordinator.lastText()).toBe('Где работает Ольга: отметьте центры и нажмите «Готово».');
      await coordinator.press(/^Осинники:.* — выбрано$/);
      await coordinator.press('✓ Готово');
      // W28-15: her name, one group: «её».
      expect(coordinator.lastText()).toBe(
        `Ольга больше не будет работать здесь: ${OSINNIKI}. Открытых групп, которые Ольга ведёт там: 1. Кому её передать? Можно выбрать библиотекаря этого центра или себя.`,
      );
      await coordinator.press('Марина — как предложено');
      expect(coordinator.lastText()).toBe(
        `Готово. Где работает Ольга: ${KEMEROVO}.\nГруппа передана:\n• «Безопасный интернет», ${OSINNIKI}, с 1 декабря, вторник, 10:00 — Марина`,
      );
      expect((await ClassGroupModel.findById(groupId).lean())?.librarianId).toBe(4962);
      expect((await StaffMemberModel.findById(4961).lean())?.centerIds).toEqual(['kemerovo-regional']);
      expect(t.errors).toEqual([]);
    });

    it('W28-13/W28-16: she is told what she lost and who runs her group there, not welcomed; her roster of that center closes; the one who got it is told which group', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4971, 'Ольга', ['kemerovo-regional', 'osinniki-central']);
      await librarian(4972, 'Марина', ['osinniki-central']);
      await groupWithParticipants(t.clock.now(), [{ id: 4981 }], { actorId: 4971, centerId: 'osinniki-central', courseId: 'safe-internet' });
      // Her roster of the group, naming its participant.
      const olga = t.user({ id: 4971, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/classes');
      await olga.press(/Безопасный интернет/);
      const roster = olga.messages().at(-1)!;
      expect(roster.text).toContain('4981');
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✎ Центры: Ольга');
      await coordinator.press(/^Осинники:.* — выбрано$/);
      await coordinator.press('✓ Готово');
      await coordinator.press('Марина — как предложено');
      await deliverAll(t);
      const told = t.telegram.messagesTo(4971).map((m) => m.text ?? '');
      expect(told.join('\n')).not.toContain('Вас назначили библиотекарем');
      expect(told).toContain(
        `Вы больше не работаете здесь: ${OSINNIKI}.\nКто теперь ведёт вашу группу там:\n• «Безопасный интернет», ${OSINNIKI}, с 1 декабря, вторник, 10:00 — Марина\nВаши центры: ${KEMEROVO}.`,
      );
      const closed = t.telegram.messagesTo(4971).find((m) => m.message_id === roster.message_id)!;
      expect(closed.text).toBe('Список закрыт: вы больше не работаете в этом центре. Открыть снова: /classes');
      expect(closed.reply_markup?.inline_keyboard ?? []).toEqual([]);
      expect(t.telegram.messagesTo(4972).map((m) => m.text)).toContain(
        `Ольга больше не ведёт эту группу, теперь её ведёте вы:\n• «Безопасный интернет», ${OSINNIKI}, с 1 декабря, вторник, 10:00\nГруппы — в /classes, звонки — в /calls.`,
      );
      expect(t.errors).toEqual([]);
    });

    it('W28-13: her call card of a center she left closes; another center\'s card stays', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4975, 'Ольга', ['kemerovo-regional', 'osinniki-central']);
      await librarian(4976, 'Марина', ['osinniki-central']);
      await paperPerson(-(2 ** 49 + 4975), { name: 'Орлова Галина', phone: '+79130004975', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'safe-internet', centerId: 'osinniki-central' });
      await paperPerson(-(2 ** 49 + 4976), { name: 'Смирнова Анна', phone: '+79130004976', joinedAt: new Date('2026-10-01T03:00:00Z') });
      await groupWithOffers(t.clock.now(), { actorId: 4976, centerId: 'osinniki-central', courseId: 'safe-internet' });
      await groupWithOffers(t.clock.now(), { actorId: 4975 });
      const olga = t.user({ id: 4975, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/calls');
      await olga.press(/Орлова Галина/);
      const osinnikiCard = olga.messages().at(-1)!;
      await olga.text('/calls');
      await olga.press(/Смирнова Анна/);
      const kemerovoCard = olga.messages().at(-1)!;
      expect(osinnikiCard.text).toContain('+7 913 000-49-75');
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✎ Центры: Ольга');
      await coordinator.press(/^Осинники:.* — выбрано$/);
      await coordinator.press('✓ Готово');
      await deliverAll(t);
      const now = (id: number) => t.telegram.messagesTo(4975).find((m) => m.message_id === id)!;
      expect(now(osinnikiCard.message_id).text).toBe('Список закрыт: вы больше не работаете в этом центре.');
      expect(now(osinnikiCard.message_id).reply_markup?.inline_keyboard ?? []).toEqual([]);
      expect(now(kemerovoCard.message_id).text).toBe(kemerovoCard.text);
      expect(t.errors).toEqual([]);
    });

    it('W28-13: a center added is said as such; a new librarian still gets the welcome', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(4991, 'Ольга', ['kemerovo-regional']);
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✎ Центры: Ольга');
      await coordinator.press(/^Осинники:/);
      await coordinator.press('✓ Готово');
      expect(coordinator.lastText()).toBe(`Готово. Где работает Ольга: ${KEMEROVO}; ${OSINNIKI}.`);
      await deliverAll(t);
      expect(t.user({ id: 4991, first_name: 'Ольга', language_code: 'ru' }).lastText()).toBe(`Теперь вы работаете и здесь: ${OSINNIKI}.\nВаши центры: ${KEMEROVO}; ${OSINNIKI}.`);
      const zoya = t.user({ id: 4992, first_name: 'Зоя', language_code: 'ru' });
      await zoya.text('/start');
      await coordinator.press('➕ Добавить библиотекаря');
      await coordinator.press('🔢 По номеру в Телеграме');
      await coordinator.text('4992');
      expect(coordinator.lastText()).toBe('Выберите центры сотрудника и нажмите «Готово».');
      await coordinator.press(/^Осинники:/);
      await coordinator.press('✓ Готово');
      expect(coordinator.lastText()).toBe(`Готово: Зоя теперь библиотекарь (${OSINNIKI}).`); // she opened the bot (W29-03)
      await deliverAll(t);
      expect(zoya.lastText()).toMatch(/^Вас назначили библиотекарем: Осинники/);
      expect(t.errors).toEqual([]);
    });
  });

  describe('/staff: unticking a center where she runs groups (walk28 W28-15)', () => {
    it('names her, not «Её», and says «её» for one group, «их» for more (ru and en)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: `${COORDINATOR},961` } });
      await librarian(4995, 'Сергей', ['kemerovo-regional', 'osinniki-central']);
      await librarian(4996, 'Марина', ['osinniki-central']);
      await groupWithOffers(t.clock.now(), { actorId: 4995, centerId: 'osinniki-central' });
      await groupWithOffers(t.clock.now(), { actorId: 4995, centerId: 'osinniki-central', courseId: 'safe-internet' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✎ Центры: Сергей');
      await coordinator.press(/^Осинники:.* — выбрано$/);
      await coordinator.press('✓ Готово');
      expect(coordinator.lastText()).toBe(
        `Сергей больше не будет работать здесь: ${OSINNIKI}. Открытых групп, которые Сергей ведёт там: 2. Кому их передать? Можно выбрать библиотекаря этого центра или себя.`,
      );
      const english = t.user({ id: 961, first_name: 'Mary', language_code: 'en' });
      await english.text('/staff');
      await english.press('✎ Centers: Сергей');
      await english.press(/^Osinniki:.* — selected$/);
      await english.press('✓ Done');
      expect(english.lastText()).toBe(
        'Сергей will no longer work here: Osinniki, Central City Library. Open groups Сергей runs there: 2. Who should take them? You can choose a librarian of this center, or yourself.',
      );
      expect(t.errors).toEqual([]);
    });
  });

  describe('/staff: a librarian who had opened the bot before being added (walk28 W28-25)', () => {
    it('reads with her Telegram name at once, not «имя пока неизвестно»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await t.user({ id: 4998, first_name: 'Kate', language_code: 'ru' }).text('/start');
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('➕ Добавить библиотекаря');
      await coordinator.press('🔢 По номеру в Телеграме');
      await coordinator.text('4998');
      await coordinator.press(/^Осинники:/);
      await coordinator.press('✓ Готово');
      await coordinator.text('/staff');
      expect(coordinator.lastText()).toContain(`• Kate (номер в Телеграме 4998): ${OSINNIKI}`);
      expect(coordinator.buttonLabels()).toContain('✖ Отозвать: Kate');
      expect(t.errors).toEqual([]);
    });

    it('«Готово» names her and does not ask to have her open the bot; someone who never opened it: the number and the advice (walk29 W29-03)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await t.user({ id: 4988, first_name: 'Марина', language_code: 'ru' }).text('/start');
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      const add = async (id: number) => {
        await coordinator.text('/staff');
        await coordinator.press('➕ Добавить библиотекаря');
        await coordinator.press('🔢 По номеру в Телеграме');
        await coordinator.text(String(id));
        await coordinator.press(/^Осинники:/);
        await coordinator.press('✓ Готово');
        return coordinator.lastText();
      };
      expect(await add(4988)).toBe(`Готово: Марина теперь библиотекарь (${OSINNIKI}).`);
      expect(await add(4989)).toBe(
        `Готово: сотрудник 4989 теперь библиотекарь (${OSINNIKI}).\nЕсли сотрудник ещё не открывал бот, сообщение до него не дойдёт: попросите его открыть бот и нажать /start — бот скажет, что он библиотекарь.`,
      );
      expect(t.errors).toEqual([]);
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { groupWithOffers } from './fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from '../reminders/fixtures.js';
import { revokeLibrarian } from '../../src/domain/staff.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';

describe('staff-revoke', () => {
  useSampleDataPerTest();

  const COORDINATOR = 962;
  const KEMEROVO = 'Кемерово, Областная научная библиотека имени В. Д. Фёдорова';
  const OSINNIKI = 'Осинники, Центральная городская библиотека';
  const YURGA = 'Юрга, Центральная городская библиотека';

  type Person = ReturnType<ReturnType<typeof createTestBot>['user']>;

  /** The coordinator unticks these centers of a librarian in /staff (✎ Центры). */
  async function untick(coordinator: Person, name: string, ...centers: RegExp[]) {
    await coordinator.text('/staff');
    await coordinator.press(`✎ Центры: ${name}`);
    for (const center of centers) await coordinator.press(center);
    await coordinator.press('✓ Готово');
  }

  /** fix28k: a librarian revoked from all her centers in /staff. */
  describe('/staff: revoking a librarian tells her and closes her screens', () => {
    it('she is told she is no longer a librarian and who runs her groups; her roster and her call card close', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(5101, 'Ольга', ['kemerovo-regional', 'osinniki-central']);
      await librarian(5102, 'Марина', ['osinniki-central']);
      await groupWithParticipants(t.clock.now(), [{ id: 5181 }], { actorId: 5101, centerId: 'osinniki-central', courseId: 'safe-internet' });
      await paperPerson(-(2 ** 49 + 5101), { name: 'Орлова Галина', phone: '+79130005101', joinedAt: new Date('2026-10-01T03:00:00Z') });
      await groupWithOffers(t.clock.now(), { actorId: 5101 });
      const olga = t.user({ id: 5101, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/classes');
      await olga.press(/Безопасный интернет/);
      const roster = olga.messages().at(-1)!;
      expect(roster.text).toContain('5181');
      await olga.text('/calls');
      await olga.press(/Орлова Галина/);
      const card = olga.messages().at(-1)!;
      expect(card.text).toContain('+7 913 000-51-01');
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Ольга');
      await coordinator.press('Да');
      expect(coordinator.lastText()).toBe('Права отозваны: Ольга.\nПередано групп: 2. Кому какие — в /classes.');
      await deliverAll(t);
      const told = t.telegram.messagesTo(5101).map((m) => m.text ?? '');
      expect(told).toContainEqual(expect.stringMatching(new RegExp(
        `^Вы больше не библиотекарь в «Твой курс»: ${KEMEROVO}; ${OSINNIKI}\\.\\nВаши группы переданы:\\n` +
          `(• «[^\\n]+ — (Марина|координатор)\\n?){2}$`,
      )));
      const message = told.find((m) => m.startsWith('Вы больше не библиотекарь'))!;
      expect(message).toContain(`• «Безопасный интернет», ${OSINNIKI}, с 1 декабря, вторник, 10:00 — Марина`);
      expect(message).toMatch(new RegExp(`• «Основы компьютерной грамотности», ${KEMEROVO}.* — координатор`));
      expect(message).not.toContain('Ваши центры');
      for (const shown of [roster, card]) {
        const now = t.telegram.messagesTo(5101).find((m) => m.message_id === shown.message_id)!;
        expect(now.text).toBe('Список закрыт: вы больше не библиотекарь.');
        expect(now.reply_markup?.inline_keyboard ?? []).toEqual([]);
      }
      expect(t.errors).toEqual([]);
    });

    it('in her language: English', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await StaffMemberModel.create({ _id: 5111, displayName: 'Kate', centerIds: ['osinniki-central'], addedBy: 1, language: 'en' });
      await librarian(5112, 'Марина', ['osinniki-central']);
      await groupWithOffers(t.clock.now(), { actorId: 5111, centerId: 'osinniki-central', courseId: 'safe-internet' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Kate');
      await coordinator.press('Да');
      await deliverAll(t);
      expect(t.telegram.messagesTo(5111).map((m) => m.text)).toContainEqual(
        expect.stringMatching(/^You are no longer a librarian of Tvoy Kurs: Osinniki, Central City Library\.\nYour group was handed over:\n• "Safe internet", Osinniki, .* — Марина$/),
      );
      expect(t.errors).toEqual([]);
    });
  });

  describe('/staff: handing over groups, worded once and for anyone', () => {
    it('the revoke screen asks «Открытых групп, которые ведёт Светлана: 2. Кому их передать?», not «которые вела» (ru and en)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: `${COORDINATOR},963` } });
      await librarian(5121, 'Светлана', ['kemerovo-regional']);
      await librarian(5122, 'Наталья', ['kemerovo-regional']);
      await groupWithOffers(t.clock.now(), { actorId: 5121 });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await coordinator.text('/staff');
      await coordinator.press('✖ Отозвать: Светлана');
      await coordinator.press('👤 Передать группы другому');
      expect(coordinator.lastText()).toBe('Открытых групп, которые ведёт Светлана: 1. Кому её передать? Можно выбрать библиотекаря тех же центров или себя.');
      await groupWithOffers(t.clock.now(), { actorId: 5121, courseId: 'internet' });
      const english = t.user({ id: 963, first_name: 'Mary', language_code: 'en' });
      await english.text('/staff');
      await english.press('✖ Revoke: Светлана');
      await english.press(/Give the groups/);
      expect(english.lastText()).toBe('Open groups Светлана runs: 2. Who should take them? You can choose a librarian of the same centers, or yourself.');
      expect(t.errors).toEqual([]);
    });

    it('unticking with nobody else there: «получите вы» said once, the groups listed after it without «— вы»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(5131, 'Анна', ['kemerovo-regional', 'osinniki-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [], { actorId: 5131, centerId: 'osinniki-central', courseId: 'safe-internet' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await untick(coordinator, 'Анна', /^Осинники:.* — выбрано$/);
      expect(coordinator.lastText()).toBe(
        `Готово. Где работает Анна: ${KEMEROVO}.\nДругих библиотекарей здесь нет: ${OSINNIKI}. Открытую группу, которую там ведёт Анна, получите вы:\n` +
          `• «Безопасный интернет», ${OSINNIKI}, с 1 декабря, вторник, 10:00`,
      );
      expect((await ClassGroupModel.findById(groupId).lean())?.librarianId).toBe(COORDINATOR);
      expect(t.errors).toEqual([]);
    });

    it('W28-27: the chosen one lost the center meanwhile and nobody else is left: «Марина больше не работает здесь; других библиотекарей нет: группу получите вы:»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(5141, 'Kate', ['kemerovo-regional', 'yurga-central']);
      await librarian(5142, 'Марина', ['yurga-central', 'osinniki-central']);
      const { groupId } = await groupWithParticipants(t.clock.now(), [], { actorId: 5141, centerId: 'yurga-central', courseId: 'safe-internet' });
      const coordinator = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await untick(coordinator, 'Kate', /^Юрга:.* — выбрано$/);
      expect(coordinator.buttonLabels().slice(0, 2)).toEqual(['Марина — как предложено', 'Себе']);
      // Meanwhile another coordinator unticks Марина's Юрга.
      await StaffMemberModel.updateOne({ _id: 5142 }, { $set: { centerIds: ['osinniki-central'] } });
      await coordinator.press('Марина — как предложено');
      expect(coordinator.lastText()).toBe(
        `Готово. Где работает Kate: ${KEMEROVO}.\nМарина больше не работает здесь; других библиотекарей нет: группу получите вы:\n` +
          `• «Безопасный интернет», ${YURGA}, с 1 декабря, вторник, 10:00`,
      );
      expect((await ClassGroupModel.findById(groupId).lean())?.librarianId).toBe(COORDINATOR);
      expect((await StaffMemberModel.findById(5141).lean())?.centerIds).toEqual(['kemerovo-regional']);
      expect(t.errors).toEqual([]);
    });

    it('groups handed over by the repair job: «Ольга больше не ведёт группу в вашем центре, теперь её ведёте вы.», not «которые вела»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: String(COORDINATOR) } });
      await librarian(5151, 'Ольга', ['belovo-central']);
      await librarian(5152, 'Нина', ['belovo-central']);
      await groupWithOffers(t.clock.now(), { actorId: 5151, centerId: 'belovo-central' });
      // What a kill right after revokeLibrarian leaves: no hand-over, then the offers job's repair.
      expect(await revokeLibrarian(COORDINATOR, 5151, t.clock.now())).toBe(true);
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(t.telegram.messagesTo(5152).map((m) => m.text)).toContain('Ольга больше не ведёт группу в вашем центре, теперь её ведёте вы. Группы — в /classes, звонки — в /calls.');
      expect(t.errors).toEqual([]);
    });
  });
});

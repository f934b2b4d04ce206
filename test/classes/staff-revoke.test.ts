import { describe, expect, it } from '@jest/globals';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { groupWithOffers } from './fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from '../reminders/fixtures.js';

useSampleDataPerTest();

const COORDINATOR = 962;
const KEMEROVO = 'Кемерово, Областная научная библиотека имени В. Д. Фёдорова';
const OSINNIKI = 'Осинники, Центральная городская библиотека';

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

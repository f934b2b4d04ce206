import { describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from './fixtures.js';

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
    expect(confirm).toContain('Отозвать права библиотекаря у Светлана?');
    expect(confirm).toContain('Открытых групп: 2. Их получит другой библиотекарь того же центра, а где его нет — вы.');
    expect(confirm).toContain('Ждут звонка: 1.');
    expect(confirm).toContain('Без библиотекаря останется: Юрга, Центральная городская библиотека.');
    expect(confirm).not.toContain('Кемерово');
    await coordinator.press('Да');
    expect(coordinator.lastText()).toBe('Права отозваны: Светлана.\nПередано групп: 2. Кому какие — в /classes.');
    expect((await ClassGroupModel.findById(kemerovo.id).lean())?.librarianId).toBe(4702);
    expect((await ClassGroupModel.findById(yurga.id).lean())?.librarianId).toBe(COORDINATOR);

    // Наталья is told; the next person offered a seat at Kemerovo is sent to her, at Юрга to the center's phone.
    await deliverAll(t);
    expect(t.user({ id: 4702, first_name: 'Наталья', language_code: 'ru' }).lastText()).toBe('Вам переданы группы, которые вела Светлана: 1. Они в /classes, звонки — в /calls.');
    await addToWaitlist(4713, { at: new Date('2026-10-04T03:00:00Z') });
    await addToWaitlist(4714, { at: new Date('2026-10-04T03:00:00Z'), centerId: 'yurga-central' });
    await offerFreeSeats(kemerovo.id, now, { ttlHours: 48 });
    await offerFreeSeats(yurga.id, now, { ttlHours: 48 });
    await deliverAll(t);
    const offer = (id: number) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }).lastText();
    expect(offer(4713)).toContain('Вопросы: Наталья, телефон +7 3842 36-42-90');
    expect(offer(4714)).toMatch(/Вопросы: телефон \+7/);
    expect(offer(4714)).not.toContain('Светлана');
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
});

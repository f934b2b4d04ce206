import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ShownViewModel } from '../../src/db/models/shown-view.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useTestDatabase();
  await seedSampleData();
  await StaffMemberModel.create({ _id: 5301, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: 900 });
});
afterAll(() => done());

/**
 * A roster or an attendance list open in a librarian's chat is a message only its menu knows (the outbox does not):
 * after /forget, no such message may still show the person's name.
 */
describe("/forget reaches the staff screens that name the person", () => {
  it('a roster and an attendance list naming her are closed; one that went back to the list of groups is left as it is', async () => {
    const t = createTestBot({ env: { ADMIN_IDS: '900' } });
    await addToWaitlist(5311, { at: new Date('2026-10-01T03:00:00Z'), name: 'Аграфена Забытова' });
    await addToWaitlist(5312, { at: new Date('2026-10-02T03:00:00Z'), name: 'Борис Остаётся' });
    await groupWithOffers(t.clock.now(), { capacity: 2, actorId: 5301 });
    for (const id of [5311, 5312]) await acceptOffer(id, String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id), t.clock.now());
    const anna = t.user({ id: 5301, first_name: 'Анна', language_code: 'ru' });

    // A roster, left open.
    await anna.text('/classes');
    await anna.press(/^1\. Основы/);
    const roster = anna.messages().at(-1)!;
    expect(roster.text).toContain('1. Аграфена Забытова');
    // A second roster that went back to the list of groups: it names nobody any more.
    await anna.text('/classes');
    await anna.press(/^1\. Основы/);
    await anna.press('Назад');
    const list = anna.messages().at(-1)!;
    expect(list.text).not.toContain('Аграфена');
    // Attendance ticks for the first lesson, once it has begun: the names are buttons.
    t.clock.current = new Date('2026-12-01T04:00:00Z');
    await anna.text('/attendance');
    await anna.press(/^Основы компьютерной грамотности: /);
    await anna.press(/^1\. 1 декабря/);
    const marks = anna.messages().at(-1)!;
    expect(anna.buttonLabels(marks)).toContain('▫️ Аграфена Забытова');
    expect(await ShownViewModel.countDocuments({ citizenIds: 5311 })).toBe(2);

    const agrafena = t.user({ id: 5311, first_name: 'Аграфена', language_code: 'ru' });
    await agrafena.text('/forget');
    await agrafena.press('Да, удалить');
    await deliverAll(t);

    const closed = 'Список закрыт: человек из него попросил удалить свои данные.';
    const byId = (id: number) => anna.messages().find((m) => m.message_id === id);
    expect(byId(roster.message_id)).toMatchObject({ text: `${closed} Открыть снова: /classes`, reply_markup: undefined });
    expect(byId(marks.message_id)).toMatchObject({ text: `${closed} Открыть снова: /attendance`, reply_markup: undefined });
    expect(byId(list.message_id)!.text).toBe(list.text);
    expect(anna.messages().filter((m) => /Аграфена|Забытова/.test(JSON.stringify(m)))).toEqual([]);
    expect(await findPersonalData({ telegramId: 5311, names: ['Аграфена', 'Забытова'] })).toEqual([]);

    // The roster opened again names the one who stays.
    await anna.text('/classes');
    await anna.press(/^1\. Основы/);
    expect(anna.lastText()).toContain('1. Борис Остаётся');
    expect(anna.lastText()).not.toContain('Аграфена');
    expect(t.errors).toEqual([]);
  });
});

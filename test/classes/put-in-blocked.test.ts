import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useTestDatabase();
  await seedSampleData();
});
afterAll(() => done());

const NOW = new Date('2026-12-01T12:35:00Z');

/** Probe s23 M8: putting in someone who blocked the bot does not promise a message nobody gets. */
describe('put-in of a person who blocked the bot', () => {
  it('the confirmation and the answer say to phone them, with their number', async () => {
    const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
    await StaffMemberModel.create({ _id: 5921, displayName: 'Анна', centerIds: ['belovo-central'], addedBy: 900 });
    await addToWaitlist(5931, { at: new Date('2026-10-01T03:00:00Z'), phone: '+79135550031', centerId: 'belovo-central' });
    await CitizenModel.updateOne({ _id: 5931 }, { $set: { reachable: false, unreachableSince: NOW } });
    await createGroup(5921, { courseId: 'basics', centerId: 'belovo-central', room: 'Зал', capacity: 2, lessonStarts: [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z')], durationMinutes: 90 }, NOW);
    const anna = t.user({ id: 5921, first_name: 'Анна', language_code: 'ru' });
    await anna.text('/classes');
    await anna.press(/^1\. Основы/);
    await anna.press('➕ Записать человека');
    await anna.press(/Участник 5931/);
    const confirm = anna.lastText();
    expect(confirm).not.toContain('Бот сразу напишет');
    expect(confirm).toContain('Бот не может написать этому человеку: он заблокировал бота. Позвоните ему: +7 913 555-00-31');
    await anna.press('✓ Записать');
    const answer = t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload as { text?: string } | undefined;
    expect(answer?.text).toContain('Записали в группу');
    expect(answer?.text).toContain('Позвоните ему: +7 913 555-00-31');
    expect((await WaitlistEntryModel.findOne({ citizenId: 5931 }).lean())?.status).toBe('enrolled');
    expect(t.errors).toEqual([]);
  });
});

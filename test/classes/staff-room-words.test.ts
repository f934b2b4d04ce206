import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { runCallListJob } from '../../src/jobs/calls/index.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { paperPerson } from '../calls/fixtures.js';

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useTestDatabase();
  await seedSampleData();
});
afterAll(() => done());

const CENTER = 'osinniki-central';
const ROOM = 'Кабинет информатики, второй этаж';
const paperId = (n: number) => -(2 ** 49 + n);

/**
 * Walk s28 W28-23, staff side: Kate, an English librarian, read the room as typed, in Cyrillic («Public services
 * online, Кабинет информатики, второй этаж» in /classes). Her screens and notices put it as citizens read it.
 */
describe('a room typed in Russian, on an English librarian’s screens', () => {
  it('fix29b W28-23: the roster, the daily call list, /calls and a call card say it in English words', async () => {
    const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')) }); // 16:00 in Osinniki
    await StaffMemberModel.create([
      { _id: 7291, displayName: 'Kate', centerIds: [CENTER], addedBy: 900, language: 'en' },
      { _id: 7292, displayName: 'Анна', centerIds: [CENTER], addedBy: 900, language: 'ru' },
    ]);
    const kate = t.user({ id: 7291, first_name: 'Kate', language_code: 'en' });
    const anna = t.user({ id: 7292, first_name: 'Анна', language_code: 'ru' });
    // A group with one person without Telegram in it (a call before each lesson) and a free seat for another.
    const lessons = [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')];
    const groupId = await createGroup(7291, { courseId: 'basics', centerId: CENTER, room: ROOM, capacity: 2, lessonStarts: lessons, durationMinutes: 90 }, t.clock.now());
    const inGroup = await paperPerson(paperId(291), { name: 'Мария Иванова', phone: '+79231290291', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: CENTER });
    await WaitlistEntryModel.updateOne({ _id: inGroup }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: new Date('2026-11-01T03:00:00Z') } });
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: 1, freeSeats: -1 } });
    await paperPerson(paperId(292), { name: 'Пётр Сидоров', phone: '+79231290292', joinedAt: new Date('2026-10-02T03:00:00Z'), centerId: CENTER });

    // The offer's call card.
    await offerFreeSeats(groupId, t.clock.now(), { ttlHours: 48 });
    await deliverAll(t);
    expect(kate.lastText()).toContain('Please call: a person without Telegram has a seat in a group.');
    expect(kate.lastText()).toMatch(/\nWhere: [^\n]*, Kabinet informatiki, floor 2\n/);
    expect(anna.lastText()).toContain(`, ${ROOM}\n`);

    // The daily call list and /calls.
    expect(await runCallListJob(t.deps)).toMatchObject({ lists: 2 });
    await deliverAll(t);
    const list = kate.lastText();
    expect(list).toMatch(/^📞 Tomorrow, 1 December, /);
    expect(list).toContain('Kabinet informatiki, floor 2, Osinniki, ');
    expect(list).not.toMatch(/[А-яЁё](?![^\n]*\+7)/u); // only the person's name, on the call's line
    expect(anna.lastText()).toContain(`${ROOM}, Осинники, `);
    await kate.text('/calls');
    await kate.press(/^Tomorrow/);
    expect(kate.lastText()).toContain('Kabinet informatiki, floor 2, Osinniki, ');
    expect(kate.lastText()).not.toContain(ROOM);

    // The group's card in /classes.
    await kate.text('/classes');
    await kate.press(/^1\. /);
    expect(kate.lastText()).toMatch(/^Basic computer literacy, Kabinet informatiki, floor 2\n/);
    await anna.text('/classes');
    await anna.press(/^1\. /);
    expect(anna.lastText()).toMatch(new RegExp(`^Основы компьютерной грамотности, ${ROOM}\\n`));
    expect(t.errors).toEqual([]);
  });
});

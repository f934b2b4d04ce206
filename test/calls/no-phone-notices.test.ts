import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { groupWithParticipants } from '../reminders/fixtures.js';
import { librarian } from './fixtures.js';

/**
 * What the librarians are told about people with neither a phone nor Telegram (fix28d), in the words of the thing
 * told (helper fix29d, round 29).
 */
useSampleDataPerTest();

const CENTER = 'novokuznetsk-central';
const THURSDAYS = [3, 10, 17, 24].map((d) => new Date(Date.UTC(2026, 11, d, 7))); // 14:00 in Novokuznetsk

/** People with no phone, registered at the center and put in the group. */
async function noPhoneIn(groupId: string, names: string[], now: Date) {
  const added = await registerWithoutTelegram(
    names.map((name) => ({ name, courseId: 'basics', centerId: CENTER, timeOfDay: 'any' as const, joinedAt: new Date('2026-10-06T03:00:00Z') })),
    { actorId: 900, now },
  );
  for (const r of added) {
    if (r.outcome !== 'added') throw new Error('not added');
    await WaitlistEntryModel.updateOne({ _id: r.entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: now }, $unset: { activeKey: 1 } });
  }
  await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: names.length, freeSeats: -names.length } });
}

describe('librarians told about people with no phone', () => {
  it('W29-14: a shifted group of 4 lessons with 2 people to tell says «4 занятия»; 5 people are counted as people', async () => {
    const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T03:00:00Z')), env: { ADMIN_IDS: '900' } });
    await librarian(7293, 'Марина', [CENTER]);
    const { groupId } = await groupWithParticipants(t.clock.now(), [], { lessonStarts: THURSDAYS });
    await noPhoneIn(groupId, ['Кузнецова Антонина', 'Орлова Нина'], t.clock.now());
    const staff = t.user({ id: 900, first_name: 'Координатор', language_code: 'ru' });
    await staff.text('/change');
    await staff.press('Сдвинуть всю группу');
    await staff.press('+7');
    await staff.press('✓ Подтвердить');
    await deliverAll(t);
    expect(t.telegram.messagesTo(7293).at(-1)!.text).toBe(
      '📌 Расписание группы изменилось: Основы компьютерной грамотности, занятия теперь по четвергам в 14:00, 4 занятия, с 10 декабря.\n' +
        'Без телефона, сказать лично: Кузнецова Антонина, Орлова Нина',
    );

    // Five of them: counted, and the lessons still four.
    await noPhoneIn(groupId, ['Алексеева Вера', 'Борисова Галина', 'Власова Дарья'], t.clock.now());
    await staff.text('/change');
    await staff.press('Сдвинуть всю группу');
    await staff.press('+7');
    await staff.press('✓ Подтвердить');
    await deliverAll(t);
    expect(t.telegram.messagesTo(7293).at(-1)!.text).toBe(
      '📌 Расписание группы изменилось: Основы компьютерной грамотности, занятия теперь по четвергам в 14:00, 4 занятия, с 17 декабря.\n' +
        'Без телефона, сказать лично: 5 человек',
    );
    expect(t.errors).toEqual([]);
  });
});

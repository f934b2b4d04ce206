import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { forgetCitizen } from '../../src/domain/citizens.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { runCallListJob } from '../../src/jobs/calls/index.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithParticipants } from '../reminders/fixtures.js';
import { librarian, paperPerson } from './fixtures.js';

describe('no-phone-lists', () => {
  /**
   * People with neither Telegram nor a phone (fix28d) are no calls: the lesson call list and a schedule change's
   * notice name them in one line, to tell them in person.
   */

  useSampleDataPerTest();

  const CENTER = 'novokuznetsk-central';

  /** A group with one Telegram participant, a person without Telegram with a phone, and `noPhone` people without either. */
  async function group(now: Date, noPhone: string[]) {
    const { groupId } = await groupWithParticipants(now, [{ id: 1001 }]);
    const enrol = (entryId: string) =>
      WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: new Date('2026-11-20T03:00:00Z') }, $unset: { activeKey: 1 } });
    await enrol(await paperPerson(-77, { name: 'Анна Петрова', phone: '+79231234567', joinedAt: new Date('2026-10-05T03:00:00Z'), centerId: CENTER }));
    const added = await registerWithoutTelegram(
      noPhone.map((name) => ({ name, courseId: 'basics', centerId: CENTER, timeOfDay: 'any' as const, joinedAt: new Date('2026-10-06T03:00:00Z') })),
      { actorId: 900, now },
    );
    const ids: number[] = [];
    for (const r of added) {
      if (r.outcome !== 'added') throw new Error('not added');
      await enrol(r.entryId);
      ids.push(r.citizenId);
    }
    await ClassGroupModel.updateOne({ _id: groupId }, { $inc: { enrolledCount: 1 + noPhone.length, freeSeats: -1 - noPhone.length } });
    return { groupId, ids };
  }

  describe('people with no phone on the call lists', () => {
    it('the daily lesson list names them in one line, not as calls; /calls does the same; forgotten, the list loses its text', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')), env: { ADMIN_IDS: '900' } }); // 16:00 in Novokuznetsk
      await librarian(501, 'Марина', [CENTER]);
      const { ids } = await group(new Date('2026-11-20T03:00:00Z'), ['Степанова Клавдия']);
      expect(await runCallListJob(t.deps)).toEqual({ lists: 1, calls: 1 });
      await deliverAll(t);
      const marina = t.user({ id: 501, first_name: 'Марина', language_code: 'ru' });
      const list = marina.lastText();
      expect(list).toContain('Позвоните и напомните (1 звонок):');
      expect(list).toContain('• 10:00 Анна Петрова, +7 923 123-45-67');
      expect(list).toContain('Без телефона, напомнить лично: Степанова Клавдия');
      expect(list).not.toMatch(/Степанова Клавдия, —/);

      await marina.press('Отметить звонки');
      expect(marina.lastText()).toContain('сделано 0 из 1');
      expect(marina.lastText()).toContain('Без телефона, напомнить лично: Степанова Клавдия');
      expect(marina.buttonLabels().filter((l) => l.includes('Степанова'))).toEqual([]);

      await forgetCitizen(ids[0]!, t.clock.now(), testOffers());
      const stored = await DeliveryModel.find({ key: /^calllist:/ }).lean();
      expect(JSON.stringify(stored)).not.toContain('Степанова');
      expect(t.errors).toEqual([]);
    });

    it('fix39c: forgotten, her «без телефона, напомнить лично» name leaves the /calls screen and its day list in the librarian\'s chat', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(501, 'Марина', [CENTER]);
      const { ids } = await group(new Date('2026-11-20T03:00:00Z'), ['Степанова Клавдия']);
      const marina = t.user({ id: 501, first_name: 'Марина', language_code: 'ru' });
      await marina.text('/calls');
      const screen = marina.messages().at(-1)!;
      expect(screen.text).toContain('без телефона, напомнить лично: Степанова Клавдия');
      await marina.text('/calls');
      await marina.press(/^Звонки на завтра|Завтра/);
      const list = marina.messages().at(-1)!;
      expect(list.text).toContain('Без телефона, напомнить лично: Степанова Клавдия');

      await forgetCitizen(ids[0]!, t.clock.now(), testOffers());
      await deliverAll(t);
      expect(marina.messages().filter((m) => /Степанова/.test(JSON.stringify(m)))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('with only people without a phone, the list is one line to remind them in person; many are counted', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T09:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(501, 'Марина', [CENTER]);
      const { groupId } = await groupWithParticipants(new Date('2026-11-20T03:00:00Z'), []);
      const added = await registerWithoutTelegram(
        ['Алексеева Вера', 'Борисова Галина', 'Власова Дарья', 'Гусева Елена'].map((name) => ({ name, courseId: 'basics', centerId: CENTER, timeOfDay: 'any' as const, joinedAt: new Date('2026-10-06T03:00:00Z') })),
        { actorId: 900, now: new Date('2026-11-20T03:00:00Z') },
      );
      for (const r of added) if (r.outcome === 'added') await WaitlistEntryModel.updateOne({ _id: r.entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId) }, $unset: { activeKey: 1 } });
      expect(await runCallListJob(t.deps)).toEqual({ lists: 1, calls: 0 });
      await deliverAll(t);
      expect(t.telegram.messagesTo(501).at(-1)!.text).toBe('📌 Завтра, 1 декабря, занятия у людей без телефона и Телеграма.\nБез телефона, напомнить лично: 4 человека');
      expect(t.errors).toEqual([]);
    });

    it('a schedule change: a call for the person with a phone, one line "tell in person" for the one without; forgotten, it goes', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(501, 'Марина', [CENTER]);
      const { ids } = await group(t.clock.now(), ['Степанова Клавдия']);
      const staff = t.user({ id: 900, first_name: 'Координатор', language_code: 'ru' });
      await staff.text('/change');
      await staff.press(/Перенести одно занятие/);
      await staff.press(/^1\. /);
      await staff.press('2 декабря, среда');
      await staff.text('11:00');
      // The preview says what the result will say (walk30 W30-09), not «Участникам придёт сообщение: 3».
      expect(staff.lastText()).toMatch(
        /\nУчастникам придёт сообщение: 1\.\nБез Телеграма: 1 — библиотекари центра получат список, кому позвонить\.\nБез телефона: 1 — библиотекари центра получат напоминание сказать лично\.$/,
      );
      await staff.press('✓ Подтвердить');
      expect(staff.lastText()).toBe(
        'Готово. Участникам отправляются сообщения: 1. Без Телеграма: 1 — библиотекари центра получили список, кому позвонить. ' +
          'Без телефона: 1 — библиотекари центра получили напоминание сказать лично.',
      );
      await deliverAll(t);
      const texts = t.telegram.messagesTo(501).map((m) => m.text ?? '');
      expect(texts.filter((x) => x.includes('Позвоните человеку без Телеграма: Анна Петрова'))).toHaveLength(1);
      expect(texts).toContain(
        '📌 Занятие перенесено: Основы компьютерной грамотности, было 1 декабря, вторник, 10:00, теперь 2 декабря, среда, 11:00.\nБез телефона, сказать лично: Степанова Клавдия',
      );
      // Only the person with a phone is a call to tick off.
      expect(await CallTaskModel.countDocuments({ kind: 'change' })).toBe(1);

      await forgetCitizen(ids[0]!, t.clock.now(), testOffers());
      await deliverAll(t);
      expect(JSON.stringify(await DeliveryModel.find({ key: /in-person/ }).lean())).not.toContain('Степанова');
      expect(t.telegram.messagesTo(501).map((m) => m.text ?? '').join('\n')).not.toContain('Степанова');
      expect(t.errors).toEqual([]);
    });

    it("a broadcast's list of people to call says she has no phone, to tell her in person", async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await librarian(7001, 'Анна', ['kemerovo-gogol']);
      await addToWaitlist(3001, { centerId: 'kemerovo-gogol' });
      await registerWithoutTelegram(
        [{ name: 'Степанова Клавдия', courseId: 'basics', centerId: 'kemerovo-gogol', timeOfDay: 'any', joinedAt: new Date('2026-10-06T03:00:00Z') }],
        { actorId: 900, now: t.clock.now() },
      );
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/broadcast');
      await anna.press('Очереди центра');
      await anna.press('Все курсы');
      await anna.text('Библиотека в пятницу закрыта.');
      await anna.press('✓ Отправить');
      await anna.press('📞 Кому позвонить');
      expect(anna.lastText()).toContain('• Степанова Клавдия, нет телефона, скажите при встрече');
      // Told in person: its button's word after the line, not a «✓» before it (walk31 W31-04).
      await anna.press(/Степанова Клавдия/);
      expect(anna.lastText()).toContain('\n• Степанова Клавдия, нет телефона, скажите при встрече — сказали (Анна, 10:00)\n');
      expect(t.errors).toEqual([]);
    });
  });
});

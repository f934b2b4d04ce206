import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay, statusOf, waiting } from './fixtures.js';

describe('offer-typed', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  describe('an answer to a seat offer typed instead of pressed (walk s20 #43)', () => {
    it('"Приду" typed with one open offer takes the seat, and the offer loses its buttons', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3301, 3302]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const offer = anna!.messages().at(-1)!;
      expect(anna!.buttonLabels(offer)).toEqual(['✓ Приду', 'Не смогу']);
      await anna!.text('приду');
      await deliverAll(t); // the answer to a typed yes goes through the outbox (task28 fixC)
      expect(anna!.lastText()).toContain('Вы записаны в группу!');
      expect(await statusOf(3301)).toBe('enrolled');
      expect(anna!.buttonLabels(anna!.messages().find((m) => m.message_id === offer.message_id))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('"не смогу" typed gives the seat to the next person and asks about the place, as the button does', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3311, 3312]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const offer = anna!.messages().at(-1)!;
      await anna!.text('Не смогу.');
      expect(anna!.lastText()).toBe('Хорошо, место передадим следующему. Остаться в очереди на курс «Основы компьютерной грамотности»?');
      expect(await statusOf(3312)).toBe('offered');
      expect(anna!.buttonLabels(anna!.messages().find((m) => m.message_id === offer.message_id))).toEqual(['✓ Приду']);
      expect(t.errors).toEqual([]);
    });

    it('"да" typed with one open offer takes the seat, "нет" passes it on (walk s21 W21-05)', async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3331, 3332, 3333]);
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      await deliverAll(t);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await anna!.text('Да');
      await deliverAll(t);
      expect(anna!.lastText()).toContain('Вы записаны в группу!');
      expect(await statusOf(3331)).toBe('enrolled');
      await boris!.text('нет');
      expect(boris!.lastText()).toBe('Хорошо, место передадим следующему. Остаться в очереди на курс «Основы компьютерной грамотности»?');
      expect(await statusOf(3333)).toBe('offered');
      expect(t.errors).toEqual([]);
    });

    it('a typed "да" is echoed: what was accepted, and "Отказаться от места" to undo it, in one message (walk s22 W22-20)', async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3341, 3342]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const before = anna!.messages().length;
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await anna!.text('да');
      await deliverAll(t);
      expect(anna!.messages().length).toBe(before + 1);
      const answer = anna!.messages().at(-1)!;
      const answerText = answer.text!;
      expect(answer.text).toMatch(/^Вы ответили «да» на предложение места\.\nВы записаны в группу! Курс «Основы компьютерной грамотности»\.\nГде: .*\nЗанятия: /);
      expect(answer.text).toMatch(/\n\nПередумали\?$/);
      expect(anna!.buttonLabels()).toEqual(['Отказаться от места']);
      expect(await statusOf(3341)).toBe('enrolled');
      // Undo: asked as from "my place", below; the answer keeps its text, without the button.
      await anna!.press('Отказаться от места');
      const answered = anna!.messages().find((m) => m.message_id === answer.message_id)!;
      expect(anna!.buttonLabels(answered)).toEqual([]);
      expect(answered.text).toBe(answerText.replace(/\n\nПередумали\?$/, ''));
      expect(answered.text).toMatch(/Вопросы: .*$/);
      expect(anna!.lastText()).toBe('Отказаться от места в группе «Основы компьютерной грамотности»? Его сразу предложат следующему в очереди.');
      await anna!.press('Освободить, остаться в очереди');
      expect(anna!.lastText()).toBe('Место освобождено. Вы снова в очереди на прежнем месте.');
      expect(await statusOf(3341)).toBe('waiting');
      // The seat went to the next person.
      expect(await statusOf(3342)).toBe('offered');
      // A pressed "Приду" needs no echo of what was said, but has the same way back (walk35 L3: it had none).
      await deliverAll(t);
      await boris!.press('✓ Приду');
      const pressed = boris!.messages().at(-1)!;
      expect(pressed.text).toMatch(/^Вы записаны в группу! Курс «Основы компьютерной грамотности»\.\nГде: .*\nЗанятия: /);
      expect(pressed.text).toMatch(/\n\nПередумали\?$/);
      expect(boris!.buttonLabels()).toEqual(['Отказаться от места']);
      await boris!.press('Отказаться от места');
      expect(boris!.messages().find((m) => m.message_id === pressed.message_id)!.text).toBe(pressed.text!.replace(/\n\nПередумали\?$/, ''));
      expect(boris!.lastText()).toMatch(/^Отказаться от места в группе «Основы компьютерной грамотности»\?/);
      expect(t.errors).toEqual([]);
    });

    it('the undo answers "нет" typed to its question by keeping the seat, and in English speaks English (walk s22 W22-20)', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3351]);
      const john = t.user({ id: 3352, first_name: 'John', language_code: 'en' });
      await addToWaitlist(3352, { at: joinDay(2), language: 'en' });
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      await deliverAll(t);
      await anna!.text('Приду!');
      await deliverAll(t);
      await anna!.press('Отказаться от места');
      await anna!.text('нет');
      expect(anna!.lastText()).toBe('Хорошо, место остаётся за вами.');
      expect(await statusOf(3351)).toBe('enrolled');
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await john.text('yes');
      await deliverAll(t);
      expect(john.lastText()).toMatch(/^You answered "yes" to the seat offer\.\nYou are enrolled/);
      expect(john.lastText()).toMatch(/Changed your mind\?$/);
      expect(john.buttonLabels()).toEqual(['Give up the seat']);
      // A no with courtesy words keeps it too (probe25 L12).
      await john.press('Give up the seat');
      await john.text('No, thank you');
      expect(john.lastText()).toBe('Fine, the seat stays yours.');
      expect(await statusOf(3352)).toBe('enrolled');
      expect(t.errors).toEqual([]);
    });

    it('"да" typed to an offer that came while the towns of "centers near me" were up takes the seat (round 24, emulator)', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3361, 3362]);
      await anna!.text('📍 Центры рядом');
      expect(anna!.lastText()).toMatch(/^Где искать центры\?/);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await anna!.text('да');
      await deliverAll(t);
      expect(anna!.lastText()).toMatch(/^Вы ответили «да» на предложение места\./);
      expect(await statusOf(3361)).toBe('enrolled');
      // A flow that asks for answers keeps its "да": the join's consent is answered, the offer waits.
      const boris = t.user({ id: 3362, first_name: 'U3362', language_code: 'ru' });
      await clearOffers();
      await addToWaitlist(3362, { at: joinDay(1) });
      await boris.text('📝 Записаться на курс');
      await boris.press('Интернет и электронная почта');
      await boris.press('Юрга');
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await boris.press('Вечером');
      await boris.text('да');
      expect(boris.lastText()).toMatch(/^Проверьте, пожалуйста:/); // the consent answered (his phone is on record)
      expect(await statusOf(3362)).toBe('offered');
      expect(t.errors).toEqual([]);
    });

    it('"да" typed to "Отказаться от места?" answers that question, never another open offer (probe25 M2, L2)', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3371, 3372]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await anna!.text('да');
      await deliverAll(t);
      // A second course's offer comes while the first seat is hers.
      await addToWaitlist(3371, { at: joinDay(5), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { capacity: 1, courseId: 'internet' });
      await deliverAll(t);
      await anna!.press('Отказаться от места');
      expect(anna!.lastText()).toMatch(/^Отказаться от места в группе «Основы компьютерной грамотности»\?/);
      await anna!.text('да');
      expect(anna!.lastText()).toBe('Нажмите одну из кнопок под вопросом: «Освободить, остаться в очереди» или «Освободить и выйти из очереди». Если место нужно, нажмите «Нет, остаться в группе» или напишите «нет».');
      const statuses = async () => Object.fromEntries((await WaitlistEntryModel.find({ citizenId: 3371 }).lean()).map((e) => [e.courseId, e.status]));
      expect(await statuses()).toEqual({ basics: 'enrolled', internet: 'offered' });
      // "не смогу" is about the question too; the question still stands: a "нет" keeps the seat, its buttons still work.
      await anna!.text('не смогу');
      expect(anna!.lastText()).toMatch(/^Нажмите одну из кнопок под вопросом/);
      expect(await statuses()).toEqual({ basics: 'enrolled', internet: 'offered' });
      await anna!.press('Освободить, остаться в очереди');
      expect(anna!.lastText()).toBe('Место освобождено. Вы снова в очереди на прежнем месте.');
      expect(await statuses()).toEqual({ basics: 'waiting', internet: 'offered' });
      // With the question answered, "да" is the open offer's answer again.
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await anna!.text('да');
      await deliverAll(t);
      expect(anna!.lastText()).toMatch(/^Вы ответили «да» на предложение места\.\nВы записаны в группу! Курс «Интернет и электронная почта»/);
      expect(t.errors).toEqual([]);
    });

    it('a typed "да" whose answer was never sent (the bot stopped) gets the enrolment when typed again; a "да" sent twice hears "Место уже за вами" (probe25 M5, L3)', async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3381, 3382, 3383]);
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      await deliverAll(t);
      // The bot stopped after her "да" took the seat, before its answer (the seat is hers, nobody told her): a "да" again tells.
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3381 }).lean();
      expect(await acceptOffer(3381, String(entry!._id), t.clock.now())).toMatchObject({ ok: true });
      await anna!.text('да');
      await deliverAll(t);
      expect(anna!.lastText()).toMatch(/^Вы ответили «да» на предложение места\.\nВы записаны в группу! Курс «Основы компьютерной грамотности»\.\nГде: /);
      expect(anna!.buttonLabels()).toEqual(['Отказаться от места']);
      // Told now: "приду" a moment later is a repeat.
      await anna!.text('приду');
      await deliverAll(t);
      expect(anna!.lastText()).toMatch(/^Место уже за вами\.\nВы записаны в группу! Курс «Основы компьютерной грамотности»/);
      // A second course's seat taken by "да": a "да" again is about the latest seat (seen in the emulator).
      t.clock.current = new Date(t.clock.now().getTime() + 5 * 60_000);
      await addToWaitlist(3381, { at: joinDay(5), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { capacity: 1, courseId: 'internet' });
      await deliverAll(t);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await Promise.all([anna!.text('да'), anna!.text('да')]);
      await deliverAll(t);
      expect(anna!.textsSince(0).slice(-2).map((text) => text.split('\n').slice(0, 2).join(' '))).toEqual([
        'Вы ответили «да» на предложение места. Вы записаны в группу! Курс «Интернет и электронная почта».',
        'Место уже за вами. Вы записаны в группу! Курс «Интернет и электронная почта».',
      ]);
      // Two fast sends: the first takes the seat, the second says it is already hers, with the way back.
      await Promise.all([boris!.text('да'), boris!.text('да')]);
      await deliverAll(t);
      expect(boris!.textsSince(0).slice(-2).map((text) => text.split('\n')[0])).toEqual(['Вы ответили «да» на предложение места.', 'Место уже за вами.']);
      expect(await statusOf(3382)).toBe('enrolled');
      // An hour after she was told, a "да" is no longer taken for this seat.
      t.clock.current = new Date(t.clock.now().getTime() + 61 * 60_000);
      await boris!.text('да');
      expect(boris!.lastText()).toMatch(/^Не получилось понять сообщение/);
      expect(t.errors).toEqual([]);
    });

    it('the answer to a typed "да" that Telegram fails to send (502) comes after the outbox\'s retry, once, also when the update comes twice (task28 fixC)', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3387, 3388]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const before = anna!.messages().length;
      t.telegram.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, { chatId: 3387 });
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await anna!.text('да');
      expect(await statusOf(3387)).toBe('enrolled');
      expect((await deliverAll(t)).retried).toBe(1);
      expect(anna!.messages()).toHaveLength(before);
      // The same update handled again (Telegram sent it twice): no second answer.
      await t.bot.handleUpdate(anna!.lastUpdate!);
      t.clock.advance(10_000);
      expect((await deliverAll(t)).delivered).toBe(1);
      await deliverAll(t);
      expect(anna!.textsSince(before)).toHaveLength(1);
      expect(anna!.lastText()).toMatch(/^Вы ответили «да» на предложение места\.\nВы записаны в группу! Курс «Основы компьютерной грамотности»/);
      expect(anna!.buttonLabels()).toEqual(['Отказаться от места']);
      expect(t.errors.filter((line) => !line.includes('outbox: send failed'))).toEqual([]);
    });

    it('polite answers count: "Да, спасибо", "конечно приду", "Yes, thank you" take the seat, "нет, спасибо", "не могу" pass it on; other words point to the offer (probe25 L12)', async () => {
      const t = createTestBot();
      const yes = ['Да, спасибо', 'да, приду обязательно', 'конечно приду', 'Спасибо большое, приду!'];
      const no = ['нет, спасибо', 'не смогу, извините', 'не могу'];
      const ids = [...yes, ...no].map((_, i) => 3391 + i);
      const people = await waiting(t, ids);
      await addToWaitlist(3399, { at: joinDay(9), language: 'en' });
      const john = t.user({ id: 3399, first_name: 'John', language_code: 'en' });
      await groupWithOffers(t.clock.now(), { capacity: ids.length + 1 });
      await deliverAll(t);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      for (const [i, said] of [...yes, ...no].entries()) await people[i]!.text(said);
      await john.text('Yes, thank you');
      await deliverAll(t);
      for (const [i, said] of yes.entries()) expect(people[i]!.lastText()).toMatch(new RegExp(`^Вы ответили «${said}» на предложение места\\.`));
      for (const [i] of no.entries()) expect(people[yes.length + i]!.lastText()).toBe('Хорошо. Место пока остаётся свободным. Остаться в очереди на курс «Основы компьютерной грамотности»?');
      expect(await Promise.all(ids.map((id) => statusOf(id)))).toEqual([...yes.map(() => 'enrolled'), ...no.map(() => 'waiting')]);
      expect(john.lastText()).toMatch(/^You answered "Yes, thank you" to the seat offer\./);
      // A thank-you alone is no answer.
      const boris = t.user({ id: 3390, first_name: 'Борис', language_code: 'ru' });
      await addToWaitlist(3390, { at: joinDay(10), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { capacity: 1, courseId: 'internet' });
      await deliverAll(t);
      await boris.text('спасибо');
      // Not understood, with the offer's own buttons pointed to, not the menu's.
      expect(boris.lastText()).toBe('Не получилось понять сообщение. Чтобы ответить на предложение места, нажмите «Приду» или «Не смогу» под ним или напишите «да» или «нет».');
      expect(await statusOf(3390)).toBe('offered');
      expect(t.errors).toEqual([]);
    });

    it('an answer in a sentence: «да приду обизательно спасибо» takes the seat, «не смогу, я уже нашёл работу» passes it on; «буду думать» is no answer (walk34 W34-04)', async () => {
      const t = createTestBot();
      const said = ['да приду обизательно спасибо', 'Приду, но немного опоздаю', 'не смогу, я уже нашёл работу', 'Нет, не смогу: заболела', 'буду думать'];
      const ids = said.map((_, i) => 3461 + i);
      const people = await waiting(t, ids);
      await groupWithOffers(t.clock.now(), { capacity: ids.length });
      await deliverAll(t);
      t.clock.advance(20_000); // past the first 15 s of the offer (walk28 W28-18)
      for (const [i, words] of said.entries()) await people[i]!.text(words);
      await deliverAll(t);
      expect(await Promise.all(ids.map((id) => statusOf(id)))).toEqual(['enrolled', 'enrolled', 'waiting', 'waiting', 'offered']);
      expect(people[0]!.lastText()).toMatch(/^Вы ответили «да приду обизательно спасибо» на предложение места\./);
      expect(people[2]!.lastText()).toBe('Хорошо. Место пока остаётся свободным. Остаться в очереди на курс «Основы компьютерной грамотности»?');
      expect(people[4]!.lastText()).toMatch(/^Не получилось понять сообщение\./);
      expect(t.errors).toEqual([]);
    });

    it('"Отказаться от места" tapped twice asks the question once (probe25 L3)', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3385, 3386]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await anna!.text('да');
      await deliverAll(t);
      const answer = anna!.messages().at(-1)!;
      const data = (answer.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      await Promise.all([anna!.pressData(data, answer), anna!.pressData(data, answer)]);
      expect(anna!.textsSince(0).filter((text) => text.startsWith('Отказаться от места в группе'))).toHaveLength(1);
      await anna!.press('Освободить, остаться в очереди');
      expect(await statusOf(3385)).toBe('waiting');
      expect(t.errors).toEqual([]);
    });

    it('without an open offer the words get the usual reply', async () => {
      const t = createTestBot();
      const [, boris] = await waiting(t, [3321, 3322]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await boris!.text('приду');
      expect(boris!.lastText()).toMatch(/^Не получилось понять сообщение/);
      expect(await statusOf(3322)).toBe('waiting');
    });
  });
});

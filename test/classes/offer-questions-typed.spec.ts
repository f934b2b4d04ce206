import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay, waiting } from './fixtures.js';

describe('offer-questions-typed', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  type Chat = Awaited<ReturnType<typeof waiting>>[number];
  /** Presses a button on the offer of this course (two offers are open). */
  async function pressOn(user: Chat | undefined, label: string, course: string) {
    const message = user!.messages().find((m) => m.text?.includes(course) && m.reply_markup?.inline_keyboard.length);
    const button = message?.reply_markup?.inline_keyboard.flat().find((b) => b.text === label) as { callback_data: string } | undefined;
    if (!button) throw new Error(`no ${label} on the offer of ${course}`);
    await user!.pressData(button.callback_data, message);
  }

  const statuses = async (citizenId: number) => Object.fromEntries((await WaitlistEntryModel.find({ citizenId }).lean()).map((e) => [e.courseId, e.status]));

  describe('a typed answer to the questions around a seat offer (walk28)', () => {
    it('fix28g W28-26: a typed «да» under /forget\'s «Удалить все ваши данные?» deletes them, also right after a seat was taken by «да»', async () => {
      const t = createTestBot();
      const [denis] = await waiting(t, [4901, 4902]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await denis!.text('да');
      await deliverAll(t);
      expect(denis!.lastText()).toMatch(/^Вы ответили «да» на предложение места\./);
      t.clock.advance(5 * 60_000);
      await denis!.text('/forget');
      const asked = denis!.messages().at(-1)!;
      expect(asked.text).toMatch(/^Удалить все ваши данные/);
      await denis!.text('да');
      await deliverAll(t);
      expect(denis!.lastText()).toBe('Ваши данные удалены, согласие отозвано. Спасибо, что были с нами!');
      expect(denis!.textsSince(0).filter((text) => text.startsWith('Место уже за вами'))).toEqual([]);
      expect(denis!.buttonLabels(denis!.messages().find((m) => m.message_id === asked.message_id))).toEqual([]);
      expect(await CitizenModel.countDocuments({ _id: 4901 })).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 4901 })).toBe(0);
      // The seat went to the next person in line.
      expect(await statuses(4902)).toEqual({ basics: 'offered' });
      expect(t.errors).toEqual([]);
    });

    it('fix28g W28-26: «нет» under /forget keeps everything; a «да» after another message is not taken for it', async () => {
      const t = createTestBot();
      await addToWaitlist(4911, { at: joinDay(1) });
      const zina = t.user({ id: 4911, first_name: 'Зинаида', language_code: 'ru' });
      await zina.text('/forget');
      await zina.text('Нет, оставить');
      expect(zina.lastText()).toBe('Хорошо, ничего не удалено.');
      await zina.text('/forget');
      await zina.text('/help');
      await zina.text('да');
      expect(zina.lastText()).not.toContain('удалены');
      expect(await CitizenModel.countDocuments({ _id: 4911 })).toBe(1);
      expect(await statuses(4911)).toEqual({ basics: 'waiting' });
      expect(t.errors).toEqual([]);
    });

    it('fix28g W28-26: after the seat\'s answer, a question with buttons ends it: a «да» typed then is not «Место уже за вами»', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [4921, 4922]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      t.clock.advance(20_000); // a «да» past the first 15 s of the offer is taken at once (walk28 W28-18)
      await anna!.text('да');
      await deliverAll(t);
      await anna!.text('да');
      await deliverAll(t);
      expect(anna!.lastText()).toMatch(/^Место уже за вами\./);
      await anna!.text('🔢 Моё место в очереди');
      expect(anna!.buttonLabels().length).toBeGreaterThan(0);
      const before = anna!.messages().length;
      await anna!.text('да');
      await deliverAll(t);
      expect(anna!.textsSince(before).filter((text) => text.startsWith('Место уже за вами'))).toEqual([]);
      expect(await statuses(4921)).toEqual({ basics: 'enrolled' });
      expect(t.errors).toEqual([]);
    });

    it('fix28g W28-06: «Остаться в очереди?» names its course; a typed «да» keeps the place (not the other seat again), «нет» leaves', async () => {
      const t = createTestBot();
      const [vala, petr] = await waiting(t, [4931, 4932]);
      await addToWaitlist(4931, { at: joinDay(5), courseId: 'internet' });
      await addToWaitlist(4932, { at: joinDay(6), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      await groupWithOffers(t.clock.now(), { capacity: 2, courseId: 'internet' });
      await deliverAll(t);
      await pressOn(vala, '✓ Приду', 'Основы компьютерной грамотности');
      expect(await statuses(4931)).toEqual({ basics: 'enrolled', internet: 'offered' });
      await vala!.text('нет, не смогу');
      expect(vala!.lastText()).toBe('Хорошо. Место пока остаётся свободным. Остаться в очереди на курс «Интернет и электронная почта»?');
      const asked = vala!.messages().at(-1)!;
      await vala!.text('да');
      await deliverAll(t);
      expect(vala!.lastText()).toBe('Вы остаётесь в очереди на прежнем месте.');
      expect(vala!.buttonLabels(vala!.messages().find((m) => m.message_id === asked.message_id))).toEqual([]);
      expect(vala!.textsSince(0).filter((text) => text.startsWith('Место уже за вами'))).toEqual([]);
      expect(await statuses(4931)).toEqual({ basics: 'enrolled', internet: 'waiting' });
      // Petr: «не смогу» on each, then «нет» leaves the list of the course named.
      await pressOn(petr, 'Не смогу', 'Интернет и электронная почта');
      await petr!.text('нет');
      expect(petr!.lastText()).toBe('Вы вышли из очереди на этот курс.');
      expect(await statuses(4932)).toEqual({ basics: 'offered', internet: 'left' });
      expect(t.errors).toEqual([]);
    });

    it('walk40: «ладно приду» typed right after «не смогу», the seat still free, takes it as «Приду» under the offer does', async () => {
      const t = createTestBot();
      const [vera] = await waiting(t, [4951]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      t.clock.advance(20_000);
      await vera!.text('не смогу');
      expect(vera!.lastText()).toBe('Хорошо. Место пока остаётся свободным. Остаться в очереди на курс «Основы компьютерной грамотности»?');
      const offer = vera!.messages().find((m) => m.text?.startsWith('Для вас есть место в группе'))!;
      expect(vera!.buttonLabels(offer)).toEqual(['✓ Приду']); // «передумаете — нажмите «Приду»»
      // It got «Не получилось понять сообщение», while the offer said to change her mind with «Приду» (walk40).
      await vera!.text('ладно приду');
      await deliverAll(t);
      expect(vera!.lastText()).toMatch(/^Вы ответили «ладно приду» на предложение места\.\nВы записаны в группу! Курс «Основы компьютерной грамотности»/);
      expect(await statuses(4951)).toEqual({ basics: 'enrolled' });
      expect(vera!.buttonLabels(vera!.messages().find((m) => m.message_id === offer.message_id))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('fix28g W28-07: two offers open: a typed answer naming the course picks that offer; a bare «да» is asked which, naming both', async () => {
      const t = createTestBot();
      const [vala] = await waiting(t, [4941, 4942]);
      await addToWaitlist(4941, { at: joinDay(5), courseId: 'internet' });
      await addToWaitlist(4943, { at: joinDay(6), language: 'en' });
      await addToWaitlist(4943, { at: joinDay(7), courseId: 'internet', language: 'en' });
      const emily = t.user({ id: 4943, first_name: 'Emily', language_code: 'en' });
      await groupWithOffers(t.clock.now(), { capacity: 3 });
      await groupWithOffers(t.clock.now(), { capacity: 2, courseId: 'internet' });
      await deliverAll(t);
      await vala!.text('да');
      expect(vala!.lastText()).toBe(
        'У вас несколько предложений мест: «Основы компьютерной грамотности» и «Интернет и электронная почта». Нажмите «Приду» или «Не смогу» под нужным или напишите ответ с названием курса, например: «приду на основы компьютерной грамотности».',
      );
      expect(await statuses(4941)).toEqual({ basics: 'offered', internet: 'offered' });
      await vala!.text('приду на интернет и электронную почту');
      await deliverAll(t);
      expect(vala!.lastText()).toMatch(/^Вы ответили «приду на интернет и электронную почту» на предложение места\.\nВы записаны в группу! Курс «Интернет и электронная почта»/);
      expect(await statuses(4941)).toEqual({ basics: 'offered', internet: 'enrolled' });
      await emily.text('yes');
      expect(emily.lastText()).toMatch(/^You have several seat offers: "Basic computer literacy" and "Internet and e-mail"\. Press "I'll come" or "Can't come"/);
      await emily.text("basics, can't come");
      expect(emily.lastText()).toBe('All right. The seat stays free for now. Keep your place in line for "Basic computer literacy"?');
      expect(await statuses(4943)).toEqual({ basics: 'waiting', internet: 'offered' });
      expect(t.errors).toEqual([]);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { forgetCitizen, setReachable } from '../../src/domain/citizens.js';
import { groupSummary } from '../../src/domain/classes.js';
import { returnGroupToLine } from '../../src/domain/cancelled-group-seats.js';
import { acceptOffer, offerFreeSeats, releaseCitizenSeats, releaseSeat } from '../../src/domain/offers.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { DeliveryModel } from '../../src/outbox/model.js';
import { deliverAll } from '../helpers/outbox.js';
import { wordsOf } from '../../src/domain/text.js';
import { createTestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { clearOffers, groupWithOffers, joinDay, statusOf, waiting } from './fixtures.js';

describe('offers', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await clearOffers();
  });

  const HOUR = 3600_000;



  describe('seat offers', () => {
    it('Accept enrolls; a second press says already enrolled', async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3001, 3002]);
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      expect(boris!.messages()).toHaveLength(0);
      expect(anna!.lastText()).toContain('Вопросы: телефон +7 3842 36-42-90');
      await anna!.press('✓ Приду');
      expect(anna!.lastText()).toContain('Вы записаны в группу!');
      expect(anna!.lastText()).toContain('1 декабря, вторник, 10:00');
      expect(anna!.lastText()).toContain('Вопросы: телефон +7 3842 36-42-90');
      expect(await statusOf(3001)).toBe('enrolled');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3001 }).lean();
      expect(String(entry!.groupId)).toBe(id);
      expect(entry!.enrolledAt).toEqual(t.clock.now());
      const messagesBefore = anna!.messages().length;
      await anna!.pressData(`offer:acc:${entry!._id}`); // a double tap arriving late
      expect(anna!.messages()).toHaveLength(messagesBefore); // no second message in the chat
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Вы уже записаны в эту группу.');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ enrolledCount: 1, freeSeats: 0 });
      expect(t.errors).toEqual([]);
    });

    it('Decline (keep my place) passes the seat to the next person; the decliner keeps joinedAt and is not asked again', async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3011, 3012]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      // Boris replays Anna's Decline: not his offer, so he is asked nothing.
      const annaOffer = await WaitlistEntryModel.findOne({ citizenId: 3011 }).lean();
      await boris!.pressData(`offer:dec:${annaOffer!._id}`, anna!.messages().at(-1));
      expect(boris!.messages()).toHaveLength(0);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Это предложение уже не действует.');
      await anna!.press('Не смогу');
      expect(anna!.lastText()).toBe('Хорошо, место передадим следующему. Остаться в очереди на курс «Основы компьютерной грамотности»?');
      // The offer itself says what she answered, with only "I'll come" left for a change of mind (walk s20 #22).
      const offer = anna!.messages().at(-2)!;
      expect(offer.text).toMatch(/^Для вас есть место в группе!\n[^]*\n\nВы ответили «Не смогу», место передали следующему\. Передумаете — нажмите «Приду», пока оно свободно\.$/);
      expect(offer.text).not.toContain('ответьте до');
      expect(anna!.buttonLabels(offer)).toEqual(['✓ Приду']);
      expect(wordsOf(offer.text!)).toBeLessThanOrEqual(60);
      // The seat is passed on at the first tap: walking away from the question holds nothing.
      expect(await statusOf(3012)).toBe('offered');
      await anna!.press('Да, оставить моё место');
      expect(anna!.lastText()).toContain('Вы остаётесь в очереди на прежнем месте');
      const annaEntry = await WaitlistEntryModel.findOne({ citizenId: 3011 }).lean();
      expect(annaEntry).toMatchObject({ status: 'waiting', joinedAt: joinDay(1) });
      expect(annaEntry!.offer?.groupId).toBeUndefined();
      expect(await statusOf(3012)).toBe('offered');
      await deliverAll(t);
      expect(boris!.lastText()).toContain('Для вас есть место в группе!');
      // Boris declines and leaves the list: nobody else waits, Anna is not offered the same group again.
      await boris!.press('Не смогу');
      await boris!.press('Нет, выйти из очереди');
      expect(boris!.lastText()).toContain('Вы вышли из очереди');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3012 }).lean()).toMatchObject({ status: 'left' });
      expect(await statusOf(3011)).toBe('waiting');
      expect(await ClassGroupModel.findOne().lean()).toMatchObject({ freeSeats: 1, enrolledCount: 0 });
      expect(t.errors).toEqual([]);
    });

    it('an answer the bot stopped in the middle of is finished by the next press on the offer (probe s20 F2)', async () => {
      const t = createTestBot();
      const [anna, boris, vera] = await waiting(t, [3021, 3022, 3023]);
      await groupWithOffers(t.clock.now(), { capacity: 2 });
      await deliverAll(t);
      // Their "I'll come" was taken, and the bot stopped before it said so: the offers still have both buttons.
      for (const id of [3021, 3022]) expect((await acceptOffer(id, String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id), t.clock.now())).ok).toBe(true);
      // Anna presses "I'll come" again: now she is told, with where and when; a third press is only a short notice.
      const offer = anna!.messages().at(-1)!;
      const acceptData = (offer.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      await anna!.press('✓ Приду');
      expect(anna!.lastText()).toMatch(/^Вы записаны в группу! Курс «Основы компьютерной грамотности»\./);
      expect(anna!.buttonLabels(anna!.messages().at(-2))).toEqual([]);
      const sent = t.telegram.messagesTo(3021).length;
      await anna!.pressData(acceptData, offer);
      expect(t.telegram.messagesTo(3021)).toHaveLength(sent);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Вы уже записаны в эту группу.');
      // Boris changed his mind: "Can't come" gives the seat back (not "no longer valid"), and Vera is offered it.
      await boris!.press('Не смогу');
      expect(boris!.lastText()).toBe('Хорошо, место передадим следующему. Остаться в очереди на курс «Основы компьютерной грамотности»?');
      expect(await statusOf(3022)).toBe('waiting');
      expect(await statusOf(3023)).toBe('offered');
      await deliverAll(t);
      expect(vera!.lastText()).toContain('Для вас есть место в группе!');
      expect(await ClassGroupModel.findOne().lean()).toMatchObject({ enrolledCount: 1, freeSeats: 0 });
      expect(t.errors).toEqual([]);
    });

    it('an accept cut off between its writes: staff screens count the people really in the group, and the offers job closes the offer as accepted (probe s20 F8)', async () => {
      const t = createTestBot();
      await waiting(t, [3031, 3032]);
      const { id: groupId } = await groupWithOffers(t.clock.now(), { capacity: 2 });
      // The entry became enrolled; the group's counter and the offer's record were not written.
      const entry = (await WaitlistEntryModel.findOne({ citizenId: 3031 }).lean())!;
      await WaitlistEntryModel.updateOne({ _id: entry._id }, { $set: { status: 'enrolled', groupId: entry.offer!.groupId, enrolledAt: t.clock.now() }, $unset: { offer: 1 } });
      expect(await ClassGroupModel.findById(groupId).lean()).toMatchObject({ enrolledCount: 0 });
      expect(await groupSummary(groupId)).toMatchObject({ enrolled: 1, offered: 1 });
      expect(await SeatOfferModel.findOne({ entryId: entry._id }).lean()).toMatchObject({ outcome: 'pending' });
      await runOffersJob(t.deps);
      expect(await SeatOfferModel.findOne({ entryId: entry._id }).lean()).toMatchObject({ outcome: 'accepted' });
      expect(await SeatOfferModel.findOne({ entryId: (await WaitlistEntryModel.findOne({ citizenId: 3032 }).lean())!._id }).lean()).toMatchObject({ outcome: 'pending' });
    });

    it('never exceeds capacity: simultaneous Accepts, double taps and simultaneous offer rounds', async () => {
      const t = createTestBot();
      const users = await waiting(t, [3021, 3022, 3023, 3024, 3025]);
      const now = t.clock.now();
      const { id } = await groupWithOffers(now, { capacity: 3 });
      // More offer rounds at the same time (a decline and a release racing) offer nothing more.
      expect((await Promise.all([offerFreeSeats(id, now, testOffers()), offerFreeSeats(id, now, testOffers()), offerFreeSeats(id, now, testOffers())])).reduce((a, b) => a + b)).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ status: 'offered' })).toBe(3);
      await deliverAll(t);
      const offered = users.filter((u) => u.messages().length > 0);
      expect(offered.map((u) => u.id)).toEqual([3021, 3022, 3023]);
      const entryOf = async (id: number) => String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id);
      // Everyone presses at once, the first two twice; the two not offered forge an Accept of their own entry.
      await users[3]!.text('/start');
      await users[4]!.text('/start');
      await Promise.all([
        ...offered.flatMap((u) => [u.press('✓ Приду'), u.press('✓ Приду')]),
        users[3]!.pressData(`offer:acc:${await entryOf(3024)}`),
        users[4]!.pressData(`offer:acc:${await entryOf(3025)}`),
      ]);
      expect(await WaitlistEntryModel.countDocuments({ groupId: id, status: 'enrolled' })).toBe(3);
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ enrolledCount: 3, freeSeats: 0 });
      // Each double tap got one answer in the chat: the offer, then "enrolled", nothing more.
      for (const u of offered) expect(u.messages().map((m) => m.text?.split('\n')[0])).toEqual(['Для вас есть место в группе!', 'Вы записаны в группу! Курс «Основы компьютерной грамотности».']);
      expect(await statusOf(3024)).toBe('waiting');
      expect(users[3]!.lastText()).toMatch(/^Это предложение уже не действует\. Вы остаётесь в очереди на прежнем месте, бот напишет о новом месте\. Если хотели попасть именно в эту группу, позвоните в центр: \+7 [\d -]+\.$/);
      expect(t.errors).toEqual([]);
    });

    it("refuses another citizen's Accept of my offer", async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3031]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3031 }).lean();
      const mallory = t.user({ id: 3039, first_name: 'M', language_code: 'ru' });
      await mallory.text('/start');
      await mallory.pressData(`offer:acc:${entry!._id}`);
      await mallory.pressData(`offer:leave:${entry!._id}`);
      await mallory.pressData('offer:acc:zzz');
      expect(await statusOf(3031)).toBe('offered');
      expect(mallory.lastText()).toBe('Это предложение уже не действует.');
      expect(anna!.messages()).toHaveLength(0);
    });

    it('reminds half-way, then expires: the seat goes to the next person, the late one keeps their place', async () => {
      const t = createTestBot();
      const [anna, boris] = await waiting(t, [3041, 3042]);
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      t.clock.advance(23 * HOUR);
      expect(await runOffersJob(t.deps)).toEqual({ reminded: 0, expired: 0, offered: 0 });
      t.clock.advance(1 * HOUR);
      expect(await runOffersJob(t.deps)).toEqual({ reminded: 1, expired: 0, offered: 0 });
      expect(await runOffersJob(t.deps)).toEqual({ reminded: 0, expired: 0, offered: 0 }); // once
      await deliverAll(t);
      expect(anna!.lastText()).toContain('Напоминаем: мы держим для вас место');
      expect(anna!.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      t.clock.advance(24 * HOUR);
      expect(await runOffersJob(t.deps)).toEqual({ reminded: 0, expired: 1, offered: 0 });
      await deliverAll(t);
      expect(anna!.lastText()).toContain('Вы не успели ответить');
      expect(await WaitlistEntryModel.findOne({ citizenId: 3041 }).lean()).toMatchObject({ status: 'waiting', joinedAt: joinDay(1) });
      expect(await statusOf(3042)).toBe('offered');
      expect(boris!.lastText()).toContain('Для вас есть место в группе!');
      // Anna's late Accept on the old message does nothing.
      await anna!.press('✓ Приду');
      expect(anna!.lastText()).toMatch(/^Это предложение уже не действует\. Вы остаётесь в очереди на прежнем месте, бот напишет о новом месте\. Если хотели попасть именно в эту группу, позвоните в центр: \+7 [\d -]+\.$/);
      expect(await statusOf(3041)).toBe('waiting');
      expect(t.errors).toEqual([]);
    });

    it('releaseSeat gives an enrolled seat back and offers it to the next person', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3051, 3052]);
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await anna!.press('✓ Приду');
      const entry = await WaitlistEntryModel.findOne({ citizenId: 3051 }).lean();
      expect(await releaseSeat(String(entry!._id), t.clock.now(), testOffers())).toBe(true);
      expect(await releaseSeat(String(entry!._id), t.clock.now(), testOffers())).toBe(false);
      expect(await statusOf(3051)).toBe('waiting');
      expect(await statusOf(3052)).toBe('offered');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ enrolledCount: 0, freeSeats: 0 });
    });

    it('returnGroupToLine: a cancelled group gives everyone their old place back', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3071, 3072, 3073]);
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 2 });
      await deliverAll(t);
      await anna!.press('✓ Приду');
      await ClassGroupModel.updateOne({ _id: id }, { $set: { status: 'cancelled' } });
      expect(await returnGroupToLine(id, t.clock.now(), testOffers())).toEqual({ withdrawn: [3072], released: [3071] });
      const entries = await WaitlistEntryModel.find().sort({ joinedAt: 1 }).lean();
      expect(entries.map((e) => [e.status, e.joinedAt.getTime()])).toEqual([1, 2, 3].map((n) => ['waiting', joinDay(n).getTime()]));
      await anna!.pressData(`offer:acc:${entries[0]!._id}`); // the old offer message
      expect(anna!.lastText()).toMatch(/^Это предложение уже не действует\. Вы остаётесь в очереди на прежнем месте, бот напишет о новом месте\. Если хотели попасть именно в эту группу, позвоните в центр: \+7 [\d -]+\.$/);
      expect(await statusOf(3071)).toBe('waiting');
    });

    it('the job offers free seats to people who joined later, skips the unreachable, and takes back seats of the forgotten', async () => {
      const t = createTestBot();
      await waiting(t, [3081]);
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 3 });
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ freeSeats: 2 });
      await addToWaitlist(3082, { at: joinDay(20) });
      await addToWaitlist(3083, { at: joinDay(21) });
      await setReachable(3082, false, t.clock.now());
      expect(await runOffersJob(t.deps)).toMatchObject({ offered: 1 });
      expect(await statusOf(3083)).toBe('offered');
      expect(await statusOf(3082)).toBe('waiting');
      await forgetCitizen(3081, t.clock.now(), testOffers());
      await runOffersJob(t.deps);
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ freeSeats: 2, enrolledCount: 0 });
      // Back again: 3082 gets a seat on the next round.
      await setReachable(3082, true, t.clock.now());
      expect(await runOffersJob(t.deps)).toMatchObject({ offered: 1 });
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ freeSeats: 1 });
      // Someone who blocked the bot but gave a phone is offered the seat by phone: a call for the librarians (probe s20 F6).
      await addToWaitlist(3084, { at: joinDay(22), phone: '+79135553084' });
      await setReachable(3084, false, t.clock.now());
      expect(await runOffersJob(t.deps)).toMatchObject({ offered: 1 });
      expect(await statusOf(3084)).toBe('offered');
      expect(await CallTaskModel.countDocuments({ kind: 'offer', citizenId: 3084, status: 'open' })).toBe(1);
      expect(await DeliveryModel.countDocuments({ citizenId: 3084 })).toBe(0);
    });

    it('an offer Telegram refuses for good (400 chat not found, 403) passes the seat to the next person (probe s20 F5)', async () => {
      const t = createTestBot();
      const [, , carl] = await waiting(t, [3111, 3112, 3113]);
      const { id } = await groupWithOffers(t.clock.now(), { capacity: 2 });
      t.telegram.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' }, { chatId: 3111, times: 5 });
      t.telegram.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' }, { chatId: 3112 });
      for (let i = 0; i < 5; i++) {
        await deliverAll(t);
        t.clock.advance(60_000);
      }
      // The 403 was passed on by the outbox's catch-up at once (fix31a): Carl holds that seat; the job settles the 400.
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 1, offered: 0 });
      expect(await statusOf(3111)).toBe('waiting');
      expect(await statusOf(3112)).toBe('waiting');
      expect(await statusOf(3113)).toBe('offered');
      expect(await ClassGroupModel.findById(id).lean()).toMatchObject({ freeSeats: 1 });
      await deliverAll(t);
      expect(carl!.lastText()).toContain('Для вас есть место в группе!');
      // Nobody is offered the seat again and again: the refused ones are not asked for this group twice.
      expect(await runOffersJob(t.deps)).toMatchObject({ expired: 0, offered: 0 });
    });

    it('releaseCitizenSeats gives back offered and enrolled seats before /forget', async () => {
      const t = createTestBot();
      const [anna] = await waiting(t, [3091]);
      await addToWaitlist(3091, { at: joinDay(1), courseId: 'internet' });
      const basics = await groupWithOffers(t.clock.now(), { capacity: 1 });
      const internet = await groupWithOffers(t.clock.now(), { capacity: 1, courseId: 'internet' });
      await deliverAll(t);
      await anna!.press('✓ Приду');
      await releaseCitizenSeats(3091, t.clock.now(), testOffers());
      expect(await ClassGroupModel.findById(basics.id).lean()).toMatchObject({ freeSeats: 1, enrolledCount: 0 });
      expect(await ClassGroupModel.findById(internet.id).lean()).toMatchObject({ freeSeats: 1, enrolledCount: 0 });
      expect((await WaitlistEntryModel.find({ citizenId: 3091 }).lean()).map((e) => e.status)).toEqual(['left', 'left']);
    });

    it('writes the offer in the citizen language, times in the center zone', async () => {
      const t = createTestBot();
      await addToWaitlist(3101, { at: joinDay(1), language: 'en' });
      const john = t.user({ id: 3101, first_name: 'John', language_code: 'en' });
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      expect(john.lastText()).toContain('There is a seat for you in a group!');
      expect(john.lastText()).toContain('Course: Basic computer literacy');
      expect(john.lastText()).toContain('• Tuesday 1 December, 10:00');
      expect(john.lastText()).toContain('Questions: phone +7 3842 36-42-90');
      expect(john.buttonLabels()).toEqual(["✓ I'll come", "Can't come"]);
      await john.press("Can't come");
      // Nobody else waits for it: the seat is not passed on, and the answer says so (fix31a, walk30 W30-15).
      expect(john.lastText()).toBe('All right. The seat stays free for now. Keep your place in line for "Basic computer literacy"?');
    });

    it("an offer and its reminder name the group's librarian and the center's phone", async () => {
      const t = createTestBot();
      await StaffMemberModel.updateOne({ _id: 701 }, { $set: { displayName: 'Марина Соколова', centerIds: ['kemerovo-regional'], addedBy: 900 } }, { upsert: true });
      const [anna] = await waiting(t, [3111]);
      await groupWithOffers(t.clock.now(), { capacity: 1, actorId: 701 });
      await deliverAll(t);
      expect(anna!.lastText()).toContain('Вопросы: Марина Соколова, телефон +7 3842 36-42-90');
      t.clock.advance(24 * HOUR);
      expect(await runOffersJob(t.deps)).toMatchObject({ reminded: 1 });
      await deliverAll(t);
      expect(anna!.lastText()).toContain('Напоминаем: мы держим для вас место');
      expect(anna!.lastText()).toContain('Вопросы: Марина Соколова, телефон +7 3842 36-42-90');
    });

    it('matches the preferred time of day among people who joined at the same time', async () => {
      const t = createTestBot();
      const same = new Date('2026-10-05T03:00:00Z');
      await addToWaitlist(3061, { at: same, timeOfDay: 'evening' });
      await addToWaitlist(3062, { at: same, timeOfDay: 'morning' });
      await groupWithOffers(t.clock.now(), { capacity: 1 }); // 10:00 local: morning
      expect(await statusOf(3062)).toBe('offered');
      expect(await statusOf(3061)).toBe('waiting');
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { SeatOfferModel } from '../../src/db/models/seat-offer.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { enqueueDueReminders } from '../../src/domain/reminders.js';
import { listActiveEntries } from '../../src/domain/waitlist.js';
import { createGroup } from '../../src/domain/classes.js';
import { applyChange } from '../../src/domain/changes.js';
import { setCenterActive } from '../../src/domain/centers-admin.js';
import { setCourseActive } from '../../src/domain/courses-admin.js';
import { tellTownOfNewCenter } from '../../src/domain/center-opening.js';
import { createBroadcast } from '../../src/domain/broadcast.js';
import { Types } from 'mongoose';
import { DeliveryModel } from '../../src/outbox/model.js';
import { SessionModel } from '../../src/db/models/kv-entry.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { librarian, paperPerson } from './fixtures.js';

describe('link-telegram', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await Promise.all([
      WaitlistEntryModel.deleteMany({}), ClassGroupModel.deleteMany({}), LessonModel.deleteMany({}), SeatOfferModel.deleteMany({}),
      DeliveryModel.deleteMany({}), CallTaskModel.deleteMany({}), StaffMemberModel.deleteMany({}), CitizenModel.deleteMany({}), AuditEntryModel.deleteMany({}),
      // A /start under a seat offer keeps the offer's copy in the session (fix31h W31-09): no test sees another's.
      SessionModel.deleteMany({}),
    ]);
  });

  const MARIA_PAPER = -(2 ** 49 + 21);
  const MARIA_TG = 5001;
  const PHONE = '+79231234567';
  const SINCE = new Date('2013-03-05T03:00:00Z');
  const LINK_BUTTON = '📋 Меня уже записали в библиотеке';

  /** Maria was put on the paper list in 2013; one Telegram citizen joined before her (by date), one after. */
  async function setUp() {
    const t = createTestBot();
    await addToWaitlist(3001, { at: new Date('2012-01-10T03:00:00Z') });
    const entryId = await paperPerson(MARIA_PAPER, { name: 'Мария Иванова', phone: PHONE, joinedAt: SINCE });
    await addToWaitlist(3002, { at: new Date('2020-01-10T03:00:00Z') });
    const maria = t.user({ id: MARIA_TG, first_name: 'Маша', language_code: 'ru' });
    return { t, entryId, maria };
  }

  /** Opens the bot and asks to share the phone. */
  async function startLinking(maria: ReturnType<ReturnType<typeof createTestBot>['user']>) {
    await maria.text('/start');
    await maria.press(LINK_BUTTON);
    expect(maria.lastText()).toContain('нажмите кнопку «Отправить мой номер» внизу экрана');
    expect(maria.replyButtons()[0]).toMatchObject({ text: '📱 Отправить мой номер', request_contact: true });
  }

  describe('linking Telegram later', () => {
    it('a relative who links a desk record is told whose it is, and /forget then names her and warns her place would go (walk34 W34-18)', async () => {
      const { t, maria: grandson } = await setUp();
      await startLinking(grandson);
      await grandson.contact('79231234567');
      expect(grandson.lastText()).toMatch(/^Мы нашли запись на имя Мария И\.:\n• В очереди/);
      await grandson.press('Да, это я');
      await grandson.text('/forget');
      expect(grandson.lastText()).toBe(
        'Это запись на имя Мария Иванова, её сделали в библиотеке. Если она родственника, не удаляйте её, а нажмите «Отвязать мой Телеграм»: место в очереди сохранится.\n' +
          'Удалить все ваши данные (имя, телефон, записи в очереди)? Это нельзя отменить.',
      );
      expect(grandson.buttonLabels()).toEqual(['Да, удалить', 'Нет, оставить', 'Отвязать мой Телеграм']);
      await grandson.press('Нет, оставить');
      expect(await CitizenModel.countDocuments({ _id: MARIA_TG })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('walk36: «меня уже записали в библиотеке» typed is the link button\'s step, not a join of the grandson\'s own', async () => {
      const { t, maria: grandson } = await setUp();
      await grandson.text('/start');
      await grandson.text('меня уже записали в библиотеке');
      expect(grandson.lastText()).toBe('Чтобы найти вашу запись, нажмите кнопку «Отправить мой номер» внизу экрана. Набирать номер не нужно.');
      expect(grandson.replyButtons()[0]).toMatchObject({ text: '📱 Отправить мой номер', request_contact: true });
      await grandson.contact('79231234567');
      expect(grandson.lastText()).toMatch(/^Мы нашли запись на имя Мария И\.:/);
      // Someone already on a list who says it is not sent to link a record: the words are what they were.
      const john = t.user({ id: 3001, first_name: 'John', language_code: 'en' });
      await john.text('The library already signed me up');
      expect(john.lastText()).not.toContain('Send my number');
      const english = t.user({ id: 5009, first_name: 'Tom', language_code: 'en' });
      await english.text('the library already signed me up');
      expect(english.lastText()).toBe('To find your record, press "Send my number" at the bottom of the screen. No need to type the number.');
      expect(t.errors).toEqual([]);
    });

    it('with her own contact: shows the entry, and after "Yes" the entry is hers in Telegram with its place and paper consent', async () => {
      const { t, entryId, maria } = await setUp();
      await startLinking(maria);
      await maria.contact('79231234567'); // as Telegram sends it: no "+"
      expect(maria.lastText()).toBe(
        'Мы нашли запись на имя Мария И.:\n• В очереди на курс «Основы компьютерной грамотности» в центре Областная научная библиотека имени В. Д. Фёдорова (Кемерово) с 05.03.2013, место 2.\nЭто вы или ваш родственник, чьи сообщения вы будете читать?',
      );
      // Before she confirms nothing about her Telegram account is stored: not her id with the record, not the phone anywhere new.
      const before = await findPersonalData({ telegramId: MARIA_TG, names: ['Маша'], phone: PHONE });
      expect(before.map((f) => `${f.collection} ${f.path}`)).toEqual([`citizens _id=${MARIA_PAPER}.phone`, `citizens _id=${MARIA_PAPER}.phoneKey`]);

      await maria.press('Да, это я');
      expect(maria.lastText()).toBe('Готово! Теперь сообщения о курсе будут приходить сюда, в Телеграм. Ваше место в очереди сохранено.');
      const entry = await WaitlistEntryModel.findById(entryId).lean();
      expect(entry).toMatchObject({ citizenId: MARIA_TG, activeKey: `${MARIA_TG}:basics`, joinedAt: SINCE, status: 'waiting' });
      expect((await listActiveEntries(MARIA_TG, t.clock.now()))[0]).toMatchObject({ id: entryId, position: 2 });
      expect(await CitizenModel.findById(MARIA_PAPER).lean()).toBeNull();
      const citizen = await CitizenModel.findById(MARIA_TG).lean();
      expect(citizen).toMatchObject({ name: 'Мария Иванова', phone: PHONE, phoneKey: PHONE, reachable: true, consent: { version: 'paper', method: 'paper', centerId: 'kemerovo-regional', recordedBy: 900 } });
      expect(await AuditEntryModel.findOne({ action: 'citizen.link-telegram' }).lean()).toMatchObject({ details: { entryIds: [entryId], offers: 0 } });

      // From now on offers reach her in Telegram: no call task.
      await librarian(7001, 'Анна Петровна');
      await WaitlistEntryModel.updateOne({ citizenId: 3001 }, { $set: { status: 'left' }, $unset: { activeKey: 1 } });
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      expect(maria.lastText()).toContain('Для вас есть место в группе!');
      expect(await CallTaskModel.countDocuments()).toBe(0);
      // The /start button is not offered to someone on a list.
      await maria.text('/start');
      expect(maria.buttonLabels()).not.toContain(LINK_BUTTON);
      expect(t.errors).toEqual([]);
    });

    it('two people registered with her phone (her husband too): she picks her name, sees only her entry, and only hers is linked (walk s21 W21-03)', async () => {
      const { t, entryId, maria } = await setUp();
      const [husband] = await registerWithoutTelegram(
        [{ name: 'Иванов Пётр', phone: PHONE, courseId: 'internet', centerId: 'kemerovo-regional', timeOfDay: 'any', joinedAt: SINCE }],
        { actorId: 900, now: t.clock.now() },
      );
      const husbandId = (husband as { citizenId: number }).citizenId;
      await startLinking(maria);
      await maria.contact('79231234567');
      expect(maria.lastText()).toBe('С этим номером в библиотеке записаны несколько человек. Кто из них вы?');
      // Oldest registration first (his desk record carries the test clock's earlier date), "not here" last.
      expect(maria.buttonLabels()).toEqual(['Иванов П.', 'Мария И.', 'Меня здесь нет']);
      // Nothing about her Telegram account is stored before she confirms.
      expect(await CitizenModel.findById(MARIA_TG).lean()).toBeNull();

      await maria.press('Мария И.');
      expect(maria.lastText()).toContain('Мы нашли запись на имя Мария И.:\n• В очереди на курс «Основы компьютерной грамотности»');
      expect(maria.lastText()).not.toContain('Интернет');
      await maria.press('Да, это я');
      expect(maria.lastText()).toContain('Готово!');
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: MARIA_TG });
      expect(await WaitlistEntryModel.countDocuments({ citizenId: husbandId })).toBe(1);
      expect(await CitizenModel.findById(husbandId).lean()).not.toBeNull();
      expect(t.errors).toEqual([]);
    });

    it('on a shared phone, "Меня здесь нет" links nobody, and a pick button forged for another record or pressed by someone else does nothing', async () => {
      const { t, entryId, maria } = await setUp();
      await registerWithoutTelegram(
        [{ name: 'Иванов Пётр', phone: PHONE, courseId: 'internet', centerId: 'kemerovo-regional', timeOfDay: 'any', joinedAt: SINCE }],
        { actorId: 900, now: t.clock.now() },
      );
      await startLinking(maria);
      await maria.contact('79231234567');
      const pickMessage = maria.messages().at(-1);
      const pickButton = pickMessage?.reply_markup?.inline_keyboard.flat().find((b) => b.text === 'Мария И.');
      const pickData = pickButton && 'callback_data' in pickButton ? pickButton.callback_data : '';
      expect(pickData).toMatch(/^link:pick:/);

      // Someone else pressing her pick button (the data copied), and the data changed to another record: both refused.
      const stranger = t.user({ id: 5002, first_name: 'Чужой', language_code: 'ru' });
      await stranger.pressData(pickData);
      expect(stranger.textsSince(0).join('\n')).not.toContain('Мы нашли запись');
      await maria.pressData(pickData.replace(/link:pick:[0-9a-z]+:/, `link:pick:${(2 ** 49 + 99).toString(36)}:`), pickMessage);
      expect(maria.lastText()).toBe('С этим номером в библиотеке записаны несколько человек. Кто из них вы?');
      // A pick's signature is not a Yes's: turned into "yes" it links nothing.
      await maria.pressData(pickData.replace('link:pick:', 'link:yes:'), pickMessage);
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: MARIA_PAPER });

      await maria.press('Меня здесь нет');
      expect(maria.lastText()).toBe('Хорошо, мы ничего не меняли. Если есть вопросы, позвоните: +7 3842 36-42-90.');
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: MARIA_PAPER });
      expect(await CitizenModel.findById(MARIA_TG).lean()).toBeNull();
      expect(t.errors).toEqual([]);
    });

    it("refuses someone else's contact and a typed phone; nothing is linked or stored", async () => {
      const { t, entryId, maria } = await setUp();
      await startLinking(maria);
      await maria.contact(PHONE, 4242); // her daughter's card, say
      expect(maria.lastText()).toBe('Это чужой номер. Нажмите кнопку «Отправить мой номер»: так Телеграм отправит ваш собственный.');
      await maria.text('+7 923 123-45-67');
      expect(maria.lastText()).toBe('Набранный номер не подходит: нужно убедиться, что номер ваш. Нажмите кнопку «Отправить мой номер» внизу экрана.');
      expect(maria.replyButtons()[0]).toMatchObject({ request_contact: true });
      expect(maria.textsSince(0).join('\n')).not.toContain('Мы нашли запись');
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: MARIA_PAPER });
      expect(await CitizenModel.findById(MARIA_TG).lean()).toBeNull();
      expect(await findPersonalData({ telegramId: MARIA_TG, names: ['Маша'] })).toEqual([]);
      await maria.tap('Отмена');
      expect(maria.lastText()).toBe('Хорошо. Вы в главном меню.'); // nothing had started (probe25 L13)
      expect(t.errors).toEqual([]);
    });

    it('"No, not me" and a forged or borrowed "Yes" change nothing; a phone with no record is told whom to call', async () => {
      const { t, entryId, maria } = await setUp();
      await startLinking(maria);
      await maria.contact(PHONE);
      const yes = maria.messages().at(-1)!;
      const yesData = (yes.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data;
      // Someone else presses Maria's signed button (a forwarded message, forged data): not theirs.
      const other = t.user({ id: 6001, first_name: 'Чужой', language_code: 'ru' });
      await other.text('/help');
      await other.pressData(yesData);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      await maria.pressData(yesData.replace(/:[\w-]{16}$/, ':AAAAAAAAAAAAAAAA'));
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      await maria.press('Нет, это чужая запись');
      expect(maria.lastText()).toBe('Хорошо, мы ничего не меняли. Если есть вопросы, позвоните: +7 3842 36-42-90.');
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: MARIA_PAPER });
      expect(await CitizenModel.exists({ _id: { $in: [MARIA_TG, 6001] } })).toBeNull();

      await other.contact('+79130000001');
      expect(other.lastText()).toContain('Мы не нашли записи с вашим номером. Если вас записали в библиотеке или в другом месте');
      expect(t.errors).toEqual([]);
    });

    it('an offer librarians were calling about goes to her in Telegram; the call task is cancelled and its buttons say so', async () => {
      const { t, entryId, maria } = await setUp();
      await librarian(7001, 'Анна Петровна');
      await WaitlistEntryModel.updateOne({ citizenId: 3001 }, { $set: { status: 'left' }, $unset: { activeKey: 1 } });
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      expect(anna.lastText()).toContain('Позвоните: для человека без Телеграма есть место в группе.\nМария Иванова,');

      await startLinking(maria);
      await maria.contact(PHONE);
      expect(maria.lastText()).toContain('• Предложено место на курсе «Основы компьютерной грамотности»');
      await maria.press('Да, это я');
      expect(await CallTaskModel.findOne({ kind: 'offer' }).lean()).toMatchObject({ status: 'cancelled', citizenId: MARIA_TG });
      await deliverAll(t);
      expect(maria.lastText()).toContain('Для вас есть место в группе!');
      await maria.press('✓ Приду');
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ status: 'enrolled', citizenId: MARIA_TG });

      // Her card in Anna's chat was edited when the call closed: no buttons, and why (walk s22 W22-13).
      expect(anna.lastText()).toContain('Позвоните: для человека без Телеграма есть место в группе.\nМария Иванова,');
      expect(anna.lastText()).toMatch(/\n\nЧеловек подключил Телеграм: предложение пришло ему туда\.$/);
      expect(anna.buttonLabels()).toEqual([]);
      // A press that came before the edit is told so.
      await anna.pressData(`ct:a:${String((await CallTaskModel.findOne({ kind: 'offer' }).lean())!._id)}`);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('На этот звонок отвечать уже не нужно.');
      expect(anna.lastText()).toContain('Человек подключил Телеграм: предложение пришло ему туда.');
      // The librarians' messages about her are hers to forget under the new id (the card and its edit).
      expect(await DeliveryModel.countDocuments({ aboutCitizenId: MARIA_PAPER })).toBe(0);
      expect(await DeliveryModel.countDocuments({ aboutCitizenId: MARIA_TG })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('a link cut off by a crash after her entries moved: the same "Yes" finishes it, and the offer reaches her (probe s25 M3)', async () => {
      const { t, entryId, maria } = await setUp();
      await librarian(7001, 'Анна Петровна');
      await WaitlistEntryModel.updateOne({ citizenId: 3001 }, { $set: { status: 'left' }, $unset: { activeKey: 1 } });
      await groupWithOffers(t.clock.now(), { capacity: 1 });
      await deliverAll(t);
      await startLinking(maria);
      await maria.contact(PHONE);
      // What linkTelegram's first two steps leave when the process dies right after them.
      await CitizenModel.create({ _id: MARIA_TG, name: 'Мария Иванова', language: 'ru', phone: PHONE, consent: { version: 'paper', givenAt: SINCE }, linkingFrom: MARIA_PAPER });
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { citizenId: MARIA_TG, activeKey: `${MARIA_TG}:basics` } });

      await maria.press('Да, это я');
      expect(maria.lastText()).toBe('Готово! Теперь сообщения о курсе будут приходить сюда, в Телеграм. Ваше место в очереди сохранено.');
      expect(await CitizenModel.findById(MARIA_PAPER).lean()).toBeNull();
      expect(await CitizenModel.findById(MARIA_TG).lean()).not.toHaveProperty('linkingFrom');
      expect(await CallTaskModel.findOne({ kind: 'offer' }).lean()).toMatchObject({ status: 'cancelled', citizenId: MARIA_TG });
      await deliverAll(t);
      expect(maria.lastText()).toContain('Для вас есть место в группе!');
      expect(t.errors).toEqual([]);
    });

    it('a "Yes" pressed twice links once and says nothing more; one shown before her record moved to another phone links nothing (probe s25 L1, L6)', async () => {
      const { t, entryId, maria } = await setUp();
      await startLinking(maria);
      await maria.contact(PHONE);
      const card = structuredClone(maria.messages().at(-1)!);
      await maria.press('Да, это я');
      const sent = maria.messages().length;
      await maria.pressData((card.reply_markup!.inline_keyboard[0]![0] as { callback_data: string }).callback_data, card);
      expect(maria.messages()).toHaveLength(sent);
      expect(maria.lastText()).toContain('Готово!');
      expect(await AuditEntryModel.countDocuments({ action: 'citizen.link-telegram' })).toBe(1);

      // Another person's record, shown to her, then corrected by the library to its owner's own phone.
      const other = -(2 ** 49 + 22);
      const otherEntry = await paperPerson(other, { name: 'Смирнова Ольга', phone: '+79237770011', joinedAt: SINCE, courseId: 'internet' });
      const vasya = t.user({ id: 5003, first_name: 'Вася', language_code: 'ru' });
      await vasya.text('/start');
      await vasya.press(LINK_BUTTON);
      await vasya.contact('79237770011', 5003);
      expect(vasya.lastText()).toContain('Мы нашли запись на имя');
      await CitizenModel.updateOne({ _id: other }, { $set: { phone: '+79237654321', phoneKey: '+79237654321' } });
      await vasya.press('Да, это я');
      expect(vasya.lastText()).toContain('Мы нашли запись на имя');
      expect(await WaitlistEntryModel.findById(otherEntry).lean()).toMatchObject({ citizenId: other });
      expect(await CitizenModel.findById(5003).lean()).toBeNull();
      expect(await WaitlistEntryModel.findById(entryId).lean()).toMatchObject({ citizenId: MARIA_TG });
      expect(t.errors).toEqual([]);
    });

    it('fix38a L2: «Это мой родственник» links her record for the grandson: her reminder, the seat question and My place say «Запись на имя Мария И.»', async () => {
      const { t, entryId, maria: grandson } = await setUp();
      const lesson = new Date('2026-11-26T03:00:00Z'); // Thursday 10:00, two days after the test clock
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 1', capacity: 5, lessonStarts: [lesson], durationMinutes: 90 }, t.clock.now());
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: t.clock.now() } });
      await startLinking(grandson);
      await grandson.contact(PHONE);
      expect(grandson.buttonLabels()).toEqual(['Да, это я', 'Это мой родственник', 'Нет, это чужая запись']);
      await grandson.press('Это мой родственник');
      expect(await CitizenModel.findById(MARIA_TG).lean()).toMatchObject({ readsFor: true, name: 'Мария Иванова' });
      t.clock.advance((31 * 60 + 55) * 60_000); // Wednesday 17:55 local: the day-before reminder is due
      expect(await enqueueDueReminders({ dayBeforeAt: '18:00', hoursBefore: 2 }, t.clock.now())).toEqual({ added: 1 });
      t.clock.advance(10 * 60_000);
      await deliverAll(t);
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\nНапоминаем: завтра занятие\./);
      // «Не смогу» typed: the give-up question under the lesson it meant begins with whose record it is, once.
      await grandson.text('не смогу, заболела');
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\nВаше занятие: завтра в 10:00, Зал 1\.\nМы сообщили библиотекарю, что вас не будет\.\nОтказаться от места в группе/);
      expect(grandson.lastText().split('Запись на имя')).toHaveLength(2);
      await grandson.press('Нет, остаться в группе');
      // Whose seat stays, as the question said (fix41b, fix40a's «still missing»).
      expect(grandson.lastText()).toBe('Запись на имя Мария И.\nХорошо, место остаётся за вами.');
      await grandson.text('🔢 Моё место в очереди');
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\nВаши записи:/);
      await grandson.press('Отказаться от места: Основы компьютерной грамотности');
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\nОтказаться от места в группе/);
      // /start says her groups under whose record it is too (fix41a's «still missing»).
      await grandson.text('/start');
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\nВы в группе/);
      // Her name as staff wrote it reaches no structure: one line, the first word whole and initials.
      await CitizenModel.updateOne({ _id: MARIA_TG }, { $set: { name: 'Мария\nВы записаны Иванова' } });
      await grandson.text('🔢 Моё место в очереди');
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария В\. з\. И\.\nВаши записи:/);
      expect(t.errors).toEqual([]);
    });

    it('fix38a L2: a seat offer to a record linked by a relative says whose it is (ru, en); the offer to the next in line says nothing of the kind', async () => {
      const { t, maria: grandson } = await setUp();
      await startLinking(grandson);
      await grandson.contact(PHONE);
      await grandson.press('Это мой родственник');
      await CitizenModel.updateOne({ _id: 3001 }, { $set: { name: 'Пётр Сидоров', readsFor: false } });
      await groupWithOffers(t.clock.now(), { lessonStarts: [new Date('2026-12-01T03:00:00Z')] });
      await deliverAll(t);
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\n/);
      expect(t.user({ id: 3001, first_name: 'Пётр', language_code: 'ru' }).lastText()).not.toMatch(/Запись на имя/);
      await grandson.text('/language');
      await grandson.press('English');
      await grandson.text('🔢 My place in line');
      expect(grandson.messages().some((m) => /^Record in the name of Мария И\.\n/.test(m.text ?? ''))).toBe(true);
      expect(t.errors).toEqual([]);
    });

    it('fix39a: a schedule change under her seat offer and her group cancelled say whose record to a relative, her /find card says a relative reads it; not for another person', async () => {
      const { t, maria: grandson } = await setUp();
      await startLinking(grandson);
      await grandson.contact(PHONE);
      await grandson.press('Это мой родственник');
      await CitizenModel.updateOne({ _id: 3001 }, { $set: { name: 'Пётр Сидоров', readsFor: false } });
      const { id: groupId } = await groupWithOffers(t.clock.now());
      await deliverAll(t);
      const petr = t.user({ id: 3001, first_name: 'Пётр', language_code: 'ru' });
      const role = { kind: 'coordinator' as const };
      const lesson = await LessonModel.findOne({ groupId, index: 1 }).lean();
      const moved = await applyChange(900, role, { kind: 'move-lesson', groupId, lessonId: String(lesson!._id), from: lesson!.startsAt.toISOString(), startsAt: '2026-12-01T05:00:00Z' }, t.clock.now());
      expect(moved.ok).toBe(true);
      await deliverAll(t);
      // offer-schedule-change: the offer again, with the new lessons, her name on top.
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\n/);
      expect(grandson.lastText().match(/Запись на имя/g)).toHaveLength(1);
      expect(petr.lastText()).not.toMatch(/Запись на имя/);
      await grandson.press('✓ Приду');
      expect(await WaitlistEntryModel.findOne({ citizenId: MARIA_TG }).lean()).toMatchObject({ status: 'enrolled' });
      const cancelled = await applyChange(900, role, { kind: 'cancel-group', groupId }, t.clock.now());
      expect(cancelled.ok).toBe(true);
      await deliverAll(t);
      // The cancelled seat's notice (the group's participants are told).
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\n.*отмен/s);
      // The /find card says a relative reads it; another Telegram person's card does not.
      await librarian(7001, 'Анна Петровна');
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/find Мария Иванова');
      expect(anna.lastText()).toContain('Мария Иванова');
      expect(anna.lastText()).toContain('\nЧитает родственник: сообщения о записи приходят ему в Телеграм.');
      await anna.text('/find Пётр Сидоров');
      expect(anna.lastText()).toContain('Пётр Сидоров');
      expect(anna.lastText()).not.toContain('Читает родственник');
      expect(t.errors).toEqual([]);
    });

    it('fix40a: a course paused and offered again, her center closed and open again, a new center in town and a staff broadcast say whose record to a relative; not to another person', async () => {
      const { t, maria: grandson } = await setUp();
      await startLinking(grandson);
      await grandson.contact(PHONE);
      await grandson.press('Это мой родственник');
      await CitizenModel.updateOne({ _id: 3001 }, { $set: { name: 'Пётр Сидоров', readsFor: false } });
      const petr = t.user({ id: 3001, first_name: 'Пётр', language_code: 'ru' });
      const coordinator = { kind: 'coordinator' as const };
      /** The newest message of each: hers under her name once, his without it. */
      const bothTold = async (words: string) => {
        t.clock.advance(60_000);
        await deliverAll(t);
        expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\n/);
        expect(grandson.lastText().match(/Запись на имя/g)).toHaveLength(1);
        expect(grandson.lastText()).toContain(words);
        expect(petr.lastText()).toContain(words);
        expect(petr.lastText()).not.toMatch(/Запись на имя/);
      };
      expect(await setCourseActive(900, 'basics', false, t.clock.now())).toBeTruthy();
      await bothTold('пока не набирает новые группы');
      expect(await setCourseActive(900, 'basics', true, t.clock.now())).toBeTruthy();
      await bothTold('снова набирает группы');
      expect(await setCenterActive(900, 'kemerovo-regional', false, t.clock.now())).toBeTruthy();
      await bothTold('не принимает');
      expect(await setCenterActive(900, 'kemerovo-regional', true, t.clock.now())).toBeTruthy();
      await bothTold('снова принимает записи');
      expect(await tellTownOfNewCenter('kemerovo-gogol', 900, t.clock.now())).toBe(3); // Пётр, she and the one who joined after her
      await bothTold('Библиотека имени Н. В. Гоголя');
      const sent = await createBroadcast({ authorId: 900, authorLocale: 'ru', role: coordinator, audience: { kind: 'center-waiting', centerId: 'kemerovo-regional' }, text: 'Завтра библиотека закрыта.' }, t.clock.now());
      expect(sent).toMatchObject({ ok: true });
      await bothTold('Завтра библиотека закрыта.');
      expect(grandson.lastText()).toMatch(/^Запись на имя Мария И\.\n📢 /);
      expect(t.errors).toEqual([]);
    });

    it('fix40a: /find with two «Мария Иванова» lists both, and says «Читает родственник» under the one a relative reads; her card says it once', async () => {
      const { t, maria: grandson } = await setUp();
      await paperPerson(-(2 ** 49 + 22), { name: 'Мария Иванова', phone: '+79239876543', joinedAt: SINCE });
      await startLinking(grandson);
      await grandson.contact(PHONE);
      await grandson.press('Это мой родственник');
      await librarian(7001, 'Анна Петровна');
      const anna = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/find Мария Иванова');
      const list = anna.lastText();
      expect(list.match(/Мария Иванова/g)).toHaveLength(2);
      expect(list.match(/Читает родственник/g)).toHaveLength(1);
      // Under her line (the one with Telegram), not under the namesake's.
      expect(list).toMatch(/Мария Иванова, \+7 923 123-45-67, есть Телеграм\nЧитает родственник: /);
      await anna.press(anna.buttonLabels().find((label) => label.includes('45-67'))!);
      expect(anna.lastText().match(/Читает родственник/g)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('a participant enrolled before linking: no Telegram reminder before, her reminders in Telegram after', async () => {
      const { t, entryId, maria } = await setUp();
      const lesson = new Date('2026-11-26T03:00:00Z'); // Thursday 10:00, two days after the test clock
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 1', capacity: 5, lessonStarts: [lesson], durationMinutes: 90 }, t.clock.now());
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: t.clock.now() } });
      const settings = { dayBeforeAt: '18:00', hoursBefore: 2 };
      t.clock.advance((31 * 60 + 55) * 60_000); // Wednesday 17:55 local: the day-before reminder (18:00) is due within the look-ahead
      expect(await enqueueDueReminders(settings, t.clock.now())).toEqual({ added: 0 }); // she is on the call list instead

      await startLinking(maria);
      await maria.contact(PHONE);
      expect(maria.lastText()).toContain('• Записаны в группу курса «Основы компьютерной грамотности»');
      await maria.press('Да, это я');
      expect(await enqueueDueReminders(settings, t.clock.now())).toEqual({ added: 1 });
      t.clock.advance(10 * 60_000);
      await deliverAll(t);
      expect(maria.lastText()).toContain('Напоминаем: завтра занятие.');
      expect(t.errors).toEqual([]);
    });
  });
});

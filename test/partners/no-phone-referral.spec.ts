import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { forgetCitizen } from '../../src/domain/citizens.js';
import { addPhoneForPartner, partnerPhonePerson } from '../../src/domain/partners/add-phone.js';
import { seedSampleData } from '../../src/db/seed.js';
import { Types } from 'mongoose';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { createTestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { deliverAll } from '../helpers/outbox.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { partnerWithLink } from './fixtures.js';

describe('no-phone-referral', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  async function addNoPhone(rep: ReturnType<ReturnType<typeof createTestBot>['user']>, name: string, course: string) {
    await rep.text('/add');
    await rep.press('✓ Да, бланк подписан');
    await rep.text(name);
    await rep.press('Нет телефона');
    await rep.press(course);
    await rep.press('Не важно');
    await rep.press('✓ Записать в очередь');
  }

  describe('a partner\'s person with neither phone nor Telegram (walk29 W29-12)', () => {
    it('/add says the partner is written to and tells the person; no seat yet', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await partnerWithLink({ name: 'Соцзащита № 1', kind: 'social', centerIds: ['kemerovo-gogol'] }, 7481);
      const rep = t.user({ id: 7481, first_name: 'Татьяна', language_code: 'ru' });
      await addNoPhone(rep, 'Лаптева Мария Ильинична', 'Основы компьютерной грамотности');
      expect(rep.lastText()).toMatch(/^Записали в очередь/);
      expect(rep.lastText()).toContain('когда подойдёт очередь, мы напишем вам, а вы скажите человеку сами.');
      expect(rep.lastText()).not.toContain('библиотекари центра получат карточку');
      expect(t.errors).toEqual([]);
    });

    it('the summary says the representative\'s part too: «мы напишем вам, а вы скажете человеку», not the library\'s «сообщим при встрече» (walk35 L4)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await partnerWithLink({ name: 'Соцзащита № 2', kind: 'social', centerIds: ['kemerovo-gogol'] }, 7479);
      const rep = t.user({ id: 7479, first_name: 'Татьяна', language_code: 'ru' });
      await rep.text('/add');
      await rep.press('✓ Да, бланк подписан');
      await rep.text('Сомова Нина Петровна');
      await rep.press('Нет телефона');
      await rep.press('Основы компьютерной грамотности');
      await rep.press('Не важно');
      expect(rep.lastText()).toContain('Телефон: нет — мы напишем вам, а вы скажете человеку');
      expect(rep.lastText()).not.toContain('сообщим при встрече');
      await rep.press('✓ Записать в очередь');
      expect(rep.lastText()).toContain('мы напишем вам, а вы скажите человеку сами.');
      expect(t.errors).toEqual([]);
    });

    it('a seat offered: the partner gets a message (who, where, until when, how), and /referrals says to tell her, not «the library phones»', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Соцзащита № 2', kind: 'social', centerIds: ['kemerovo-lesnaya-polyana'] }, 7482);
      await createGroup(900, {
        courseId: 'safe-internet', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 3', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
      }, t.clock.now());
      const rep = t.user({ id: 7482, first_name: 'Татьяна', language_code: 'ru' });
      await addNoPhone(rep, 'Громова Анна Ильинична', 'Безопасный интернет');
      expect((await WaitlistEntryModel.findOne({ partnerId: id }).lean())!.status).toBe('offered');
      // Not «the library will call on the phone you gave»: there is none.
      expect(rep.textsSince(0).join('\n')).not.toContain('Библиотека позвонит');
      await deliverAll(t);
      const told = rep.lastText();
      expect(told).toMatch(/^Для вашего человека без телефона есть место в группе: Громова Анна Ильинична, «Безопасный интернет», Кемерово, Библиотека «Лесная Поляна», бульвар Осенний, 2,/);
      expect(told).toContain('Место держим до 26 ноября, четверг, 10:00. Скажите человеку сами: пусть до этого срока придёт в библиотеку или позвонит туда: +7');

      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Громова Анна Ильинична — Безопасный интернет\nПредложено место: Кемерово, Библиотека «Лесная Поляна», ответ до 26 ноября, четверг, 10:00. Телефона нет: скажите человеку сами: пусть придёт в библиотеку или позвонит туда: +7');
      expect(rep.lastText()).not.toContain('библиотека звонит по телефону');
      expect(t.errors).toEqual([]);
    });

    it('a seat of the partner\'s own group: the message and /referrals say to put her in with /groups', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Соцзащита № 3', kind: 'social', centerIds: ['kemerovo-regional'] }, 7483);
      const rep = t.user({ id: 7483, first_name: 'Татьяна', language_code: 'ru' });
      await addNoPhone(rep, 'Орлова Нина Петровна', 'Основы компьютерной грамотности');
      const groupId = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 1', capacity: 3, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
        closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      expect(await offerFreeSeats(groupId, t.clock.now(), testOffers())).toBe(1);
      await deliverAll(t);
      expect(rep.lastText()).toMatch(/^Для вашего человека без телефона есть место в группе: Орлова Нина Петровна/);
      expect(rep.lastText()).toContain('Скажите человеку сами и запишите его в группу командой /groups.');
      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Телефона нет: скажите человеку сами и запишите его в группу командой /groups.');
      expect(t.errors).toEqual([]);
    });
  });

  describe('one owner of the call for a partner\'s person without Telegram (walk34 W34-17)', () => {
    it('with a phone the library calls: its card says the organization does not, and /groups says the library is calling; with none the card says the organization tells her', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Соцзащита № 4', kind: 'social', centerIds: ['kemerovo-regional', 'kemerovo-gogol'] }, 7584);
      await StaffMemberModel.create({ _id: 7585, displayName: 'Нина', centerIds: ['kemerovo-regional', 'kemerovo-gogol'], addedBy: 900 });
      const nina = t.user({ id: 7585, first_name: 'Нина', language_code: 'ru' });
      const rep = t.user({ id: 7584, first_name: 'Татьяна', language_code: 'ru' });
      const lessonStarts = [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')];
      // Her own group, a person with a phone: the library's call card, and the partner is told, not asked.
      const own = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 1', capacity: 1, durationMinutes: 90, lessonStarts,
        closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      await registerWithoutTelegram([{ name: 'Звонкова Вера', phone: '+79130007584', courseId: 'basics', centerId: 'kemerovo-regional', timeOfDay: 'any', joinedAt: t.clock.now() }], { actorId: 7584, now: t.clock.now(), partnerId: id });
      expect(await offerFreeSeats(own, t.clock.now(), testOffers())).toBe(1);
      await deliverAll(t);
      expect(nina.lastText()).toMatch(/^📞 Позвоните: для человека без Телеграма есть место в группе\.\nЗвонкова Вера, /);
      expect(nina.lastText()).toMatch(/\(местное время\)\. Человека направила организация «Соцзащита № 4»: звоните вы, организация этому человеку не звонит\.$/);
      // Told, not asked (fix36d): one line, that the library is calling.
      expect(rep.textsSince(0)).toEqual([expect.stringMatching(/^Вашему человеку предложили место: Звонкова Вера, «Основы компьютерной грамотности», .+ Библиотека звонит этому человеку по телефону, ответ нужен до .+ Вам ничего делать не нужно\.$/)]);
      await rep.text('/groups');
      await rep.press('Записать людей в группу 1');
      expect(rep.buttonLabels()).toEqual(['➕ Звонкова Вера (место ждёт, библиотека звонит)', 'Назад']);

      // A library group, a person with no phone: the partner is asked to tell her; the librarians' card says so.
      await createGroup(900, { courseId: 'safe-internet', centerId: 'kemerovo-gogol', room: 'Зал 2', capacity: 1, durationMinutes: 90, lessonStarts }, t.clock.now());
      await rep.text('/add');
      await rep.press('✓ Да, бланк подписан');
      await rep.text('Тихая Зоя');
      await rep.press('Нет телефона');
      await rep.press('Безопасный интернет');
      await rep.press(/Гоголя/);
      await rep.press('Не важно');
      await rep.press('✓ Записать в очередь');
      await deliverAll(t);
      expect(rep.lastText()).toMatch(/^Для вашего человека без телефона есть место в группе: Тихая Зоя,.+Скажите человеку сами/s);
      expect(nina.lastText()).toMatch(/^📌 Для человека без телефона и Телеграма есть место в группе\.\nТихая Зоя, /);
      expect(nina.lastText()).toMatch(/\(местное время\)\. Человека направила организация «Соцзащита № 4»: ей уже написали, она сама скажет человеку о месте\.$/);
      expect(t.errors).toEqual([]);
    });
  });

  describe('a partner\'s person with a phone offered a seat later by the offers job (fix36d)', () => {
    it('the partner is told in one line naming only its own person that the library is calling; once per offer', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Центр занятости № 8', kind: 'employment', centerIds: ['kemerovo-lesnaya-polyana'] }, 7588);
      const rep = t.user({ id: 7588, first_name: 'Ольга', language_code: 'ru' });
      const now = t.clock.now();
      // Ahead of her in line: someone else's person without Telegram, whose name the partner must not see.
      await registerWithoutTelegram([{ name: 'Чужой Пётр', phone: '+79130007589', courseId: 'safe-internet', centerId: 'kemerovo-lesnaya-polyana', timeOfDay: 'any', joinedAt: new Date(now.getTime() - 3600_000) }], { actorId: 900, now });
      await registerWithoutTelegram([{ name: 'Звонарёва Лидия', phone: '+79130007588', courseId: 'safe-internet', centerId: 'kemerovo-lesnaya-polyana', timeOfDay: 'any', joinedAt: now }], { actorId: 7588, now, partnerId: id });
      await createGroup(900, {
        courseId: 'safe-internet', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 3', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
      }, now);
      await runOffersJob(t.deps);
      expect(await WaitlistEntryModel.findOne({ partnerId: id }).lean()).toMatchObject({ status: 'offered' });
      await deliverAll(t);
      const told = rep.textsSince(0);
      expect(told).toEqual([expect.stringMatching(/^Вашему человеку предложили место: Звонарёва Лидия, «Безопасный интернет», Кемерово, Библиотека «Лесная Поляна»\. Библиотека звонит этому человеку по телефону, ответ нужен до 26 ноября, четверг, 10:00\. Вам ничего делать не нужно\.$/)]);
      expect(told.join('\n')).not.toContain('Чужой');
      // The job again: the same offer, no second message.
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(rep.textsSince(0)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });
  });

  describe('several of a partner\'s people with a phone offered seats together (fix38c)', () => {
    it('one message per round lists its own people only, short names one a line; a repeat adds nothing; one of them forgotten strips it', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Центр занятости № 9', kind: 'employment', centerIds: ['mariinsk-central'] }, 7590);
      const rep = t.user({ id: 7590, first_name: 'Ольга', language_code: 'ru' });
      const now = t.clock.now();
      await registerWithoutTelegram([{ name: 'Чужая Нина', phone: '+79130007690', courseId: 'basics', centerId: 'mariinsk-central', timeOfDay: 'any', joinedAt: new Date(now.getTime() - 3600_000) }], { actorId: 900, now });
      // Fourteen of hers, in a line of one round: twelve names shown, two counted.
      const hers = Array.from({ length: 14 }, (_, i) => ({ name: `Звонова${String.fromCharCode(1072 + i)} Анна Петровна`, phone: `+791300076${String(10 + i)}`, courseId: 'basics', centerId: 'mariinsk-central', timeOfDay: 'any' as const, joinedAt: new Date(now.getTime() + i * 1000) }));
      await registerWithoutTelegram(hers, { actorId: 7590, now, partnerId: id });
      // A name typed with a line break cannot pass for two people on the list.
      await CitizenModel.updateOne({ name: 'Звоноваа Анна Петровна' }, { $set: { name: 'Звоноваа Анна\nЛожная Строка' } });
      await createGroup(900, {
        courseId: 'basics', centerId: 'mariinsk-central', room: 'Зал 4', capacity: 15, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
      }, now);
      await runOffersJob(t.deps);
      expect(await WaitlistEntryModel.countDocuments({ partnerId: id, status: 'offered' })).toBe(14);
      await deliverAll(t);
      const told = rep.textsSince(0);
      expect(told).toHaveLength(1);
      const lines = told[0]!.split('\n');
      expect(lines[0]).toMatch(/^Вашим людям предложили места в группе: «Основы компьютерной грамотности», .+\. Библиотека звонит им по телефону, ответ нужен до .+\. Вам ничего делать не нужно\.$/);
      // The place in the order the coordinator's digest of the same calls says it (fix39c: it was «…, Мариинск» here).
      expect(lines[0]).toContain('«Основы компьютерной грамотности», Мариинск, Центральная районная библиотека. ');
      expect(t.telegram.messagesTo(900).map((m) => ('text' in m ? m.text : '')).filter((text) => /^📞/.test(text ?? ''))).toEqual([expect.stringContaining('Мариинск, Центральная районная библиотека')]);
      expect(lines.slice(1, 13)).toEqual(['Звоноваа А. Л. С.', ...'бвгдежзийкл'.split('').map((c) => `Звонова${c} А. П.`)]);
      expect(lines.slice(13)).toEqual(['И ещё 2 человека: все имена — в /referrals.']);
      expect(told[0]).not.toContain('Чужая');
      // The job again: the same offers, no second message.
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(rep.textsSince(0)).toHaveLength(1);
      // One of the people on it asks to be forgotten: the message in the partner's chat is edited, no names left.
      const listed = await CitizenModel.findOne({ name: 'Звоноваб Анна Петровна' }).lean();
      await forgetCitizen(listed!._id, t.clock.now(), testOffers());
      await deliverAll(t);
      expect(rep.textsSince(0)).toEqual(['Сообщение удалено: человек попросил удалить свои данные.']);
      expect(t.errors).toEqual([]);
    });
  });

  describe('a partner adds a phone to her person referred without one (walk31 W31-05)', () => {
    it('«📞 Добавить телефон» in /referrals: the number typed, then «Меня уже записали в библиотеке» with it finds the record', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Больница № 5', kind: 'hospital', centerIds: ['kemerovo-gogol'] }, 7484);
      const rep = t.user({ id: 7484, first_name: 'Светлана', language_code: 'ru' });
      await addNoPhone(rep, 'Тихонов Иван Петрович', 'Основы компьютерной грамотности');
      await rep.text('/referrals');
      await rep.press('📞 Добавить телефон: Тихонов Иван Петрович');
      expect(rep.lastText()).toMatch(/^Тихонов Иван Петрович: напишите номер телефона, например 8 923 123-45-67, или отправьте контакт/);
      await rep.press('Назад');
      expect(rep.lastText()).toMatch(/^Направленные организацией «Больница № 5»:/);
      await rep.press('📞 Добавить телефон: Тихонов Иван Петрович');
      await rep.text('8 913 000-74-94');
      expect(rep.lastText()).toMatch(/^Телефон добавлен: Тихонов Иван Петрович, \+7 913 000-74-94\. Теперь в боте можно нажать «Меня уже записали в библиотеке»/);
      await rep.text('/referrals');
      expect(rep.buttonLabels()).not.toContain('📞 Добавить телефон: Тихонов Иван Петрович');

      const ivan = t.user({ id: 7494, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await ivan.press('📋 Меня уже записали в библиотеке');
      await ivan.contact('79130007494');
      expect(ivan.lastText()).toMatch(/^Мы нашли запись на имя [^\n]+:\n• В очереди на курс «Основы компьютерной грамотности»/);
      await ivan.press('Да, это я');
      expect(await WaitlistEntryModel.findOne({ citizenId: 7494 }).lean()).toMatchObject({ courseId: 'basics', status: 'waiting', partnerId: new Types.ObjectId(id) });
      expect(t.errors).toEqual([]);
    });

    it('another\'s number is said without whose, a namesake\'s record on it joined; a person given a phone meanwhile, or not hers, or in Telegram is refused', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const now = t.clock.now();
      const { id } = await partnerWithLink({ name: 'Больница № 6', kind: 'hospital', centerIds: ['kemerovo-gogol'] }, 7485);
      const other = await partnerWithLink({ name: 'Соцзащита № 7', kind: 'social', centerIds: ['kemerovo-gogol'] }, 7487);
      await registerWithoutTelegram([{ name: 'Соседова Мария', phone: '+79130007495', courseId: 'basics', centerId: 'kemerovo-gogol', timeOfDay: 'any', joinedAt: now }], { actorId: 900, now });
      const rep = t.user({ id: 7485, first_name: 'Светлана', language_code: 'ru' });
      await addNoPhone(rep, 'Зимин Олег Петрович', 'Основы компьютерной грамотности');
      const colleague = t.user({ id: 7486, first_name: 'Нина', language_code: 'ru' });
      await PartnerRepresentativeModel.create({ _id: 7486, partnerId: id, addedBy: 900, addedAt: now, displayName: 'Нина' });
      for (const r of [rep, colleague]) {
        await r.text('/referrals');
        await r.press('📞 Добавить телефон: Зимин Олег Петрович');
      }
      await rep.text('+7 913 000-74-95');
      expect(rep.lastText()).toMatch(/^Зимин Олег Петрович: с этим номером у нас уже записан другой человек\. [^]*Всё равно добавить номер\?$/);
      expect(rep.lastText()).not.toContain('Соседова');
      await rep.press('Добавить номер');
      expect(rep.lastText()).toMatch(/^Телефон добавлен: Зимин Олег Петрович, \+7 913 000-74-95\./);
      await colleague.text('8 913 000-74-96');
      expect(colleague.lastText()).toBe('У этого человека уже есть телефон или Телеграм: добавлять номер не нужно. Ничего не меняли. Список заново: /referrals');
      expect(await CitizenModel.findOne({ name: 'Зимин Олег Петрович' }).lean()).toMatchObject({ phone: '+79130007495' });

      await addNoPhone(rep, 'Козлов Пётр Ильич', 'Основы компьютерной грамотности');
      const kozlov = (await CitizenModel.findOne({ name: 'Козлов Пётр Ильич' }).lean())!;
      expect(await addPhoneForPartner(other.id, 7487, kozlov._id, '+79130007497', now)).toEqual({ outcome: 'not-yours' });
      expect(await CitizenModel.findById(kozlov._id).lean()).not.toHaveProperty('phone');
      // Someone she referred who joined in Telegram: no button, and a press would be refused.
      await addToWaitlist(7498, { partnerId: id, centerId: 'kemerovo-gogol' });
      await rep.text('/referrals');
      expect(rep.buttonLabels()).toEqual(['📞 Добавить телефон: Козлов Пётр Ильич']);
      expect(await partnerPhonePerson(id, 7498)).toEqual({ ok: false, why: 'has-phone' });
      // A record of the same name on that number is the same person (/add's rule): joined, nobody else named.
      await registerWithoutTelegram([{ name: 'Козлов Пётр Ильич', phone: '+79130007497', courseId: 'internet', centerId: 'kemerovo-gogol', timeOfDay: 'any', joinedAt: now }], { actorId: 900, now });
      await rep.press('📞 Добавить телефон: Козлов Пётр Ильич');
      await rep.text('8 913 000-74-97');
      expect(rep.lastText()).toMatch(/^С номером \+7 913 000-74-97 у нас уже был записан человек с таким же именем: Козлов Пётр Ильич\. Это один человек: его записи теперь вместе\./);
      const kozlovs = await CitizenModel.find({ name: 'Козлов Пётр Ильич' }).lean();
      expect(kozlovs).toHaveLength(1);
      expect((await WaitlistEntryModel.find({ citizenId: kozlovs[0]!._id }).lean()).map((e) => [e.courseId, e.partnerId ? String(e.partnerId) : null]).sort()).toEqual([['basics', id], ['internet', null]]);
      expect(t.errors).toEqual([]);
    });
  });
});
